package letter

import (
	"strings"
	"testing"
	"time"

	"putitright/app/guide"
)

// TestReadsAsAPersonWrites checks the wording a person would use: the
// person named by who they are, and a greeting without "The".
func TestReadsAsAPersonWrites(t *testing.T) {
	died := fullDetails()
	died.PatientName, died.TheyAre, died.DiedOn = "Robert Jones", "father", guide.DayOf(2026, time.June, 21)
	mum := fullDetails()
	mum.TheyAre = "my mother"
	theManager := fullDetails()
	theManager.OrgPerson = "The Manager"
	tests := []struct {
		name string
		id   guide.LetterID
		a    guide.Answers
		d    Details
		want []string
		not  []string
	}{
		{"after a death", guide.LetterComplaint, guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.ForDeceased}, died,
			[]string{"the care my father, Robert Jones, who died on 21 June 2026, received from", "I am making this complaint as their representative."},
			[]string{"I am writing about the care of Robert Jones", "I am their daughter"}},
		{"after a death, ombudsman", guide.LetterOmbudsman, guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.ForDeceased, Stage: guide.FinalResponse}, died,
			[]string{"I am writing about the care of my father, Robert Jones, who died on 21 June 2026. I am making this complaint"}, nil},
		{"my mother, once", guide.LetterComplaint, guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.ForAdultConsents}, mum,
			[]string{"the care my mother, Margaret Smith, received", "I am writing on behalf of Margaret Smith."}, []string{"my my", "I am their daughter"}},
		{"Dear Manager", guide.LetterComplaint, guide.Answers{Nation: guide.England, Service: guide.GP}, theManager,
			[]string{"Dear Manager,"}, []string{"Dear The Manager"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Draft(en, tt.id, tt.a, tt.d, today)
			if err != nil {
				t.Fatal(err)
			}
			text := l.Text()
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("want %q in\n%s", w, text)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(text, w) {
					t.Errorf("do not want %q in\n%s", w, text)
				}
			}
		})
	}
}

// TestAnswersPeopleCanGive checks the letters for the answers added so
// people can answer truly: an adult who has not agreed, the kind of
// power of attorney, not sure about legal action.
func TestAnswersPeopleCanGive(t *testing.T) {
	d := fullDetails()
	base := guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Happened: guide.DayOf(2026, time.September, 14)}
	with := func(f func(*guide.Answers)) guide.Answers { a := base; f(&a); return a }
	tests := []struct {
		name string
		id   guide.LetterID
		a    guide.Answers
		want []string
		not  []string
	}{
		{"adult who has not agreed", guide.LetterComplaint, with(func(a *guide.Answers) { a.Person = guide.ForAdultNoConsent }),
			[]string{"Concerns about the care of Margaret Smith", "raise concerns about the care Margaret Smith received",
				"Margaret Smith has not asked me to act for them", "may not be able to share their personal information"},
			[]string{"signed consent", "on behalf of", "Formal complaint"}},
		{"adult who has not agreed, ombudsman", guide.LetterOmbudsman, with(func(a *guide.Answers) {
			a.Person = guide.ForAdultNoConsent
			a.Stage = guide.FinalResponse
		}), []string{"has not asked me to act for them"}, []string{"signed consent"}},
		{"property and finance LPA", guide.LetterComplaint, with(func(a *guide.Answers) {
			a.Person = guide.ForAdultLacksCapacity
			a.Authority = guide.AuthorityLPAProperty
		}), []string{"lasting power of attorney for their property and financial affairs", "ask you to accept me as their representative", d.CapacityNote},
			[]string{"health and welfare"}},
		{"health and welfare LPA", guide.LetterComplaint, with(func(a *guide.Answers) {
			a.Person = guide.ForAdultLacksCapacity
			a.Authority = guide.AuthorityLPA
		}), []string{"lasting power of attorney for their health and welfare"}, []string{"property and financial"}},
		{"not sure about legal action", guide.LetterOmbudsman, with(func(a *guide.Answers) { a.Legal = guide.Unsure; a.Stage = guide.FinalResponse }),
			[]string{"I have not decided whether to take legal action."}, []string{"I am considering legal action", "I have not taken, and am not planning, legal action"}},
		{"spoken complaint: made, not sent", guide.LetterChaser, with(func(a *guide.Answers) { a.Stage = guide.SentNoAck }),
			[]string{"I made my complaint to you on"}, []string{"I sent you"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Draft(en, tt.id, tt.a, d, today)
			if err != nil {
				t.Fatal(err)
			}
			text := l.Text()
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("want %q in\n%s", w, text)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(text, w) {
					t.Errorf("do not want %q in\n%s", w, text)
				}
			}
		})
	}
	// The property and finance attorney is asked why the person cannot
	// decide, as with no authority; a health and welfare one is not.
	for auth, want := range map[guide.Authority]bool{guide.AuthorityLPAProperty: true, guide.AuthorityLPA: false, guide.AuthorityDeputy: false, guide.AuthorityNone: true} {
		a := with(func(a *guide.Answers) { a.Person = guide.ForAdultLacksCapacity; a.Authority = auth })
		got := false
		for _, f := range Fields(en, guide.LetterComplaint, a, today) {
			got = got || f.ID == FCapacityNote
		}
		if got != want {
			t.Errorf("%s: asks for the capacity note = %v, want %v", auth, got, want)
		}
	}
}

