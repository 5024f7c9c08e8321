package track

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"putitright/app/content"
)

// ICSFileName is the name the calendar file is saved under.
const ICSFileName = "put-it-right-dates.ics"

// AlarmDaysBefore is how many days before each date the reminder goes off.
const AlarmDaysBefore = 3

// ICS returns the dated items of st as an iCalendar file (RFC 5545): one
// all-day event per date, each with a reminder AlarmDaysBefore days
// earlier at 9am. Each event's UID comes from the case ID and the rule, so
// importing a later file updates the same events instead of adding new
// ones; SEQUENCE grows with now, so the later file wins. Titles are
// neutral unless the person chose a label. Items that are done or have no
// date are left out; ok is false when nothing is left. The words are
// st's and the texts "track.ics.*" in c.
func ICS(c *content.Set, k Case, st Status, now time.Time) (data []byte, ok bool) {
	var w icsWriter
	stamp := now.UTC().Format("20060102T150405Z")
	seq := strconv.FormatInt(max(0, now.Unix()/60-29_000_000), 10) // minutes since mid-2025
	w.line("BEGIN:VCALENDAR")
	w.line("VERSION:2.0")
	w.line("PRODID:-//Put It Right//Complaint dates//EN")
	w.line("CALSCALE:GREGORIAN")
	w.line("METHOD:PUBLISH")
	w.prop("X-WR-CALNAME", c.T("track.ics.calendar"))
	for _, d := range st.Dues {
		if d.Done || d.Date.IsZero() || d.Date.Day == 0 {
			continue
		}
		ok = true
		start := d.Date.First()
		title := d.Title
		if l := cleanLine(k.Label); l != "" {
			title = c.F("track.ics.title", "title", d.Title, "label", l)
		}
		desc := d.Text
		if d.About {
			desc = para(desc, c.T("track.ics.about"))
		}
		if d.IfLate != "" {
			desc += "\n\n" + c.F("track.ics.if-late", "what", d.IfLate)
		}
		desc += "\n\n" + c.T("track.ics.open")
		w.line("BEGIN:VEVENT")
		w.prop("UID", UID(k.ID, d.Rule))
		w.line("DTSTAMP:" + stamp)
		w.line("SEQUENCE:" + seq)
		w.line("DTSTART;VALUE=DATE:" + start.Format("20060102"))
		w.line("DTEND;VALUE=DATE:" + start.AddDate(0, 0, 1).Format("20060102"))
		w.prop("SUMMARY", title)
		w.prop("DESCRIPTION", desc)
		w.line("TRANSP:TRANSPARENT")
		w.line("BEGIN:VALARM")
		w.line("ACTION:DISPLAY")
		w.prop("DESCRIPTION", title)
		// 9am, AlarmDaysBefore days before the all-day event starts.
		w.line("TRIGGER:-P" + strconv.Itoa(AlarmDaysBefore-1) + "DT15H")
		w.line("END:VALARM")
		w.line("END:VEVENT")
	}
	w.line("END:VCALENDAR")
	return []byte(w.sb.String()), ok
}

// UID returns the stable calendar UID for a rule of a case. The case ID
// is random and says nothing about the person.
func UID(caseID, rule string) string {
	return "putitright-" + cleanID(caseID) + "-" + rule + "@putitright.invalid"
}

// cleanID keeps the letters and digits of a case ID, so an ID changed by
// hand cannot break the file.
func cleanID(id string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, id)
}

type icsWriter struct{ sb strings.Builder }

// prop writes a property whose value is TEXT, escaped.
func (w *icsWriter) prop(name, value string) { w.line(name + ":" + escapeText(value)) }

// line writes one content line, folded at 75 octets without splitting a
// UTF-8 character, ended by CRLF.
func (w *icsWriter) line(s string) {
	const limit = 75
	n := 0
	for len(s) > 0 {
		room := limit
		if n > 0 {
			room = limit - 1 // the leading space counts
			w.sb.WriteString(" ")
		}
		cut := len(s)
		if cut > room {
			cut = room
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
		}
		w.sb.WriteString(s[:cut])
		w.sb.WriteString("\r\n")
		s = s[cut:]
		n++
	}
}

// escapeText escapes a TEXT value: backslash, semicolon, comma and line
// breaks. Control characters are dropped.
func escapeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var sb strings.Builder
	for _, r := range strings.ToValidUTF8(s, "") {
		switch {
		case r == '\\':
			sb.WriteString(`\\`)
		case r == ';':
			sb.WriteString(`\;`)
		case r == ',':
			sb.WriteString(`\,`)
		case r == '\n' || r == '\r':
			sb.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			// not allowed in a content line
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// cleanLine makes a one-line label: control characters and line breaks
// become spaces, runs of space one.
func cleanLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, ""))
	return strings.Join(strings.Fields(s), " ")
}
