package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/content"
	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/letter"
)

// render mounts a Shell on path with the given case, as the server does,
// and returns its HTML.
func render(t *testing.T, path string, c caseState) string {
	t.Helper()
	s := &Shell{path: path, kase: c}
	e := app.NewTestEngine()
	if err := e.Load(s); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	e.ConsumeAll()
	s.today = time.Date(2026, time.November, 21, 0, 0, 0, 0, time.UTC)
	s.path = path
	return app.HTMLString(s)
}

func TestEveryPageRenders(t *testing.T) {
	for _, p := range Pages() {
		html := render(t, p, caseState{})
		if !strings.Contains(html, `id="main-heading"`) {
			t.Errorf("%s: no main heading", p)
		}
		if strings.Contains(html, `checked="false"`) || strings.Contains(html, `selected="false"`) {
			t.Errorf("%s: a false boolean attribute would read as true in HTML", p)
		}
	}
}

func TestStartPageHasDangerBox(t *testing.T) {
	html := render(t, PathStart, caseState{})
	for _, want := range []string{"If someone is in danger now", `href="tel:999"`, `href="tel:111"`, "Nothing you type leaves this device"} {
		if !strings.Contains(html, want) {
			t.Errorf("start page lacks %q", want)
		}
	}
}

func TestQuestionPages(t *testing.T) {
	en, _ := content.Default()
	for _, q := range flow.Questions() {
		html := render(t, questionPath(q.ID), caseState{})
		if !strings.Contains(html, q.Heading(en)) {
			t.Errorf("%s: heading %q missing", q.ID, q.Heading(en))
		}
		for _, o := range q.Options {
			if !strings.Contains(html, `id="value-`+o.Value+`"`) || !strings.Contains(html, `for="value-`+o.Value+`"`) {
				t.Errorf("%s: option %s has no input with a label", q.ID, o.Value)
			}
		}
	}
}

func TestPlanPage(t *testing.T) {
	c := caseState{Answers: guide.Answers{
		Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.Self, Danger: guide.Yes,
		Happened: guide.MonthOf(2026, time.September), Stage: guide.NotRaised,
		Outcomes: []guide.Outcome{guide.OutExplanation, guide.OutMoney}, Harm: guide.HarmModerate,
	}}
	html := render(t, PathPlan, c)
	for _, want := range []string{`id="urgent"`, `data-id="urgent.999"`, `id="outcomes"`, `href="/letters/complaint"`, "Time limit"} {
		if !strings.Contains(html, want) {
			t.Errorf("plan lacks %q", want)
		}
	}
}

// attrValues matches quoted attribute values as go-app writes them
// (strconv.Quote). go-app does not HTML-escape attribute values when it
// prerenders, which is safe only because the server never sees anything a
// person types; in the browser, attributes are set through the DOM.
var attrValues = regexp.MustCompile(`="(?:[^"\\]|\\.)*"`)

// TestHostileTextIsEscaped checks that text a person typed is escaped
// wherever it appears as page text.
func TestHostileTextIsEscaped(t *testing.T) {
	const bad = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`
	c := caseState{
		Answers: guide.Answers{Nation: guide.England, Service: guide.GP},
		Details: letter.Details{SenderName: bad, Impact: bad, Events: []letter.Event{{What: bad}}},
		Edits:   map[guide.LetterID]letter.Edit{guide.LetterPALS: {Base: "x", Text: bad}},
	}
	for _, p := range []string{letterPath(guide.LetterComplaint), letterPath(guide.LetterPALS)} {
		html := attrValues.ReplaceAllString(render(t, p, c), `=""`)
		if strings.Contains(html, "<script>alert") || strings.Contains(html, "<img src=x") {
			t.Errorf("%s: hostile text reached the HTML unescaped", p)
		}
		if !strings.Contains(html, "&lt;script&gt;") {
			t.Errorf("%s: hostile text not shown escaped", p)
		}
	}
}

func TestDarker(t *testing.T) {
	for in, want := range map[string]string{"#6b1d5c": "#501545", "#ffffff": "#bfbfbf", "#000000": "#000000", "bad": "bad"} {
		if got := darker(in); got != want {
			t.Errorf("darker(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSiteName(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.cqc.org.uk/contact-us": "cqc.org.uk",
		"https://www.ombudsman.org.uk":      "ombudsman.org.uk",
		"http://example.org/a/b?c=d":        "example.org",
		"https://nhs.uk":                    "nhs.uk",
	} {
		if got := siteName(in); got != want {
			t.Errorf("siteName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestResumable checks which pages "Carry on where you left off" returns to.
func TestResumable(t *testing.T) {
	for path, want := range map[string]bool{
		PathStart: false, PathData: false, PathPrivacy: false, PathPartners: false, "/nope": false,
		PathPlan: true, PathCheck: true, letterPath("complaint"): true, PathTrack: true,
	} {
		if got := resumable(path); got != want {
			t.Errorf("resumable(%q) = %v, want %v", path, got, want)
		}
	}
}
