package ui

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/content"
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

// detailFields renders an input for each field the letter needs.
func (s *Shell) detailFields(fields []letter.Field) app.UI {
	items := make([]app.UI, 0, len(fields))
	for _, f := range fields {
		items = append(items, s.detailField(f))
	}
	return app.Div().Class("details-form").Body(items...)
}

func (s *Shell) detailField(f letter.Field) app.UI {
	id := "d-" + string(f.ID)
	hintID := id + "-hint"
	hint := f.Hint
	switch {
	case (f.Kind == letter.FieldLines || f.Kind == letter.FieldList) && !strings.Contains(strings.ToLower(hint), "line"):
		hint = strings.TrimSpace(hint + " Put each one on a new line.")
	case f.Kind == letter.FieldDate && !strings.Contains(hint, "month and year"):
		hint = strings.TrimSpace(hint + " Use numbers. You can leave the day out.")
	case f.Kind == letter.FieldDate:
		hint = strings.TrimSpace(hint + " Use numbers.")
	}
	// One example, laid out as the box asks: an address one line under
	// another, as it is typed.
	var example []app.UI
	if f.Example != "" && !strings.Contains(hint, "For example") {
		example = append(example, app.Text(" For example: "))
		if f.Kind == letter.FieldLines {
			example = []app.UI{app.Text(" For example:")}
			for _, ln := range strings.Split(f.Example, "\n") {
				example = append(example, app.Br(), app.Text(ln))
			}
		} else {
			example = append(example, app.Text(strings.ReplaceAll(f.Example, "\n", ", ")))
		}
	}
	label := app.Label().For(id).Class("label").Text(f.Label)
	hintUI := app.If(hint != "" || len(example) > 0, func() app.UI {
		return app.P().ID(hintID).Class("hint").Body(append([]app.UI{app.Text(hint)}, example...)...)
	})
	described := ""
	if hint != "" || len(example) > 0 {
		described = hintID
	}
	switch f.Kind {
	case letter.FieldDate:
		var d guide.Date
		detailGet(s.kase.Details, f.ID, &d)
		key := string(f.ID)
		return app.Div().Class("group").Body(app.FieldSet().ID(id).Class("fieldset").Aria("describedby", described).Body(
			app.Legend().Class("label legend").Text(f.Label),
			hintUI,
			s.monthYear(id, key, d, func(ctx app.Context, d guide.Date) {
				s.kase.Details = detailSet(s.kase.Details, f.ID, d)
				s.edited(ctx, id)
			}),
		), s.staleHere(id))
	case letter.FieldLines, letter.FieldList:
		var lines []string
		detailGet(s.kase.Details, f.ID, &lines)
		v := strings.Join(lines, "\n")
		return app.Div().Class("group").Body(
			label, hintUI,
			s.textarea(id, v).ID(id).Class("textarea").Rows(4).Aria("describedby", described).MaxLength(MaxText).OnInput(s.onText(id, func(ctx app.Context, v string) {
				s.kase.Details = detailSet(s.kase.Details, f.ID, strings.Split(v, "\n"))
				s.edited(ctx, id)
			}), app.EventScope(f.ID)),
			s.limitMessage(id, v, MaxText),
			s.staleHere(id),
		)
	case letter.FieldEvents:
		return s.eventsField(f, hintUI)
	case letter.FieldChoice:
		var v string
		detailGet(s.kase.Details, f.ID, &v)
		opts := []app.UI{app.Option().Value("").Text("Choose one")}
		for _, o := range f.Options {
			opt := app.Option().Value(o.Value).Text(o.Label)
			if v == o.Value {
				opt = opt.Selected(true)
			}
			opts = append(opts, opt)
		}
		return app.Div().Class("group").Body(label, hintUI,
			app.Select().ID(id).Class("select").Aria("describedby", described).Body(opts...).OnChange(func(ctx app.Context, e app.Event) {
				s.kase.Details = detailSet(s.kase.Details, f.ID, ctx.JSSrc().Get("value").String())
				s.edited(ctx, id)
			}, app.EventScope(f.ID)),
			s.staleHere(id))
	}
	var v string
	detailGet(s.kase.Details, f.ID, &v)
	onInput := s.onText(id, func(ctx app.Context, v string) {
		s.kase.Details = detailSet(s.kase.Details, f.ID, v)
		s.edited(ctx, id)
	})
	max := limitFor(f)
	if f.Multiline {
		return app.Div().Class("group").Body(label, hintUI,
			s.textarea(id, v).ID(id).Class("textarea").Rows(5).Aria("describedby", described).MaxLength(max).OnInput(onInput, app.EventScope(f.ID)),
			s.limitMessage(id, v, max), s.staleHere(id))
	}
	return app.Div().Class("group").Body(label, hintUI,
		s.textInput(id, v).ID(id).Type(inputType(f.ID)).Class("input").Aria("describedby", described).MaxLength(max).OnInput(onInput, app.EventScope(f.ID)),
		s.limitMessage(id, v, max), s.staleHere(id))
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

// monthYear renders day, month and year inputs for a date; the day may be
// left empty. What is typed is kept in s.partial (the day under key+"/day")
// until it makes a real date that is not in the future; then set stores it.
// Emptying every part clears the date. When the parts are all there but
// make no real date, a message says so.
func (s *Shell) monthYear(id, key string, d guide.Date, set func(app.Context, guide.Date)) app.UI {
	dayKey := key + "/day"
	var p [3]string
	if my, ok := s.partial[key]; ok {
		p[1], p[2] = my[0], my[1]
		p[0] = s.partial[dayKey][0]
	} else if !d.IsZero() {
		p[1], p[2] = strconv.Itoa(int(d.Month)), strconv.Itoa(d.Year)
		if d.Day > 0 {
			p[0] = strconv.Itoa(d.Day)
		}
	}
	_, bad := parseDayMonthYear(s.c, p, s.today)
	part := func(i int, suffix, label, cls string, size int) app.UI {
		in := app.Input().ID(id+suffix).Type("text").Attr("inputmode", "numeric").MaxLength(size).Class(cls).Value(s.bind(id+suffix, p[i])).
			OnInput(func(ctx app.Context, e app.Event) {
				q := p
				if cur, ok := s.partial[key]; ok {
					q[1], q[2] = cur[0], cur[1]
					q[0] = s.partial[dayKey][0]
				}
				q[i] = strings.TrimSpace(ctx.JSSrc().Get("value").String())
				if s.partial == nil {
					s.partial = map[string][2]string{}
				}
				s.partial[key] = [2]string{q[1], q[2]}
				s.partial[dayKey] = [2]string{q[0], ""}
				if q == [3]string{} {
					set(ctx, guide.Date{})
					return
				}
				if nd, bad := parseDayMonthYear(s.c, q, s.today); nd != nil && bad == "" {
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
			part(0, "-day", "Day", "input input-w2", 2),
			part(1, "-month", "Month", "input input-w2", 2),
			part(2, "-year", "Year", "input input-w4", 4),
		),
	)
}

// parseDayMonthYear reads typed day, month and year with guide.ReadDate
// (so "June" works in the month box too). It returns nil while the month
// or year is still missing or being typed, and a message when the parts
// are all there but do not make a real date in the past.
func parseDayMonthYear(c *content.Set, p [3]string, today time.Time) (*guide.Date, string) {
	if p[1] == "" || len(p[2]) < 4 {
		return nil, ""
	}
	d, err := guide.ReadDate(c, today, p[0], p[1], p[2])
	if err != nil {
		var fe *guide.FieldError
		if errors.As(err, &fe) && fe.Message != "" {
			return nil, fe.Message + "."
		}
		return nil, "Enter a real date, for example 14 3 2026."
	}
	return &d, ""
}

// eventsField lets the person list what happened, one event at a time.
// With none yet, an empty first event is shown, so there is a box to
// start in; it is kept once something is typed in it.
func (s *Shell) eventsField(f letter.Field, hint app.UI) app.UI {
	events := s.kase.Details.Events
	none := len(events) == 0
	if none {
		events = []letter.Event{{}}
	}
	rows := make([]app.UI, 0, len(events))
	for i, ev := range events {
		n := strconv.Itoa(i + 1)
		id := "d-events-" + n
		rows = append(rows, app.FieldSet().Class("event fieldset").Body(
			app.Legend().Class("label").Text("Event "+n),
			s.monthYear(id, "events/"+n, ev.When, func(ctx app.Context, d guide.Date) {
				if e := s.eventAt(i); e != nil {
					e.When = d
					s.edited(ctx, "d-events")
				}
			}),
			app.Label().For(id+"-what").Class("label").Text("What happened"),
			s.textarea(id+"-what", ev.What).ID(id+"-what").Class("textarea").Rows(3).MaxLength(MaxEventText).OnInput(s.onText(id+"-what", func(ctx app.Context, v string) {
				if e := s.eventAt(i); e != nil {
					e.What = v
					s.edited(ctx, "d-events")
				}
			}), app.EventScope("event", i)),
			s.limitMessage(id+"-what", ev.What, MaxEventText),
			app.If(!none, func() app.UI {
				return app.Button().Type("button").Class("button button-secondary button-small").Text("Remove event "+n).OnClick(func(ctx app.Context, e app.Event) {
					if i < len(s.kase.Details.Events) {
						s.kase.Details.Events = append(s.kase.Details.Events[:i:i], s.kase.Details.Events[i+1:]...)
						s.partial = nil
						s.edited(ctx, "d-events")
					}
				}, app.EventScope("event", i))
			}),
		))
	}
	return app.Div().Class("group").Body(
		app.H3().ID("d-events").TabIndex(-1).Class("label").Text(f.Label),
		hint,
		app.Div().Body(rows...),
		app.If(len(events) < MaxEvents, func() app.UI {
			return app.Button().Type("button").Class("button button-secondary button-small").Text("Add an event").OnClick(func(ctx app.Context, e app.Event) {
				s.eventAt(0) // the empty first event shown becomes a real one
				if len(s.kase.Details.Events) >= MaxEvents {
					return
				}
				s.kase.Details.Events = append(s.kase.Details.Events, letter.Event{})
				s.edited(ctx, "d-events")
				// The cursor goes to the new event's first box, its day.
				n := strconv.Itoa(len(s.kase.Details.Events))
				ctx.Defer(func(app.Context) { jsbridge.Focus("d-events-" + n + "-day") })
			})
		}).Else(func() app.UI {
			return app.P().Class("hint").Text("That is " + strconv.Itoa(MaxEvents) + " events, as many as one letter can hold. You could put more detail in a separate timeline.")
		}),
		s.staleHere("d-events"),
	)
}

// eventAt returns event i for editing, or nil. The empty first event shown
// when there are none is added when it is first used.
func (s *Shell) eventAt(i int) *letter.Event {
	if i == 0 && len(s.kase.Details.Events) == 0 {
		s.kase.Details.Events = append(s.kase.Details.Events, letter.Event{})
	}
	if i >= len(s.kase.Details.Events) {
		return nil
	}
	return &s.kase.Details.Events[i]
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
func (s *Shell) staleHere(id string) app.UI {
	return app.Div().ID(id+"-stale").Aria("live", "polite").Body(
		app.If(s.staleNow && s.lastField == id, staleNote),
	)
}
