package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/guide"
	"putitright/app/letter"
)

// plan builds the person's plan from their answers and the partner's contacts.
func (s *Shell) plan() (guide.Plan, error) {
	return guide.Build(letter.Refine(s.kase.Answers, s.kase.Details), guide.Options{Today: s.today, Local: s.cfg.Local})
}

// planPage shows the plan: urgent actions first, then a card for each
// outcome, the time limit, the complaint route, escalation, other places to
// report, warnings, help and the letters to write.
func (s *Shell) planPage() app.UI {
	p, err := s.plan()
	if err != nil {
		return app.Div().Body(
			backLink(PathCheck),
			heading("Your plan"),
			app.Div().Class("inset inset-warn").Body(
				app.P().Text("We could not make your plan because one of your answers needs checking."),
				app.P().Text(err.Error()),
				app.A().Href(PathCheck).Text("Check your answers"),
			),
		)
	}
	var body []app.UI
	body = append(body, backLink(PathCheck), heading("Your plan"))
	if p.Sympathy != "" {
		body = append(body, app.P().Class("lead sympathy").Text(p.Sympathy))
	}
	body = append(body,
		app.P().Class("lead").Text("This plan is based on your answers. It is general information, not legal advice."),
		app.P().Class("no-print").Body(app.Button().Class("button button-secondary").Text("Print your plan").OnClick(func(ctx app.Context, e app.Event) { s.print(ctx) })),
	)
	if len(p.Urgent) > 0 {
		body = append(body, section("urgent", "Do this first", "section-urgent", steps(p.Urgent)...))
	}
	body = append(body, summaryBox(p), contents(p))
	body = append(body, trackLink())
	if len(p.Outcomes) > 0 {
		var cards []app.UI
		first := map[string]string{} // route ID -> title of the card that explains it
		for _, o := range p.Outcomes {
			cards = append(cards, app.Article().Class("card").Body(
				app.H3().Class("h3").Text(o.Title),
				app.Ol().Class("routes").Body(routeItems(o.Title, o.Routes, first)...),
			))
		}
		body = append(body, section("outcomes", "What you want, and who can do it", "", cards...))
	}
	body = append(body, section("complaint", "Making your complaint", "",
		timeLimitBox(p.Complaint.TimeLimit),
		app.H3().Class("h3").Text("Who to send it to"),
		app.Div().Body(steps(p.Complaint.SendTo)...),
		app.H3().Class("h3").Text("What they must do"),
		app.Div().Body(steps(p.Complaint.Duties)...),
		app.If(p.Complaint.Next.Title != "", func() app.UI {
			return app.Div().Body(app.H3().Class("h3").Text("Your next step"), step(p.Complaint.Next))
		}),
	))
	if len(p.Escalation) > 0 {
		body = append(body, section("escalation", "If you are still not happy", "", steps(p.Escalation)...))
	}
	if len(p.Warnings) > 0 {
		body = append(body, section("warnings", "Money and legal action", "", steps(p.Warnings)...))
	}
	if len(p.Report) > 0 {
		body = append(body, section("report", "Other places to tell", "",
			append([]app.UI{app.P().Text("These do not replace a complaint. They use what you tell them to check on services.")}, steps(p.Report)...)...))
	}
	if len(p.Help) > 0 {
		body = append(body, section("help", "Free help", "", steps(p.Help)...))
	}
	body = append(body, section("letters", "Letters to write", "no-print", s.letterList(p),
		app.P().Body(app.A().Href(PathLetters).Text("See all the letters you can write"))))
	return app.Div().Class("plan").Body(body...)
}

func section(id, title, class string, content ...app.UI) app.UI {
	return app.Section().ID(id).Class(strings.TrimSpace("section "+class)).Aria("labelledby", id+"-title").Body(
		append([]app.UI{app.H2().ID(id + "-title").Class("h2").Text(title)}, content...)...,
	)
}

