package guide

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"putitright/app/content"
	"putitright/internal/pseudotest"
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

// nextCases returns answers that between them reach every next step and
// every "when" sentence: each stage, nation and service, with dates that
// put the time limits inside, close, passed and perhaps passed.
func nextCases(today time.Time) []Answers {
	ago := func(n int) Date { d := today.AddDate(0, -n, 0); return MonthOf(d.Year(), d.Month()) }
	var out []Answers
	for _, st := range []Stage{NotRaised, RaisedStaff, SentNoAck, Waiting, FinalResponse, WithOmbudsman} {
		for _, n := range []Nation{England, Wales, Scotland, NorthernIreland, NationUnsure} {
			for _, s := range []Service{HospitalAE, MentalHealth, GP, NHSDentist, Pharmacy, NHSOptician, PrivateHealthcare,
				NHSFundedPrivate, CouncilCare, SelfFundedCare, ChildrenSocialCare, ServiceUnsure, PublicHealth} {
				for _, m := range []int{0, 2, 11, 12, 13, 40} {
					a := Answers{Nation: n, Service: s, Stage: st, SocialCareToo: No}
					if m > 0 {
						a.Happened = ago(m)
					}
					if st == FinalResponse && m > 0 {
						a.Sent, a.Responded = ago(m-1), ago(m-1)
					}
					out = append(out, a)
				}
			}
		}
	}
	return append(out, Answers{Nation: England, Service: HospitalAE, SocialCareToo: Yes, Stage: FinalResponse, Happened: ago(3)})
}

// TestNextWords checks every text the next step is made from exists, and
// that every step and "when" sentence is reached and filled in.
func TestNextWords(t *testing.T) {
	c, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recipients {
		if _, ok := c.Lookup("next.to." + r); !ok {
			t.Errorf("no text next.to.%s", r)
		}
	}
	seen := map[string]bool{}
	today := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	for _, a := range nextCases(today) {
		if r := recipient(a, Plan{Nation: a.Nation}); !slices.Contains(recipients, r) {
			t.Errorf("%+v: recipient %q is not in recipients", a, r)
		}
		p, err := Build(a, Options{Today: today})
		if err != nil {
			t.Fatal(err)
		}
		n := Next(c, a, p)
		if n.Text == "" || strings.Contains(n.Text+n.When, "[") {
			t.Errorf("%+v: next step %q, when %q", a, n.Text, n.When)
		}
		seen[n.Text] = true
		if !n.By.IsZero() {
			seen[strings.ReplaceAll(n.When, n.By.Words(c), "{date}")] = true
		}
	}
	for _, id := range []string{"next.now.complain", "next.now.concern", "next.now.confirm", "next.now.wait", "next.now.reply",
		"next.now.joint", "next.now.members-only", "next.now.with-ombudsman"} {
		if !slices.ContainsFunc(slices.Collect(maps.Keys(seen)), func(s string) bool {
			return strings.HasPrefix(s, strings.Split(c.T(id), " {")[0])
		}) {
			t.Errorf("no case reaches %s", id)
		}
	}
	for _, kind := range []string{"complaint", "ombudsman"} {
		for _, status := range []string{"inside", "closing", "passed", "maybe"} {
			if id := "next.when." + kind + "." + status; !seen[c.T(id)] {
				t.Errorf("no case reaches %s", id)
			}
		}
	}
}

// TestNextPseudo builds the next step in the pseudo-language for every
// case: every word must come from the content.
func TestNextPseudo(t *testing.T) {
	c := pseudotest.Set(t)
	today := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	e, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range nextCases(today) {
		p, err := e.Build(a, Options{Today: today, Content: c})
		if err != nil {
			t.Fatal(err)
		}
		what := fmt.Sprintf("%s %s %s", a.Nation, a.Service, a.Stage)
		n := Next(c, a, p)
		pseudotest.Check(t, what+": next step", n.Text+"\n"+n.When)
		pseudotest.Check(t, what+": plan", planWords(p))
	}
	// A hard-coded word is caught.
	p, _ := e.Build(nextCases(today)[0], Options{Today: today, Content: c})
	if n := Next(c, nextCases(today)[0], p); len(pseudotest.Plain("Send it by "+n.By.Words(c))) == 0 {
		t.Error("a hard-coded sentence is not caught")
	}
}

// planWords returns every word of a plan a person reads, one a line.
func planWords(p Plan) string {
	var out []string
	steps := func(list ...Step) {
		for _, st := range list {
			out = append(out, st.Title, st.Text, st.Expect, st.Cannot)
			for _, src := range st.Sources {
				out = append(out, src.Title)
			}
		}
	}
	out = append(out, p.Sympathy, p.Complaint.TimeLimit.Title, p.Complaint.TimeLimit.Text)
	steps(p.Urgent...)
	for _, o := range p.Outcomes {
		out = append(out, o.Title, o.Text)
		steps(o.Routes...)
	}
	steps(p.Complaint.SendTo...)
	steps(p.Complaint.Duties...)
	steps(p.Complaint.Next)
	steps(p.Escalation...)
	steps(p.Report...)
	steps(p.Warnings...)
	steps(p.Help...)
	for _, l := range p.Letters {
		out = append(out, l.Title, l.Why)
	}
	return strings.Join(out, "\n")
}
