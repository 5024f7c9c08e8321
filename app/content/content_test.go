package content_test

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"putitright/app/content"
)

func mustDefault(t testing.TB) *content.Set {
	t.Helper()
	s, err := content.Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return s
}

func TestDefaultIsValid(t *testing.T) {
	s := mustDefault(t)
	for _, err := range content.Validate(s) {
		t.Error(err)
	}
	t.Logf("%d items, %d sources", s.Len(), len(s.Sources()))
	if s.Len() < 100 {
		t.Errorf("only %d items; expected the full content set", s.Len())
	}
}

func TestDefaultIsShared(t *testing.T) {
	a, b := mustDefault(t), mustDefault(t)
	if a != b {
		t.Error("Default parsed the content twice")
	}
}

func TestItemLookup(t *testing.T) {
	s := mustDefault(t)
	for _, id := range []string{"urgent.999", "route.phso", "outcome.money", "warn.limitation", "help.advocacy"} {
		it, ok := s.Item(id)
		if !ok {
			t.Errorf("Item(%q) not found", id)
			continue
		}
		if it.ID != id || it.Text == "" || it.Reviewed == "" {
			t.Errorf("Item(%q) = %+v", id, it)
		}
	}
	if _, ok := s.Item("no.such.item"); ok {
		t.Error("Item found an ID that does not exist")
	}
}

func TestStableNumbers(t *testing.T) {
	s := mustDefault(t)
	for id, phone := range map[string]string{
		"route.phso":    "0345 015 4033",
		"urgent.111":    "111",
		"urgent.999":    "999",
		"urgent.101":    "101",
		"help.pass":     "0800 917 2127",
		"help.pcc":      "0800 917 0222",
		"route.cqc-mha": "03000 616161",
	} {
		if it, _ := s.Item(id); it.Phone != phone {
			t.Errorf("%s phone = %q, want %q", id, it.Phone, phone)
		}
	}
	// The LGSCO number in the brief is from 2016: it must not be shown.
	if it, _ := s.Item("route.lgsco"); it.Phone != "" {
		t.Errorf("route.lgsco has an unchecked phone number %q", it.Phone)
	}
}

// plant returns a copy of the default set with change applied to item id.
func plant(t *testing.T, id string, change func(*content.Item)) *content.Set {
	t.Helper()
	s := mustDefault(t)
	items := s.Items()
	found := false
	for i := range items {
		if items[i].ID == id {
			change(&items[i])
			found = true
		}
	}
	if !found {
		t.Fatalf("no item %q", id)
	}
	return content.NewSet(items, s.Sources())
}

func TestValidateFailures(t *testing.T) {
	tests := []struct {
		name   string
		id     string
		change func(*content.Item)
		want   string
	}{
		{"failing on a planted outdated term (CCG)", "complaint.provider",
			func(it *content.Item) { it.Text += " Or write to your local CCG." }, "outdated name"},
		{"failing on a planted outdated term (NHS Choices)", "report.mp",
			func(it *content.Item) { it.Text = "Look it up on NHS Choices." }, "outdated name"},
		{"failing on a planted outdated term (NHS Litigation Authority)", "warn.ex-gratia",
			func(it *content.Item) { it.Expect = "Ask the NHS Litigation Authority." }, "outdated name"},
		{"failing on a planted outdated term (clinical commissioning group)", "route.phso",
			func(it *content.Item) { it.Cannot = "It does not cover the clinical commissioning group." }, "outdated name"},
		{"failing on HCPC for social workers", "regulator.swe",
			func(it *content.Item) { it.Text = "The HCPC registers social workers in England." }, "does not regulate social workers"},
		{"failing on cannot complain", "time.status.passed",
			func(it *content.Item) { it.Text = "Your deadline has passed, so you cannot complain." }, "denies the right to complain"},
		{"failing on can't make a complaint", "warn.late",
			func(it *content.Item) { it.Text = "You can't make a complaint now." }, "denies the right to complain"},
		{"failing on unable to complain", "warn.late",
			func(it *content.Item) { it.Text = "You are unable to complain after a year." }, "denies the right to complain"},
		{"failing on no sources", "urgent.999",
			func(it *content.Item) { it.Sources = nil }, "no sources"},
		{"failing on unknown source", "urgent.999",
			func(it *content.Item) { it.Sources = []string{"S9999"} }, "unknown source"},
		{"failing on bad review date", "urgent.999",
			func(it *content.Item) { it.Reviewed = "21/11/2026" }, "review date"},
		{"failing on dangling reference", "urgent.999",
			func(it *content.Item) { it.See = []string{"route.nowhere"} }, "unknown item"},
		{"failing on a non-web address", "route.phso",
			func(it *content.Item) { it.Web = "ombudsman.org.uk" }, "web address"},
		{"failing on a duplicate ID", "urgent.101",
			func(it *content.Item) { it.ID = "urgent.999" }, "used twice"},
		{"failing on empty text", "urgent.101",
			func(it *content.Item) { it.Text = " " }, "no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := content.Validate(plant(t, tt.id, tt.change))
			if len(errs) == 0 {
				t.Fatal("Validate passed a broken set")
			}
			if !strings.Contains(errors.Join(errs...).Error(), tt.want) {
				t.Errorf("errors %v do not mention %q", errs, tt.want)
			}
		})
	}
}

