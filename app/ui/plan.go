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

// planPage shows the plan. The first phone screen holds what to do now:
// urgent help when someone is in danger, then the next step, the date that
// matters, the first letter and free help. Everything else follows folded,
// in the order a person needs it, each part opened with one tap (and all
// of it open when printed).
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
	body := []app.UI{backLink(PathCheck), heading("Your plan")}
	if p.Sympathy != "" {
		body = append(body, app.P().Class("lead sympathy").Text(p.Sympathy))
	}
	if len(p.Urgent) > 0 {
		body = append(body, urgentBox(p.Urgent))
	}
	body = append(body, s.nowBox(guide.Next(s.c, letter.Refine(s.kase.Answers, s.kase.Details), p), p))
	body = append(body, app.Div().Class("plan-folds").Body(s.folds(p)...), trackLink())
	body = append(body,
		app.P().Class("hint plan-note").Text("This plan is based on your answers. It is general information, not legal advice."),
		app.P().Class("no-print").Body(app.Button().Class("button button-secondary button-small").Text("Print your plan").OnClick(func(ctx app.Context, e app.Event) { s.print(ctx) })),
	)
	return app.Div().Class("plan").Body(body...)
}

// urgentBox is the plan's "Do this first": each urgent step that has a
// phone number is a link that calls it; the others have their text folded.
func urgentBox(ss []guide.Step) app.UI {
	items := make([]app.UI, 0, len(ss))
	for _, st := range ss {
		var li []app.UI
		if c := st.Contact; c.Phone != "" {
			li = append(li, telLink(c.Phone, st.Title))
		} else {
			li = append(li, app.Details().Class("urgent-more").Body(
				app.Summary().Text(st.Title),
				app.Div().Body(paras(st.Text)...),
			))
		}
		items = append(items, app.Li().Class("urgent-item").DataSet("id", st.ID).Body(li...))
	}
	return app.Section().ID("urgent").Class("section-urgent").Aria("labelledby", "urgent-title").Body(
		app.H2().ID("urgent-title").Class("h3 urgent-title").Text("Do this first"),
		app.Ul().Class("urgent-list").Body(items...),
	)
}

// nowBox says what to do now: the next step in words that fit the person,
// the date that matters, the button to the first letter and free help.
func (s *Shell) nowBox(n guide.NextStep, p guide.Plan) app.UI {
	var out []app.UI
	out = append(out, app.H2().ID("now-title").Class("h3 now-title").Text("What to do now"),
		app.P().ID("next-step").Class("now-step").Text(n.Text))
	if n.When != "" {
		out = append(out, app.P().ID("next-when").Class("now-when").Text(n.When))
	}
	if n.Letter != "" {
		out = append(out, app.P().Class("now-letter").Body(
			app.A().ID("first-letter").Class("button").Href(letterPath(n.Letter)).Text("Write your "+lowerFirst(s.letterTitle(n.Letter))),
		))
	}
	if len(p.Help) > 0 {
		out = append(out, helpNow(p.Help))
	}
	return app.Section().ID("now").Class("now").Aria("labelledby", "now-title").Body(out...)
}

// helpNow is the free help shown with the next step: the plan's first
// help entry with its phone number or web address, or when it has neither,
// how to find it and the first entry that can be reached straight away.
func helpNow(hs []guide.Step) app.UI {
	first := hs[0]
	out := []app.UI{app.P().Body(app.Strong().Text("Free help: "), app.Text(helpName(first)))}
	if reachable(first) {
		out = append(out, app.P().Body(contactLine(first.Contact)))
	} else {
		if f := findSentence(first.Text); f != "" {
			out = append(out, app.P().Class("now-contact").Text(f))
		}
		if h, ok := reachableHelp(hs); ok {
			out = append(out, app.P().Class("now-contact").Body(app.Text("Or "+helpName(h)+": "), contactLine(h.Contact)))
		}
	}
	return app.Div().ID("now-help").Class("now-help").Body(out...)
}

