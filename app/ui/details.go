package ui

import (
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/guide"
	"putitright/app/jsbridge"
	"putitright/app/letter"
)

// Details are read and written by field ID, which is the field's JSON name
// in letter.Details. Looking fields up by their JSON tag keeps the UI free
// of a switch over every field. It runs for every field on every render, so
// it uses reflection on the struct, not a JSON round trip.

// detailIndex maps each field ID to its index in letter.Details.
var detailIndex = func() map[letter.FieldID]int {
	t := reflect.TypeFor[letter.Details]()
	m := make(map[letter.FieldID]int, t.NumField())
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			m[letter.FieldID(name)] = i
		}
	}
	return m
}()

// detailGet copies detail id into *v when the types fit.
func detailGet(d letter.Details, id letter.FieldID, v any) {
	i, ok := detailIndex[id]
	if !ok {
		return
	}
	src := reflect.ValueOf(d).Field(i)
	dst := reflect.ValueOf(v).Elem()
	switch {
	case src.Type().AssignableTo(dst.Type()):
		dst.Set(src)
	case src.Kind() == dst.Kind() && src.Type().ConvertibleTo(dst.Type()):
		dst.Set(src.Convert(dst.Type()))
	}
}

// detailSet returns d with detail id set to v, or d unchanged when v does
// not fit the field.
func detailSet(d letter.Details, id letter.FieldID, v any) letter.Details {
	i, ok := detailIndex[id]
	if !ok {
		return d
	}
	dst := reflect.ValueOf(&d).Elem().Field(i)
	src := reflect.ValueOf(v)
	switch {
	case src.Type().AssignableTo(dst.Type()):
		dst.Set(src)
	case src.Kind() == dst.Kind() && src.Type().ConvertibleTo(dst.Type()):
		dst.Set(src.Convert(dst.Type()))
	}
	return d
}

// detailsForm asks for the details a letter needs, one detailBox each
// (and an eventRow for each event). go-app draws it again only when one of
// its fields changes, and each box only when its own do, so a key in one
// box, or in the letter's words, leaves the other boxes alone.
type detailsForm struct {
	app.Compo
	words
	s *Shell // the state the boxes change

	Fields  []letter.Field
	Details letter.Details
	Over    overLimit            // boxes where more was put in than they hold
	Partial map[string][2]string // dates being typed (see monthYear)
	// Stale is the box last changed when the letter no longer follows its
	// details: the note that says so shows next to it.
	Stale string
}

func (f *detailsForm) Render() app.UI {
	items := make([]app.UI, 0, len(f.Fields))
	for _, fd := range f.Fields {
		id := "d-" + string(fd.ID)
		if fd.Kind == letter.FieldEvents {
			items = append(items, f.events(fd))
			continue
		}
		b := &detailBox{words: f.words, s: f.s, Field: fd, Offered: f.Over[id], Stale: f.Stale == id}
		switch fd.Kind {
		case letter.FieldDate:
			var d guide.Date
			detailGet(f.Details, fd.ID, &d)
			b.Parts = dateParts(f.Partial, string(fd.ID), d)
		case letter.FieldLines, letter.FieldList:
			var lines []string
			detailGet(f.Details, fd.ID, &lines)
			b.Value = strings.Join(lines, "\n")
		default:
			detailGet(f.Details, fd.ID, &b.Value)
		}
		items = append(items, b)
	}
	return app.Div().Class("details-form").Body(items...)
}

// detailBox is one detail the letter asks for: its label, hint and box,
// what is said about the box's length, and the note that changes no
// longer reach an edited letter.
type detailBox struct {
	app.Compo
	words
	s *Shell

	Field   letter.Field
	Value   string    // what the box holds (lines one under another)
	Parts   [3]string // a date: its day, month and year boxes
	Offered int       // how much was put in when it was more than the box holds
	Stale   bool      // show the note that changes no longer reach the letter
}

func (b *detailBox) OnMount(ctx app.Context)  { b.keep(ctx) }
func (b *detailBox) OnUpdate(ctx app.Context) { b.keep(ctx) }

// keep puts the detail into its boxes once they are drawn.
func (b *detailBox) keep(ctx app.Context) {
	id := "d-" + string(b.Field.ID)
	switch b.Field.Kind {
	case letter.FieldDate:
		keepBoxes(ctx, id+"-day", b.Parts[0], id+"-month", b.Parts[1], id+"-year", b.Parts[2])
	case letter.FieldChoice:
	default:
		keepBoxes(ctx, id, b.Value)
	}
}

