package track

import (
	"sort"
	"strings"

	"putitright/app/guide"
	"putitright/app/letter"
)

// KindLabel is what a kind of step is called, for people.
func KindLabel(k Kind) string {
	switch k {
	case Sent:
		return "I made my complaint"
	case Acknowledged:
		return "They acknowledged my complaint"
	case Promised:
		return "They promised or agreed a date for their response"
	case Extension:
		return "They asked for, or I agreed, more time"
	case Meeting:
		return "We had a meeting"
	case Final:
		return "Their final response came"
	case Ombudsman:
		return "I went to the ombudsman"
	}
	return string(k)
}

// MethodLabel is how a complaint was made, for people.
func MethodLabel(m Method) string {
	switch m {
	case ByPost:
		return "by post"
	case ByEmail:
		return "by email or online form"
	case BySpoken:
		return "by phone or in person"
	}
	return ""
}

// Describe returns an event as one sentence, e.g. "I made my complaint
// by post." It never includes the note.
func Describe(e Event) string {
	s := KindLabel(e.Kind)
	if e.Kind == Sent {
		if m := MethodLabel(e.Method); m != "" {
			s += " " + m
		}
		if e.Stage > 0 {
			s += " (stage " + string(rune('0'+e.Stage)) + ")"
		}
	}
	if (e.Kind == Promised || e.Kind == Extension) && !e.By.IsZero() {
		s += ": " + e.By.Words(english())
	}
	return s + "."
}

// row is one dated line of the timeline.
type row struct {
	on   guide.Date
	head string
	body []string
}

// Timeline returns the diary and the recorded steps as a document, in
// date order, with the evidence held listed at the end. title names it,
// e.g. "Timeline"; about, if given, says what it is about. The same
// Letter gives the .txt (Text) and the .docx (letter.DOCX).
func Timeline(c Case, about string) letter.Letter {
	var rows []row
	for _, e := range c.Events {
		r := row{on: e.On, head: Describe(e)}
		if n := clean(e.Note); n != "" {
			r.body = append(r.body, n)
		}
		rows = append(rows, r)
	}
	var evidence []Entry
	for _, e := range c.Diary {
		if e.Kind == Evidence {
			evidence = append(evidence, e)
			continue
		}
		r := row{on: e.On, head: clean(e.What)}
		if w := cleanLine(e.Who); w != "" {
			r.body = append(r.body, "Who: "+w)
		}
		if p := clean(e.Promised); p != "" {
			r.body = append(r.body, "What they promised: "+p)
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
	l := letter.Letter{Title: "Timeline", Subject: "Timeline"}
	add := func(k letter.BlockKind, text string) { l.Blocks = append(l.Blocks, letter.Block{Kind: k, Text: text}) }
	subject := "Timeline of events"
	if a := cleanLine(about); a != "" {
		subject += ": " + a
	}
	add(letter.KindSubject, subject)
	if len(rows) == 0 {
		add(letter.KindPara, "Nothing has been added to the timeline yet.")
	}
	for _, r := range rows {
		when := "Date not known"
		if !r.on.IsZero() {
			when = r.on.Words(english())
		}
		add(letter.KindHeading, when)
		text := r.head
		if text == "" {
			text = "(no details)"
		}
		add(letter.KindPara, strings.Join(append([]string{text}, r.body...), "\n"))
	}
	if len(evidence) > 0 {
		add(letter.KindHeading, "Evidence I have")
		for _, e := range evidence {
			s := clean(e.What)
			if s == "" {
				s = "(no description)"
			}
			if !e.On.IsZero() {
				s += " (" + e.On.Words(english()) + ")"
			}
			if w := cleanLine(e.Who); w != "" {
				s += ", from " + w
			}
			add(letter.KindBullet, strings.ReplaceAll(s, "\n", " "))
		}
	}
	return l
}

// LetterEvents returns the diary's events (not the evidence) for the
// "What happened" list of a complaint letter, in date order.
func LetterEvents(c Case) []letter.Event {
	var out []letter.Event
	for _, e := range c.Diary {
		if e.Kind == Evidence {
			continue
		}
		what := clean(e.What)
		if w := cleanLine(e.Who); w != "" {
			what = strings.TrimSuffix(what, ".") + " (" + w + ")."
		}
		if p := clean(e.Promised); p != "" {
			what = strings.TrimSpace(what + " They promised: " + p)
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
