package ui

import (
	"errors"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/jsbridge"
)

// questionPage renders one question, following the question-page pattern:
// the question as the heading, a back link, an error summary and the field.
func (s *Shell) questionPage(id flow.ID) app.UI {
	q, _ := flow.Lookup(id)
	back := PathStart
	if s.embedded && s.path == s.firstQuestion() {
		back = "" // inside a partner's page the Start card was the start page
	}
	if s.from != "" {
		back = s.from
	} else if p := flow.Prev(s.kase.Answers, id); p != "" {
		back = questionPath(p)
	}
	fieldID := "value"
	if q.Kind != flow.Month && len(q.Options) > 0 {
		fieldID = "value-" + q.Options[0].Value
	}
	if s.err != nil && s.err.Field != "value" {
		fieldID = s.err.Field
	}
	hintID := "hint"
	errID := "error"
	describedBy := ""
	if q.Hint(s.c) != "" {
		describedBy = hintID
	}
	if s.err != nil {
		describedBy += " " + errID
	}
	return app.Div().Body(
		s.backLink(back),
		s.errorSummary(s.err, fieldID),
		app.Form().Class("form").NoValidate(true).OnSubmit(func(ctx app.Context, e app.Event) {
			e.PreventDefault()
			s.submit(ctx, id)
		}, app.EventScope(id)).Body(
			app.Div().Class(groupClass(s.err)).Body(
				app.FieldSet().Class("fieldset").Aria("describedby", describedBy).Body(
					app.Legend().Class("legend").Body(heading(q.Heading(s.c))),
					app.If(q.Hint(s.c) != "", func() app.UI { return app.P().ID(hintID).Class("hint").Text(q.Hint(s.c)) }),
					app.If(s.err != nil, func() app.UI {
						return app.P().ID(errID).Class("error-message").Body(s.errorText(s.errText())...)
					}),
					s.field(q),
				),
			),
			app.If(id == flow.QDanger && slices.Contains(s.input.Values, "yes"), func() app.UI {
				return app.Div().Class("care-card").Role("alert").Body(
					app.P().Class("care-card-title").Text(s.t("ui.question.danger.title")),
					app.P().Body(s.rich("ui.question.danger.text",
						"emergency", app.A().Href("tel:999").Text("999"),
						"urgent", app.A().Href("tel:111").Text("111"),
					)...),
				)
			}),
			app.Button().Type("submit").Class("button").Text(s.t("ui.continue")),
		),
	)
}

func (s *Shell) errText() string {
	if s.err == nil {
		return ""
	}
	return s.err.Message
}

func groupClass(err *guide.FieldError) string {
	if err != nil {
		return "group group-error"
	}
	return "group"
}

// errorSummary lists the problem at the top of the page and links to the field.
func (w words) errorSummary(err *guide.FieldError, fieldID string) app.UI {
	if err == nil {
		return app.Text("")
	}
	return app.Div().ID(IDErrorSummary).Class("error-summary").TabIndex(-1).Aria("labelledby", "error-summary-title").Body(
		app.Div().Role("alert").Body(
			app.H2().ID("error-summary-title").Class("error-summary-title").Text(w.t("ui.error-summary.title")),
			app.Ul().Class("error-summary-list").Body(
				app.Li().Body(app.A().Href("#"+fieldID).Text(err.Message).OnClick(func(ctx app.Context, e app.Event) {
					e.PreventDefault()
					jsbridge.Focus(fieldID)
				}, app.EventScope(fieldID))),
			),
		),
	)
}

