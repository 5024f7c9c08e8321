package track

import (
	"fmt"
	"strings"
	"testing"

	"putitright/app/content"
	"putitright/app/guide"
	"putitright/internal/pseudotest"
)

// wordCases returns answers and recorded steps that between them reach
// every rule, procedure and sentence of the tracker: each nation and kind
// of care, each way of sending, both stages in Scotland, an agreed date,
// the final response, the ombudsman, and a date past the bank holidays.
func wordCases() (answers []guide.Answers, steps [][]Event) {
	for _, n := range []guide.Nation{guide.England, guide.Wales, guide.Scotland, guide.NorthernIreland, guide.NationUnsure, ""} {
		for _, s := range []guide.Service{guide.HospitalAE, guide.MentalHealth, guide.GP, guide.NHSDentist, guide.PrivateDentist,
			guide.Pharmacy, guide.PrivateOptician, guide.NHSFundedPrivate, guide.PrivateHealthcare, guide.CouncilCare,
			guide.SelfFundedCare, guide.ChildrenSocialCare, guide.PublicHealth, guide.ServiceUnsure, ""} {
			for _, h := range []guide.Date{{}, guide.MonthOf(2026, 3), d(2026, 3, 4)} {
				answers = append(answers, guide.Answers{Nation: n, Service: s, Happened: h})
			}
		}
	}
	steps = [][]Event{
		nil,
		{sent(d(2026, 11, 2), ByPost)},
		{{Kind: Sent, On: d(2026, 11, 2), Method: BySpoken, Stage: 1}},
		{{Kind: Sent, On: d(2026, 11, 2), Method: ByEmail}},
		{{Kind: Sent, On: d(2026, 11, 2), Method: ByEmail, Stage: 2}, {Kind: Promised, On: d(2026, 11, 3), By: d(2026, 12, 20)}},
		{sent(d(2026, 11, 2), ByEmail), {Kind: Promised, On: d(2026, 11, 3), By: d(2026, 12, 20)}},
		{sent(d(2026, 6, 2), ByEmail), {Kind: Acknowledged, On: d(2026, 6, 3)}, {Kind: Final, On: d(2026, 9, 3)}},
		{sent(d(2029, 12, 28), ByPost)},
		{sent(d(2026, 6, 2), ""), {Kind: Meeting, On: d(2026, 7, 1)}, {Kind: Extension, On: d(2026, 7, 2), By: d(2026, 8, 1)},
			{Kind: Final, On: d(2026, 9, 3)}, {Kind: Ombudsman, On: d(2026, 10, 3)}},
	}
	return answers, steps
}

// diary is a diary with every kind of line, its words typed by the person.
var diary = []Entry{
	{Kind: Contact, On: d(2026, 10, 20), Who: "Ward manager", What: "Notes lost.", Promised: "A call back"},
	{Kind: Contact, What: "No date known"}, {Kind: Contact, Who: "PALS officer"}, {Kind: Contact, Promised: "A letter"},
	{Kind: Evidence, On: d(2026, 9, 20), What: "Photos", Who: "my phone"},
	{Kind: Evidence, What: "Receipts"}, {Kind: Evidence, Who: "the GP"}, {Kind: Evidence, On: guide.MonthOf(2026, 9)},
}

// typed is every word of the diary and the label: the person's own.
var typed = []string{"Ward manager", "Notes lost", "A call back", "No date known", "PALS officer", "A letter", "Photos",
	"my phone", "Receipts", "the GP", "Mum's GP", "Mum's care"}

// TestWords checks every text the tracker builds an ID for exists, and
// that no case shows a missing one.
func TestWords(t *testing.T) {
	for _, rule := range []string{RuleAck, RuleStage1, RuleStage2Ack, RuleStage2Response, RuleResponse, RuleNextStep, RuleOmbudsman} {
		for _, part := range []string{".title", ".name"} {
			if _, ok := en.Lookup("track." + rule + part); !ok {
				t.Errorf("no text track.%s%s", rule, part)
			}
		}
	}
	for _, k := range Kinds() {
		if _, ok := en.Lookup("track.kind." + string(k)); !ok {
			t.Errorf("no text track.kind.%s", k)
		}
		for _, e := range []Event{{Kind: k}, {Kind: k, By: d(2027, 1, 2)}, {Kind: k, Method: ByPost, Stage: 2},
			{Kind: k, Method: ByEmail}, {Kind: k, Method: BySpoken, Stage: 1}} {
			if s := Describe(en, e); strings.Contains(s, "[") || s == string(k)+"." {
				t.Errorf("%+v: %q", e, s)
			}
		}
	}
	answers, steps := wordCases()
	seen := map[string]bool{}
	for _, a := range answers {
		for _, evs := range steps {
			k := Case{ID: "X", Events: evs, Diary: diary, Label: "Mum's GP"}
			st := Work(en, k, a, today)
			all := append([]string{st.Rules.Name, st.Rules.Ombudsman}, st.Notes...)
			for _, x := range st.Dues {
				all = append(all, x.Title, x.Name, x.Text, x.Basis, x.Unsure, x.IfLate)
				seen[x.Rule] = true
			}
			data, _ := ICS(en, k, st, today)
			all = append(all, string(data))
			for _, s := range all {
				if strings.Contains(s, "[") {
					t.Fatalf("%+v %+v: %q", a, evs, s)
				}
			}
		}
	}
	for _, rule := range []string{RuleAck, RuleStage1, RuleStage2Ack, RuleStage2Response, RuleResponse, RuleNextStep, RuleOmbudsman} {
		if !seen[rule] {
			t.Errorf("no case reaches %s", rule)
		}
	}
	// Past the bank holidays, in each nation's division.
	for _, n := range []guide.Nation{guide.England, guide.Wales, guide.Scotland, guide.NorthernIreland} {
		a := guide.Answers{Nation: n, Service: guide.HospitalAE}
		st := Work(en, Case{Events: []Event{sent(d(2029, 12, 28), ByPost)}}, a, today)
		said := false
		for _, x := range st.Dues {
			said = said || x.NoData && strings.Contains(x.Unsure, "only goes up to 2029")
		}
		if n != guide.Wales && !said {
			t.Errorf("%s past the data: %+v", n, st.Dues)
		}
	}
}