// findSentence is the sentence of a help entry that says how to find the
// local service, such as "Ask your council who gives it in your area.", or "".
func findSentence(text string) string {
	for _, s := range strings.SplitAfter(text, ". ") {
		if s = strings.TrimSpace(s); strings.HasPrefix(s, "Ask ") {
			return s
		}
	}
	return ""
}

func reachable(st guide.Step) bool { return st.Contact.Phone != "" || webOK(st.Contact.Web) }

// reachableHelp returns the first help entry with a phone number or web
// address: the partner's own contacts come first in the plan.
func reachableHelp(ss []guide.Step) (guide.Step, bool) {
	for _, st := range ss {
		if reachable(st) {
			return st, true
		}
	}
	return guide.Step{}, false
}

func helpName(st guide.Step) string {
	if n := st.Contact.Name; n != "" {
		return n
	}
	return st.Title
}

// contactLine is a phone link and a web link on one line.
func contactLine(c guide.Contact) app.UI {
	var parts []app.UI
	if c.Phone != "" {
		parts = append(parts, telLink(c.Phone, "Call "+c.Phone))
	}
	if webOK(c.Web) {
		if len(parts) > 0 {
			parts = append(parts, app.Text(" or "))
		}
		parts = append(parts, webLink(c.Web))
	}
	return app.Span().Class("now-contact").Body(parts...)
}

func telLink(phone, text string) app.UI {
	return app.A().Class("tel").Href("tel:" + strings.ReplaceAll(phone, " ", "")).Text(text)
}

func webOK(u string) bool {
	return strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")
}

func webLink(u string) app.UI {
	return app.A().Href(u).Target("_blank").Rel("noopener noreferrer").Text(siteName(u) + " (opens in a new tab)")
}

