package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/flow"
)

// dataPage tells the person where their draft is kept and lets them save
// it to a file, open a file, stop keeping it here or delete everything.
func (s *Shell) dataPage() app.UI {
	where := s.t("ui.data.where")
	switch {
	case s.store.noStore:
		where = s.t("ui.data.where.no-store")
	case s.embedded:
		where = s.t("ui.data.where.embedded")
	}
	return app.Div().Body(
		s.backLink(PathStart),
		heading(s.t("ui.title.data")),
		app.P().Text(where),
		app.P().Text(s.t("ui.data.clear")),
		// Always there, so the browser's answer arriving later does not
		// rebuild the form below it.
		app.Div().Body(app.If(s.store.persist != "", func() app.UI { return app.P().Class("hint").Text(s.store.persist) })),

		app.H2().Class("h2").Text(s.t("ui.data.file")),
		app.P().Text(s.t("ui.data.file.text")),
		app.Div().Class("actions").Body(
			app.Button().ID("save-draft").Class("button").Text(s.t("ui.draft.save")).OnClick(s.saveDraftFile("save-draft")),
		),
		s.feedback("save-draft"),
		app.Div().Class("group").Body(
			app.Label().For(IDDraftFile).Class("label").Text(s.t("ui.data.open")),
			app.P().ID("draft-file-hint").Class("hint").Text(s.t("ui.data.open.hint")),
			app.Input().ID(IDDraftFile).Type("file").Accept(".json,application/json").Class("file").Aria("describedby", "draft-file-hint").
				OnChange(func(ctx app.Context, e app.Event) { s.openDraftFile(ctx) }),
			s.feedback("open-draft"),
			app.Div().ID("opened-next").Body(app.If(s.opened, func() app.UI {
				return app.P().Class("actions").Body(
					app.A().ID("opened-carry-on").Class("button").Href(s.openedPath()).Text(s.openedLabel()),
					app.A().Class("button button-secondary").Href(PathCheck).Text(s.t("ui.data.opened.check")),
				)
			})),
		),

		app.H2().Class("h2").Text(s.t("ui.data.shared")),
		app.Div().Class("choices").Body(
			app.Div().Class("choice").Body(
				checkbox(IDNoStore, s.store.noStore).
					OnChange(func(ctx app.Context, e app.Event) { s.setNoStore(ctx, ctx.JSSrc().Get("checked").Bool()) }),
				app.Label().For(IDNoStore).Class("choice-label").Text(s.t("ui.data.no-store")),
			),
		),

		app.H2().Class("h2").Text(s.t("ui.data.delete")),
		app.P().Text(s.t("ui.data.delete.text")),
		app.If(!s.confirm, func() app.UI {
			return app.Button().Class("button button-warning").Text(s.t("ui.data.delete.button")).OnClick(func(ctx app.Context, e app.Event) {
				s.confirm = true
				ctx.Defer(func(app.Context) { focusID("confirm-delete") })
			})
		}).Else(func() app.UI {
			return app.Div().Class("inset inset-warn").Body(
				app.P().Text(s.t("ui.data.delete.sure")),
				app.Div().Class("actions").Body(
					app.Button().ID("confirm-delete").Class("button button-warning").Text(s.t("ui.data.delete.yes")).OnClick(func(ctx app.Context, e app.Event) {
						s.confirm = false
						s.deleteEverything(ctx)
					}),
					app.Button().Class("button button-secondary").Text(s.t("ui.data.delete.no")).OnClick(func(ctx app.Context, e app.Event) { s.confirm = false }),
				),
			)
		}),
	)
}

// privacyPage is the short, plain privacy notice.
func (s *Shell) privacyPage() app.UI {
	return app.Div().Body(
		s.backLink(PathStart),
		heading(s.t("ui.title.privacy")),
		app.P().Class("lead").Text(s.t("ui.privacy.lead")),
		app.H2().Class("h2").Text(s.t("ui.privacy.keep")),
		app.Ul().Class("list").Body(items(s.c.Each("ui.privacy.keep.list", never))...),
		app.H2().Class("h2").Text(s.t("ui.privacy.how-long")),
		app.P().Text(s.t("ui.privacy.how-long.text")),
		app.H2().Class("h2").Text(s.t("ui.privacy.server")),
		app.P().Text(s.t("ui.privacy.server.text")),
		app.H2().Class("h2").Text(s.t("ui.privacy.shared")),
		app.P().Body(s.rich("ui.privacy.shared.text",
			"link", app.A().Href(PathData).Text(s.t("ui.privacy.shared.link")),
		)...),
		app.H2().Class("h2").Text(s.t("ui.privacy.send")),
		app.P().Text(s.t("ui.privacy.send.text")),
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
		return s.t("ui.data.opened.plan")
	}
	return s.t("ui.data.opened.answers")
}
