package letter

import (
	"strings"
	"testing"
	"time"

	"putitright/app/guide"
)

// TestComplaintConditions checks that each conditional paragraph of the
// complaint appears exactly when it should.
func TestComplaintConditions(t *testing.T) {
	base := guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.Self,
		Happened: guide.DayOf(2026, time.September, 14)}
	with := func(f func(*guide.Answers)) guide.Answers {
		a := base
		f(&a)
		return a
	}
	const (
		candourPhrase = "notifiable safety incident under regulation 20"
		latePhrase    = "I ask you to use your discretion"
		coordPhrase   = "single, co-ordinated response"
		consentPhrase = "I enclose their signed consent"
		lpaPhrase     = "lasting power of attorney"
		deputyPhrase  = "Court of Protection"
		bestPhrase    = "acting in their best interests"
		childPhrase   = "parental responsibility"
		diedPhrase    = "who died"
		advocatePhr   = "Copy to: "
	)
	d := fullDetails()
	noAdvocate := fullDetails()
	noAdvocate.Advocate = ""
	tests := []struct {
		name   string
		a      guide.Answers
		d      Details
		phrase string
		want   bool
	}{
		{"candour moderate", with(func(a *guide.Answers) { a.Harm = guide.HarmModerate }), d, candourPhrase, true},
		{"candour death", with(func(a *guide.Answers) { a.Harm = guide.HarmDeath }), d, candourPhrase, true},
		{"candour minor", with(func(a *guide.Answers) { a.Harm = guide.HarmMinor }), d, candourPhrase, false},
		{"candour none", with(func(a *guide.Answers) { a.Harm = guide.HarmNone }), d, candourPhrase, false},
		{"candour unanswered", base, d, candourPhrase, false},
		{"candour pharmacy", with(func(a *guide.Answers) { a.Harm = guide.HarmModerate; a.Service = guide.Pharmacy }), d, candourPhrase, false},
		{"candour optician", with(func(a *guide.Answers) { a.Harm = guide.HarmModerate; a.Service = guide.PrivateOptician }), d, candourPhrase, false},
		{"candour GP", with(func(a *guide.Answers) { a.Harm = guide.HarmDeath; a.Service = guide.GP }), d, candourPhrase, true},
		{"candour care home", with(func(a *guide.Answers) { a.Harm = guide.HarmModerate; a.Service = guide.CouncilCare }), d, candourPhrase, true},
		{"candour Scotland", with(func(a *guide.Answers) { a.Harm = guide.HarmModerate; a.Nation = guide.Scotland }), d, candourPhrase, false},
		{"candour Scotland's own duty", with(func(a *guide.Answers) { a.Harm = guide.HarmModerate; a.Nation = guide.Scotland }), d, "duty of candour procedure under Part 2", true},
		{"candour Scotland not for a pharmacy", with(func(a *guide.Answers) {
			a.Harm = guide.HarmModerate
			a.Nation = guide.Scotland
			a.Service = guide.Pharmacy
		}), d, "duty of candour procedure", false},
		{"candour moderate not called serious", with(func(a *guide.Answers) { a.Harm = guide.HarmModerate }), d, "was harmed (moderate harm or worse)", true},
		{"candour council asks about the provider", with(func(a *guide.Answers) { a.Harm = guide.HarmModerate; a.Service = guide.CouncilCare }), d, "whether the care provider treated", true},
		{"candour Wales health board", with(func(a *guide.Answers) { a.Harm = guide.HarmModerate; a.Nation = guide.Wales }), d, "duty of candour", true},
		{"candour Wales not a GP practice", with(func(a *guide.Answers) { a.Harm = guide.HarmModerate; a.Nation = guide.Wales; a.Service = guide.GP }), d, "duty of candour", false},
		{"candour Wales not a care home", with(func(a *guide.Answers) {
			a.Harm = guide.HarmDeath
			a.Nation = guide.Wales
			a.Service = guide.SelfFundedCare
		}), d, "duty of candour", false},
		{"late inside", base, d, latePhrase, false},
		{"late passed", with(func(a *guide.Answers) { a.Happened = guide.DayOf(2025, time.November, 20) }), d, latePhrase, true},
		{"late last day", with(func(a *guide.Answers) { a.Happened = guide.DayOf(2025, time.November, 21) }), d, latePhrase, false},
		// A month-only date counts from the first day of the month (the safe
		// deadline), so November 2025 may be late on 21 November 2026, and
		// the letter says "may be", which is true.
		{"late month only", with(func(a *guide.Answers) { a.Happened = guide.MonthOf(2025, time.November) }), d, latePhrase, true},
		{"late month only says may be", with(func(a *guide.Answers) { a.Happened = guide.MonthOf(2025, time.November) }), d, "I know it may be more than 12 months", true},
		{"late month only, surely late, says is", with(func(a *guide.Answers) { a.Happened = guide.MonthOf(2025, time.October) }), d, "I know it is more than 12 months", true},
		{"late month only, exact day from the events used", with(func(a *guide.Answers) { a.Happened = guide.MonthOf(2025, time.November) }),
			func() Details {
				d := fullDetails()
				d.Events = []Event{{When: guide.DayOf(2025, time.November, 25), What: "x"}}
				return d
			}(), latePhrase, false},
		{"private dentist: own time limit, never late", with(func(a *guide.Answers) {
			a.Service = guide.PrivateDentist
			a.Happened = guide.MonthOf(2023, time.May)
		}), d, latePhrase, false},
		{"late but found out recently", with(func(a *guide.Answers) {
			a.Happened = guide.MonthOf(2023, time.May)
			a.FoundOut = guide.MonthOf(2026, time.March)
		}), d, latePhrase, false},
		{"late found out long ago", with(func(a *guide.Answers) {
			a.Happened = guide.MonthOf(2023, time.May)
			a.FoundOut = guide.MonthOf(2024, time.March)
		}), d, latePhrase, true},
		{"late Scotland 6 months", with(func(a *guide.Answers) { a.Nation = guide.Scotland; a.Happened = guide.MonthOf(2026, time.April) }), d, latePhrase, true},
		{"late no date", with(func(a *guide.Answers) { a.Happened = guide.Date{} }), d, latePhrase, false},
		{"late Scotland 12 months after the event", with(func(a *guide.Answers) {
			a.Nation = guide.Scotland
			a.Happened = guide.MonthOf(2025, time.August)
			a.FoundOut = guide.MonthOf(2026, time.October)
		}), d, "more than 12 months since these events.", true},
		{"late NI found out recently, event inside 12 months", with(func(a *guide.Answers) {
			a.Nation = guide.NorthernIreland
			a.Happened = guide.MonthOf(2026, time.January)
			a.FoundOut = guide.MonthOf(2026, time.October)
		}), d, latePhrase, false},
		{"coordinated yes", with(func(a *guide.Answers) { a.SocialCareToo = guide.Yes }), d, coordPhrase, true},
		{"coordinated no", with(func(a *guide.Answers) { a.SocialCareToo = guide.No }), d, coordPhrase, false},
		{"self no consent", base, d, consentPhrase, false},
		{"adult consents", with(func(a *guide.Answers) { a.Person = guide.ForAdultConsents }), d, consentPhrase, true},
		{"lpa", with(func(a *guide.Answers) { a.Person = guide.ForAdultLacksCapacity; a.Authority = guide.AuthorityLPA }), d, lpaPhrase, true},
		{"lpa not for deputy", with(func(a *guide.Answers) { a.Person = guide.ForAdultLacksCapacity; a.Authority = guide.AuthorityDeputy }), d, lpaPhrase, false},
		{"deputy", with(func(a *guide.Answers) { a.Person = guide.ForAdultLacksCapacity; a.Authority = guide.AuthorityDeputy }), d, deputyPhrase, true},
		{"best interests", with(func(a *guide.Answers) { a.Person = guide.ForAdultLacksCapacity; a.Authority = guide.AuthorityNone }), d, bestPhrase, true},
		{"best interests not with lpa", with(func(a *guide.Answers) { a.Person = guide.ForAdultLacksCapacity; a.Authority = guide.AuthorityLPA }), d, bestPhrase, false},
		{"child", with(func(a *guide.Answers) { a.Person = guide.ForChild }), d, childPhrase, true},
		{"child not for self", base, d, childPhrase, false},
		{"deceased", with(func(a *guide.Answers) { a.Person = guide.ForDeceased }), d, diedPhrase, true},
		{"deceased not for self", base, d, diedPhrase, false},
		{"advocate named", base, d, advocatePhr, true},
		{"advocate not named", base, noAdvocate, advocatePhr, false},
		{"2009 regs England", base, d, "Complaints (England) Regulations 2009", true},
		{"2009 regs not private", with(func(a *guide.Answers) { a.Service = guide.PrivateHealthcare }), d, "Regulations 2009", false},
		{"NI acknowledge in 2 working days", with(func(a *guide.Answers) { a.Nation = guide.NorthernIreland }), d, "acknowledge my complaint within 2 working days", true},
		{"NI private dentist: their own procedure", with(func(a *guide.Answers) { a.Nation = guide.NorthernIreland; a.Service = guide.PrivateDentist }), d, "within 2 working days", false},
		{"Wales concern", with(func(a *guide.Answers) { a.Nation = guide.Wales }), d, "Listening to People", true},
		{"Wales concern not Putting Things Right after April 2026", with(func(a *guide.Answers) { a.Nation = guide.Wales }), d, "Putting Things Right", false},
		{"Wales care home is a complaint", with(func(a *guide.Answers) { a.Nation = guide.Wales; a.Service = guide.SelfFundedCare }), d, "make a formal complaint", true},
		{"Wales self-funded care not social services", with(func(a *guide.Answers) { a.Nation = guide.Wales; a.Service = guide.SelfFundedCare }), d, "social services", false},
		{"Wales council care social services", with(func(a *guide.Answers) { a.Nation = guide.Wales; a.Service = guide.CouncilCare }), d, "social services complaints procedure", true},
		{"Scotland stage 2", with(func(a *guide.Answers) { a.Nation = guide.Scotland }), d, "stage 2", true},
		{"NI HSC", with(func(a *guide.Answers) { a.Nation = guide.NorthernIreland }), d, "HSC) complaints procedure", true},
		{"money no threat", with(func(a *guide.Answers) { a.Outcomes = []guide.Outcome{guide.OutMoney} }), d, "ex-gratia payment", true},
		{"put right", with(func(a *guide.Answers) { a.Outcomes = []guide.Outcome{guide.OutPutRight} }), d, "provide, or pay for, the treatment", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Draft(en, guide.LetterComplaint, tt.a, tt.d, today)
			if err != nil {
				t.Fatal(err)
			}
			text := l.Text()
			if got := strings.Contains(text, tt.phrase); got != tt.want {
				t.Errorf("contains %q = %v, want %v\n%s", tt.phrase, got, tt.want, text)
			}
			for _, never := range []string{"cannot complain", "can't complain", "too late to complain"} {
				if strings.Contains(strings.ToLower(text), never) {
					t.Errorf("letter says %q", never)
				}
			}
			if flags := Flags(en, text); len(flags) > 0 {
				t.Errorf("our own letter is flagged: %+v", flags)
			}
		})
	}
}

