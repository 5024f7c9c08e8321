package guide

import (
	"strings"
	"testing"
	"time"

	"putitright/app/content"
)

func TestNext(t *testing.T) {
	today := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	ago := func(n int) Date { d := today.AddDate(0, -n, 0); return MonthOf(d.Year(), d.Month()) }
	base := Answers{SocialCareToo: No, Person: Self, Danger: No, Abuse: No, Harm: HarmMinor, Legal: No, Detained: No, Offer: No, Outcomes: []Outcome{OutExplanation}}
	with := func(f func(*Answers)) Answers { a := base; f(&a); return a }
	tests := []struct {
		name   string
		a      Answers
		text   string
		letter LetterID
		dated  bool
		when   string
	}{
		{"gp", with(func(a *Answers) { a.Nation, a.Service, a.Stage, a.Happened = England, GP, NotRaised, ago(1) }),
			"Send your complaint to the GP practice's manager", LetterComplaint, true, ""},
		{"self-funded care", with(func(a *Answers) {
			a.Nation, a.Service, a.Stage, a.Happened = England, SelfFundedCare, NotRaised, ago(2)
		}),
			"Send your complaint to the care home's or care agency's manager", LetterComplaint, true, ""},
		{"wales final", with(func(a *Answers) {
			a.Nation, a.Service, a.Stage, a.Happened = Wales, HospitalOutpatient, FinalResponse, ago(8)
		}),
			"Ask the Public Services Ombudsman for Wales to look at it", LetterOmbudsman, false, "Ask them by "},
		{"wales not raised", with(func(a *Answers) {
			a.Nation, a.Service, a.Stage, a.Happened = Wales, HospitalInpatient, NotRaised, ago(2)
		}),
			"Raise your concern with the health board or NHS trust", "", true, ""},
		{"no acknowledgement", with(func(a *Answers) { a.Nation, a.Service, a.Stage, a.Happened = England, HospitalAE, SentNoAck, ago(3) }),
			"Ask the hospital's complaints team to confirm they have your complaint", LetterChaser, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Build(tt.a, Options{Today: today})
			if err != nil {
				t.Fatal(err)
			}
			c, _ := content.Default()
			n := Next(c, tt.a, p)
			if n.Text != tt.text {
				t.Errorf("Text = %q, want %q", n.Text, tt.text)
			}
			if tt.letter != "" && n.Letter != tt.letter {
				t.Errorf("Letter = %q, want %q", n.Letter, tt.letter)
			}
			if n.Letter != "" && !p.HasLetter(n.Letter) {
				t.Errorf("Letter %q is not in the plan", n.Letter)
			}
			if !strings.Contains(n.When, tt.when) {
				t.Errorf("When = %q, want it to hold %q", n.When, tt.when)
			}
			if tt.dated && (n.By.IsZero() || !strings.Contains(n.When, n.By.Words(c))) {
				t.Errorf("By = %v, When = %q: want the deadline", n.By, n.When)
			}
		})
	}
}