func (b *detailBox) Render() app.UI {
	s, f := b.s, b.Field
	id := "d-" + string(f.ID)
	hint, described := b.fieldHint(f, id+"-hint")
	if f.Kind == letter.FieldDate {
		return app.Div().Class("group").Body(app.FieldSet().ID(id).Class("fieldset").Aria("describedby", described).Body(
			app.Legend().Class("label legend").Text(f.Label),
			hint,
			s.dateBoxes(id, string(f.ID), b.Parts, func(ctx app.Context, d guide.Date) {
				s.kase.Details = detailSet(s.kase.Details, f.ID, d)
				s.edited(ctx, id)
			}),
		), b.staleHere(id, b.Stale))
	}
	// set stores what was typed or chosen: lines one each.
	set := func(ctx app.Context, v string) {
		if f.Kind == letter.FieldLines || f.Kind == letter.FieldList {
			s.kase.Details = detailSet(s.kase.Details, f.ID, strings.Split(v, "\n"))
		} else {
			s.kase.Details = detailSet(s.kase.Details, f.ID, v)
		}
		s.edited(ctx, id)
	}
	max := limitFor(f)
	var box, limit app.UI
	switch {
	case f.Kind == letter.FieldChoice:
		opts := []app.UI{app.Option().Value("").Text(b.t("ui.details.choose"))}
		for _, o := range f.Options {
			opt := app.Option().Value(o.Value).Text(o.Label)
			if b.Value == o.Value {
				opt = opt.Selected(true)
			}
			opts = append(opts, opt)
		}
		box = app.Select().ID(id).Class("select").Aria("describedby", described).Body(opts...).OnChange(func(ctx app.Context, e app.Event) {
			set(ctx, ctx.JSSrc().Get("value").String())
		}, app.EventScope(f.ID))
	case f.Kind == letter.FieldLines || f.Kind == letter.FieldList || f.Multiline:
		rows := 5
		if !f.Multiline {
			rows = 4
		}
		box = textArea().ID(id).Class("textarea").Rows(rows).Aria("describedby", described).MaxLength(max).OnInput(s.onText(id, set), app.EventScope(f.ID))
	default:
		box = textInput(b.Value).ID(id).Type(inputType(f.ID)).Class("input").Aria("describedby", described).MaxLength(max).OnInput(s.onText(id, set), app.EventScope(f.ID))
	}
	if f.Kind != letter.FieldChoice {
		limit = b.limitMessage(id, b.Value, max, b.Offered)
	}
	return app.Div().Class("group").Body(app.Label().For(id).Class("label").Text(f.Label), hint, box, limit, b.staleHere(id, b.Stale))
}

// fieldHint is the hint shown under a field's label, with id hintID, and
// the id to name in aria-describedby ("" when there is no hint). It adds
// what the box asks for (a new line each, numbers for a date) and one
// example, laid out as the box asks: an address one line under another.
// The checks on the field's own hint find what it already says in English.
func (w words) fieldHint(f letter.Field, hintID string) (app.UI, string) {
	hint := f.Hint
	switch {
	case (f.Kind == letter.FieldLines || f.Kind == letter.FieldList) && !strings.Contains(strings.ToLower(hint), "line"):
		hint = strings.TrimSpace(w.f("ui.details.hint.lines", "hint", hint))
	case f.Kind == letter.FieldDate && !strings.Contains(hint, "month and year"):
		hint = strings.TrimSpace(w.f("ui.details.hint.date", "hint", hint))
	case f.Kind == letter.FieldDate:
		hint = strings.TrimSpace(w.f("ui.details.hint.date-numbers", "hint", hint))
	}
	body := []app.UI{app.Text(hint)}
	example := f.Example != "" && !strings.Contains(hint, "For example")
	switch {
	case example && f.Kind == letter.FieldLines:
		body = []app.UI{app.Text(w.f("ui.details.example.lines", "hint", hint))}
		for _, ln := range strings.Split(f.Example, "\n") {
			body = append(body, app.Br(), app.Text(ln))
		}
	case example:
		body = []app.UI{app.Text(w.f("ui.details.example", "hint", hint, "example", strings.ReplaceAll(f.Example, "\n", ", ")))}
	case hint == "":
		return nil, ""
	}
	return app.P().ID(hintID).Class("hint").Body(body...), hintID
}

func inputType(id letter.FieldID) string {
	switch id {
	case letter.FSenderEmail:
		return "email"
	case letter.FSenderPhone:
		return "tel"
	}
	return "text"
}

// dateParts returns what the day, month and year boxes of the date kept
// under key show: what was typed, while it is not yet a whole date (see
// monthYear), or else the date d.
func dateParts(partial map[string][2]string, key string, d guide.Date) [3]string {
	var p [3]string
	if my, ok := partial[key]; ok {
		p[1], p[2] = my[0], my[1]
		p[0] = partial[key+"/day"][0]
	} else if !d.IsZero() {
		p[1], p[2] = strconv.Itoa(int(d.Month)), strconv.Itoa(d.Year)
		if d.Day > 0 {
			p[0] = strconv.Itoa(d.Day)
		}
	}
	return p
}