// TestOtherLetterConditions checks the conditional parts of other letters.
func TestOtherLetterConditions(t *testing.T) {
	d := fullDetails()
	eng := guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.Self}
	with := func(f func(*guide.Answers)) guide.Answers {
		a := eng
		f(&a)
		return a
	}
	noAgreed := fullDetails()
	noAgreed.AgreedBy = guide.Date{}
	tests := []struct {
		name   string
		id     guide.LetterID
		a      guide.Answers
		d      Details
		phrase string
		want   bool
	}{
		{"records living GDPR", guide.LetterRecords, eng, d, "Article 15 of the UK General Data Protection Regulation", true},
		{"records living one month", guide.LetterRecords, eng, d, "within one month", true},
		{"records deceased AHRA", guide.LetterRecords, with(func(a *guide.Answers) { a.Person = guide.ForDeceased }), d, "Access to Health Records Act 1990", true},
		{"records deceased not GDPR", guide.LetterRecords, with(func(a *guide.Answers) { a.Person = guide.ForDeceased }), d, "Article 15", false},
		{"records deceased proof", guide.LetterRecords, with(func(a *guide.Answers) { a.Person = guide.ForDeceased }), d, "Proof of my status", true},
		{"records deceased care records", guide.LetterRecords, with(func(a *guide.Answers) { a.Person = guide.ForDeceased; a.Service = guide.SelfFundedCare }), d, "care records", true},
		{"records deceased care no health act", guide.LetterRecords, with(func(a *guide.Answers) { a.Person = guide.ForDeceased; a.Service = guide.CouncilCare }), d, "Access to Health Records", false},
		{"chaser no ack", guide.LetterChaser, with(func(a *guide.Answers) { a.Stage = guide.SentNoAck }), d, "within 3 working days", true},
		{"chaser agreed date", guide.LetterChaser, with(func(a *guide.Answers) { a.Stage = guide.Waiting }), d, "You agreed to respond by 14 November 2026", true},
		{"chaser six months", guide.LetterChaser, with(func(a *guide.Answers) {
			a.Stage = guide.Waiting
			a.Sent = guide.DayOf(2026, time.March, 1)
		}), noAgreed, "more than 6 months", true},
		{"chaser not six months", guide.LetterChaser, with(func(a *guide.Answers) { a.Stage = guide.Waiting }), noAgreed, "more than 6 months", false},
		{"chaser ombudsman", guide.LetterChaser, eng, d, "Parliamentary and Health Service Ombudsman", true},
		{"chaser private no 2009 timing", guide.LetterChaser, with(func(a *guide.Answers) { a.Stage = guide.SentNoAck; a.Service = guide.PrivateHealthcare }), d, "3 working days", false},
		{"chaser private no regulations", guide.LetterChaser, with(func(a *guide.Answers) {
			a.Stage = guide.Waiting
			a.Service = guide.PrivateHealthcare
			a.Sent = guide.DayOf(2026, time.March, 1)
		}), noAgreed, "regulations", false},
		{"chaser ISCAS members only", guide.LetterChaser, with(func(a *guide.Answers) { a.Service = guide.PrivateHealthcare }), d, "(ISCAS), if you are a member of it", true},
		{"chaser NI private dentist", guide.LetterChaser, with(func(a *guide.Answers) { a.Nation = guide.NorthernIreland; a.Service = guide.PrivateDentist }), d, "Dental Complaints Service", true},
		{"chaser NI private dentist not NIPSO", guide.LetterChaser, with(func(a *guide.Answers) { a.Nation = guide.NorthernIreland; a.Service = guide.PrivateDentist }), d, "Northern Ireland Public Services Ombudsman", false},
		{"reply Wales private healthcare", guide.LetterReply, with(func(a *guide.Answers) { a.Nation = guide.Wales; a.Service = guide.PrivateHealthcare }), d, "Public Services Ombudsman for Wales", false},
		{"ombudsman PHSO", guide.LetterOmbudsman, eng, d, "The Parliamentary and Health Service Ombudsman", true},
		{"ombudsman LGSCO", guide.LetterOmbudsman, with(func(a *guide.Answers) { a.Service = guide.SelfFundedCare }), d, "The Local Government and Social Care Ombudsman", true},
		{"ombudsman joint", guide.LetterOmbudsman, with(func(a *guide.Answers) { a.SocialCareToo = guide.Yes }), d, "joint team", true},
		{"ombudsman Wales", guide.LetterOmbudsman, with(func(a *guide.Answers) { a.Nation = guide.Wales }), d, "Public Services Ombudsman for Wales", true},
		{"ombudsman Scotland", guide.LetterOmbudsman, with(func(a *guide.Answers) { a.Nation = guide.Scotland }), d, "Scottish Public Services Ombudsman", true},
		{"ombudsman NI", guide.LetterOmbudsman, with(func(a *guide.Answers) { a.Nation = guide.NorthernIreland }), d, "Northern Ireland Public Services Ombudsman", true},
		{"ombudsman legal yes", guide.LetterOmbudsman, with(func(a *guide.Answers) { a.Legal = guide.Yes }), d, "considering legal action", true},
		{"ombudsman legal unknown", guide.LetterOmbudsman, eng, d, "legal action", false},
		{"ombudsman late", guide.LetterOmbudsman, with(func(a *guide.Answers) { a.Happened = guide.MonthOf(2025, time.January) }), d, "more than 12 months", true},
		{"ombudsman not late", guide.LetterOmbudsman, with(func(a *guide.Answers) { a.Happened = guide.MonthOf(2026, time.January) }), d, "more than 12 months", false},
		{"ombudsman final response", guide.LetterOmbudsman, with(func(a *guide.Answers) { a.Stage = guide.FinalResponse }), d, "Date of their final response: 2 November 2026", true},
		{"ombudsman delay no final response", guide.LetterOmbudsman, with(func(a *guide.Answers) { a.Stage = guide.Waiting }), d, "Their final response: not received", true},
		{"ombudsman delay claims no response", guide.LetterOmbudsman, with(func(a *guide.Answers) { a.Stage = guide.Waiting }), d, "still unhappy with the outcome", false},
		{"ombudsman delay encloses no response", guide.LetterOmbudsman, with(func(a *guide.Answers) { a.Stage = guide.Waiting }), d, "- Their final response", false},
		{"ombudsman delay six months", guide.LetterOmbudsman, with(func(a *guide.Answers) {
			a.Stage = guide.Waiting
			a.Sent = guide.DayOf(2026, time.March, 1)
		}), d, "It is now more than 6 months", true},
		{"ombudsman NI late from the response", guide.LetterOmbudsman, with(func(a *guide.Answers) {
			a.Nation = guide.NorthernIreland
			a.Stage = guide.FinalResponse
			a.Happened = guide.MonthOf(2025, time.March)
		}), func() Details { x := fullDetails(); x.ResponseOn = guide.DayOf(2026, time.April, 2); return x }(), "6 months since their complaints process ended", true},
		{"ombudsman NI in time", guide.LetterOmbudsman, with(func(a *guide.Answers) {
			a.Nation = guide.NorthernIreland
			a.Stage = guide.FinalResponse
			a.Happened = guide.MonthOf(2025, time.March)
		}), d, "Why I am writing now", false},
		{"ISCAS: member, final response", guide.LetterOmbudsman, with(func(a *guide.Answers) {
			a.Service = guide.PrivateHealthcare
			a.Stage = guide.FinalResponse
		}), d, "is a member of ISCAS", true},
		{"ISCAS: goodwill payment, not ex-gratia", guide.LetterOmbudsman, with(func(a *guide.Answers) {
			a.Service = guide.PrivateHealthcare
			a.Stage = guide.FinalResponse
			a.Outcomes = []guide.Outcome{guide.OutMoney}
		}), d, "A goodwill payment in recognition of what happened.", true},
		{"ISCAS: no discipline", guide.LetterOmbudsman, with(func(a *guide.Answers) {
			a.Service = guide.PrivateHealthcare
			a.Stage = guide.FinalResponse
			a.Outcomes = []guide.Outcome{guide.OutDiscipline, guide.OutExplanation}
		}), d, "about the staff involved", false},
		{"DCS: refund", guide.LetterOmbudsman, with(func(a *guide.Answers) {
			a.Service = guide.PrivateDentist
			a.Stage = guide.FinalResponse
			a.Outcomes = []guide.Outcome{guide.OutMoney}
		}), d, "A refund, or a contribution towards the cost of putting the treatment right.", true},
		{"DCS: agree with them", guide.LetterOmbudsman, with(func(a *guide.Answers) {
			a.Service = guide.PrivateDentist
			a.Stage = guide.FinalResponse
		}), d, "What I would like to agree with them", true},
		{"DCS: encloses the final response", guide.LetterOmbudsman, with(func(a *guide.Answers) {
			a.Service = guide.PrivateDentist
			a.Stage = guide.FinalResponse
		}), d, "- Their final response", true},
		{"OCCS: refund or repair", guide.LetterOmbudsman, with(func(a *guide.Answers) {
			a.Service = guide.PrivateOptician
			a.Stage = guide.FinalResponse
			a.Outcomes = []guide.Outcome{guide.OutMoney}
		}), d, "A refund, a repair or a replacement.", true},
		{"OCCS: no ombudsman", guide.LetterOmbudsman, with(func(a *guide.Answers) {
			a.Service = guide.PrivateOptician
			a.Stage = guide.FinalResponse
		}), d, "Ombudsman", false},
		{"regulator GMC", guide.LetterRegulator, eng, d, "General Medical Council", true},
		{"regulator social work", guide.LetterRegulator, eng, func() Details { x := fullDetails(); x.Profession = ProfSocialWork; return x }(), "Social Work England", true},
		{"regulator NI pharmacy", guide.LetterRegulator, with(func(a *guide.Answers) { a.Nation = guide.NorthernIreland }), func() Details { x := fullDetails(); x.Profession = ProfPharmacy; return x }(), "Pharmaceutical Society of Northern Ireland", true},
		{"regulator unknown", guide.LetterRegulator, eng, Details{}, "[the professional regulator]", true},
		{"offer full and final", guide.LetterOffer, eng, d, "\"in full and final settlement\"", true},
		{"offer not accepted", guide.LetterOffer, eng, d, "not an acceptance", true},
		{"offer legal claim", guide.LetterOffer, eng, d, "legal claim", true},
		{"reply final", guide.LetterReply, eng, d, "confirm this in writing", true},
		{"reply by date", guide.LetterReply, eng, d, "by 19 December 2026", true},
		{"pals may complain later", guide.LetterPALS, eng, d, "formal complaint later", true},
		{"pals Wales no PALS", guide.LetterPALS, with(func(a *guide.Answers) { a.Nation = guide.Wales }), d, "PALS", false},
		{"consent adult signs", guide.LetterConsent, with(func(a *guide.Answers) { a.Person = guide.ForAdultConsents }), d, "Signed (Margaret Smith)", true},
		{"consent self names advocate", guide.LetterConsent, eng, d, "agree that Sam Patel, POhWER may act for me", true},
		{"consent lacks capacity", guide.LetterConsent, with(func(a *guide.Answers) { a.Person = guide.ForAdultLacksCapacity }), d, "best interests", true},
		{"consent deceased probate", guide.LetterConsent, with(func(a *guide.Answers) { a.Person = guide.ForDeceased }), d, "grant of probate", true},
		{"consent child", guide.LetterConsent, with(func(a *guide.Answers) { a.Person = guide.ForChild }), d, "parental responsibility", true},
		{"meeting agenda", guide.LetterMeeting, eng, d, "agenda", true},
		{"meeting not there", guide.LetterMeeting, eng, d, "not to be there: Dr A Jones", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Draft(en, tt.id, tt.a, tt.d, today)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(l.Text(), tt.phrase); got != tt.want {
				t.Errorf("contains %q = %v, want %v\n%s", tt.phrase, got, tt.want, l.Text())
			}
		})
	}
}

// TestEventsInDateOrder checks the numbered points follow the dates.
func TestEventsInDateOrder(t *testing.T) {
	l, _ := Draft(en, guide.LetterComplaint, guide.Answers{}, fullDetails(), today)
	text := l.Text()
	order := []string{"1. In August 2026", "2. On 14 September 2026", "3. On 20 September 2026", "4. Nobody told us"}
	last := -1
	for _, s := range order {
		i := strings.Index(text, s)
		if i < 0 || i < last {
			t.Fatalf("%q missing or out of order in\n%s", s, text)
		}
		last = i
	}
}
