package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (s *Shell) startPage() app.UI {
	first, started := s.firstQuestion(), s.started()
	return app.Div().Body(
		heading(s.t("ui.start.heading")),
		app.P().Class("lead").Text(s.t("ui.start.lead")),
		app.P().Class("lead").Text(s.t("ui.start.private")),
		s.dangerBox(),
		app.If(s.trackUnderway(), s.trackLink),
		app.If(started, func() app.UI {
			return app.Div().Class("actions").Body(
				app.A().ID("carry-on").Class("button").Href(s.resumePath()).Text(s.t("ui.start.carry-on")),
				app.A().Class("button button-secondary").Href(first).Text(s.t("ui.start.again")),
			)
		}).Else(func() app.UI {
			return app.A().Class("button button-start").Href(first).Text(s.t("ui.start.button"))
		}),
		app.H2().Class("h2").Text(s.t("ui.start.before")),
		app.Ul().Class("list").Body(
			app.Li().Text(s.t("ui.start.before.time")),
			app.Li().Text(s.t("ui.start.before.who")),
			app.Li().Text(s.t("ui.start.before.kept")),
			app.Li().Body(s.rich("ui.start.before.advocate",
				"link", app.A().Href(PathPlan+"#help").Text(s.t("ui.start.before.advocate-link")),
			)...),
		),
		s.installSection(),
	)
}

// installSection offers to install the app where the browser can (at top
// level only: inside a partner's frame the banner points to Open full
// screen), and says how to add it to the home screen where it cannot.
func (s *Shell) installSection() app.UI {
	if s.embedded || s.installed || app.IsServer {
		return app.Text("")
	}
	offline := app.P().Text(s.t("ui.start.install.offline"))
	if s.installable && !s.apple {
		return app.Div().ID("install").Body(
			app.H2().Class("h2").Text(s.t("ui.start.install.title")),
			offline,
			app.P().Body(app.Button().Class("button button-secondary").Text(s.t("ui.start.install.button")).OnClick(func(ctx app.Context, e app.Event) {
				ctx.ShowAppInstallPrompt()
			})),
		)
	}
	return app.Div().ID("install").Body(
		app.H2().Class("h2").Text(s.t("ui.start.install.title")),
		offline,
		app.P().Text(s.t("ui.start.install.how")),
		app.Ul().Class("list").Body(items(s.c.Each("ui.start.install.steps", never))...),
	)
}