// monthYear renders day, month and year inputs for a date; the day may be
// left empty. What is typed is kept in s.partial (the day under key+"/day")
// until it makes a real date that is not in the future; then set stores it.
// Emptying every part clears the date. When the parts are all there but
// make no real date, a message says so. The boxes get their words through
// the Shell's bind.
func (s *Shell) monthYear(id, key string, d guide.Date, set func(app.Context, guide.Date)) app.UI {
	p := dateParts(s.partial, key, d)
	s.bind(id+"-day", p[0])
	s.bind(id+"-month", p[1])
	s.bind(id+"-year", p[2])
	return s.dateBoxes(id, key, p, set)
}

// dateBoxes renders the day, month and year boxes of monthYear, showing p.
func (s *Shell) dateBoxes(id, key string, p [3]string, set func(app.Context, guide.Date)) app.UI {
	dayKey := key + "/day"
	_, bad := s.readDate(p, s.today)
	part := func(i int, suffix, label, cls string, size int) app.UI {
		in := app.Input().ID(id+suffix).Type("text").Attr("inputmode", "numeric").MaxLength(size).Class(cls).Value(p[i]).
			OnInput(func(ctx app.Context, e app.Event) {
				q := p
				if cur, ok := s.partial[key]; ok {
					q[1], q[2] = cur[0], cur[1]
					q[0] = s.partial[dayKey][0]
				}
				q[i] = strings.TrimSpace(ctx.JSSrc().Get("value").String())
				// A new map: the page compares the one it was drawn from.
				partial := map[string][2]string{key: {q[1], q[2]}, dayKey: {q[0], ""}}
				for k, v := range s.partial {
					if k != key && k != dayKey {
						partial[k] = v
					}
				}
				s.partial = partial
				if q == [3]string{} {
					set(ctx, guide.Date{})
					return
				}
				if nd, bad := s.readDate(q, s.today); nd != nil && bad == "" {
					set(ctx, *nd)
				}
			}, app.EventScope(key, suffix))
		if bad != "" {
			in = in.Class("input-error").Aria("invalid", "true").Aria("describedby", id+"-error")
		}
		return app.Div().Class("date-item").Body(app.Label().For(id+suffix).Class("label").Text(label), in)
	}
	return app.Div().Body(
		app.Div().Body(app.If(bad != "", func() app.UI {
			return app.P().ID(id + "-error").Class("error-message").Text(bad)
		})),
		app.Div().Class("date").Body(
			part(0, "-day", s.t("ui.details.date.day"), "input input-w2", 2),
			part(1, "-month", s.t("ui.details.date.month"), "input input-w2", 2),
			part(2, "-year", s.t("ui.details.date.year"), "input input-w4", 4),
		),
	)
}

// readDate reads typed day, month and year with guide.ReadDate (so
// "June" works in the month box too). It returns nil while the month or
// year is still missing or being typed, and a message when the parts are
// all there but do not make a real date in the past.
func (w words) readDate(p [3]string, today time.Time) (*guide.Date, string) {
	if p[1] == "" || len(p[2]) < 4 {
		return nil, ""
	}
	d, err := guide.ReadDate(w.c, today, p[0], p[1], p[2])
	if err != nil {
		var fe *guide.FieldError
		if errors.As(err, &fe) && fe.Message != "" {
			return nil, w.f("ui.details.date.problem", "problem", fe.Message)
		}
		return nil, w.t("ui.details.date.not-real")
	}
	return &d, ""
}

