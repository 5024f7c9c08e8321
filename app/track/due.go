package track

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
)

// Rule names, stable: calendar entries are named after them.
const (
	RuleAck            = "ack"
	RuleStage1         = "stage1"
	RuleStage2Ack      = "stage2-ack"
	RuleStage2Response = "stage2-response"
	RuleResponse       = "response"
	RuleNextStep       = "next-step"
	RuleOmbudsman      = "ombudsman"
)

// Due is something that should happen by a date. Its words are from the
// content: the texts "track.<rule>.*" and others "track.*".
type Due struct {
	Rule  string     `json:"rule"`
	Title string     `json:"title"`           // short and neutral, for a calendar: "Complaint: reply due"
	Name  string     `json:"name"`            // what is due, for a list of dates: "Reply due"
	Text  string     `json:"text"`            // what should happen, and by when, in plain English
	Date  guide.Date `json:"date,omitzero"`   // zero when there is no fixed date
	About bool       `json:"about,omitempty"` // the date is counted from a month, not a day
	Basis string     `json:"basis,omitempty"` // where the time comes from, to follow "This comes from"
	Law   bool       `json:"law,omitempty"`   // the time is set in law, not only a target
	// Unsure says why there is no date, when there is none.
	Unsure string `json:"unsure,omitempty"`
	// NoData is true when a fixed time applies but the date cannot be
	// worked out, because the bank holidays for a year are not known.
	NoData bool `json:"noData,omitempty"`
	Done   bool `json:"done,omitempty"` // it has happened
	Late   bool `json:"late,omitempty"` // the date has passed and it has not happened
	// Letters are the letters to use if it is late (or, for the next step,
	// what to write), the first the usual one.
	Letters []guide.LetterID `json:"letters,omitempty"`
	IfLate  string           `json:"ifLate,omitempty"`
}

// Status is where the complaint stands.
type Status struct {
	Rules Rules    `json:"-"`
	Dues  []Due    `json:"dues"`
	Next  int      `json:"next"`            // index in Dues of what is due next, or -1
	Notes []string `json:"notes,omitempty"` // things to know that have no date
}

// NextDue returns what is due next, if anything.
func (s Status) NextDue() (Due, bool) {
	if s.Next < 0 || s.Next >= len(s.Dues) {
		return Due{}, false
	}
	return s.Dues[s.Next], true
}

// Work works out what is due, from the steps recorded in k, the person's
// answers and today's date, in the language of c.
func Work(c *content.Set, k Case, a guide.Answers, today time.Time) Status {
	w := &worker{t: c, c: k, a: a, r: RulesFor(c, a), today: midnight(today)}
	w.h, w.hErr = BankHolidays()
	w.run()
	st := Status{Rules: w.r, Dues: w.dues, Next: -1, Notes: w.notes}
	for i := range st.Dues {
		d := &st.Dues[i]
		d.Late = !d.Done && !d.Date.IsZero() && w.today.After(d.Date.First())
	}
	for i, d := range st.Dues {
		if !d.Done && !d.Date.IsZero() && (st.Next < 0 || st.Dues[st.Next].Date.IsZero() || d.Date.Before(st.Dues[st.Next].Date)) {
			st.Next = i
		}
	}
	if st.Next < 0 {
		for i, d := range st.Dues {
			if !d.Done {
				st.Next = i
				break
			}
		}
	}
	return st
}

type worker struct {
	t      *content.Set // the words
	c      Case
	a      guide.Answers
	r      Rules
	today  time.Time
	h      *Holidays
	hErr   error
	dues   []Due
	notes  []string
	noData bool // set by after when it could not work out a date
}

// add adds d, with the title and name of its rule.
func (w *worker) add(d Due) {
	d.NoData, w.noData = w.noData && d.Date.IsZero(), false
	d.Title, d.Name = w.t.T("track."+d.Rule+".title"), w.t.T("track."+d.Rule+".name")
	w.dues = append(w.dues, d)
}

// para joins whole sentences into a paragraph, leaving out empty ones.
func para(sentences ...string) string {
	var out []string
	for _, s := range sentences {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, " ")
}

// has reports whether an event of kind k is recorded on or after from.
func (w *worker) has(k Kind, from guide.Date) bool {
	for _, e := range w.c.Events {
		if e.Kind == k && !e.On.Before(from) {
			return true
		}
	}
	return false
}

// agreed returns the response date from the latest promise or extension
// recorded on or after from.
func (w *worker) agreed(from guide.Date) (guide.Date, bool) {
	var by guide.Date
	found := false
	for _, e := range w.c.Sorted() {
		if (e.Kind == Promised || e.Kind == Extension) && !e.By.IsZero() && !e.On.Before(from) {
			by, found = e.By, true
		}
	}
	return by, found
}

