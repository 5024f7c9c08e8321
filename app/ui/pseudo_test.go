package ui

import (
	"html"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/content"
	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/partner"
	"putitright/app/track"
)

// TestPseudoLanguage draws every page the Shell and the Builder own, in
// several states, in the pseudo-language (content.Pseudo), and fails on
// any word a person reads that did not come from the content: every
// text, aria-label and title must be in accented letters. The letters
// page and the letter pages (letters.go) are left out: their words are
// being moved to the content on their own.
//
// The pure packages (flow, guide, track, partner) still give some words
// in English here; those words are left out (see givenByPackages) until
// the packages take their words from the content too.
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
	known := givenByPackages([]caseState{{}, full, scotland}, today)
	for _, p := range Pages() {
		if p == PathLetters || strings.HasPrefix(p, PathLetters+"/") {
			continue // letters.go
		}
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
			for _, l := range englishLeft(page, known) {
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
// attributes read out) that has a plain English word in it once the
// strings in known and any web address are taken out.
func englishLeft(page string, known []string) []string {
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
		rest := l
		for _, k := range known {
			rest = strings.ReplaceAll(rest, k, "")
		}
		if plainWord.MatchString(webAddress.ReplaceAllString(rest, "")) {
			bad = append(bad, l)
		}
	}
	return bad
}

// givenByPackages returns the English words the pure packages give for
// the pages drawn from cases: questions and answers (flow), the plan's
// own words (guide), steps and dates (track), and the builder's options
// (partner), longest first. Delete it once they take the content.
func givenByPackages(cases []caseState, today time.Time) []string {
	seen := map[string]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			for _, p := range strings.Split(v.String(), "\n") {
				if p = strings.TrimSpace(p); p != "" {
					seen[p] = true
				}
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		}
	}
	add := func(vs ...any) {
		for _, x := range vs {
			walk(reflect.ValueOf(x))
		}
	}
	en, _ := content.Default()
	for _, q := range flow.Questions() {
		add(q, strings.ToLower(q.Short))
		for _, c := range cases {
			add(flow.Summary(c.Answers, q.ID))
		}
	}
	for _, o := range partner.Options() {
		add(o)
		for _, c := range o.Choices {
			add(partner.ChoiceLabel(c))
		}
		add(strings.ToLower(o.Label), partner.Build("https://app.example/", map[string]string{o.Attr: "12"}, partner.Pin{}).Problems)
	}
	for _, k := range track.Kinds() {
		add(track.KindLabel(k))
	}
	for _, c := range cases {
		p, _ := guide.Build(c.Answers, guide.Options{Today: today})
		add(p, guide.Next(en, c.Answers, p))
		st := track.Work(c.Track, c.Answers, today)
		add(st)
		for _, d := range st.Dues {
			add(capital(strings.TrimPrefix(d.Title, "Complaint: ")))
		}
		for _, e := range c.Track.Events {
			add(track.Describe(e))
		}
		for _, b := range track.Timeline(c.Track, "").Blocks {
			add(b.Line())
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		// Digits and punctuation alone, such as a date's day, say nothing.
		if plainWord.MatchString(s) {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
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
