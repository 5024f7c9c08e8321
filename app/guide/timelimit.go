package guide

import "time"

// Limit is the complaint time limit for a set of answers, worked out by
// Answers.ComplaintLimit. Every deadline is the safe one: a date known
// only to the month counts from the first day of that month, so nobody
// is told they have longer than they may have. Once an exact day is
// known (see Answers.WithExactDay) it is used instead.
type Limit struct {
	// Months is the nation's limit, counted from the later of when it
	// happened and when they found out: 12 in England and Wales, 6 in
	// Scotland and Northern Ireland. It is 0 when the organisation sets
	// its own limit (self-paid care and children's social care), and
	// then there is no deadline.
	Months int
	// OuterMonths is the limit counted from the event itself, however
	// late they found out: 12 in Scotland and Northern Ireland, else 0.
	OuterMonths int
	// FromEvent and FromFoundOut are the limit counted from each date.
	FromEvent, FromFoundOut Date
	// Deadline is the date that applies: the later of FromEvent and
	// FromFoundOut, and never after the outer limit.
	Deadline Date
	// Status is where the person stands on the day the limit is
	// measured: the day the complaint was made, if it has been and the
	// date is known, or else today.
	Status TimeStatus
	// Sure reports, when Status is TimePassed, whether the limit has
	// passed even counting each month-only date from its last day. When
	// it is false the limit may not have passed: say "may be".
	Sure bool
	// OuterOnly reports, when Status is TimePassed, that only the outer
	// limit from the event has passed, not the limit from finding out.
	OuterOnly bool
}

// Late reports whether the usual time limit has passed. A late complaint
// can still be made: the letter explains why it is late.
func (l Limit) Late() bool { return l.Status == TimePassed }

// OwnLimit reports whether the organisation sets its own time limit, so
// no deadline is worked out: self-paid care and children's social care.
func (a Answers) OwnLimit() bool {
	c := a.Care()
	return c.Private() || c == CareChildren
}

// LimitMonths returns the complaint time limit in months and the outer
// limit from the event (0 if none), for the nation's rules.
func (a Answers) LimitMonths() (months, outer int) {
	if a.OwnLimit() {
		return 0, 0
	}
	switch a.RulesNation() {
	case Scotland, NorthernIreland:
		return 6, 12
	}
	return 12, 0
}

// Noticed returns the later of when it happened and when they found out.
func (a Answers) Noticed() Date {
	d := a.Happened
	if !a.FoundOut.IsZero() && (d.IsZero() || d.Before(a.FoundOut)) {
		d = a.FoundOut
	}
	return d
}

// ComplaintLimit works out the complaint time limit on the day today.
func (a Answers) ComplaintLimit(today time.Time) Limit {
	var l Limit
	l.Months, l.OuterMonths = a.LimitMonths()
	if l.Months == 0 {
		l.Status = TimeUnknown
		return l
	}
	on := dayOf(today)
	if a.Complained() && !a.Sent.IsZero() {
		on = a.Sent.First()
	}
	// deadline returns the limit counting month-only dates from their
	// first day (safe) or their last (latest).
	deadline := func(latest bool) (ev, fo, dl Date) {
		from := SafeLimit
		if latest {
			from = LatestLimit
		}
		if !a.Happened.IsZero() {
			ev = from(a.Happened, l.Months)
		}
		if !a.FoundOut.IsZero() {
			fo = from(a.FoundOut, l.Months)
		}
		dl = ev
		if dl.IsZero() || !fo.IsZero() && dl.Before(fo) {
			dl = fo
		}
		if l.OuterMonths > 0 && !a.Happened.IsZero() {
			if outer := from(a.Happened, l.OuterMonths); outer.Before(dl) {
				dl = outer
			}
		}
		return ev, fo, dl
	}
	l.FromEvent, l.FromFoundOut, l.Deadline = deadline(false)
	l.Status = status(l.Deadline, on)
	if l.Status == TimePassed {
		_, _, latest := deadline(true)
		l.Sure = on.After(latest.Last())
		noticed := l.FromEvent
		if noticed.IsZero() || !l.FromFoundOut.IsZero() && noticed.Before(l.FromFoundOut) {
			noticed = l.FromFoundOut
		}
		l.OuterOnly = !on.After(noticed.Last())
	}
	return l
}

// status compares a deadline with the day on. On the deadline day itself
// the person is still inside the limit; the day after, it has passed.
// Within two months of it, the deadline is closing.
func status(deadline Date, on time.Time) TimeStatus {
	switch {
	case deadline.IsZero():
		return TimeUnknown
	case on.After(deadline.Last()):
		return TimePassed
	case !on.Before(deadline.AddMonths(-2).Last()):
		return TimeClosing
	}
	return TimeInside
}

// SafeLimit returns the last day of a limit of n months from d: the same
// day n months later, clamped to the end of a short month (29 February
// plus 12 months is 28 February). A month-only date counts from the first
// day of its month, so the deadline is never later than the true one.
func SafeLimit(d Date, n int) Date {
	if d.Day == 0 {
		d.Day = 1
	}
	return d.AddMonths(n)
}

