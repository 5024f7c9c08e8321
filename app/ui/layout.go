package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// header is the top bar: the service name and, at top level, the partner's name.
func (s *Shell) header() app.UI {
	return app.Header().Class("top").Body(
		app.A().Class("skip").Href("#main-heading").Text(s.t("ui.skip")),
		app.Div().Class("width top-in").Body(
			app.A().Class("brand").Href(PathStart).Text(s.t("ui.app.name")),
			app.If(s.cfg.Local.Partner != "", func() app.UI {
				return app.Span().Class("partner").Text(s.f("ui.header.partner", "partner", s.cfg.Local.Partner))
			}),
		),
	)
}

// banners shows notices that apply on every page: a new version, offline,
// storage problems, and inside a frame the "Open full screen" link.
func (s *Shell) banners() app.UI {
	var out []app.UI
	if s.update {
		out = append(out, app.Div().Class("banner banner-update").Role("status").Body(
			app.P().Body(s.rich("ui.update",
				"reload", app.Button().Class("button button-small").Text(s.t("ui.update.reload")).OnClick(func(ctx app.Context, e app.Event) {
					s.save(ctx)
					ctx.Reload()
				}),
			)...),
		))
	}
	if s.store.problem != "" {
		out = append(out, app.Div().Class("banner banner-warn").Role("alert").Body(
			app.P().Text(s.store.problem),
			app.P().Body(
				app.Button().Class("button button-small button-secondary").Text(s.t("ui.draft.save")).OnClick(s.saveDraftFile("banner")),
			),
			s.feedback("banner"),
		))
	}
	// Only where the browser really keeps nothing inside the frame, or
	// with no network, where full screen works better.
	if s.limited || (s.embedded && !s.online) {
		id := "ui.embed-bar.no-storage"
		if !s.limited {
			id = "ui.embed-bar.offline"
		}
		out = append(out, app.P().Class("embed-bar").Body(s.rich(id,
			"full-screen", app.A().Href(s.fullScreenURL()).Target("_blank").Rel("noopener").Text(s.t("ui.full-screen")),
		)...))
	}
	if !s.online {
		out = append(out, app.P().Class("banner").Role("status").Text(s.t("ui.offline")))
	}
	if s.notice != "" && s.noticeAt == "" {
		out = append(out, app.P().Class("notice").Role("status").Text(s.notice))
	} else if s.noticeAt == "" {
		out = append(out, app.P().Class("notice visually-hidden").Role("status"))
	}
	return app.Div().Class("banners").Body(out...)
}

// fullScreenURL is the same app with the same partner options, at top level.
func (s *Shell) fullScreenURL() string {
	path := s.path
	if path == "" {
		path = PathStart
	}
	if f := s.cfg.Fragment(); f != "" {
		return path + "#" + f
	}
	return path
}

func (s *Shell) footer() app.UI {
	return app.Footer().Class("foot").Body(
		app.Div().Class("width").Body(
			app.Ul().Class("foot-links").Body(
				app.Li().Body(app.A().Href(PathPrivacy).Text(s.t("ui.footer.privacy"))),
				app.Li().Body(app.A().Href(PathData).Text(s.t("ui.footer.data"))),
				// Inside a partner's page: the same app in its own tab, where it
				// can be installed and works best offline.
				app.If(s.embedded && !s.limited && s.online, func() app.UI {
					return app.Li().Body(app.A().Href(s.fullScreenURL()).Target("_blank").Rel("noopener").Text(s.t("ui.full-screen")))
				}),
			),
			app.P().Text(s.t("ui.footer.disclaimer")),
		),
	)
}

// bootWords holds, hidden, the words app/ui/web/boot.js shows before the
// app starts or if it stops: boot.js has no words of its own, so it takes
// them from the page, in the page's language. A phone number in braces,
// such as {999}, becomes a link that calls it.
func (w words) bootWords() app.UI {
	say := func(key, text string) app.UI { return app.P().DataSet("boot", key).Text(text) }
	return app.Div().ID("boot-words").Hidden(true).Body(
		say("wait", w.t("ui.boot.wait")),
		say("still", w.t("ui.boot.still")),
		say("load-failed", w.t("ui.boot.load-failed")),
		say("stopped", w.t("ui.boot.stopped")),
		say("danger", w.f("ui.boot.danger", "emergency", "{999}", "urgent", "{111}")),
		say("reload", w.t("ui.boot.reload")),
	)
}

// dangerBox is the "If someone is in danger now" box.
func (w words) dangerBox() app.UI {
	li := func(id, phone string) app.UI {
		return app.Li().Body(w.rich(id, "phone", app.A().Href("tel:"+phone).Text(phone))...)
	}
	return app.Aside().Class("danger").Aria("labelledby", "danger-title").Body(
		app.H2().ID("danger-title").Class("danger-title").Text(w.t("ui.danger.title")),
		app.Ul().Body(
			li("ui.danger.999", "999"),
			li("ui.danger.111", "111"),
			li("ui.danger.101", "101"),
		),
	)
}

// backLink returns a back link to path, or nothing when path is empty.
func (w words) backLink(path string) app.UI {
	if path == "" {
		return app.Text("")
	}
	return app.A().Class("back").Href(path).Text(w.t("ui.back"))
}

// heading is the page's main heading; it takes focus when a page opens.
func heading(text string) app.UI {
	return app.H1().ID(IDHeading).TabIndex(-1).Class("h1").Text(text)
}

// errorText is an error message for a field: the words before the message
// are for screen readers only.
func (w words) errorText(msg string) []app.UI {
	return w.rich("ui.error", "message", msg, func(s string) app.UI {
		return app.Span().Class("visually-hidden").Text(s)
	})
}