// received returns the day the organisation got the complaint: the day it
// was sent, or for post two working days later.
func (w *worker) received(e Event) (time.Time, error) {
	d := e.On.First()
	if e.Method == ByPost {
		return w.workingDays(d, 2)
	}
	return d, nil
}

func (w *worker) workingDays(from time.Time, n int) (time.Time, error) {
	if w.hErr != nil {
		return time.Time{}, w.hErr
	}
	return w.h.AddWorkingDays(w.r.Division, from, n)
}

// after returns the date n working days after the complaint was received,
// or a sentence saying why it cannot be sure.
func (w *worker) after(e Event, n int) (guide.Date, string) {
	got, err := w.received(e)
	if err == nil {
		got, err = w.workingDays(got, n)
	}
	if err != nil {
		w.noData = true
		if errors.Is(err, ErrNoHolidays) && w.h != nil {
			return guide.Date{}, w.t.F("track.unsure.holidays", "year", strconv.Itoa(w.h.Last), "days", strconv.Itoa(n))
		}
		return guide.Date{}, w.t.F("track.unsure.no-date", "days", strconv.Itoa(n))
	}
	return dateOf(got), ""
}

func dateOf(t time.Time) guide.Date { return guide.DayOf(t.Year(), t.Month(), t.Day()) }

// postNote says, for a complaint sent by post, that the post's time is
// allowed for; else it is "".
func (w *worker) postNote(e Event) string {
	if e.Method == ByPost {
		return w.t.T("track.post")
	}
	return ""
}

func (w *worker) run() {
	r, t := w.r, w.t
	first, ok := w.c.first(Sent, func(e Event) bool { return e.Stage != 2 })
	stage2, ok2 := w.c.first(Sent, func(e Event) bool { return e.Stage == 2 })
	if !ok && !ok2 {
		w.notes = append(w.notes, t.T("track.note.nothing"))
		return
	}
	if !ok {
		first = stage2
	}
	final, hasFinal := w.c.Latest(Final)
	switch r.Procedure {
	case England2009:
		text := t.T("track.ack.england")
		if first.Method == BySpoken {
			text = para(text, t.T("track.ack.england.spoken"))
		}
		w.ack(first, r.AckDays, text, t.T("track.basis.england-ack"), true)
		w.response(first, hasFinal, func() (guide.Date, string) {
			got, err := w.received(first)
			if err != nil {
				return first.On.AddMonths(r.ResponseMonths), ""
			}
			return dateOf(got).AddMonths(r.ResponseMonths), ""
		}, t.T("track.response.england"), t.T("track.basis.england-response"), true)
	case ScotlandCHP:
		if ok2 {
			w.ackRule(RuleStage2Ack, stage2, r.AckDays, t.T("track.ack.scotland-stage2"), t.T("track.basis.scotland"), false)
			w.responseRule(RuleStage2Response, stage2, hasFinal, func() (guide.Date, string) { return w.after(stage2, r.ResponseDays) },
				t.T("track.response.scotland-stage2"), t.T("track.basis.scotland"), false)
		} else {
			date, unsure := w.after(first, r.Stage1Days)
			d := Due{Rule: RuleStage1, Date: date, Unsure: unsure,
				Text:  para(t.T("track.stage1"), w.postNote(first)),
				Basis: t.T("track.basis.scotland"), Done: hasFinal,
				Letters: []guide.LetterID{guide.LetterChaser},
				IfLate:  t.T("track.stage1.if-late")}
			if by, ok := w.agreed(first.On); ok {
				d.Date, d.Unsure, d.Text = by, "", t.F("track.stage1.agreed", "date", by.Words(t))
			}
			w.add(d)
			if first.Stage == 0 {
				w.notes = append(w.notes, t.T("track.note.scotland-stage"))
			}
		}
	case NIHSC:
		w.ack(first, r.AckDays, t.T("track.ack.ni"), t.T("track.basis.ni"), false)
		w.response(first, hasFinal, func() (guide.Date, string) { return w.after(first, r.ResponseDays) },
			t.F("track.response.ni", "days", strconv.Itoa(r.ResponseDays)), t.T("track.basis.ni"), false)
	case WalesPTR:
		w.noDate(first, hasFinal, t.T("track.response.wales"))
	default:
		w.noDate(first, hasFinal, t.F("track.response.no-fixed-date", "procedure", r.Name))
		if r.Nation == guide.England && r.Care == guide.CareSelfFunded {
			w.notes = append(w.notes, t.T("track.note.self-funded"))
		}
		if r.Care.Private() {
			w.notes = append(w.notes, t.T("track.note.private"))
		}
	}
	if hasFinal {
		w.add(Due{Rule: RuleNextStep,
			Text:    t.T("track.next-step"),
			Done:    w.has(Ombudsman, final.On),
			Letters: []guide.LetterID{guide.LetterReply, guide.LetterMeeting}})
	}
	w.ombudsman(final, hasFinal)
}

