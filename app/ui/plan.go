package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/guide"
	"putitright/app/letter"
)

// plan builds the person's plan from their answers and the partner's contacts.
func (s *Shell) plan() (guide.Plan, error) {
	return guide.Build(letter.Refine(s.kase.Answers, s.kase.Details), guide.Options{Today: s.today, Local: s.cfg.Local, Content: s.c})
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
			s.backLink(PathCheck),
			heading(s.t("ui.title.plan")),
			app.Div().Class("inset inset-warn").Body(
				app.P().Text(s.t("ui.plan.cannot-make")),
				app.P().Text(err.Error()),
				app.A().Href(PathCheck).Text(s.t("ui.plan.check")),
			),
		)
	}
	body := []app.UI{s.backLink(PathCheck), heading(s.t("ui.title.plan"))}
	if p.Sympathy != "" {
		body = append(body, app.P().Class("lead sympathy").Text(p.Sympathy))
	}
	if len(p.Urgent) > 0 {
		body = append(body, s.urgentBox(p.Urgent))
	}
	body = append(body, s.nowBox(guide.Next(s.c, letter.Refine(s.kase.Answers, s.kase.Details), p), p))
	body = append(body, app.Div().Class("plan-folds").Body(s.folds(p)...), s.trackLink())
	body = append(body,
		app.P().Class("hint plan-note").Text(s.t("ui.plan.note")),
		app.P().Class("no-print").Body(app.Button().Class("button button-secondary button-small").Text(s.t("ui.plan.print")).OnClick(func(ctx app.Context, e app.Event) { s.print(ctx) })),
	)
	return app.Div().Class("plan").Body(body...)
}

// urgentBox is the plan's "Do this first": each urgent step that has a
// phone number is a link that calls it; the others have their text folded.
func (w words) urgentBox(ss []guide.Step) app.UI {
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
		app.H2().ID("urgent-title").Class("h3 urgent-title").Text(w.t("ui.plan.first")),
		app.Ul().Class("urgent-list").Body(items...),
	)
}

// nowBox says what to do now: the next step in words that fit the person,
// the date that matters, the button to the first letter and free help.
func (s *Shell) nowBox(n guide.NextStep, p guide.Plan) app.UI {
	var out []app.UI
	out = append(out, app.H2().ID("now-title").Class("h3 now-title").Text(s.t("ui.plan.now")),
		app.P().ID("next-step").Class("now-step").Text(n.Text))
	if n.When != "" {
		out = append(out, app.P().ID("next-when").Class("now-when").Text(n.When))
	}
	if n.Letter != "" {
		out = append(out, app.P().Class("now-letter").Body(
			app.A().ID("first-letter").Class("button").Href(letterPath(n.Letter)).Text(s.f("ui.plan.now.write", "letter", lowerFirst(s.letterTitle(n.Letter)))),
		))
	}
	if len(p.Help) > 0 {
		out = append(out, s.helpNow(p.Help))
	}
	return app.Section().ID("now").Class("now").Aria("labelledby", "now-title").Body(out...)
}