func TestValidateRejectsHistory(t *testing.T) {
	for _, text := range []string{
		"ICBs replaced CCGs in 2022.",
		"NHS Resolution was renamed in 2017.",
		"The NHS website was formerly called NHS Choices.",
		"Social Work England took over from the HCPC.",
	} {
		s := plant(t, "complaint.icb", func(it *content.Item) { it.Text = text })
		if errs := content.Validate(s); len(errs) == 0 {
			t.Errorf("history %q was accepted", text)
		}
	}
	s := plant(t, "regulator.gmc", func(it *content.Item) {
		it.Text = "The GMC registers physician assistants (once called physician associates)."
	})
	if errs := content.Validate(s); len(errs) != 0 {
		t.Errorf("a 'once called' note was rejected: %v", errs)
	}
}

func TestValidateSourceHosts(t *testing.T) {
	s := mustDefault(t)
	for _, tt := range []struct {
		src  content.Source
		want string // "" means valid
	}{
		{content.Source{ID: "X1", Title: "reg 13", URL: "https://www.legislation.gov.uk/uksi/2009/309/regulation/13"}, ""},
		{content.Source{ID: "X2", Title: "a council", URL: "https://www.northnorthants.gov.uk/x"}, ""},
		{content.Source{ID: "X3", Title: "a mirror", URL: "http://spotidoc.com/doc/25274"}, "allow-list"},
		{content.Source{ID: "X4", Title: "a law firm", URL: "https://www.hempsons.co.uk/news"}, "allow-list"},
		{content.Source{ID: "X5", Title: "a surgery", URL: "https://www.highlandsurgery.co.uk/pals/"}, "allow-list"},
		{content.Source{ID: "X6", Title: "with reason", URL: "https://www.bma.org.uk/x", Exception: "only summary"}, ""},
		{content.Source{ID: "X7", Title: "needless reason", URL: "https://www.nhs.uk/x", Exception: "why"}, "remove the exception"},
		{content.Source{ID: "X8", Title: "look-alike", URL: "https://notnhs.uk/x"}, "allow-list"},
	} {
		errs := content.Validate(content.NewSet(s.Items(), append(s.Sources(), tt.src)))
		got := errors.Join(errs...)
		switch {
		case tt.want == "" && got != nil:
			t.Errorf("%s: %v", tt.src.URL, got)
		case tt.want != "" && (got == nil || !strings.Contains(got.Error(), tt.want)):
			t.Errorf("%s: errors %v do not mention %q", tt.src.URL, got, tt.want)
		}
	}
}