func lowerFirst(s string) string {
	if s == "" || strings.HasPrefix(s, "PALS") || strings.HasPrefix(s, "ICB") {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// folds are the rest of the plan, each part folded, in the order a person
// needs them.
func (s *Shell) folds(p guide.Plan) []app.UI {
	var out []app.UI
	out = append(out, fold("complaint", "Who to send it to, and by when",
		s.timeLimitBox(p.Complaint.TimeLimit),
		app.H3().Class("h3").Text("Who to send it to"),
		app.Div().Body(steps(p.Complaint.SendTo)...),
		app.H3().Class("h3").Text("What they must do"),
		app.Div().Body(steps(p.Complaint.Duties)...),
		app.If(p.Complaint.Next.Title != "", func() app.UI {
			return app.Div().Body(app.H3().Class("h3").Text("After that"), step(p.Complaint.Next))
		}),
		sources(p.Complaint.SendTo, p.Complaint.Duties, []guide.Step{p.Complaint.Next}),
	))
	out = append(out, fold("letters", "Letters to write", s.letterList(p),
		app.P().Body(app.A().Href(PathLetters).Text("See all the letters you can write"))))
	if len(p.Outcomes) > 0 {
		var cards []app.UI
		var all []guide.Step
		first := map[string]string{} // route ID -> title of the card that explains it
		for _, o := range p.Outcomes {
			cards = append(cards, app.Article().Class("card").Body(
				app.H3().Class("h3").Text(o.Title),
				app.Ol().Class("routes").Body(routeItems(o.Title, o.Routes, first, len(p.Escalation) > 0)...),
			))
			all = append(all, o.Routes...)
		}
		out = append(out, fold("outcomes", "What you want, and who can do it", append(cards, sources(all))...))
	}
	if len(p.Escalation) > 0 {
		out = append(out, fold("escalation", "If you are still not happy", append(steps(p.Escalation), sources(p.Escalation))...))
	}
	if len(p.Help) > 0 {
		out = append(out, fold("help", "Free help", append(steps(p.Help), sources(p.Help))...))
	}
	if len(p.Report) > 0 {
		out = append(out, fold("report", "Other places to tell",
			append(append([]app.UI{app.P().Text("These do not replace a complaint. They use what you tell them to check on services.")}, steps(p.Report)...), sources(p.Report))...))
	}
	if len(p.Warnings) > 0 {
		out = append(out, fold("warnings", "Money and legal action", append(steps(p.Warnings), sources(p.Warnings))...))
	}
	return out
}

// fold is one folded part of the plan: a details element whose summary is
// the part's heading, so it opens with one tap, from the keyboard too.
func fold(id, title string, content ...app.UI) app.UI {
	return app.Details().ID(id).Class("fold").Body(
		app.Summary().Class("fold-summary").Body(app.H2().ID(id+"-title").Class("fold-title").Text(title)),
		app.Div().Class("fold-body").Body(content...),
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
// card's title) is named with a link back to it, not told again; so is the
// ombudsman when the plan has its own part for what to do if still unhappy.
func routeItems(card string, ss []guide.Step, first map[string]string, escalation bool) []app.UI {
	out := make([]app.UI, 0, len(ss))
	for _, st := range ss {
		anchor := "route-" + st.ID
		if st.ID == "outcome.ombudsman" && escalation {
			out = append(out, app.Li().Class("route").Body(
				app.H4().Class("step-title").Text(st.Title),
				app.P().Body(app.A().Href("#escalation").Text("Read about this under \u201cIf you are still not happy\u201d")),
			))
			continue
		}
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
	st.Text = partnerText(st)
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
			items = append(items, app.Li().Body(app.Text("Phone: "), telLink(c.Phone, c.Phone)))
		}
		if webOK(c.Web) {
			items = append(items, app.Li().Body(app.Text("Website: "), webLink(c.Web)))
		}
		out = append(out, app.Ul().Class("contact").Body(items...))
	}
	return out
}

// sources lists once, at the end of a part of the plan, where the guidance
// of its steps comes from: one fold, so the sources add one tab stop per
// part, not one per step.
func sources(groups ...[]guide.Step) app.UI {
	seen := map[string]bool{}
	var links []app.UI
	for _, ss := range groups {
		for _, st := range ss {
			for _, src := range st.Sources {
				if src.URL == "" || seen[src.URL] {
					continue
				}
				seen[src.URL] = true
				links = append(links, app.Li().Body(app.A().Href(src.URL).Target("_blank").Rel("noopener noreferrer").Text(src.Title)))
			}
		}
	}
	if len(links) == 0 {
		return app.Text("")
	}
	return app.Details().Class("sources no-print").Body(
		app.Summary().Text("Where this comes from"),
		app.Ul().Class("sources-list").Body(links...),
	)
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

func (s *Shell) timeLimitBox(t guide.TimeLimit) app.UI {
	cls := "time-limit time-" + string(t.Status)
	var dates []app.UI
	if !t.FromEvent.IsZero() {
		dates = append(dates, app.Li().Text("From when it happened: "+t.FromEvent.Words(s.c)))
	}
	if !t.FromFoundOut.IsZero() && t.FromFoundOut != t.FromEvent {
		dates = append(dates, app.Li().Text("From when you found out: "+t.FromFoundOut.Words(s.c)))
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

// timeTitle is the time-limit box's heading.
func timeTitle(t guide.TimeLimit) string {
	if t.Ombudsman {
		return "Time limit for the ombudsman"
	}
	return "Time limit"
}

// siteName is a web address shortened for reading aloud and on small
// screens: "https://www.cqc.org.uk/contact" becomes "cqc.org.uk".
func siteName(u string) string {
	_, host, _ := strings.Cut(u, "://")
	host, _, _ = strings.Cut(host, "/")
	return strings.TrimPrefix(host, "www.")
}

// partnerText is a step's text, leaving out, on a partner's own Healthwatch
// card, the sentences about Healthwatch being closed: the partner is the
// local Healthwatch, open and offering help.
func partnerText(st guide.Step) string {
	if (st.ID != "help.local.healthwatch" && st.ID != "report.healthwatch") || st.Contact.IsZero() {
		return st.Text
	}
	var keep []string
	for _, s := range strings.SplitAfter(st.Text, ". ") {
		if l := strings.ToLower(s); strings.Contains(l, "close") || strings.Contains(l, "abolish") || strings.Contains(l, "health bill") || strings.Contains(l, "still exists") {
			continue
		}
		keep = append(keep, s)
	}
	return strings.TrimSpace(strings.Join(keep, ""))
}
