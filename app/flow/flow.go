// Package flow holds the questions a person answers, in order, and decides
// which of them the answers so far make relevant. It is pure Go: the UI
// renders its questions and the guide package turns the answers into a plan.
package flow

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
)

// ID names a question. It is also the last part of the question's page
// address, /q/ID.
type ID string

// Questions, in the order they are asked.
const (
	QNation     ID = "nation"
	QService    ID = "service"
	QSocialCare ID = "social-care"
	QDanger     ID = "danger"
	QAbuse      ID = "abuse"
	QPerson     ID = "person"
	QAuthority  ID = "authority"
	QHappened   ID = "happened"
	QFoundOut   ID = "found-out"
	QStage      ID = "stage"
	QSent       ID = "sent"
	QResponded  ID = "responded"
	QOutcomes   ID = "outcomes"
	QHarm       ID = "harm"
	QDetained   ID = "detained"
	QLegal      ID = "legal"
	QOffer      ID = "offer"
)

// QUrgent is the page of what to do at once. It asks nothing: Pages
// puts it straight after QDanger when someone is in danger now, before
// any other question. Its address is /q/urgent too.
const QUrgent ID = "urgent"

// Kind is how a question is answered.
type Kind int

// Kinds of question.
const (
	Radio    Kind = iota // choose one option
	Checkbox             // choose one or more options
	Month                // a month and year
)

// Option is one choice in a radio or checkbox question.
type Option struct {
	Value    string
	question ID
}

// Label returns the option's words: the text "q.<question>.<value>".
func (o Option) Label(c *content.Set) string { return c.T(o.id("")) }

// Hint returns what the option means, from the text
// "q.<question>.<value>.hint", or "" when it has none.
func (o Option) Hint(c *content.Set) string { return optional(c, o.id(".hint")) }

func (o Option) id(suffix string) string { return "q." + string(o.question) + "." + o.Value + suffix }

// Question is one question page. Its words are texts in the content,
// found by its ID: see the methods.
type Question struct {
	ID       ID
	Kind     Kind
	Options  []Option
	Optional bool // the person may leave it empty
	// After is, for a month question, the question whose date this one
	// must not be before, or "".
	After ID
}

// Heading returns the question, shown as the page heading: the text
// "q.<id>".
func (q Question) Heading(c *content.Set) string { return c.T(q.id("")) }

// Hint returns the words under the heading, from the text
// "q.<id>.hint", or "" when it has none.
func (q Question) Hint(c *content.Set) string { return optional(c, q.id(".hint")) }

// Short returns a short label for the check-your-answers page: the text
// "q.<id>.short".
func (q Question) Short(c *content.Set) string { return c.T(q.id(".short")) }

// Required returns the error shown when a required answer is missing:
// the text "q.<id>.required".
func (q Question) Required(c *content.Set) string { return c.T(q.id(".required")) }

func (q Question) id(suffix string) string { return "q." + string(q.ID) + suffix }

// optional returns the words of text id, or "" when there is no such
// text.
func optional(c *content.Set, id string) string {
	if _, ok := c.Lookup(id); !ok {
		return ""
	}
	return c.T(id)
}

// Questions returns every question, in order.
func Questions() []Question { return questions }

