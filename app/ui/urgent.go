package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/flow"
	"putitright/app/guide"
)

// PathUrgent is the page of what to do at once, shown straight after
// "Is anyone in danger now?" is answered yes (see flow.Pages).
var PathUrgent = questionPath(flow.QUrgent)

// urgentPage shows what to do at once, fitting the answers so far
// (guide.Urgent): 999 first, each phone number a link to call, then a
// Continue button to carry on with the questions.
func (s *Shell) urgentPage() app.UI {
	a := s.kase.Answers
	back := questionPath(flow.QDanger)
	if s.from != "" {
		back = s.from
	}
	next := PathCheck
	if s.from == "" {
		if n := flow.Next(a, flow.QUrgent); n != "" {
			next = questionPath(n)
		}
	} else if n := flow.FirstUnanswered(a, optional); n != "" {
		next = questionPath(n)
	}
	body := []app.UI{
		s.backLink(back),
		heading(s.t("ui.urgent.title")),
		app.P().Class("lead").Text(s.t("ui.urgent.lead")),
	}
	st, err := guide.Urgent(a, guide.Options{Today: s.today, Local: s.cfg.Local, Content: s.c})
	if err != nil || len(st) == 0 {
		// Answers that do not check, or no danger yet (as when the page
		// is drawn ahead for offline use): the general numbers.
		body = append(body, s.dangerBox())
	}
	for _, u := range st {
		body = append(body, s.urgentStep(u))
	}
	body = append(body, app.P().Text(s.t("ui.urgent.carry-on")),
		app.A().Class("button").Href(next).Text(s.t("ui.continue")))
	return app.Div().Class("urgent").Body(body...)
}

// urgentStep is one thing to do now, with its phone number as a button
// to call: red for 999.
func (w words) urgentStep(st guide.Step) app.UI {
	out := []app.UI{app.H2().Class("step-title").Text(st.Title)}
	out = append(out, paras(st.Text)...)
	if p := st.Contact.Phone; p != "" {
		cls := "button button-secondary"
		if p == "999" {
			cls = "button button-warning"
		}
		out = append(out, app.P().Body(app.A().Class(cls).Href("tel:"+strings.ReplaceAll(p, " ", "")).Text(w.f("ui.call", "phone", p))))
	}
	return app.Div().Class("step").DataSet("id", st.ID).Body(out...)
}
