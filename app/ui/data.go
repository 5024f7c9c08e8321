package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/flow"
)

// dataPage tells the person where their draft is kept and lets them save
// it to a file, open a file, stop keeping it here or delete everything.
func (s *Shell) dataPage() app.UI {
	where := "Your draft is kept in this browser on this device, as you type. It is not sent to us or anyone else."
	switch {
	case s.store.noStore:
		where = "You chose not to keep anything on this device. Your work is only on this page: save a draft file before you close it."
	case s.embedded:
		where += " You are using Put It Right inside another website, so some browsers keep it only for a short time, or not at all. Use Open full screen to keep it more safely."
	}
	return app.Div().Body(
		backLink(PathStart),
		heading("Your draft and this device"),
		app.P().Text(where),
		app.P().Text("A browser keeps it until you delete it. But a browser may clear it if the device is short of space, if you clear your browsing data, or on an iPhone or iPad after 7 days without using this site. So save a draft file if your letter matters to you."),
		// Always there, so the browser's answer arriving later does not
		// rebuild the form below it.
		app.Div().Body(app.If(s.store.persist != "", func() app.UI { return app.P().Class("hint").Text(s.store.persist) })),

		app.H2().Class("h2").Text("Save or open a draft file"),
		app.P().Text("A draft file has all your answers, details and letters. You can open it again here, on this or another device."),
		app.Div().Class("actions").Body(
			app.Button().ID("save-draft").Class("button").Text("Save a draft file").OnClick(s.saveDraftFile("save-draft")),
		),
		s.feedback("save-draft"),
		app.Div().Class("group").Body(
			app.Label().For(IDDraftFile).Class("label").Text("Open a draft file"),
			app.P().ID("draft-file-hint").Class("hint").Text("Its name starts with put-it-right-draft. Opening a file replaces what is on this page."),
			app.Input().ID(IDDraftFile).Type("file").Accept(".json,application/json").Class("file").Aria("describedby", "draft-file-hint").
				OnChange(func(ctx app.Context, e app.Event) { s.openDraftFile(ctx) }),
			s.feedback("open-draft"),
			app.Div().ID("opened-next").Body(app.If(s.opened, func() app.UI {
				return app.P().Class("actions").Body(
					app.A().ID("opened-carry-on").Class("button").Href(s.openedPath()).Text(s.openedLabel()),
					app.A().Class("button button-secondary").Href(PathCheck).Text("Check your answers"),
				)
			})),
		),

		app.H2().Class("h2").Text("Using a shared computer?"),
		app.Div().Class("choices").Body(
			app.Div().Class("choice").Body(
				checkbox(IDNoStore, s.store.noStore).
					OnChange(func(ctx app.Context, e app.Event) { s.setNoStore(ctx, ctx.JSSrc().Get("checked").Bool()) }),
				app.Label().For(IDNoStore).Class("choice-label").Text("Do not keep anything on this device"),
			),
		),

		app.H2().Class("h2").Text("Delete everything"),
		app.P().Text("This deletes your answers, details and letters from this device. It cannot be undone. Save a draft file first if you may need them."),
		app.If(!s.confirm, func() app.UI {
			return app.Button().Class("button button-warning").Text("Delete everything from this device").OnClick(func(ctx app.Context, e app.Event) {
				s.confirm = true
				ctx.Defer(func(app.Context) { focusID("confirm-delete") })
			})
		}).Else(func() app.UI {
			return app.Div().Class("inset inset-warn").Body(
				app.P().Text("Are you sure? Everything you typed will be deleted from this device."),
				app.Div().Class("actions").Body(
					app.Button().ID("confirm-delete").Class("button button-warning").Text("Yes, delete everything").OnClick(func(ctx app.Context, e app.Event) {
						s.confirm = false
						s.deleteEverything(ctx)
					}),
					app.Button().Class("button button-secondary").Text("No, keep it").OnClick(func(ctx app.Context, e app.Event) { s.confirm = false }),
				),
			)
		}),
	)
}

// privacyPage is the short, plain privacy notice.
func (s *Shell) privacyPage() app.UI {
	return app.Div().Body(
		backLink(PathStart),
		heading("Privacy"),
		app.P().Class("lead").Text("Nothing you type into Put It Right leaves your device, unless you choose to send, save, print or share it."),
		app.H2().Class("h2").Text("What we keep, and where"),
		app.Ul().Class("list").Body(
			app.Li().Text("Your answers, details and letters are kept in this browser on this device, so you can come back to them. We never see them."),
			app.Li().Text("If you came from a charity's website, we keep its name and contact details here too, so your plan can show them."),
			app.Li().Text("The app's own files are kept by the browser so it works offline. They hold nothing about you."),
			app.Li().Text("There are no cookies, no tracking and no adverts. We do not use any other company's services."),
		),
		app.H2().Class("h2").Text("How long it is kept"),
		app.P().Text("Until you delete it. A browser may also clear it if the device is short of space, or on an iPhone or iPad after 7 days without using this site."),
		app.H2().Class("h2").Text("What our server sees"),
		app.P().Text("Like every website, our server sees which pages of the app your browser downloads. It does not see anything you type, and it does not record who you are."),
		app.H2().Class("h2").Text("If you share a device"),
		app.P().Body(app.Text("Anyone who uses this browser could see your draft. You can stop keeping it here, or delete everything, on the "), app.A().Href(PathData).Text("your draft and this device"), app.Text(" page.")),
		app.H2().Class("h2").Text("When you send a letter"),
		app.P().Text("When you email, share or print a letter, it goes where you send it. The organisation you write to will use it to deal with your complaint."),
	)
}

// checkbox is a checkbox input. In the browser the checked property is
// always set, so a reused element never keeps an old tick; the server
// writes the attribute only when true, as checked="false" reads as checked.
func checkbox(id string, on bool) app.HTMLInput {
	in := app.Input().ID(id).Type("checkbox").Class("choice-input")
	if on || app.IsClient {
		in = in.Checked(on)
	}
	return in
}

// openedPath is where to go on from a draft file just opened: the plan
// when its questions have been answered, else the answers so far.
func (s *Shell) openedPath() string {
	if len(flow.Values(s.kase.Answers, flow.QService)) > 0 && len(s.kase.Answers.Outcomes) > 0 {
		return PathPlan
	}
	return PathCheck
}

func (s *Shell) openedLabel() string {
	if s.openedPath() == PathPlan {
		return "Go to your plan"
	}
	return "Carry on with your answers"
}