// TestPseudo works out every case in the pseudo-language and checks every
// word the tracker makes, the calendar file and the Timeline come from
// the content, apart from what the person typed.
func TestPseudo(t *testing.T) {
	c := pseudotest.Set(t)
	var words []string
	for _, k := range Kinds() {
		words = append(words, KindLabel(c, k))
		for _, e := range []Event{{Kind: k}, {Kind: k, By: d(2027, 1, 2)}, {Kind: k, Method: ByPost, Stage: 2}, {Kind: k, Method: BySpoken}} {
			words = append(words, Describe(c, e))
		}
	}
	pseudotest.Check(t, "steps", strings.Join(words, "\n"))
	answers, steps := wordCases()
	for _, a := range answers {
		for i, evs := range steps {
			what := fmt.Sprintf("%s %s %v, steps %d", a.Nation, a.Service, a.Happened, i)
			k := Case{ID: "X", Events: evs, Diary: diary, Label: "Mum's GP"}
			st := Work(c, k, a, today)
			words := append([]string{st.Rules.Name, st.Rules.Ombudsman}, st.Notes...)
			for _, x := range st.Dues {
				words = append(words, x.Title, x.Name, x.Text, x.Basis, x.Unsure, x.IfLate)
			}
			pseudotest.Check(t, what, strings.Join(words, "\n"))
			data, _ := ICS(c, k, st, today)
			pseudotest.Check(t, what+": calendar", icsWords(string(data)), typed...)
		}
	}
	for _, about := range []string{"", "Mum's care"} {
		_, steps := wordCases()
		l := Timeline(c, Case{Events: steps[8], Diary: diary}, about)
		pseudotest.Check(t, "timeline", timelineWords(l.Title, l.Subject, l.Text()), typed...)
	}
	pseudotest.Check(t, "empty timeline", Timeline(c, Case{}, "").Text())
	for _, e := range LetterEvents(c, Case{Diary: diary}) {
		pseudotest.Check(t, "letter events", e.What, typed...)
	}
	// A hard-coded word is caught.
	data, _ := ICS(c, Case{ID: "X", Events: steps0()}, Work(c, Case{Events: steps0()}, answers[0], today), today)
	if len(pseudotest.Plain(icsWords(strings.Replace(string(data), "DESCRIPTION:", "DESCRIPTION:If it is late: ", 1)))) == 0 {
		t.Error("a hard-coded word in the calendar file is not caught")
	}
}

func steps0() []Event { return []Event{sent(d(2026, 11, 2), ByEmail)} }

// icsWords returns the words of a calendar file a person reads: the
// values of its names, titles and descriptions, unescaped.
func icsWords(data string) string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(data, "\r\n ", ""), "\r\n") {
		name, value, _ := strings.Cut(l, ":")
		switch name {
		case "X-WR-CALNAME", "SUMMARY", "DESCRIPTION":
			out = append(out, strings.NewReplacer(`\n`, "\n", `\,`, ",", `\;`, ";", `\\`, `\`).Replace(value))
		}
	}
	return strings.Join(out, "\n")
}

// timelineWords returns a Timeline's words without the bullets the text
// export adds.
func timelineWords(parts ...string) string {
	return strings.ReplaceAll(strings.Join(parts, "\n"), "\n- ", "\n")
}

// TestPseudoDates checks the dates of the pseudo-language are used.
func TestPseudoDates(t *testing.T) {
	c := pseudotest.Set(t)
	a := guide.Answers{Nation: guide.England, Service: guide.GP, Happened: d(2026, 9, 14)}
	st := Work(c, Case{Events: []Event{sent(d(2026, 11, 2), ByEmail), {Kind: Promised, On: d(2026, 11, 3), By: d(2026, 12, 20)}}}, a, today)
	if x := find(t, st, RuleResponse); !strings.Contains(x.Text, c.Date(2026, 12, 20)) || !strings.HasPrefix(x.Text, content.PseudoOpen) {
		t.Errorf("agreed date: %q", x.Text)
	}
}
