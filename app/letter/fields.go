package letter

import (
	"strings"
	"time"

	"putitright/app/guide"
)

// FieldID names one of the Details. It is the field's JSON name in
// Details, e.g. "senderName".
type FieldID string

// Field IDs, one for each field of Details.
const (
	FSenderName       FieldID = "senderName"
	FSenderAddress    FieldID = "senderAddress"
	FSenderPhone      FieldID = "senderPhone"
	FSenderEmail      FieldID = "senderEmail"
	FPatientName      FieldID = "patientName"
	FTheyAre          FieldID = "theyAre"
	FPatientBorn      FieldID = "patientBorn"
	FNHSNumber        FieldID = "nhsNumber"
	FHospitalNumber   FieldID = "hospitalNumber"
	FPatientAddress   FieldID = "patientAddress"
	FRelationship     FieldID = "relationship"
	FDiedOn           FieldID = "diedOn"
	FCapacityNote     FieldID = "capacityNote"
	FOrg              FieldID = "org"
	FOrgPerson        FieldID = "orgPerson"
	FOrgAddress       FieldID = "orgAddress"
	FOtherOrg         FieldID = "otherOrg"
	FPlace            FieldID = "place"
	FEvents           FieldID = "events"
	FImpact           FieldID = "impact"
	FQuestions        FieldID = "questions"
	FWants            FieldID = "wants"
	FNow              FieldID = "now"
	FNeeded           FieldID = "needed"
	FAlreadyAsked     FieldID = "alreadyAsked"
	FWhyLate          FieldID = "whyLate"
	FStillFair        FieldID = "stillFair"
	FAdvocate         FieldID = "advocate"
	FReference        FieldID = "reference"
	FSentOn           FieldID = "sentOn"
	FAgreedBy         FieldID = "agreedBy"
	FResponseOn       FieldID = "responseOn"
	FResolved         FieldID = "resolved"
	FNotAnswered      FieldID = "notAnswered"
	FProfession       FieldID = "profession"
	FProfessional     FieldID = "professional"
	FProfessionalRole FieldID = "professionalRole"
	FRegistration     FieldID = "registration"
	FWorkplace        FieldID = "workplace"
	FRisk             FieldID = "risk"
	FOfferAmount      FieldID = "offerAmount"
	FOfferOn          FieldID = "offerOn"
	FRecords          FieldID = "records"
	FRecordsFrom      FieldID = "recordsFrom"
	FRecordsTo        FieldID = "recordsTo"
	FRecordsFormat    FieldID = "recordsFormat"
	FMeetingWith      FieldID = "meetingWith"
	FMeetingWithout   FieldID = "meetingWithout"
	FSupporter        FieldID = "supporter"
	FEnclosures       FieldID = "enclosures"
)

// FieldKind says what kind of input a field needs.
type FieldKind string

// Field kinds.
const (
	FieldText   FieldKind = "text"   // a string; Multiline says whether it may be long
	FieldLines  FieldKind = "lines"  // []string, one line each (an address)
	FieldList   FieldKind = "list"   // []string, one item each (questions, enclosures)
	FieldDate   FieldKind = "date"   // a guide.Date: month and year, day optional
	FieldEvents FieldKind = "events" // []Event: a date and what happened, any number
	FieldChoice FieldKind = "choice" // one of Options, stored as its Value
)

// Option is one choice for a FieldChoice field.
type Option struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

// Field describes one detail for the UI to ask for, in plain English.
type Field struct {
	ID        FieldID   `json:"id"`
	Label     string    `json:"label"`
	Hint      string    `json:"hint,omitempty"`
	Example   string    `json:"example,omitempty"`
	Kind      FieldKind `json:"kind"`
	Multiline bool      `json:"multiline,omitempty"`
	Options   []Option  `json:"options,omitempty"` // for FieldChoice
}

// professionOptions returns the choices for FProfession.
func professionOptions() []Option {
	return []Option{
		{string(ProfDoctor), "Doctor, physician associate or anaesthesia associate"},
		{string(ProfNurse), "Nurse, midwife or nursing associate"},
		{string(ProfDental), "Dentist, dental nurse or other dental professional"},
		{string(ProfPharmacy), "Pharmacist or pharmacy technician"},
		{string(ProfOptical), "Optometrist or dispensing optician"},
		{string(ProfHCPC), "Paramedic, physiotherapist, therapist, psychologist or similar"},
		{string(ProfSocialWork), "Social worker"},
		{string(ProfOther), "Someone else, or I'm not sure"},
	}
}