// ack adds when the acknowledgement is due.
func (w *worker) ack(e Event, n int, text, basis string, law bool) {
	w.ackRule(RuleAck, e, n, text, basis, law)
}

func (w *worker) ackRule(rule string, e Event, n int, text, basis string, law bool) {
	date, unsure := w.after(e, n)
	w.add(Due{Rule: rule, Date: date, Unsure: unsure,
		Text: para(text, w.postNote(e)), Basis: basis, Law: law,
		Done:    w.has(Acknowledged, e.On) || w.has(Final, e.On),
		Letters: []guide.LetterID{guide.LetterChaser},
		IfLate:  w.t.T("track.ack.if-late")})
}

// response adds when the response is due: the date agreed, or else the
// procedure's own time.
func (w *worker) response(e Event, done bool, standard func() (guide.Date, string), text, basis string, law bool) {
	w.responseRule(RuleResponse, e, done, standard, text, basis, law)
}

func (w *worker) responseRule(rule string, e Event, done bool, standard func() (guide.Date, string), text, basis string, law bool) {
	d := Due{Rule: rule, Text: para(text, w.postNote(e)), Basis: basis, Law: law, Done: done,
		Letters: []guide.LetterID{guide.LetterChaser, guide.LetterMeeting},
		IfLate:  w.t.T("track.response.if-late")}
	if by, ok := w.agreed(e.On); ok {
		d.Date, d.Text, d.Basis, d.Law = by, w.t.F("track.response.agreed", "date", by.Words(w.t)), "", false
	} else {
		d.Date, d.Unsure = standard()
	}
	w.add(d)
}

// noDate adds the response with the agreed date, or none.
func (w *worker) noDate(e Event, done bool, unsure string) {
	d := Due{Rule: RuleResponse, Done: done,
		Letters: []guide.LetterID{guide.LetterChaser, guide.LetterMeeting},
		IfLate:  w.t.T("track.response.if-late.no-date")}
	if by, ok := w.agreed(e.On); ok {
		d.Date, d.Text = by, w.t.F("track.response.agreed", "date", by.Words(w.t))
	} else {
		d.Text, d.Unsure = w.t.T("track.response.no-date"), unsure
	}
	w.add(d)
}

// ombudsman adds the ombudsman's usual time limit.
func (w *worker) ombudsman(final Event, hasFinal bool) {
	r, t := w.r, w.t
	if r.Ombudsman == "" {
		return
	}
	o, months := r.Ombudsman, w.months(r.OmbMonths)
	d := Due{Rule: RuleOmbudsman,
		Done: w.has(Ombudsman, guide.Date{}), Letters: []guide.LetterID{guide.LetterOmbudsman},
		IfLate: t.F("track.ombudsman.if-late", "ombudsman", o),
		Basis:  t.F("track.basis.ombudsman", "ombudsman", o)}
	switch {
	case r.OmbMonths == 0:
		d.Text = t.F("track.ombudsman.no-limit", "ombudsman", o)
		d.Unsure = t.T("track.ombudsman.no-limit.unsure")
	case r.OmbFromFinal && !hasFinal:
		d.Text = t.F("track.ombudsman.from-final.before", "months", months, "ombudsman", o)
		d.Unsure = t.F("track.ombudsman.from-final.unsure", "months", months)
	case r.OmbFromFinal:
		d.Date = final.On.AddMonths(r.OmbMonths)
		d.Text = t.F("track.ombudsman.from-final", "months", months, "ombudsman", o)
	default:
		n := noticed(w.a)
		d.Text = t.F("track.ombudsman.from-knowing", "ombudsman", o, "months", months)
		if n.IsZero() {
			d.Unsure = t.T("track.ombudsman.from-knowing.unsure")
			break
		}
		d.About = n.Day == 0
		d.Date = guide.DayOf(n.Year, n.Month, n.First().Day()).AddMonths(r.OmbMonths)
	}
	w.add(d)
}

// months returns n months in words: "6 months", from the texts
// "track.months.one" and "track.months.other".
func (w *worker) months(n int) string {
	if n == 1 {
		return w.t.F("track.months.one", "n", "1")
	}
	return w.t.F("track.months.other", "n", strconv.Itoa(n))
}

// noticed returns the later of when it happened and when they found out.
func noticed(a guide.Answers) guide.Date {
	d := a.Happened
	if !a.FoundOut.IsZero() && (d.IsZero() || d.Before(a.FoundOut)) {
		d = a.FoundOut
	}
	return d
}