func steps(ss []guide.Step) []app.UI {
	out := make([]app.UI, 0, len(ss))
	for _, st := range ss {
		out = append(out, step(st))
	}
	return out
}

// routeItems lists the routes of the outcome card titled card. A route
// already explained in an earlier card (first maps route IDs to that
// card's title) is named with a link back to it, not told again.
func routeItems(card string, ss []guide.Step, first map[string]string) []app.UI {
	out := make([]app.UI, 0, len(ss))
	for _, st := range ss {
		anchor := "route-" + st.ID
		if earlier, ok := first[st.ID]; ok {
			out = append(out, app.Li().Class("route").Body(
				app.H4().Class("step-title").Text(st.Title),
				app.P().Body(app.A().Href("#"+anchor).Text("Read about this under \u201c"+earlier+"\u201d")),
			))
			continue
		}
		first[st.ID] = card
		out = append(out, app.Li().ID(anchor).Class("route").DataSet("id", st.ID).Body(stepBody(st)...))
	}
	return out
}

func step(st guide.Step) app.UI {
	return app.Div().Class("step").DataSet("id", st.ID).Body(stepBody(st)...)
}

func stepBody(st guide.Step) []app.UI {
	out := []app.UI{app.H4().Class("step-title").Text(st.Title)}
	if st.Text != "" {
		out = append(out, paras(st.Text)...)
	}
	if st.Expect != "" {
		out = append(out, app.P().Class("expect").Body(app.Strong().Text("What to expect: "), app.Text(st.Expect)))
	}
	if st.Cannot != "" {
		out = append(out, app.P().Class("cannot").Body(app.Strong().Text("What it cannot do: "), app.Text(st.Cannot)))
	}
	if c := st.Contact; !c.IsZero() {
		var items []app.UI
		if c.Name != "" && c.Name != st.Title {
			items = append(items, app.Li().Text(c.Name))
		}
		if c.Phone != "" {
			items = append(items, app.Li().Body(app.Text("Phone: "), app.A().Href("tel:"+strings.ReplaceAll(c.Phone, " ", "")).Text(c.Phone)))
		}
		if strings.HasPrefix(c.Web, "https://") || strings.HasPrefix(c.Web, "http://") {
			items = append(items, app.Li().Body(app.Text("Website: "), app.A().Href(c.Web).Target("_blank").Rel("noopener noreferrer").Text(siteName(c.Web)+" (opens in a new tab)")))
		}
		out = append(out, app.Ul().Class("contact").Body(items...))
	}
	if len(st.Sources) > 0 {
		var links []app.UI
		for _, src := range st.Sources {
			links = append(links, app.Li().Body(app.A().Href(src.URL).Target("_blank").Rel("noopener noreferrer").Text(src.Title)))
		}
		out = append(out, app.Details().Class("sources no-print").Body(
			app.Summary().Text("Where this comes from"),
			app.Ul().Body(links...),
		))
	}
	return out
}

// paras splits text on blank lines into paragraphs.
func paras(text string) []app.UI {
	var out []app.UI
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, app.P().Text(p))
		}
	}
	return out
}

func timeLimitBox(t guide.TimeLimit) app.UI {
	cls := "time-limit time-" + string(t.Status)
	var dates []app.UI
	if !t.FromEvent.IsZero() {
		dates = append(dates, app.Li().Text("From when it happened: "+t.FromEvent.Words()))
	}
	if !t.FromFoundOut.IsZero() && t.FromFoundOut != t.FromEvent {
		dates = append(dates, app.Li().Text("From when you found out: "+t.FromFoundOut.Words()))
	}
	return app.Div().Class(cls).Body(
		app.H3().Class("h3").Text(timeTitle(t)),
		app.P().Text(t.Text),
		app.If(len(dates) > 0, func() app.UI { return app.Ul().Body(dates...) }),
	)
}

