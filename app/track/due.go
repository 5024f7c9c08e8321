package track

import (
	"errors"
	"strconv"
	"time"

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

// Due is something that should happen by a date.
type Due struct {
	Rule  string     `json:"rule"`
	Title string     `json:"title"`           // short and neutral, for a calendar: "Complaint: reply due"
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

// Work works out what is due, from the steps recorded in c, the person's
// answers and today's date.
func Work(c Case, a guide.Answers, today time.Time) Status {
	w := &worker{c: c, a: a, r: RulesFor(a), today: midnight(today)}
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

func (w *worker) add(d Due) {
	d.NoData, w.noData = w.noData && d.Date.IsZero(), false
	w.dues = append(w.dues, d)
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
			return guide.Date{}, "We cannot be sure of this date, because our list of bank holidays only goes up to " + strconv.Itoa(w.h.Last) + ". Count " + strconv.Itoa(n) + " working days from when they got your complaint, leaving out weekends and bank holidays."
		}
		return guide.Date{}, "We cannot work out this date here. Count " + strconv.Itoa(n) + " working days from when they got your complaint, leaving out weekends and bank holidays."
	}
	return dateOf(got), ""
}

func dateOf(t time.Time) guide.Date { return guide.DayOf(t.Year(), t.Month(), t.Day()) }

func (w *worker) postNote(e Event) string {
	if e.Method == ByPost {
		return " We have allowed 2 working days for the post."
	}
	return ""
}

const chaserIfLate = "Send a chasing letter. It asks them to reply and to give you a date."

func (w *worker) run() {
	r := w.r
	first, ok := w.c.first(Sent, func(e Event) bool { return e.Stage != 2 })
	stage2, ok2 := w.c.first(Sent, func(e Event) bool { return e.Stage == 2 })
	if !ok && !ok2 {
		w.notes = append(w.notes, "Tell us when you made your complaint, and we will work out what is due and by when.")
		return
	}
	if !ok {
		first = stage2
	}
	final, hasFinal := w.c.Latest(Final)
	switch r.Procedure {
	case England2009:
		text := "They must acknowledge your complaint within 3 working days of getting it, and offer to talk to you about how it will be handled and how long it will take."
		if first.Method == BySpoken {
			text += " Because you made it by phone or in person, they must also write it down and give you a copy."
		}
		w.ack(first, r.AckDays, text, "the 2009 complaints regulations (regulation 13)", true)
		w.response(first, hasFinal, func() (guide.Date, string) {
			got, err := w.received(first)
			if err != nil {
				return first.On.AddMonths(r.ResponseMonths), ""
			}
			return dateOf(got).AddMonths(r.ResponseMonths), ""
		}, "They must send you their response within 6 months of getting your complaint, unless you agree a longer time. Most reply much sooner: ask them for a date.",
			"the 2009 complaints regulations (regulation 14)", true)
	case ScotlandCHP:
		if ok2 {
			w.ack(stage2, r.AckDays, "At stage 2 they should acknowledge your complaint within 3 working days.", "Scotland's model complaints handling procedure", false)
			w.dues[len(w.dues)-1].Rule = RuleStage2Ack
			w.responseRule(RuleStage2Response, stage2, hasFinal, func() (guide.Date, string) { return w.after(stage2, r.ResponseDays) },
				"At stage 2 they should give you their decision within 20 working days, or tell you why it will take longer and when to expect it.",
				"Scotland's model complaints handling procedure", false)
		} else {
			date, unsure := w.after(first, r.Stage1Days)
			d := Due{Rule: RuleStage1, Title: "Complaint: stage 1 answer due", Date: date, Unsure: unsure,
				Text:  "At stage 1 they should give you a decision within 5 working days, or tell you if they need longer." + w.postNote(first),
				Basis: "Scotland's model complaints handling procedure", Done: hasFinal,
				Letters: []guide.LetterID{guide.LetterChaser},
				IfLate:  "Send a chasing letter. If you are not happy with their stage 1 answer, you can ask for stage 2: a full investigation. Record it here as a new complaint at stage 2."}
			if by, ok := w.agreed(first.On); ok {
				d.Date, d.Unsure, d.Text = by, "", "They agreed to give you their decision by "+by.Words(english())+"."
			}
			w.add(d)
			if first.Stage == 0 {
				w.notes = append(w.notes, "In Scotland a complaint starts at stage 1 (a quick answer) unless it is serious or complex. If they are investigating it at stage 2, change your complaint to stage 2.")
			}
		}
	case NIHSC:
		w.ack(first, r.AckDays, "They should acknowledge your complaint within 2 working days of getting it.", "the Health and Social Care complaints procedure (a target, not a law)", false)
		w.response(first, hasFinal, func() (guide.Date, string) { return w.after(first, r.ResponseDays) },
			"They should normally send you their full response within "+strconv.Itoa(r.ResponseDays)+" working days. If they need longer, they should tell you why and when to expect it.",
			"the Health and Social Care complaints procedure (a target, not a law)", false)
	case WalesPTR:
		w.noDate(first, hasFinal, "Wales changed its NHS concerns rules on 1 April 2026, and we have not confirmed the new times. Before then, health boards aimed to reply within 30 working days. Ask them when to expect their reply, then record the date here.")
	default:
		w.noDate(first, hasFinal, "There is no fixed date we can give you for "+r.Name+". Ask them how long it will take and when to expect their reply, then record the date here.")
		if r.Nation == guide.England && r.Care == guide.CareSelfFunded {
			w.notes = append(w.notes, "The complaints regulations do not cover care you arrange and pay for yourself, so the care provider's own complaints procedure applies. Ask for a copy: it should say how long they take.")
		}
		if r.Care.Private() {
			w.notes = append(w.notes, "The NHS complaints rules do not cover care paid for privately, so the provider's own complaints procedure applies. Ask for a copy: it should say how long they take.")
		}
	}
	if hasFinal {
		w.add(Due{Rule: RuleNextStep, Title: "Complaint: decide your next step",
			Text:    "If their response did not answer everything, you can reply to it or ask for a meeting. If you are still not happy after that, you can go to the ombudsman.",
			Done:    w.has(Ombudsman, final.On),
			Letters: []guide.LetterID{guide.LetterReply, guide.LetterMeeting}})
	}
	w.ombudsman(final, hasFinal)
}

// ack adds when the acknowledgement is due.
func (w *worker) ack(e Event, n int, text, basis string, law bool) {
	date, unsure := w.after(e, n)
	w.add(Due{Rule: RuleAck, Title: "Complaint: acknowledgement due", Date: date, Unsure: unsure,
		Text: text + w.postNote(e), Basis: basis, Law: law,
		Done:    w.has(Acknowledged, e.On) || w.has(Final, e.On),
		Letters: []guide.LetterID{guide.LetterChaser},
		IfLate:  "Send a chasing letter. It asks them to acknowledge your complaint and to tell you when they will reply."})
}

// response adds when the response is due: the date agreed, or else the
// procedure's own time.
func (w *worker) response(e Event, done bool, standard func() (guide.Date, string), text, basis string, law bool) {
	w.responseRule(RuleResponse, e, done, standard, text, basis, law)
}

func (w *worker) responseRule(rule string, e Event, done bool, standard func() (guide.Date, string), text, basis string, law bool) {
	d := Due{Rule: rule, Title: "Complaint: reply due", Text: text + w.postNote(e), Basis: basis, Law: law, Done: done,
		Letters: []guide.LetterID{guide.LetterChaser, guide.LetterMeeting},
		IfLate:  "Send a chasing letter. It asks why the reply is late and for a new date. If the delay goes on, you can ask the ombudsman to look at it."}
	if by, ok := w.agreed(e.On); ok {
		d.Date, d.Text, d.Basis, d.Law = by, "They agreed to send you their response by "+by.Words(english())+".", "", false
	} else {
		d.Date, d.Unsure = standard()
	}
	w.add(d)
}

// noDate adds the response with the agreed date, or none.
func (w *worker) noDate(e Event, done bool, unsure string) {
	d := Due{Rule: RuleResponse, Title: "Complaint: reply due", Done: done,
		Letters: []guide.LetterID{guide.LetterChaser, guide.LetterMeeting},
		IfLate:  chaserIfLate}
	if by, ok := w.agreed(e.On); ok {
		d.Date, d.Text = by, "They agreed to send you their response by "+by.Words(english())+"."
	} else {
		d.Text, d.Unsure = "Their response.", unsure
	}
	w.add(d)
}

// ombudsman adds the ombudsman's usual time limit.
func (w *worker) ombudsman(final Event, hasFinal bool) {
	r := w.r
	if r.Ombudsman == "" {
		return
	}
	d := Due{Rule: RuleOmbudsman, Title: "Complaint: usual last day to go to the ombudsman",
		Done: w.has(Ombudsman, guide.Date{}), Letters: []guide.LetterID{guide.LetterOmbudsman},
		IfLate: "You can still ask " + r.Ombudsman + " to look at it. Say why it took longer, for example that you were waiting for the complaint to finish.",
		Basis:  r.Ombudsman + "'s time limit"}
	switch {
	case r.OmbMonths == 0:
		d.Text = "If you are still not happy after their final response, you can ask " + r.Ombudsman + " to look at it."
		d.Unsure = "Check their own time limit: we do not know it."
	case r.OmbFromFinal && !hasFinal:
		d.Text = "After their final response, you normally have " + months(r.OmbMonths) + " to ask " + r.Ombudsman + " to look at it."
		d.Unsure = "The date is " + months(r.OmbMonths) + " from their final response. Record it here when it comes."
	case r.OmbFromFinal:
		d.Date = final.On.AddMonths(r.OmbMonths)
		d.Text = "You normally have " + months(r.OmbMonths) + " from the end of the complaints process (their final response) to ask " + r.Ombudsman + " to look at it."
	default:
		n := noticed(w.a)
		d.Text = "You normally need to ask " + r.Ombudsman + " within " + months(r.OmbMonths) + " of when you first knew about the problem. Usually you go to them after the organisation's final response. They can accept it later if there was a good reason, such as a long complaint process."
		if n.IsZero() {
			d.Unsure = "Tell us when it happened (in your answers) to see this date."
			break
		}
		d.About = n.Day == 0
		d.Date = guide.DayOf(n.Year, n.Month, n.First().Day()).AddMonths(r.OmbMonths)
	}
	w.add(d)
}

func months(n int) string {
	if n == 12 {
		return "12 months"
	}
	return strconv.Itoa(n) + " months"
}

// noticed returns the later of when it happened and when they found out.
func noticed(a guide.Answers) guide.Date {
	d := a.Happened
	if !a.FoundOut.IsZero() && (d.IsZero() || d.Before(a.FoundOut)) {
		d = a.FoundOut
	}
	return d
}