// TestChecklistFollowsTheRules checks tips that used to ignore the
// nation or the kind of care.
func TestChecklistFollowsTheRules(t *testing.T) {
	tests := []struct {
		name string
		id   guide.LetterID
		a    guide.Answers
		want string
		has  bool
	}{
		{"LGSCO form in England social care", guide.LetterConsent, guide.Answers{Nation: guide.England, Service: guide.CouncilCare}, "Local Government and Social Care Ombudsman", true},
		{"no LGSCO form in Wales", guide.LetterConsent, guide.Answers{Nation: guide.Wales, Service: guide.CouncilCare}, "Local Government and Social Care Ombudsman", false},
		{"no NHS advocacy for self-paid care", guide.LetterComplaint, guide.Answers{Nation: guide.England, Service: guide.PrivateDentist}, "NHS complaints advocacy", false},
		{"no NHS advocacy for social care alone", guide.LetterComplaint, guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare}, "NHS complaints advocacy", false},
		{"NHS advocacy for a GP", guide.LetterComplaint, guide.Answers{Nation: guide.England, Service: guide.GP}, "NHS complaints advocacy", true},
		{"the ICB for a GP", guide.LetterComplaint, guide.Answers{Nation: guide.England, Service: guide.GP}, "or to the integrated care board (ICB), not both", true},
		{"the council for a health visitor", guide.LetterComplaint, guide.Answers{Nation: guide.England, Service: guide.PublicHealth}, "or to the council, not both", true},
		{"the HSC Trust for NI social care", guide.LetterComplaint, guide.Answers{Nation: guide.NorthernIreland, Service: guide.CouncilCare}, "Health and Social Care Trust", true},
		{"no payer for self-funded care", guide.LetterComplaint, guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare}, "not both", false},
		{"spoken complaints in England", guide.LetterComplaint, guide.Answers{Nation: guide.England, Service: guide.GP}, "by phone or in person", true},
		{"NIPSO's 6 months", guide.LetterOmbudsman, guide.Answers{Nation: guide.NorthernIreland, Service: guide.GP}, "within 6 months of the end", true},
	}
	for _, tt := range tests {
		got := strings.Contains(strings.Join(Checklist(en, tt.id, tt.a), "\n"), tt.want)
		if got != tt.has {
			t.Errorf("%s: tips contain %q = %v, want %v", tt.name, tt.want, got, tt.has)
		}
	}
}

// TestNationAndSchemeWording checks wording that once ignored the nation
// or the scheme: safeguarding in Northern Ireland is the Trust's; the
// schemes for self-paid care are not ombudsmen.
func TestNationAndSchemeWording(t *testing.T) {
	d := fullDetails()
	ni := guide.Answers{Nation: guide.NorthernIreland, Service: guide.CouncilCare, Outcomes: []guide.Outcome{guide.OutPolice}}
	l, _ := Draft(en, guide.LetterComplaint, ni, d, today)
	if !strings.Contains(l.Text(), "Health and Social Care Trust's adult safeguarding team") || strings.Contains(l.Text(), "council's safeguarding") {
		t.Errorf("Northern Ireland safeguarding:\n%s", l.Text())
	}
	for _, f := range Fields(en, guide.LetterComplaint, ni, today) {
		if f.ID == FOrg && strings.Contains(f.Hint, "council") {
			t.Errorf("Northern Ireland organisation hint names the council: %q", f.Hint)
		}
	}
	dcs := guide.Answers{Nation: guide.England, Service: guide.PrivateDentist, Stage: guide.FinalResponse}
	l, _ = Draft(en, guide.LetterOmbudsman, dcs, d, today)
	if !strings.Contains(l.Text(), "Dear Sir or Madam,") || l.Title != "Letter to the Dental Complaints Service" {
		t.Errorf("Dental Complaints Service letter %q:\n%s", l.Title, l.Text())
	}
}