// letterList links to each letter the plan suggests, with the reason.
func (s *Shell) letterList(p guide.Plan) app.UI {
	if len(p.Letters) == 0 {
		return app.P().Text("Answer more questions to see which letters you need.")
	}
	items := make([]app.UI, 0, len(p.Letters))
	for _, l := range p.Letters {
		items = append(items, app.Li().Body(
			app.A().Href(letterPath(l.ID)).Text(l.Title),
			app.P().Class("hint").Text(l.Why),
		))
	}
	return app.Ol().Class("letter-list").Body(items...)
}

// summaryBox says in a few lines what to do next and by when.
func summaryBox(p guide.Plan) app.UI {
	var items []app.UI
	if n := p.Complaint.Next; n.Title != "" {
		items = append(items, app.Li().Body(app.Strong().Text("Next: "), app.Text(strings.TrimPrefix(n.Title, "Next: "))))
	}
	if t := p.Complaint.TimeLimit; t.Status != guide.TimeUnknown && !t.Deadline.IsZero() {
		items = append(items, app.Li().Body(app.Strong().Text("Time limit: "), app.Text(t.Deadline.Words()), app.Text(timeNote(t))))
	}
	if len(p.Letters) > 0 {
		items = append(items, app.Li().Body(app.Strong().Text("First letter: "), app.A().Href(letterPath(p.Letters[0].ID)).Text(p.Letters[0].Title)))
	}
	if len(items) == 0 {
		return app.Text("")
	}
	return app.Div().Class("summary-box").Body(
		app.H2().Class("h3").Text("In short"),
		app.Ul().Class("list").Body(items...),
	)
}

func timeNote(t guide.TimeLimit) string {
	switch {
	case t.Ombudsman && t.Unsure:
		return " (this may have passed, but you can still ask the ombudsman: say why it took time)"
	case t.Unsure:
		return " (this may have passed, but you can still complain)"
	case t.Ombudsman && t.Status == guide.TimePassed:
		return " (this has passed, but you can still ask the ombudsman: say why it took time)"
	case t.Ombudsman && t.Status == guide.TimeClosing:
		return " (soon: try to reach the ombudsman before then)"
	case t.Status == guide.TimePassed:
		return " (this has passed, but you can still complain: say why it is late)"
	case t.Status == guide.TimeClosing:
		return " (soon: try to send your complaint before then)"
	}
	return ""
}

// timeTitle is the time-limit box's heading.
func timeTitle(t guide.TimeLimit) string {
	if t.Ombudsman {
		return "Time limit for the ombudsman"
	}
	return "Time limit"
}

// contents links to the plan's sections, because the plan is long on a phone.
func contents(p guide.Plan) app.UI {
	type entry struct{ id, title string }
	var es []entry
	if len(p.Outcomes) > 0 {
		es = append(es, entry{"outcomes", "What you want, and who can do it"})
	}
	es = append(es, entry{"complaint", "Making your complaint"})
	if len(p.Escalation) > 0 {
		es = append(es, entry{"escalation", "If you are still not happy"})
	}
	if len(p.Warnings) > 0 {
		es = append(es, entry{"warnings", "Money and legal action"})
	}
	if len(p.Report) > 0 {
		es = append(es, entry{"report", "Other places to tell"})
	}
	if len(p.Help) > 0 {
		es = append(es, entry{"help", "Free help"})
	}
	es = append(es, entry{"letters", "Letters to write"})
	items := make([]app.UI, 0, len(es))
	for _, e := range es {
		items = append(items, app.Li().Body(app.A().Href("#"+e.id).Text(e.title)))
	}
	return app.Nav().Class("contents no-print").Aria("label", "On this page").Body(
		app.H2().Class("h3").Text("On this page"),
		app.Ul().Class("list").Body(items...),
	)
}

// siteName is a web address shortened for reading aloud and on small
// screens: "https://www.cqc.org.uk/contact" becomes "cqc.org.uk".
func siteName(u string) string {
	_, host, _ := strings.Cut(u, "://")
	host, _, _ = strings.Cut(host, "/")
	return strings.TrimPrefix(host, "www.")
}