// Lookup returns the question with the given ID.
func Lookup(id ID) (Question, bool) {
	for _, q := range questions {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

// Relevant reports whether question id should be asked, given the answers so far.
func Relevant(id ID, a guide.Answers) bool {
	switch id {
	case QSocialCare:
		// Health and council care together: NHS care or council care,
		// not self-paid, self-funded or children's care.
		c := a.Care()
		return c.NHS() || c == guide.CareCouncil
	case QAbuse:
		return a.Person != guide.ForChild && a.Person != guide.YoungPerson && a.Care() != guide.CareChildren
	case QAuthority:
		return a.Person == guide.ForAdultLacksCapacity
	case QSent:
		return a.Complained()
	case QResponded:
		return a.Stage == guide.FinalResponse || a.Stage == guide.WithOmbudsman
	case QDetained:
		return a.Service == guide.MentalHealth
	case QOffer:
		return a.Stage == guide.Waiting || a.Stage == guide.FinalResponse || a.Stage == guide.WithOmbudsman || a.Wants(guide.OutMoney)
	}
	return true
}

// Sequence returns the questions to ask for these answers, in order.
func Sequence(a guide.Answers) []ID {
	var ids []ID
	for _, q := range questions {
		if Relevant(q.ID, a) {
			ids = append(ids, q.ID)
		}
	}
	return ids
}

// Pages returns the pages to show for these answers, in order: the
// questions of Sequence, and QUrgent straight after QDanger when it is
// answered yes.
func Pages(a guide.Answers) []ID {
	seq := Sequence(a)
	if a.Danger != guide.Yes {
		return seq
	}
	if i := slices.Index(seq, QDanger); i >= 0 {
		seq = slices.Insert(seq, i+1, QUrgent)
	}
	return seq
}

// Next returns the page after id (see Pages), or "" when id is the last one.
func Next(a guide.Answers, id ID) ID {
	seq := Pages(a)
	i := slices.Index(seq, id)
	if i < 0 || i+1 >= len(seq) {
		return ""
	}
	return seq[i+1]
}

// Prev returns the page before id (see Pages), or "" when id is the first one.
func Prev(a guide.Answers, id ID) ID {
	seq := Pages(a)
	i := slices.Index(seq, id)
	if i <= 0 {
		return ""
	}
	return seq[i-1]
}

// FirstUnanswered returns the first relevant question with no answer, or ""
// when every question has been answered or skipped.
func FirstUnanswered(a guide.Answers, skipped func(ID) bool) ID {
	for _, id := range Sequence(a) {
		if len(Values(a, id)) == 0 && !skipped(id) {
			return id
		}
	}
	return ""
}

// Input is what a person entered on a question page: the chosen values for
// radios and checkboxes, or the month and year typed for a date.
type Input struct {
	Values []string
	Month  string
	Year   string
}

// Apply checks input for question id and returns the answers with it set.
// On a problem it returns a *guide.FieldError, whose Field is the input to
// link to ("value", "month" or "year") and whose Message is from c, and
// the answers unchanged.
func Apply(c *content.Set, a guide.Answers, id ID, in Input, today time.Time) (guide.Answers, error) {
	q, ok := Lookup(id)
	if !ok {
		return a, fmt.Errorf("flow: unknown question %q", id)
	}
	if q.Kind == Month {
		d, err := readMonth(c, q, in, today)
		if err != nil {
			return a, err
		}
		if after := Date(a, q.After); q.After != "" && !d.IsZero() && !after.IsZero() && d.Before(after) {
			return a, &guide.FieldError{Field: "month", Message: c.T(q.id(".after"))}
		}
		return set(a, id, d, nil), nil
	}
	var vals []string
	for _, v := range in.Values {
		if !slices.ContainsFunc(q.Options, func(o Option) bool { return o.Value == v }) {
			return a, &guide.FieldError{Field: "value", Message: q.Required(c)}
		}
		if !slices.Contains(vals, v) {
			vals = append(vals, v)
		}
	}
	if len(vals) == 0 && !q.Optional {
		return a, &guide.FieldError{Field: "value", Message: q.Required(c)}
	}
	if q.Kind == Radio && len(vals) > 1 {
		return a, &guide.FieldError{Field: "value", Message: q.Required(c)}
	}
	return set(a, id, guide.Date{}, vals), nil
}

// readMonth reads a month and year with guide.ReadDate, which also takes
// a month name ("June") or the whole date in either box ("June 2025").
// The question pages ask for no day: a day typed as well is dropped.
func readMonth(c *content.Set, q Question, in Input, today time.Time) (guide.Date, error) {
	d, err := guide.ReadDate(c, today, in.Month, in.Year)
	if errors.Is(err, guide.ErrNoDate) {
		if q.Optional {
			return guide.Date{}, nil
		}
		return guide.Date{}, &guide.FieldError{Field: "month", Message: q.Required(c), Err: err}
	}
	if err != nil {
		return guide.Date{}, err
	}
	d.Day = 0
	return d, nil
}

// set stores a date or the chosen values for question id.
func set(a guide.Answers, id ID, d guide.Date, v []string) guide.Answers {
	first := ""
	if len(v) > 0 {
		first = v[0]
	}
	switch id {
	case QNation:
		a.Nation = guide.Nation(first)
	case QService:
		a.Service = guide.Service(first)
	case QSocialCare:
		a.SocialCareToo = guide.YesNo(first)
	case QDanger:
		a.Danger = guide.YesNo(first)
	case QAbuse:
		a.Abuse = guide.YesNo(first)
	case QPerson:
		a.Person = guide.Person(first)
	case QAuthority:
		a.Authority = guide.Authority(first)
	case QHappened:
		a.Happened = d
	case QFoundOut:
		a.FoundOut = d
	case QStage:
		a.Stage = guide.Stage(first)
	case QSent:
		a.Sent = d
	case QResponded:
		a.Responded = d
	case QOutcomes:
		a.Outcomes = nil
		for _, o := range v {
			a.Outcomes = append(a.Outcomes, guide.Outcome(o))
		}
	case QHarm:
		a.Harm = guide.Harm(first)
	case QDetained:
		a.Detained = guide.YesNo(first)
	case QLegal:
		a.Legal = guide.YesNo(first)
	case QOffer:
		a.Offer = guide.YesNo(first)
	}
	return a
}

// Values returns the stored answer to question id as option values, or as
// one "YYYY-MM" string for a date. It is empty when not answered.
func Values(a guide.Answers, id ID) []string {
	one := func(s string) []string {
		if s == "" {
			return nil
		}
		return []string{s}
	}
	switch id {
	case QNation:
		return one(string(a.Nation))
	case QService:
		return one(string(a.Service))
	case QSocialCare:
		return one(string(a.SocialCareToo))
	case QDanger:
		return one(string(a.Danger))
	case QAbuse:
		return one(string(a.Abuse))
	case QPerson:
		return one(string(a.Person))
	case QAuthority:
		return one(string(a.Authority))
	case QHappened:
		return one(a.Happened.String())
	case QFoundOut:
		return one(a.FoundOut.String())
	case QStage:
		return one(string(a.Stage))
	case QSent:
		return one(a.Sent.String())
	case QResponded:
		return one(a.Responded.String())
	case QOutcomes:
		var out []string
		for _, o := range a.Outcomes {
			out = append(out, string(o))
		}
		return out
	case QHarm:
		return one(string(a.Harm))
	case QDetained:
		return one(string(a.Detained))
	case QLegal:
		return one(string(a.Legal))
	case QOffer:
		return one(string(a.Offer))
	}
	return nil
}

// Date returns the stored date for a month question.
func Date(a guide.Answers, id ID) guide.Date {
	switch id {
	case QHappened:
		return a.Happened
	case QFoundOut:
		return a.FoundOut
	case QSent:
		return a.Sent
	case QResponded:
		return a.Responded
	}
	return guide.Date{}
}

// Summary returns the answer to question id in words, from c, for the
// check-your-answers page: the date, or the chosen options' labels one a
// line, or the text "q.not-answered" ("q.not-given" for an optional
// date).
func Summary(c *content.Set, a guide.Answers, id ID) string {
	q, ok := Lookup(id)
	if !ok {
		return ""
	}
	if q.Kind == Month {
		if d := Date(a, id); !d.IsZero() {
			return d.Words(c)
		}
		if q.Optional {
			return c.T("q.not-given")
		}
		return c.T("q.not-answered")
	}
	var words []string
	for _, v := range Values(a, id) {
		for _, o := range q.Options {
			if o.Value == v {
				words = append(words, o.Label(c))
			}
		}
	}
	if len(words) == 0 {
		return c.T("q.not-answered")
	}
	return strings.Join(words, "\n")
}

// Prune clears answers to questions that the other answers have made
// irrelevant, so a plan never uses a stale answer the person cannot see.
func Prune(a guide.Answers) guide.Answers {
	for _, q := range questions {
		if !Relevant(q.ID, a) {
			a = set(a, q.ID, guide.Date{}, nil)
		}
	}
	return a
}