// helpNow is the free help shown with the next step: the plan's first
// help entry with its phone number or web address, or when it has neither,
// how to find it and the first entry that can be reached straight away.
func (w words) helpNow(hs []guide.Step) app.UI {
	first := hs[0]
	out := []app.UI{app.P().Body(w.rich("ui.plan.now.help", "name", helpName(first), strong)...)}
	if reachable(first) {
		out = append(out, app.P().Body(w.contactLine(first.Contact)))
	} else {
		if first.Find != "" {
			out = append(out, app.P().Class("now-contact").Text(first.Find))
		}
		if h, ok := reachableHelp(hs); ok {
			out = append(out, app.P().Class("now-contact").Body(w.rich("ui.plan.now.or",
				"name", helpName(h),
				"contact", w.contactLine(h.Contact),
			)...))
		}
	}
	return app.Div().ID("now-help").Class("now-help").Body(out...)
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
func (w words) contactLine(c guide.Contact) app.UI {
	var phone, web app.UI
	if c.Phone != "" {
		phone = telLink(c.Phone, w.f("ui.call", "phone", c.Phone))
	}
	if webOK(c.Web) {
		web = w.webLink(c.Web)
	}
	var parts []app.UI
	switch {
	case phone != nil && web != nil:
		parts = w.rich("ui.plan.contact", "phone", phone, "web", web)
	case phone != nil:
		parts = []app.UI{phone}
	case web != nil:
		parts = []app.UI{web}
	}
	return app.Span().Class("now-contact").Body(parts...)
}

func telLink(phone, text string) app.UI {
	return app.A().Class("tel").Href("tel:" + strings.ReplaceAll(phone, " ", "")).Text(text)
}

func webOK(u string) bool {
	return strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")
}

func (w words) webLink(u string) app.UI {
	return app.A().Href(u).Target("_blank").Rel("noopener noreferrer").Text(w.f("ui.link.new-tab", "site", siteName(u)))
}

// lowerFirst returns a title with a small first letter, to go inside a
// sentence, unless it starts with a name in capitals such as PALS.
func lowerFirst(s string) string {
	if s == "" || strings.HasPrefix(s, "PALS") || strings.HasPrefix(s, "ICB") {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// folds are the rest of the plan, each part folded, in the order a person
// needs them.
func (s *Shell) folds(p guide.Plan) []app.UI {
	var out []app.UI
	out = append(out, fold("complaint", s.t("ui.plan.fold.complaint"),
		s.timeLimitBox(p.Complaint.TimeLimit),
		app.H3().Class("h3").Text(s.t("ui.plan.send-to")),
		app.Div().Body(s.steps(p.Complaint.SendTo)...),
		app.H3().Class("h3").Text(s.t("ui.plan.duties")),
		app.Div().Body(s.steps(p.Complaint.Duties)...),
		app.If(p.Complaint.Next.Title != "", func() app.UI {
			return app.Div().Body(app.H3().Class("h3").Text(s.t("ui.plan.after")), s.step(p.Complaint.Next))
		}),
		s.sources(p.Complaint.SendTo, p.Complaint.Duties, []guide.Step{p.Complaint.Next}),
	))
	out = append(out, fold("letters", s.t("ui.plan.fold.letters"), s.letterList(p),
		app.P().Body(app.A().Href(PathLetters).Text(s.t("ui.plan.all-letters")))))
	if len(p.Outcomes) > 0 {
		var cards []app.UI
		var all []guide.Step
		first := map[string]string{} // route ID -> title of the card that explains it
		for _, o := range p.Outcomes {
			cards = append(cards, app.Article().Class("card").Body(
				app.H3().Class("h3").Text(o.Title),
				app.Ol().Class("routes").Body(s.routeItems(o.Title, o.Routes, first, len(p.Escalation) > 0)...),
			))
			all = append(all, o.Routes...)
		}
		out = append(out, fold("outcomes", s.t("ui.plan.fold.outcomes"), append(cards, s.sources(all))...))
	}
	if len(p.Escalation) > 0 {
		out = append(out, fold("escalation", s.t("ui.plan.fold.escalation"), append(s.steps(p.Escalation), s.sources(p.Escalation))...))
	}
	if len(p.Help) > 0 {
		out = append(out, fold("help", s.t("ui.plan.fold.help"), append(s.steps(p.Help), s.sources(p.Help))...))
	}
	if len(p.Report) > 0 {
		out = append(out, fold("report", s.t("ui.plan.fold.report"),
			append(append([]app.UI{app.P().Text(s.t("ui.plan.report.intro"))}, s.steps(p.Report)...), s.sources(p.Report))...))
	}
	if len(p.Warnings) > 0 {
		out = append(out, fold("warnings", s.t("ui.plan.fold.warnings"), append(s.steps(p.Warnings), s.sources(p.Warnings))...))
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

func (w words) steps(ss []guide.Step) []app.UI {
	out := make([]app.UI, 0, len(ss))
	for _, st := range ss {
		out = append(out, w.step(st))
	}
	return out
}

// routeItems lists the routes of the outcome card titled card. A route
// already explained in an earlier card (first maps route IDs to that
// card's title) is named with a link back to it, not told again; so is the
// ombudsman when the plan has its own part for what to do if still unhappy.
func (w words) routeItems(card string, ss []guide.Step, first map[string]string, escalation bool) []app.UI {
	out := make([]app.UI, 0, len(ss))
	for _, st := range ss {
		anchor := "route-" + st.ID
		if st.ID == "outcome.ombudsman" && escalation {
			out = append(out, app.Li().Class("route").Body(
				app.H4().Class("step-title").Text(st.Title),
				app.P().Body(app.A().Href("#escalation").Text(w.f("ui.plan.see", "part", w.t("ui.plan.fold.escalation")))),
			))
			continue
		}
		if earlier, ok := first[st.ID]; ok {
			out = append(out, app.Li().Class("route").Body(
				app.H4().Class("step-title").Text(st.Title),
				app.P().Body(app.A().Href("#"+anchor).Text(w.f("ui.plan.see", "part", earlier))),
			))
			continue
		}
		first[st.ID] = card
		out = append(out, app.Li().ID(anchor).Class("route").DataSet("id", st.ID).Body(w.stepBody(st)...))
	}
	return out
}

func (w words) step(st guide.Step) app.UI {
	return app.Div().Class("step").DataSet("id", st.ID).Body(w.stepBody(st)...)
}

func (w words) stepBody(st guide.Step) []app.UI {
	out := []app.UI{app.H4().Class("step-title").Text(st.Title)}
	st.Text = partnerText(st)
	if st.Text != "" {
		out = append(out, paras(st.Text)...)
	}
	if st.Find != "" {
		out = append(out, app.P().Text(st.Find))
	}
	if st.Expect != "" {
		out = append(out, app.P().Class("expect").Body(w.rich("ui.plan.expect", "text", st.Expect, strong)...))
	}
	if st.Cannot != "" {
		out = append(out, app.P().Class("cannot").Body(w.rich("ui.plan.cannot", "text", st.Cannot, strong)...))
	}
	if c := st.Contact; !c.IsZero() {
		var items []app.UI
		if c.Name != "" && c.Name != st.Title {
			items = append(items, app.Li().Text(c.Name))
		}
		if c.Phone != "" {
			items = append(items, app.Li().Body(w.rich("ui.plan.phone", "phone", telLink(c.Phone, c.Phone))...))
		}
		if webOK(c.Web) {
			items = append(items, app.Li().Body(w.rich("ui.plan.website", "web", w.webLink(c.Web))...))
		}
		out = append(out, app.Ul().Class("contact").Body(items...))
	}
	return out
}

// sources lists once, at the end of a part of the plan, where the guidance
// of its steps comes from: one fold, so the sources add one tab stop per
// part, not one per step.
func (w words) sources(groups ...[]guide.Step) app.UI {
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
		app.Summary().Text(w.t("ui.plan.sources")),
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
		dates = append(dates, app.Li().Text(s.f("ui.plan.time.from-event", "date", t.FromEvent.Words(s.c))))
	}
	if !t.FromFoundOut.IsZero() && t.FromFoundOut != t.FromEvent {
		dates = append(dates, app.Li().Text(s.f("ui.plan.time.from-found-out", "date", t.FromFoundOut.Words(s.c))))
	}
	title := s.t("ui.plan.time")
	if t.Ombudsman {
		title = s.t("ui.plan.time.ombudsman")
	}
	return app.Div().Class(cls).Body(
		app.H3().Class("h3").Text(title),
		app.P().Text(t.Text),
		app.If(len(dates) > 0, func() app.UI { return app.Ul().Body(dates...) }),
	)
}

// letterList links to each letter the plan suggests, with the reason.
func (s *Shell) letterList(p guide.Plan) app.UI {
	if len(p.Letters) == 0 {
		return app.P().Text(s.t("ui.plan.letters.none"))
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

// siteName is a web address shortened for reading aloud and on small
// screens: "https://www.cqc.org.uk/contact" becomes "cqc.org.uk".
func siteName(u string) string {
	_, host, _ := strings.Cut(u, "://")
	host, _, _ = strings.Cut(host, "/")
	return strings.TrimPrefix(host, "www.")
}

// partnerText is a step's text, or, on a partner's card for the service it
// is itself (its own Healthwatch, open and offering help), the step's
// words for that: no word about the service closing.
func partnerText(st guide.Step) string {
	if st.Open != "" && !st.Contact.IsZero() {
		return st.Open
	}
	return st.Text
}
