package track

import (
	"sort"
	"strconv"
	"strings"

	"putitright/app/content"
	"putitright/app/guide"
	"putitright/app/letter"
)

// KindLabel is what a kind of step is called, for people: the text
// "track.kind.<k>" in c, or k itself for a kind this version does not
// know.
func KindLabel(c *content.Set, k Kind) string {
	id := "track.kind." + string(k)
	if _, ok := c.Lookup(id); !ok {
		return string(k)
	}
	return c.T(id)
}

// Describe returns an event as one sentence, e.g. "I made my complaint
// by post.", from the texts "track.describe.*" in c. It never includes
// the note.
func Describe(c *content.Set, e Event) string {
	id := "track.describe." + string(e.Kind)
	switch e.Kind {
	case Sent:
		switch e.Method {
		case ByPost, ByEmail, BySpoken:
			id += "." + string(e.Method)
		}
		if e.Stage > 0 {
			return c.F(id+".stage", "stage", strconv.Itoa(e.Stage))
		}
	case Promised, Extension:
		if !e.By.IsZero() {
			return c.F(id+".by", "date", e.By.Words(c))
		}
	}
	if _, ok := c.Lookup(id); !ok {
		return string(e.Kind) + "." // a kind this version does not know
	}
	return c.T(id)
}

// row is one dated line of the timeline.
type row struct {
	on   guide.Date
	head string
	body []string
}

// Timeline returns the diary and the recorded steps as a document, in
// date order, with the evidence held listed at the end, in the words of
// c (the texts "track.timeline.*"). about, if given, says what it is
// about. The same Letter gives the .txt (Text) and the .docx
// (letter.DOCX).
func Timeline(c *content.Set, k Case, about string) letter.Letter {
	var rows []row
	for _, e := range k.Events {
		r := row{on: e.On, head: Describe(c, e)}
		if n := clean(e.Note); n != "" {
			r.body = append(r.body, n)
		}
		rows = append(rows, r)
	}
	var evidence []Entry
	for _, e := range k.Diary {
		if e.Kind == Evidence {
			evidence = append(evidence, e)
			continue
		}
		r := row{on: e.On, head: clean(e.What)}
		if w := cleanLine(e.Who); w != "" {
			r.body = append(r.body, c.F("track.timeline.who", "who", w))
		}
		if p := clean(e.Promised); p != "" {
			r.body = append(r.body, c.F("track.timeline.promised", "promised", p))
		}
		if r.head == "" && len(r.body) == 0 {
			continue
		}
		rows = append(rows, r)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i].on, rows[j].on
		if a.IsZero() || b.IsZero() {
			return !a.IsZero() && b.IsZero()
		}
		return a.First().Before(b.First())
	})
	title := c.T("track.timeline.title")
	l := letter.Letter{Title: title, Subject: title}
	add := func(k letter.BlockKind, text string) { l.Blocks = append(l.Blocks, letter.Block{Kind: k, Text: text}) }
	subject := c.T("track.timeline.subject")
	if a := cleanLine(about); a != "" {
		subject = c.F("track.timeline.subject.about", "about", a)
	}
	add(letter.KindSubject, subject)
	if len(rows) == 0 {
		add(letter.KindPara, c.T("track.timeline.empty"))
	}
	for _, r := range rows {
		when := c.T("track.timeline.no-date")
		if !r.on.IsZero() {
			when = r.on.Words(c)
		}
		add(letter.KindHeading, when)
		text := r.head
		if text == "" {
			text = c.T("track.timeline.no-details")
		}
		add(letter.KindPara, strings.Join(append([]string{text}, r.body...), "\n"))
	}
	if len(evidence) > 0 {
		add(letter.KindHeading, c.T("track.timeline.evidence"))
		for _, e := range evidence {
			what := clean(e.What)
			if what == "" {
				what = c.T("track.timeline.no-description")
			}
			id := "track.timeline.evidence.item"
			if !e.On.IsZero() {
				id += ".dated"
			}
			who := cleanLine(e.Who)
			if who != "" {
				id += ".from"
			}
			s := c.F(id, "what", what, "date", e.On.Words(c), "who", who)
			add(letter.KindBullet, strings.ReplaceAll(s, "\n", " "))
		}
	}
	return l
}

// LetterEvents returns the diary's events (not the evidence) for the
// "What happened" list of a complaint letter, in date order, in the
// words of c (the texts "track.letter-event.*").
func LetterEvents(c *content.Set, k Case) []letter.Event {
	var out []letter.Event
	for _, e := range k.Diary {
		if e.Kind == Evidence {
			continue
		}
		what := clean(e.What)
		if w := cleanLine(e.Who); w != "" {
			what = c.F("track.letter-event.who", "what", strings.TrimSuffix(what, "."), "who", w)
		}
		if p := clean(e.Promised); p != "" {
			what = strings.TrimSpace(what + " " + c.F("track.letter-event.promised", "promised", p))
		}
		if what == "" {
			continue
		}
		out = append(out, letter.Event{When: e.On, What: what})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].When, out[j].When
		if a.IsZero() || b.IsZero() {
			return !a.IsZero() && b.IsZero()
		}
		return a.First().Before(b.First())
	})
	return out
}

// clean tidies free text for a document: line breaks kept, other control
// characters dropped, blank lines closed up, ends trimmed.
func clean(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = cleanLine(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}
