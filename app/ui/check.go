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
	if n := flow.FirstUnanswered(a, optional); n != "" {
		missing = questionPath(n)
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
					app.Text("Change"), app.Span().Class("visually-hidden").Text(" "+strings.ToLower(q.Short(s.c))),
				),
			),
		))
	}
	back := PathStart
	if len(seq) > 0 {
		back = questionPath(seq[len(seq)-1])
	}
	return app.Div().Body(
		backLink(back),
		heading("Check your answers"),
		app.P().Text("You can change any answer. Your plan is worked out from these answers."),
		app.Dl().Class("summary").Body(rows...),
		app.If(missing != "", func() app.UI {
			return app.Div().Class("inset").Body(
				app.P().Text("Some questions are not answered yet. Your plan will be more useful if you answer them, but you can see it now."),
				app.A().Href(missing).Text("Answer the next question"),
			)
		}),
		app.A().Class("button").Href(PathPlan).Text("See your plan"),
	)
}
