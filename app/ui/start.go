package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (s *Shell) startPage() app.UI {
	first, started := s.firstQuestion(), s.started()
	return app.Div().Body(
		heading("Get your complaint about NHS or social care heard"),
		app.P().Class("lead").Text("Answer a few questions to find out who can put things right, what to expect and by when. Then write your letters here."),
		app.P().Class("lead").Text("Nothing you type leaves this device. There is no account, and we cannot see your answers."),
		dangerBox(),
		app.If(s.trackUnderway(), trackLink),
		app.If(started, func() app.UI {
			return app.Div().Class("actions").Body(
				app.A().ID("carry-on").Class("button").Href(s.resumePath()).Text("Carry on where you left off"),
				app.A().Class("button button-secondary").Href(first).Text("Start again from the first question"),
			)
		}).Else(func() app.UI {
			return app.A().Class("button button-start").Href(first).Text("Start now")
		}),
		app.H2().Class("h2").Text("Before you start"),
		app.Ul().Class("list").Body(
			app.Li().Text("It takes about 5 minutes to get your plan."),
			app.Li().Text("You can write for yourself, or for someone else."),
			app.Li().Text("Your answers are kept on this device as you go, so you can stop and come back."),
			app.Li().Body(app.Text("You can get free help from an independent advocate at any time. "), app.A().Href(PathPlan+"#help").Text("See who can help")),
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
	offline := app.P().Text("Once it has opened on this device, it works with no signal: your answers and letters stay on the device.")
	if s.installable && !s.apple {
		return app.Div().ID("install").Body(
			app.H2().Class("h2").Text("Keep it on your phone"),
			offline,
			app.P().Body(app.Button().Class("button button-secondary").Text("Install this app").OnClick(func(ctx app.Context, e app.Event) {
				ctx.ShowAppInstallPrompt()
			})),
		)
	}
	return app.Div().ID("install").Body(
		app.H2().Class("h2").Text("Keep it on your phone"),
		offline,
		app.P().Text("To add it to your home screen:"),
		app.Ul().Class("list").Body(
			app.Li().Text("on an iPhone or iPad, open this page in Safari, tap the Share button, then Add to Home Screen"),
			app.Li().Text("on Android, open your browser's menu (⋮), then Install app or Add to Home screen"),
			app.Li().Text("on a computer, use the install icon in the address bar, or your browser's menu"),
		),
	)
}
