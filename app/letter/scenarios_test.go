package letter

import (
	"putitright/app/content"
	"time"

	"putitright/app/guide"
)

// today is the fixed date the tests draft letters on.
var today = time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)

// fullDetails returns details with every field filled in.
func fullDetails() Details {
	return Details{
		SenderName:     "Jo Smith",
		SenderAddress:  []string{"12 Long Lane", "Norwich", "NR1 2AB"},
		SenderPhone:    "07700 900123",
		SenderEmail:    "jo@example.com",
		PatientName:    "Margaret Smith",
		PatientBorn:    guide.DayOf(1941, time.March, 14),
		NHSNumber:      "485 777 3456",
		HospitalNumber: "RX1234567",
		PatientAddress: []string{"Flat 3, 8 Mill Road", "Ipswich", "IP1 3CD"},
		Relationship:   "daughter",
		DiedOn:         guide.MonthOf(2026, time.June),
		CapacityNote:   "Mum has advanced dementia. I visit every day and know she would want this looked into.",
		Org:            "Norfolk and Norwich University Hospitals NHS Foundation Trust",
		OrgPerson:      "Complaints Manager",
		OrgAddress:     []string{"Colney Lane", "Norwich", "NR4 7UY"},
		OtherOrg:       "Norfolk County Council adult social care",
		Place:          "Ward 6",
		Events: []Event{
			{When: guide.DayOf(2026, time.September, 20), What: "Mum was discharged without her medicines."},
			{When: guide.DayOf(2026, time.September, 14), What: "Mum was left without water for 8 hours on Ward 6."},
			{What: "Nobody told us about the fall."},
			{When: guide.MonthOf(2026, time.August), What: "Mum was admitted after a fall at home."},
		},
		Impact:           "Mum became dehydrated and needed a drip.\n\nShe was frightened and upset.",
		Questions:        []string{"Why was Mum not given water when she asked?", "Who decided she was fit to go home?"},
		Wants:            "I want the ward to check that patients can reach their drinks.",
		Now:              "Dad has not had his pain medicine since this morning.",
		Needed:           "A doctor to review his pain relief today.",
		AlreadyAsked:     "The nurse in charge at 10am.",
		WhyLate:          "I was caring for my husband until he died.",
		StillFair:        "The records and the incident report will still exist.",
		Advocate:         "Sam Patel, POhWER",
		Reference:        "COM-2026-0412",
		SentOn:           guide.DayOf(2026, time.October, 3),
		AgreedBy:         guide.DayOf(2026, time.November, 14),
		ResponseOn:       guide.DayOf(2026, time.November, 2),
		Resolved:         "Thank you for the apology and for the new checks on Ward 6.",
		NotAnswered:      []string{"You did not explain why Mum's drinks were out of reach.", "Your timeline says Mum was seen at 9pm, but I was there and nobody came."},
		Profession:       ProfDoctor,
		Professional:     "Dr A Jones",
		ProfessionalRole: "Consultant",
		Registration:     "1234567",
		Workplace:        "Ward 6, Norfolk and Norwich University Hospital",
		Risk:             "He ignored clear signs of dehydration twice.",
		OfferAmount:      "£500",
		OfferOn:          guide.DayOf(2026, time.November, 10),
		Records:          "All nursing and medical notes from Ward 6, and any incident reports.",
		RecordsFrom:      guide.MonthOf(2026, time.August),
		RecordsTo:        guide.MonthOf(2026, time.October),
		RecordsFormat:    "by secure email",
		MeetingWith:      "The ward manager and the consultant.",
		MeetingWithout:   "Dr A Jones",
		Supporter:        "my brother, Tom Smith",
		Enclosures:       []string{"Copy of the discharge letter dated 20 September 2026"},
	}
}

// scenario is one set of answers to draft letters for.
type scenario struct {
	name string
	a    guide.Answers
	d    Details
}

func scenarios() []scenario {
	full := fullDetails()
	return []scenario{
		{"england-self-hospital", guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.Self,
			Happened: guide.DayOf(2026, time.September, 14), Stage: guide.NotRaised,
			Outcomes: []guide.Outcome{guide.OutExplanation, guide.OutApology, guide.OutProcedures}, Harm: guide.HarmMinor}, func() Details {
			d := full
			d.PatientName = ""
			return d
		}()},
		{"england-consent-both-harm", guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, SocialCareToo: guide.Yes,
			Person: guide.ForAdultConsents, Happened: guide.DayOf(2026, time.September, 14), Stage: guide.Waiting,
			Sent: guide.DayOf(2026, time.October, 3), Outcomes: []guide.Outcome{guide.OutService, guide.OutMoney, guide.OutPutRight, guide.OutDiscipline},
			Harm: guide.HarmModerate, Legal: guide.No}, full},
		{"england-deceased-late", guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.ForDeceased,
			Happened: guide.MonthOf(2024, time.May), FoundOut: guide.MonthOf(2025, time.February), Stage: guide.FinalResponse,
			Outcomes: []guide.Outcome{guide.OutExplanation, guide.OutLetKnow, guide.OutPolice}, Harm: guide.HarmDeath, Legal: guide.Yes}, full},
		{"england-lpa-pharmacy", guide.Answers{Nation: guide.England, Service: guide.Pharmacy, Person: guide.ForAdultLacksCapacity,
			Authority: guide.AuthorityLPA, Happened: guide.MonthOf(2026, time.July), Stage: guide.SentNoAck, Harm: guide.HarmModerate,
			Outcomes: []guide.Outcome{guide.OutApology}}, full},
		{"england-nocapacity-council", guide.Answers{Nation: guide.England, Service: guide.CouncilCare, Person: guide.ForAdultLacksCapacity,
			Authority: guide.AuthorityNone, Happened: guide.MonthOf(2026, time.June), Offer: guide.Yes}, full},
		{"england-child-selffunded", guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare, Person: guide.ForChild}, full},
		{"wales-concern", guide.Answers{Nation: guide.Wales, Service: guide.HospitalOutpatient, Person: guide.Self,
			Happened: guide.MonthOf(2026, time.March), Harm: guide.HarmModerate, Outcomes: []guide.Outcome{guide.OutExplanation}}, full},
		{"scotland-serious", guide.Answers{Nation: guide.Scotland, Service: guide.HospitalAE, Person: guide.ForAdultConsents,
			Happened: guide.MonthOf(2026, time.January), Harm: guide.HarmDeath, Outcomes: []guide.Outcome{guide.OutApology}}, full},
		{"ni-gp", guide.Answers{Nation: guide.NorthernIreland, Service: guide.GP, Person: guide.Self,
			Happened: guide.MonthOf(2026, time.October)}, full},
		{"empty", guide.Answers{}, Details{}},
	}
}

// allLetters lists every letter Draft writes.
var allLetters = []guide.LetterID{guide.LetterComplaint, guide.LetterPALS, guide.LetterConsent, guide.LetterRecords,
	guide.LetterChaser, guide.LetterMeeting, guide.LetterReply, guide.LetterOmbudsman, guide.LetterRegulator, guide.LetterOffer}

// en is the English content the tests draft letters in.
var en = func() *content.Set {
	c, err := content.Default()
	if err != nil {
		panic(err)
	}
	return c
}()