func TestValidateScope(t *testing.T) {
	s := plant(t, "urgent.111", func(it *content.Item) {
		it.Scope = content.Scope{Nations: []string{"england", "narnia"}, Care: []string{"gp"}, Stages: []string{"after"}}
	})
	errs := content.Validate(s)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), `"narnia"`) {
		t.Errorf("errors = %v, want one naming narnia", errs)
	}
	for _, dim := range []string{content.DimNation, content.DimCare, content.DimStage, content.DimPerson, content.DimHarm} {
		if len(content.ScopeWords(dim)) == 0 {
			t.Errorf("no words for %s", dim)
		}
	}
	if content.ScopeWords("colour") != nil {
		t.Error("words for an unknown dimension")
	}
}

func TestValidateBadSource(t *testing.T) {
	s := mustDefault(t)
	src := s.Sources()
	src[0].URL = "ftp://example.org/x"
	if errs := content.Validate(content.NewSet(s.Items(), src)); len(errs) == 0 {
		t.Error("Validate passed a source with a non-web URL")
	}
}

func TestParseErrors(t *testing.T) {
	if _, err := content.Parse(fstest.MapFS{"d/a.json": {Data: []byte("{")}}, "d/*.json"); err == nil {
		t.Error("Parse accepted bad JSON")
	}
	if _, err := content.Parse(fstest.MapFS{}, "d/*.json"); err == nil {
		t.Error("Parse accepted no files")
	}
	s, err := content.Parse(fstest.MapFS{"d/a.json": {Data: []byte(
		`{"reviewed":"2026-01-02","sources":[{"id":"S1","title":"t","url":"https://x.org"}],
		  "items":[{"id":"a.b","title":"T","text":"Hi.","sources":["S1"]}]}`)}}, "d/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if it, _ := s.Item("a.b"); it.Reviewed != "2026-01-02" {
		t.Errorf("file review date not applied: %+v", it)
	}
}

func TestSentences(t *testing.T) {
	got := content.Sentences("Call 999. Then wait! Is it 1.5? ok")
	want := []string{"Call 999.", "Then wait!", "Is it 1.5?", "ok"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
}

// Reading level.

var wordRE = regexp.MustCompile(`[A-Za-z]+(?:['’][A-Za-z]+)?|[0-9][0-9,.:£]*`)

// syllables estimates the syllables in a word: groups of vowels, less a
// silent final "e", at least one. Numbers and short capitalised
// abbreviations (NHS, ICB) count as one.
func syllables(w string) int {
	if w == "" || w[0] >= '0' && w[0] <= '9' {
		return 1
	}
	if len(w) <= 5 && strings.ToUpper(w) == w {
		return 1
	}
	w = strings.ToLower(w)
	n, prev := 0, false
	for _, r := range w {
		v := strings.ContainsRune("aeiouy", r)
		if v && !prev {
			n++
		}
		prev = v
	}
	if strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") && n > 1 {
		n--
	}
	if strings.HasSuffix(w, "ed") && n > 1 && !strings.HasSuffix(w, "ted") && !strings.HasSuffix(w, "ded") {
		n--
	}
	if n < 1 {
		n = 1
	}
	return n
}

// grade returns the Flesch-Kincaid grade of text.
func grade(text string) float64 {
	sentences := len(content.Sentences(text))
	words := wordRE.FindAllString(text, -1)
	if sentences == 0 || len(words) == 0 {
		return 0
	}
	syl := 0
	for _, w := range words {
		syl += syllables(w)
	}
	return 0.39*float64(len(words))/float64(sentences) + 11.8*float64(syl)/float64(len(words)) - 15.59
}