// fieldInfo returns the description of a field. It builds a fresh value
// each time, so callers may change what they get.
func fieldInfo(id FieldID) (Field, bool) {
	t := func(label, hint, example string) Field {
		return Field{ID: id, Label: label, Hint: hint, Example: example, Kind: FieldText}
	}
	long := func(label, hint, example string) Field {
		f := t(label, hint, example)
		f.Multiline = true
		return f
	}
	kind := func(k FieldKind, label, hint, example string) Field {
		f := t(label, hint, example)
		f.Kind = k
		return f
	}
	switch id {
	case FSenderName:
		return t("Your name", "The name you want on the letter.", "Jo Smith"), true
	case FSenderAddress:
		return kind(FieldLines, "Your address", "One line at a time. They will write back to this address.", "12 Long Lane\nNorwich\nNR1 2AB"), true
	case FSenderPhone:
		return t("Your phone number", "So they can call you. You can leave this out.", "07700 900123"), true
	case FSenderEmail:
		return t("Your email address", "You can leave this out.", "jo@example.com"), true
	case FPatientName:
		return t("Name of the person who had the care", "Their full name, as the NHS or council knows it.", "Margaret Smith"), true
	case FPatientBorn:
		return kind(FieldDate, "Their date of birth", "This helps them find the right records.", "14 3 1941"), true
	case FNHSNumber:
		return t("NHS number (if you know it)", "10 digits. It is on letters from the NHS and in the NHS App. You can leave it out.", "485 777 3456"), true
	case FHospitalNumber:
		return t("Hospital number (if you know it)", "It is on hospital letters. You can leave it out.", "RX1234567"), true
	case FPatientAddress:
		return kind(FieldLines, "Their home address", "One line at a time.", "Flat 3, 8 Mill Road\nIpswich\nIP1 3CD"), true
	case FTheyAre:
		return t("Who they are to you", "So the letter can say \"my mother, Margaret Smith\". You can leave it out.", "mother"), true
	case FRelationship:
		return t("How you know them", "Your relationship to them.", "daughter"), true
	case FDiedOn:
		return kind(FieldDate, "When they died", "The month and year is enough.", "6 2026"), true
	case FCapacityNote:
		return long("Why they can't decide for themselves", "Say briefly why they cannot make this decision, and how you know what they would want.", "Mum has advanced dementia. I visit every day and know she would want this looked into."), true
	case FOrg:
		return t("The organisation", "The hospital trust, GP practice, care provider or council.", "Norfolk and Norwich University Hospitals NHS Foundation Trust"), true
	case FOrgPerson:
		return t("Who to send it to", "A person or a role. If you don't know, leave it and we will use \"Complaints Manager\".", "Complaints Manager"), true
	case FOrgAddress:
		return kind(FieldLines, "The organisation's address", "From their website or a letter they sent you.", "Colney Lane\nNorwich\nNR4 7UY"), true
	case FOtherOrg:
		return t("The other organisation involved", "Health and social care were both involved. Name the other one, so they can work together.", "Norfolk County Council adult social care"), true
	case FPlace:
		return t("Ward, clinic or service", "Where the care is happening.", "Ward 6, Cringleford"), true
	case FEvents:
		return kind(FieldEvents, "What happened", "One thing at a time, with the date if you know it. Say where, and the names or jobs of staff if you know them. Stick to the facts.", "On 14 September, Mum was left without water for 8 hours on Ward 6."), true
	case FImpact:
		return long("How it affected you or them", "Think about health, pain, worry, money or time.", "Mum became dehydrated and needed a drip. She was frightened and upset."), true
	case FQuestions:
		return kind(FieldList, "Your questions", "One question each. Ask what you really want to know.", "Why was Mum not given water when she asked?"), true
	case FWants:
		return long("What you want to happen, in your own words", "Be specific. You can leave this out if the choices you made are enough.", "I want the ward to check that patients can reach their drinks."), true
	case FNow:
		return long("What is happening now", "Keep it short and to the point.", "Dad has not had his pain medicine since this morning."), true
	case FNeeded:
		return long("What is needed, and by when", "", "A doctor to review his pain relief today."), true
	case FAlreadyAsked:
		return long("Who you have already asked", "Names or jobs, and when.", "I asked the nurse in charge at 10am."), true
	case FWhyLate:
		return long("Why you could not complain sooner", "It might be illness, grief or trauma, or you only just found out.", "I was caring for my husband until he died in March and could not deal with this."), true
	case FStillFair:
		return long("Why it can still be looked into fairly", "It might be that the records still exist and staff can still be asked.", "The hospital's records and the incident report will still exist."), true
	case FAdvocate:
		return t("Your advocate (if you have one)", "Their name and organisation. They will get a copy.", "Sam Patel, POhWER"), true
	case FReference:
		return t("Their reference number", "It is on their letters or emails. You can leave it out.", "COM-2026-0412"), true
	case FSentOn:
		return kind(FieldDate, "When you made your complaint", "In writing, by phone or in person.", "3 8 2026"), true
	case FAgreedBy:
		return kind(FieldDate, "The date they agreed to reply by (if any)", "You can leave it out.", "30 10 2026"), true
	case FResponseOn:
		return kind(FieldDate, "The date of their response", "It is at the top of their letter.", "2 11 2026"), true
	case FResolved:
		return long("What their response did put right", "It helps to say what you are happy with.", "Thank you for the apology and for the new checks on Ward 6."), true
	case FNotAnswered:
		return kind(FieldList, "Points not answered, or wrong", "One point each. Say what was missed or wrong, and how you know.", "You did not explain why Mum's drinks were out of reach."), true
	case FProfession:
		f := kind(FieldChoice, "What kind of professional are they?", "This decides which regulator to write to.", "")
		f.Options = professionOptions()
		return f, true
	case FProfessional:
		return t("Their name", "As it appears on their badge or letters.", "Dr A Jones"), true
	case FProfessionalRole:
		return t("Their job", "", "GP"), true
	case FRegistration:
		return t("Their registration number (if you know it)", "You can find it on the regulator's online register. You can leave it out.", "1234567"), true
	case FWorkplace:
		return t("Where they work", "", "Riverside Surgery, Norwich"), true
	case FRisk:
		return long("Why you think they may put others at risk", "", "He did not examine Dad and said the pain was nothing, twice."), true
	case FOfferAmount:
		return t("How much they offered", "", "£500"), true
	case FOfferOn:
		return kind(FieldDate, "The date of their offer", "", "10 11 2026"), true
	case FRecords:
		return long("Which records you want", "It might be all notes, test results, scans, letters, incident reports or the complaint file.", "All nursing and medical notes from Ward 6, and any incident reports."), true
	case FRecordsFrom:
		return kind(FieldDate, "Records from", "The earliest date you want. You can leave it out.", "9 2025"), true
	case FRecordsTo:
		return kind(FieldDate, "Records to", "The latest date you want. You can leave it out.", "10 2025"), true
	case FRecordsFormat:
		return t("How you want them", "It might be by secure email, on paper, or in large print.", "by secure email"), true
	case FMeetingWith:
		return long("Who you want at the meeting", "Names or jobs.", "The ward manager and the consultant who looked after Mum."), true
	case FMeetingWithout:
		return long("Anyone you would rather was not there", "You can leave this out.", ""), true
	case FSupporter:
		return t("Who will come with you", "A relative, friend or advocate.", "my brother, Tom Smith"), true
	case FEnclosures:
		return kind(FieldList, "What you are sending with it", "Send copies, not originals. One item each.", "Copy of the discharge letter dated 20 September 2025"), true
	}
	return Field{}, false
}