// field renders radios, checkboxes or a month and year input.
func (s *Shell) field(q flow.Question) app.UI {
	invalid := s.err != nil
	if q.Kind == flow.Month {
		cls := "input input-w2"
		if invalid {
			cls += " input-error"
		}
		return app.Div().Class("date").Body(
			app.Div().Class("date-item").Body(
				app.Label().For("month").Class("label").Text(s.t("ui.date.month")),
				app.Input().ID("month").Name("month").Class(cls).Type("text").Attr("inputmode", "numeric").
					AutoComplete(false).MaxLength(2).Value(s.input.Month).Aria("invalid", invalid && s.err.Field != "year").
					OnInput(func(ctx app.Context, e app.Event) { s.input.Month = ctx.JSSrc().Get("value").String() }),
			),
			app.Div().Class("date-item").Body(
				app.Label().For("year").Class("label").Text(s.t("ui.date.year")),
				app.Input().ID("year").Name("year").Class(cls+" input-w4").Type("text").Attr("inputmode", "numeric").
					AutoComplete(false).MaxLength(4).Value(s.input.Year).Aria("invalid", invalid && s.err.Field == "year").
					OnInput(func(ctx app.Context, e app.Event) { s.input.Year = ctx.JSSrc().Get("value").String() }),
			),
		)
	}
	typ := "radio"
	if q.Kind == flow.Checkbox {
		typ = "checkbox"
	}
	items := make([]app.UI, 0, len(q.Options))
	for _, o := range q.Options {
		id := "value-" + o.Value
		hintID := id + "-hint"
		checked := slices.Contains(s.input.Values, o.Value)
		in := app.Input().ID(id).Name("value").Type(typ).Class("choice-input").Value(o.Value).
			OnChange(s.onChoice(q, o.Value), app.EventScope(q.ID, o.Value))
		// In the browser, always set the checked property: go-app reuses the
		// inputs of the page before, whose boxes may still be ticked. On the
		// server only write it when true: checked="false" reads as checked.
		if checked || app.IsClient {
			in = in.Checked(checked)
		}
		if o.Hint(s.c) != "" {
			in = in.Aria("describedby", hintID)
		}
		items = append(items, app.Div().Class("choice").Body(
			in,
			app.Label().For(id).Class("choice-label").Text(o.Label(s.c)),
			app.If(o.Hint(s.c) != "", func() app.UI { return app.P().ID(hintID).Class("hint choice-hint").Text(o.Hint(s.c)) }),
		))
	}
	return app.Div().Class("choices").Body(items...)
}

// syncFields makes the boxes on a question page show the stored answer
// once the page is drawn. go-app reuses the inputs of the page before and
// only changes attributes that differ from its last render, which can leave
// an option ticked or a date typed there (an empty value is never written).
func (s *Shell) syncFields() {
	id, ok := s.question()
	if !ok || !app.IsClient {
		return
	}
	q, _ := flow.Lookup(id)
	doc := app.Window().Get("document")
	active := doc.Get("activeElement")
	set := func(elID, prop string, v any) {
		// Leave alone a box the person is using now: a quick click can
		// come before this runs, and its handler reads the box.
		if el := doc.Call("getElementById", elID); el.Truthy() && !el.Equal(active) {
			el.Set(prop, v)
		}
	}
	if q.Kind == flow.Month {
		set("month", "value", s.input.Month)
		set("year", "value", s.input.Year)
		return
	}
	for _, o := range q.Options {
		set("value-"+o.Value, "checked", slices.Contains(s.input.Values, o.Value))
	}
}

func (s *Shell) onChoice(q flow.Question, value string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		on := ctx.JSSrc().Get("checked").Bool()
		if q.Kind == flow.Radio {
			s.input.Values = []string{value}
			return
		}
		s.input.Values = slices.DeleteFunc(s.input.Values, func(v string) bool { return v == value })
		if on {
			s.input.Values = append(s.input.Values, value)
		}
	}
}

// submit checks the answer, saves it and moves on. On a problem it shows the
// error summary and moves focus to it.
func (s *Shell) submit(ctx app.Context, id flow.ID) {
	a, err := flow.Apply(s.c, s.kase.Answers, id, s.input, s.today)
	var fe *guide.FieldError
	if errors.As(err, &fe) {
		s.err = fe
		s.setTitle(ctx)
		ctx.Defer(func(app.Context) { jsbridge.Focus(IDErrorSummary) })
		return
	}
	if err != nil {
		s.err = &guide.FieldError{Field: "value", Message: s.t("ui.question.failed")}
		return
	}
	s.kase.Answers = flow.Prune(a)
	s.changed(ctx)
	next := PathCheck
	if s.from == "" {
		if n := flow.Next(s.kase.Answers, id); n != "" {
			next = questionPath(n)
		}
	} else if n := flow.Next(s.kase.Answers, id); n == flow.QUrgent {
		// Someone is in danger now: what to do comes before all else.
		next = PathUrgent
	} else if n := flow.FirstUnanswered(s.kase.Answers, optional); n != "" {
		// A changed answer can make a new question matter: ask it first.
		next = questionPath(n)
	}
	s.goTo(ctx, next)
}

func optional(id flow.ID) bool {
	q, _ := flow.Lookup(id)
	return q.Optional
}
