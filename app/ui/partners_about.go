package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// aboutPage is for a partner's trustees: what the tool does and does not
// do, privacy and accessibility, in words they can sign off.
func (b *Builder) aboutPage() app.UI {
	return app.Div().Body(
		app.A().Class("back").Href(PathPartners).Text(b.t("ui.about.back")),
		heading(b.t("ui.title.partners-about")),
		app.P().Class("lead").Text(b.t("ui.about.lead")),
		app.H2().Class("h2").Text(b.t("ui.about.does")),
		app.Ul().Class("list").Body(items(b.c.Each("ui.about.does.list", never))...),
		app.H2().Class("h2").Text(b.t("ui.about.not")),
		app.Ul().Class("list").Body(items(b.c.Each("ui.about.not.list", never))...),
		app.H2().Class("h2").Text(b.t("ui.about.privacy")),
		app.P().Text(b.t("ui.about.privacy.text")),
		app.Ul().Class("list").Body(items(b.c.Each("ui.about.privacy.list", never))...),
		app.H2().Class("h2").Text(b.t("ui.about.access")),
		app.Ul().Class("list").Body(items(b.c.Each("ui.about.access.list", never))...),
		app.H2().Class("h2").Text(b.t("ui.about.org")),
		app.Ul().Class("list").Body(items(b.c.Each("ui.about.org.list", never))...),
		app.P().Body(app.A().Class("button").Href(PathPartners).Text(b.t("ui.about.button"))),
	)
}