// events lets the person list what happened, one event at a time.
// With none yet, an empty first event is shown, so there is a box to
// start in; it is kept once something is typed in it.
func (f *detailsForm) events(fd letter.Field) app.UI {
	s := f.s
	hint, _ := f.fieldHint(fd, "d-events-hint")
	events := f.Details.Events
	none := len(events) == 0
	if none {
		events = []letter.Event{{}}
	}
	rows := make([]app.UI, 0, len(events))
	for i, ev := range events {
		n := strconv.Itoa(i + 1)
		rows = append(rows, &eventRow{words: f.words, s: s, N: i + 1, Event: ev,
			Parts: dateParts(f.Partial, "events/"+n, ev.When), Offered: f.Over["d-events-"+n+"-what"], Removable: !none})
	}
	return app.Div().Class("group").Body(
		app.H3().ID("d-events").TabIndex(-1).Class("label").Text(fd.Label),
		hint,
		app.Div().Body(rows...),
		app.If(len(events) < MaxEvents, func() app.UI {
			return app.Button().Type("button").Class("button button-secondary button-small").Text(f.t("ui.details.events.add")).OnClick(func(ctx app.Context, e app.Event) {
				evs := slices.Clone(s.kase.Details.Events)
				if len(evs) == 0 {
					evs = append(evs, letter.Event{}) // the empty first event shown becomes a real one
				}
				if len(evs) >= MaxEvents {
					return
				}
				s.kase.Details.Events = append(evs, letter.Event{})
				s.edited(ctx, "d-events")
				// The cursor goes to the new event's first box, its day.
				n := strconv.Itoa(len(s.kase.Details.Events))
				ctx.Defer(func(app.Context) { jsbridge.Focus("d-events-" + n + "-day") })
			})
		}).Else(func() app.UI {
			return app.P().Class("hint").Text(f.f("ui.details.events.full", "max", strconv.Itoa(MaxEvents)))
		}),
		f.staleHere("d-events", f.Stale == "d-events"),
	)
}

// eventRow is one event: when it happened and what happened.
type eventRow struct {
	app.Compo
	words
	s *Shell

	N         int // its number, from 1
	Event     letter.Event
	Parts     [3]string // its date's day, month and year boxes
	Offered   int       // how much was put in its box when it was more than it holds
	Removable bool      // it is a real event, not the empty one shown when there are none
}

func (r *eventRow) OnMount(ctx app.Context)  { r.keep(ctx) }
func (r *eventRow) OnUpdate(ctx app.Context) { r.keep(ctx) }

// keep puts the event into its boxes once they are drawn.
func (r *eventRow) keep(ctx app.Context) {
	id := "d-events-" + strconv.Itoa(r.N)
	keepBoxes(ctx, id+"-day", r.Parts[0], id+"-month", r.Parts[1], id+"-year", r.Parts[2], id+"-what", r.Event.What)
}

func (r *eventRow) Render() app.UI {
	s, i := r.s, r.N-1
	n := strconv.Itoa(r.N)
	id := "d-events-" + n
	return app.FieldSet().Class("event fieldset").Body(
		app.Legend().Class("label").Text(r.f("ui.details.event", "n", n)),
		s.dateBoxes(id, "events/"+n, r.Parts, func(ctx app.Context, d guide.Date) {
			if s.changeEvent(i, func(e *letter.Event) { e.When = d }) {
				s.edited(ctx, "d-events")
			}
		}),
		app.Label().For(id+"-what").Class("label").Text(r.t("ui.details.event.what")),
		textArea().ID(id+"-what").Class("textarea").Rows(3).MaxLength(MaxEventText).OnInput(s.onText(id+"-what", func(ctx app.Context, v string) {
			if s.changeEvent(i, func(e *letter.Event) { e.What = v }) {
				s.edited(ctx, "d-events")
			}
		}), app.EventScope("event", i)),
		r.limitMessage(id+"-what", r.Event.What, MaxEventText, r.Offered),
		app.If(r.Removable, func() app.UI {
			return app.Button().Type("button").Class("button button-secondary button-small").Text(r.f("ui.details.event.remove", "n", n)).OnClick(func(ctx app.Context, e app.Event) {
				if i < len(s.kase.Details.Events) {
					s.kase.Details.Events = append(s.kase.Details.Events[:i:i], s.kase.Details.Events[i+1:]...)
					s.partial = nil
					s.edited(ctx, "d-events")
				}
			}, app.EventScope("event", i))
		}),
	)
}

// changeEvent changes event i on a copy of the list, reporting whether
// there is such an event. A copy, because the page keeps the list it was
// drawn from to see what changed. The empty first event shown when there
// are none becomes a real one.
func (s *Shell) changeEvent(i int, change func(*letter.Event)) bool {
	evs := slices.Clone(s.kase.Details.Events)
	if i == 0 && len(evs) == 0 {
		evs = append(evs, letter.Event{})
	}
	if i >= len(evs) {
		return false
	}
	change(&evs[i])
	s.kase.Details.Events = evs
	return true
}

// edited notes that the person changed the detail in box id, then saves.
func (s *Shell) edited(ctx app.Context, id string) {
	s.lastField = id
	s.changed(ctx)
}

// staleHere shows, next to the detail box id the person is changing, that
// the change does not reach their edited letter. The slot is always there,
// so the note coming does not move the box being typed in, and screen
// readers hear it.
func (w words) staleHere(id string, stale bool) app.UI {
	return app.Div().ID(id+"-stale").Aria("live", "polite").Body(
		app.If(stale, w.staleNote),
	)
}
