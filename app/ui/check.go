package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/flow"
)

// checkPage is the "Check your answers" summary list with Change links.
func (s *Shell) checkPage() app.UI {
	a := s.kase.Answers
	seq := flow.Sequence(a)
	rows := make([]app.UI, 0, len(seq))
	missing := ""
	if id := flow.FirstUnanswered(a, optional); id != "" {
		missing = questionPath(id)
	}
	for _, id := range seq {
		q, _ := flow.Lookup(id)
		summary := flow.Summary(s.c, a, id)
		lines := strings.Split(summary, "\n")
		vals := make([]app.UI, 0, len(lines))
		for i, l := range lines {
			if i > 0 {
				vals = append(vals, app.Br())
			}
			vals = append(vals, app.Text(l))
		}
		rows = append(rows, app.Div().Class("summary-row").Body(
			app.Dt().Class("summary-key").Text(q.Short(s.c)),
			app.Dd().Class("summary-value").Body(vals...),
			app.Dd().Class("summary-action").Body(
				app.A().Href(questionPath(id)).OnClick(func(ctx app.Context, e app.Event) { s.from = PathCheck }).Body(
					s.change(strings.ToLower(q.Short(s.c)))...,
				),
			),
		))
	}
	back := PathStart
	if len(seq) > 0 {
		back = questionPath(seq[len(seq)-1])
	}
	return app.Div().Body(
		s.backLink(back),
		heading(s.t("ui.title.check")),
		app.P().Text(s.t("ui.check.intro")),
		app.Dl().Class("summary").Body(rows...),
		app.If(missing != "", func() app.UI {
			return app.Div().Class("inset").Body(
				app.P().Text(s.t("ui.check.missing")),
				app.A().Href(missing).Text(s.t("ui.check.next")),
			)
		}),
		app.A().Class("button").Href(PathPlan).Text(s.t("ui.check.see-plan")),
	)
}

// change is a Change link's words: the question is for screen readers
// only, with the space before it, so the link shows just "Change".
func (w words) change(question string) []app.UI {
	var out []app.UI
	space := ""
	for _, seg := range w.c.Segments("ui.check.change") {
		if seg.Name == "" {
			text := strings.TrimRight(seg.Text, " ")
			space = seg.Text[len(text):]
			if text != "" {
				out = append(out, app.Text(text))
			}
			continue
		}
		v := "[" + seg.Name + "]"
		if seg.Name == "question" {
			v = question
		}
		out = append(out, app.Span().Class("visually-hidden").Text(space+v))
		space = ""
	}
	return out
}