// FieldInfo returns the label, hint and example for a field.
func FieldInfo(id FieldID) (Field, bool) { return fieldInfo(id) }

// Fields returns the details the letter id needs, in the order to ask for
// them, given the answers so far and today's date (today decides whether
// the complaint is late, which adds two questions). The UI should ask only
// for these.
func Fields(id guide.LetterID, a guide.Answers, today time.Time) []Field {
	var ids []FieldID
	add := func(f ...FieldID) { ids = append(ids, f...) }
	rep := a.AboutSomeoneElse()
	sender := func() { add(FSenderName, FSenderAddress, FSenderPhone, FSenderEmail) }
	patient := func() {
		if rep {
			add(FPatientName, FTheyAre, FRelationship)
		}
		add(FPatientBorn, FNHSNumber, FHospitalNumber)
		if a.Person == guide.ForDeceased {
			add(FDiedOn)
		}
		if a.Person == guide.ForAdultLacksCapacity && !a.HasAuthority() {
			add(FCapacityNote)
		}
	}
	org := func() { add(FOrg, FOrgPerson, FOrgAddress) }
	sentOn := func() {
		if a.Sent.IsZero() {
			add(FSentOn)
		}
	}
	// The exact date of their response is always asked: once typed, it
	// is used instead of the month answered (see Refine).
	responseOn := func() { add(FResponseOn) }
	switch id {
	case guide.LetterComplaint:
		sender()
		patient()
		org()
		if a.SocialCareToo == guide.Yes {
			add(FOtherOrg)
		}
		add(FEvents, FImpact, FQuestions, FWants)
		if a.ComplaintLimit(today).Late() {
			add(FWhyLate, FStillFair)
		}
		add(FAdvocate, FEnclosures)
	case guide.LetterPALS:
		add(FSenderName)
		if rep {
			add(FPatientName, FRelationship)
		}
		add(FPatientBorn, FNHSNumber, FOrg, FPlace, FNow, FNeeded, FAlreadyAsked, FSenderPhone)
	case guide.LetterConsent:
		if rep {
			add(FPatientName)
		} else {
			add(FSenderName)
		}
		add(FPatientBorn, FPatientAddress, FNHSNumber)
		if rep {
			add(FSenderName, FSenderAddress, FSenderPhone, FSenderEmail, FRelationship)
		} else {
			add(FAdvocate)
		}
		if a.Person == guide.ForDeceased {
			add(FDiedOn)
		}
		if a.Person == guide.ForAdultLacksCapacity && !a.HasAuthority() {
			add(FCapacityNote)
		}
		add(FOrg)
		if a.SocialCareToo == guide.Yes {
			add(FOtherOrg)
		}
	case guide.LetterRecords:
		sender()
		patient()
		add(FPatientAddress)
		org()
		add(FRecords, FRecordsFrom, FRecordsTo, FRecordsFormat, FEnclosures)
	case guide.LetterChaser:
		sender()
		patient()
		org()
		add(FReference)
		sentOn()
		if a.Stage != guide.SentNoAck {
			add(FAgreedBy)
		}
		add(FAdvocate)
	case guide.LetterMeeting:
		sender()
		patient()
		org()
		add(FReference, FQuestions, FMeetingWith, FMeetingWithout, FSupporter, FAdvocate)
	case guide.LetterReply:
		sender()
		patient()
		org()
		add(FReference)
		responseOn()
		add(FResolved, FNotAnswered, FWants, FAdvocate, FEnclosures)
	case guide.LetterOmbudsman:
		sender()
		patient()
		add(FOrg)
		if a.SocialCareToo == guide.Yes {
			add(FOtherOrg)
		}
		add(FReference)
		sentOn()
		if a.AwaitingResponse() {
			add(FAgreedBy, FEvents, FImpact, FWants)
		} else {
			responseOn()
			add(FEvents, FNotAnswered, FImpact, FWants)
		}
		if a.OmbudsmanMayBeLate(today) {
			add(FWhyLate)
		}
		add(FAdvocate, FEnclosures)
	case guide.LetterRegulator:
		sender()
		add(FProfession, FProfessional, FProfessionalRole, FRegistration, FWorkplace)
		if rep {
			add(FPatientName, FRelationship)
		}
		add(FOrg, FEvents, FRisk, FReference, FEnclosures)
	case guide.LetterOffer:
		sender()
		patient()
		org()
		add(FReference, FOfferAmount, FOfferOn)
	}
	out := make([]Field, 0, len(ids))
	for _, f := range ids {
		if info, ok := fieldInfo(f); ok {
			if !rep {
				info = ownCare(info)
			}
			if f == FOrg && a.RulesNation() == guide.NorthernIreland {
				// Northern Ireland has HSC Trusts, which also run adult
				// social care, not councils.
				info.Hint = "The Health and Social Care Trust, GP practice or care provider."
				info.Example = "Belfast Health and Social Care Trust"
			}
			out = append(out, info)
		}
	}
	return out
}

// ownCare words a field about the patient for someone writing about their
// own care: "Your date of birth", not "Their date of birth".
func ownCare(f Field) Field {
	switch f.ID {
	case FPatientBorn:
		f.Label = "Your date of birth"
	case FPatientAddress:
		f.Label = "Your address"
	case FNHSNumber, FHospitalNumber:
		f.Label = strings.Replace(f.Label, "(if you know it)", "(if you know yours)", 1)
	}
	return f
}
