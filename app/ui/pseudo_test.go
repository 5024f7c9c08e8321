package ui

import (
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/content"
	"putitright/app/guide"
	"putitright/app/track"
)

// TestPseudoLanguage draws every page the Shell and the Builder own, in
// several states, in the pseudo-language (content.Pseudo), and fails on
// any word a person reads that did not come from the content: every
// text, aria-label and title must be in accented letters.
func TestPseudoLanguage(t *testing.T) {
	today := time.Date(2026, time.November, 21, 0, 0, 0, 0, time.UTC)
	full := caseState{Answers: guide.Answers{
		Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.Self, Danger: guide.Yes,
		Happened: guide.MonthOf(2026, time.September), Stage: guide.Waiting,
		Outcomes: []guide.Outcome{guide.OutExplanation, guide.OutMoney}, Harm: guide.HarmModerate,
	}}
	full.Track.Events = []track.Event{{Kind: track.Sent, On: guide.DayOf(2026, 10, 1), Method: track.ByPost, Note: "x"}}
	full.Track.Diary = []track.Entry{{Kind: track.Contact}, {Kind: track.Evidence}}
	scotland := full
	scotland.Answers.Nation = guide.Scotland
	states := []struct {
		name string
		set  func(s *Shell)
	}{
		{"empty", func(s *Shell) {}},
		{"answered", func(s *Shell) { s.kase, s.installable = full, true }},
		{"embedded", func(s *Shell) {
			s.kase, s.embedded, s.limited, s.online, s.update = scotland, true, true, false, true
			s.cfg.Local.Partner = "X"
			s.store.problem = s.t("ui.store.blocked.embedded")
			s.trk.form = trackForm{kind: track.Promised, err: s.t("ui.track.error.method")}
			s.notice = s.t("ui.store.open.done")
			s.opened, s.confirm = true, true
		}},
		{"sent", func(s *Shell) {
			s.kase, s.trk.form = scotland, trackForm{kind: track.Sent}
			s.err = &guide.FieldError{Field: "value", Message: s.t("ui.question.failed")}
		}},
	}
	for _, p := range Pages() {
		for _, st := range states {
			var page string
			if p == PathPartners || p == PathPartnersAbout {
				b := &Builder{path: p}
				b.OnInit()
				b.setLang(content.Pseudo)
				b.typed["partner-name"] = b.t("ui.partners.example-name")
				b.typed["advocacy-phone"] = "12" // refused: its message shows
				b.shown["advocacy-phone"] = true
				b.appURL = "https://app.example/"
				b.copied["snippet"] = b.t("ui.partners.copy.done")
				b.refresh()
				page = app.HTMLString(b)
			} else {
				s := &Shell{path: p, today: today, online: true}
				s.setLang(content.Pseudo)
				st.set(s)
				page = app.HTMLString(s)
			}
			for _, l := range englishLeft(page) {
				t.Errorf("%s (%s): English in the pseudo-language: %q", p, st.name, l)
			}
		}
	}
}

var (
	// htmlTag matches a tag; go-app writes attribute values quoted as Go does.
	htmlTag = regexp.MustCompile(`<(?:[^>"]|"(?:[^"\\]|\\.)*")*>`)
	// readAttrs are the attributes a person, or their screen reader, reads.
	readAttrs = regexp.MustCompile(`\s(aria-label|title|alt|placeholder)="((?:[^"\\]|\\.)*)"`)
	// code is what the partner page gives to copy: code, not words.
	code = regexp.MustCompile(`(?s)<textarea[^>]*>.*?</textarea>`)
	// byDetails are the date boxes of the diary, drawn by details.go.
	byDetails = regexp.MustCompile(`(?s)<label[^>]*\sfor="diary-[^"]*-(day|month|year)"[^>]*>.*?</label>`)
	// plainWord is two or more ASCII letters together: a word that did not
	// come from the pseudo-language.
	plainWord = regexp.MustCompile(`[A-Za-z]{2,}`)
	// webAddress is a web address, held as data, not words.
	webAddress = regexp.MustCompile(`(https?://)?\b[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?`)
)

// englishLeft returns each line a person reads on page (its text and the
// attributes read out) that has a plain English word in it once any web
// address is taken out.
func englishLeft(page string) []string {
	page = byDetails.ReplaceAllString(code.ReplaceAllString(page, ""), "")
	var lines []string
	for _, m := range readAttrs.FindAllStringSubmatch(page, -1) {
		lines = append(lines, m[2])
	}
	for _, l := range strings.Split(htmlTag.ReplaceAllString(page, "\n"), "\n") {
		lines = append(lines, html.UnescapeString(l))
	}
	var bad []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if plainWord.MatchString(webAddress.ReplaceAllString(l, "")) {
			bad = append(bad, l)
		}
	}
	return bad
}

// TestIDsFromParts checks the content IDs the UI builds from parts, which
// the content's own test cannot see, exist.
func TestIDsFromParts(t *testing.T) {
	var s Shell
	s.setLang("")
	var got []string
	for d := range 7 {
		got = append(got, s.weekday(guide.DayOf(2026, time.December, 6+d)))
	}
	for _, embedded := range []bool{false, true} {
		s.embedded = embedded
		for _, id := range []string{"ui.store.blocked", "ui.store.quota", "ui.store.failed"} {
			got = append(got, s.t(s.embeddedID(id)))
		}
	}
	for _, w := range got {
		if strings.HasPrefix(w, "[") {
			t.Errorf("no such content ID: %s", w)
		}
	}
	if got[0] != "Sunday" || got[6] != "Saturday" {
		t.Errorf("weekdays from 6 December 2026 = %q, want Sunday to Saturday", got[:7])
	}
}

// TestPseudoFindsPlantedWords checks TestPseudoLanguage would fail on
// words written in Go: in a text and in an attribute read out, and not
// on words from the content, a web address or digits.
func TestPseudoFindsPlantedWords(t *testing.T) {
	var w words
	w.setLang(content.Pseudo)
	page := app.HTMLString(app.Div().Body(
		w.backLink(PathStart),
		app.P().Text("Continue"),
		app.Button().Aria("label", "Close").Text(w.t("ui.skip")),
		app.P().Text("0300 123 4567 www.ombudsman.org.uk"),
	))
	got := englishLeft(page)
	if len(got) != 2 || got[0] != "Close" || got[1] != "Continue" {
		t.Errorf("planted words found: %q, want [Close Continue]", got)
	}
}