func TestSyllables(t *testing.T) {
	for w, want := range map[string]int{"care": 1, "complaint": 2, "ombudsman": 3, "NHS": 1, "little": 2, "apology": 4, "asked": 1} {
		if got := syllables(w); got != want {
			t.Errorf("syllables(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestReadingGrade(t *testing.T) {
	s := mustDefault(t)
	var sum, max float64
	var maxID string
	n := 0
	for _, it := range s.Items() {
		text := strings.Join([]string{it.Text, it.Expect, it.Cannot}, " ")
		g := grade(text)
		sum += g
		n++
		if g > max {
			max, maxID = g, it.ID
		}
		if g > 12 {
			t.Errorf("%s: reading grade %.1f is too high", it.ID, g)
		}
	}
	avg := sum / float64(n)
	t.Logf("Flesch-Kincaid grade over %d items: average %.2f, max %.2f (%s)", n, avg, max, maxID)
	if avg > 8 {
		t.Errorf("average reading grade %.2f is above 8", avg)
	}
}

// TestFacts pins the law and facts the December 2026 review corrected
// (domain.md section 12), each against the item that states it.
func TestFacts(t *testing.T) {
	s := mustDefault(t)
	tests := []struct {
		id, has, not string
	}{
		{"complaint.spoken", "They must write your complaint down and give you a copy", ""},
		{"duty.acknowledge", "write it down and give you a copy", ""},
		{"outcome.explanation.candour", "prolonged psychological harm", ""},
		{"warn.candour", "prolonged psychological harm", ""},
		{"warn.candour.professional", "Every doctor, nurse and midwife", "pharmacist"},
		{"warn.candour.scotland", "legal duty of candour", ""},
		{"warn.limitation.capacity", "when the harm happened", "While a person cannot make decisions"},
		{"warn.limitation.death", "before their own 3 years ran out", ""},
		{"outcome.apology.not-liability", "In England and Wales", ""},
		{"outcome.apology.not-liability", "Apologies (Scotland) Act 2016", "renamed"},
		{"complaint.children", "Children Act 1989", "Ask them to explain their process"},
		{"duty.children", "right to an advocate", ""},
		{"help.children-advocacy", "right to an advocate", ""},
		{"urgent.marthas-rule", "All acute hospitals in England", "Many hospitals"},
		{"outcome.explanation.medical-examiner", "every death that a coroner is not investigating", "most deaths"},
		{"warn.medical-examiner", "In England and Wales", ""},
		{"regulator.gmc", "physician assistants (once called physician associates)", ""},
		{"complaint.scotland-social", "Care Inspectorate", ""},
		{"duty.ni", "within 2 working days", "a few working days"},
		{"time.status.closing", "may be treated as a new complaint", "add more later"},
		{"complaint.ni", "adult social care", ""},
		{"complaint.wales", "Listening to People", "Putting Things Right"},
		{"complaint.wales", "early resolution", ""},
		{"complaint.public-health", "not the ICB", ""},
		{"complaint.care-provider", "regulation 16", ""},
		{"duty.care-provider", "regulation 16", "3 working days"},
		{"duty.private", "regulation 16", ""},
		{"route.iscas", "goodwill payment", ""},
		{"route.lgsco-self-funded", "12 weeks", ""},
		{"report.mp", "Your MP can help", "health ombudsman in England"},
		{"urgent.999", "neglected", ""},
		{"plan.sympathy", "We are sorry that someone close to you has died", ""},
	}
	for _, tt := range tests {
		it, ok := s.Item(tt.id)
		if !ok {
			t.Errorf("no item %s", tt.id)
			continue
		}
		all := strings.Join([]string{it.Title, it.Text, it.Expect, it.Cannot}, " ")
		if !strings.Contains(all, tt.has) {
			t.Errorf("%s does not say %q: %q", tt.id, tt.has, all)
		}
		if tt.not != "" && strings.Contains(all, tt.not) {
			t.Errorf("%s still says %q: %q", tt.id, tt.not, all)
		}
	}
	// The LGSCO number in the research is from 2016 and unchecked: web only.
	if it, _ := s.Item("route.lgsco"); it.Phone != "" || it.Web == "" || strings.Contains(it.Text, "phone number") {
		t.Errorf("route.lgsco = phone %q, web %q, text %q", it.Phone, it.Web, it.Text)
	}
}
