package letter

import (
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
	"putitright/internal/pseudotest"
)

// The pseudo-language (content.Pseudo) accents every letter of every
// text, so a plain ASCII word in a letter made with it, other than what
// the person typed, did not come from the content: it is a word left in
// Go.

// plainWords returns the runs of plain ASCII letters in s once every line
// of each typed value (as typed, or with a capital letter first) is taken
// out.
func plainWords(s string, typed []string) []string {
	var lines []string
	for _, v := range typed {
		for _, line := range strings.Split(v, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				lines = append(lines, line, capitalFirst(line))
			}
		}
	}
	slices.SortFunc(lines, func(a, b string) int { return len(b) - len(a) })
	return pseudotest.Plain(s, lines...)
}

// typedValues returns every string the person typed in d.
func typedValues(d Details) []string {
	var out []string
	v := reflect.ValueOf(d)
	for i := 0; i < v.NumField(); i++ {
		switch f := v.Field(i); f.Kind() {
		case reflect.String:
			out = append(out, f.String())
		case reflect.Slice:
			for j := 0; j < f.Len(); j++ {
				switch e := f.Index(j).Interface().(type) {
				case string:
					out = append(out, e)
				case Event:
					out = append(out, e.What)
				}
			}
		}
	}
	return out
}

// pseudoCases are rich cases: every scenario with every detail, with who
// the person is to the writer and an exact date of death, and with none.
func pseudoCases() []scenario {
	var out []scenario
	rich := fullDetails()
	rich.TheyAre, rich.DiedOn, rich.OrgPerson = "mother", guide.DayOf(2026, time.June, 21), "Ms Lee"
	for _, s := range scenarios() {
		out = append(out, scenario{s.name, s.a, fullDetails()}, scenario{s.name + " rich", s.a, rich}, scenario{s.name + " empty", s.a, Details{}})
	}
	scheme := guide.Answers{Nation: guide.England, Service: guide.PrivateHealthcare, Person: guide.ForAdultNoConsent, Stage: guide.FinalResponse,
		Happened: guide.MonthOf(2024, 1), Outcomes: outcomeSets[3], Legal: guide.Unsure, SocialCareToo: guide.Yes}
	waiting := guide.Answers{Nation: guide.NorthernIreland, Service: guide.CouncilCare, Person: guide.ForAdultLacksCapacity,
		Authority: guide.AuthorityLPAProperty, Stage: guide.Waiting, Sent: guide.DayOf(2026, time.March, 1), Harm: guide.HarmDeath}
	return append(out, scenario{"scheme", scheme, rich}, scenario{"waiting", waiting, rich})
}

// pseudoLeftovers returns the plain words in every way letter id goes
// out (its text, its Word document and its email link), and in its
// fields and tips, made in the pseudo-language c for s.
func pseudoLeftovers(t *testing.T, c *content.Set, id guide.LetterID, s scenario, change func(*Letter)) []string {
	t.Helper()
	typed := typedValues(s.d.clean())
	l, err := Draft(c, id, s.a, s.d, today)
	if err != nil {
		t.Fatal(err)
	}
	if change != nil {
		change(&l)
	}
	var out []string
	add := func(what, text string) {
		for _, w := range plainWords(text, typed) {
			out = append(out, what+": "+w)
		}
	}
	add("title", l.Title)
	add("subject", l.Subject)
	add("text", l.Text())
	doc, _ := DOCX(l)
	add("docx", strings.Join(docxParagraphs(t, doc), "\n"))
	link, _ := Mailto(l, "")
	u, err := url.Parse(link)
	if err != nil {
		t.Fatal(err)
	}
	add("mailto", u.Query().Get("body"))
	if subject := u.Query().Get("subject"); subject == l.Subject {
		add("mailto", subject) // a subject cut short may end inside a typed value
	}
	for _, f := range Fields(c, id, s.a, today) {
		add("field", f.Label+"\n"+f.Hint+"\n"+f.Example)
		for _, o := range f.Options {
			add("option", o.Label)
		}
	}
	for _, tip := range Checklist(c, id, s.a) {
		add("tip", tip)
	}
	return out
}

// TestPseudoLanguage makes every letter, its exports, fields and tips in
// the pseudo-language for rich cases: any plain word left is a word not
// from the content.
func TestPseudoLanguage(t *testing.T) {
	c, err := content.Language(content.Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range pseudoCases() {
		for _, id := range guide.AllLetters() {
			for _, w := range pseudoLeftovers(t, c, id, s, nil) {
				t.Errorf("%s, %s: %q is not from the content", s.name, id, w)
			}
		}
	}
	for _, f := range Flags(c, "WHY DID NOBODY HELP") {
		if w := plainWords(f.Suggestion, nil); len(w) > 0 {
			t.Errorf("flag suggestion %q: %q is not from the content", f.Suggestion, w)
		}
	}
}

// TestPseudoFindsPlantedWords checks the test above would fail on a word
// written in Go: a planted sign-off is found in the text, the Word
// document and the email, and nothing else is.
func TestPseudoFindsPlantedWords(t *testing.T) {
	c, err := content.Language(content.Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	s := pseudoCases()[0]
	fits := false
	got := pseudoLeftovers(t, c, guide.LetterChaser, s, func(l *Letter) {
		l.Blocks = append(l.Blocks, Block{Kind: KindSignoff, Text: "Kind regards,"})
		_, fits = Mailto(*l, "")
	})
	want := []string{"text: Kind", "text: regards", "docx: Kind", "docx: regards"}
	if fits {
		want = append(want, "mailto: Kind", "mailto: regards")
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("planted words found: %q, want %q", got, want)
	}
}