// LatestLimit is SafeLimit counting a month-only date from the last day
// of its month: the latest the deadline could be. Use it before saying
// that something is overdue, never for a deadline to meet.
func LatestLimit(d Date, n int) Date {
	out := d.AddMonths(n)
	if d.Day == 0 {
		out.Day = daysIn(out.Year, out.Month)
	}
	return out
}

// dayOf returns midnight UTC on t's date.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// WithExactDay returns the answers with the day it happened set from an
// exact date the person gave later (for example the date of the first
// event in a letter's details), when the answer was known only to the
// month and d falls in that month. Otherwise it returns a unchanged.
func (a Answers) WithExactDay(d Date) Answers {
	if a.Happened.Day == 0 && !a.Happened.IsZero() && d.Day > 0 &&
		d.Year == a.Happened.Year && d.Month == a.Happened.Month {
		a.Happened = d
	}
	return a
}

// ResponseOverdue reports whether the organisation's response is late on
// the day today: acknowledged and waiting for more than 6 months since
// the complaint in England (the 2009 Regulations' limit, also used when
// the nation is not known), more than 2 months elsewhere, where the usual
// timescales are much shorter. A month-only date counts from its last day.
// Self-paid private care has no set timescale, so is never overdue; with
// self-funded care the provider has about 12 weeks (see ProviderChance),
// counted here as 3 months.
func (a Answers) ResponseOverdue(today time.Time) bool {
	if a.Stage != Waiting || a.Sent.IsZero() || a.Care().Private() {
		return false
	}
	months := 6
	switch {
	case a.RulesNation() != England:
		months = 2
	case a.ProviderChance() > 0:
		months = 3
	}
	return MoreThanMonths(a.Sent, months, today)
}

// LongWait reports whether they have waited long enough for a response
// that an ombudsman may agree to look at it before it comes: more than 6
// months, or 3 (about the 12 weeks of ProviderChance) for self-funded care.
func (a Answers) LongWait(today time.Time) bool {
	months := 6
	if a.ProviderChance() > 0 {
		months = 3
	}
	return a.Stage == Waiting && MoreThanMonths(a.Sent, months, today)
}

// OmbudsmanLimit is the usual time limit for going to the ombudsman.
type OmbudsmanLimit struct {
	Ombudsman Ombudsman
	// FromResponse reports that the limit counts from the organisation's
	// final response (Northern Ireland: 6 months), not from when the
	// person first knew of the problem (12 months elsewhere).
	FromResponse bool
	Months       int
	// Deadline is the safe deadline, or zero when the date it counts from
	// is not known or the scheme sets its own rules.
	Deadline Date
	// Late reports whether Deadline has passed. The ombudsman can still
	// accept it for a good reason, such as a long complaints process.
	Late bool
	// Sure reports, when Late, that the limit has passed even counting a
	// month-only date from its last day.
	Sure bool
}

// OmbudsmanLimit works out the ombudsman's usual time limit on the day
// today. responded is the date of the final response, if known (usually
// Answers.Responded). The
// PHSO, LGSCO, Public Services Ombudsman for Wales and SPSO normally
// expect a complaint within 12 months of the person first knowing of the
// problem (and can accept later, for example after a long complaints
// process); NIPSO within 6 months of the end of the complaints process.
// The schemes for self-paid care set their own rules: no deadline.
func (a Answers) OmbudsmanLimit(responded Date, today time.Time) OmbudsmanLimit {
	o := OmbudsmanLimit{Ombudsman: a.Ombudsman()}
	if !o.Ombudsman.Public() && o.Ombudsman != OmbudsmanUnknown {
		return o
	}
	from := a.Noticed()
	o.Months = 12
	if a.RulesNation() == NorthernIreland {
		o.FromResponse, o.Months, from = true, 6, responded
	}
	if from.IsZero() || from.Check(today) == ErrInvalidDate {
		return o
	}
	o.Deadline = SafeLimit(from, o.Months)
	o.Late = dayOf(today).After(o.Deadline.Last())
	o.Sure = o.Late && dayOf(today).After(LatestLimit(from, o.Months).Last())
	return o
}

// OmbudsmanMayBeLate reports whether the ombudsman's limit may turn out
// to have passed once the date of the final response is known: in
// Northern Ireland, when there is a final response and the person first
// knew more than 6 months ago; elsewhere, when it has passed already.
func (a Answers) OmbudsmanMayBeLate(today time.Time) bool {
	if !a.Responded.IsZero() && !a.AwaitingResponse() {
		return a.OmbudsmanLimit(a.Responded, today).Late
	}
	if a.RulesNation() == NorthernIreland {
		n := a.Noticed()
		return !a.AwaitingResponse() && !n.IsZero() && dayOf(today).After(SafeLimit(n, 6).Last())
	}
	return a.OmbudsmanLimit(Date{}, today).Late
}

// MoreThanMonths reports whether more than n months have surely passed
// since d by today, counting a month-only date from its last day, so it
// is safe to say so in a letter. A zero or impossible date never has.
func MoreThanMonths(d Date, n int, today time.Time) bool {
	if d.IsZero() || d.Check(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)) != nil {
		return false
	}
	return dayOf(today).After(LatestLimit(d, n).Last())
}
