package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// header is the top bar: the service name and, at top level, the partner's name.
func (s *Shell) header() app.UI {
	return app.Header().Class("top").Body(
		app.A().Class("skip").Href("#main-heading").Text("Skip to main content"),
		app.Div().Class("width top-in").Body(
			app.A().Class("brand").Href(PathStart).Text("Put It Right"),
			app.If(s.cfg.Local.Partner != "", func() app.UI {
				return app.Span().Class("partner").Text("with " + s.cfg.Local.Partner)
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
			app.P().Body(
				app.Text("A new version is ready. Your draft will be kept. "),
				app.Button().Class("button button-small").Text("Reload").OnClick(func(ctx app.Context, e app.Event) {
					s.save(ctx)
					ctx.Reload()
				}),
			),
		))
	}
	if s.store.problem != "" {
		out = append(out, app.Div().Class("banner banner-warn").Role("alert").Body(
			app.P().Text(s.store.problem),
			app.P().Body(
				app.Button().Class("button button-small button-secondary").Text("Save a draft file").OnClick(s.saveDraftFile("banner")),
			),
			s.feedback("banner"),
		))
	}
	// Only where the browser really keeps nothing inside the frame, or
	// with no network, where full screen works better.
	if s.limited || (s.embedded && !s.online) {
		why := "This browser does not let Put It Right keep your draft inside this website. "
		if !s.limited {
			why = "You are offline inside another website. "
		}
		out = append(out, app.P().Class("embed-bar").Body(
			app.Text(why),
			app.A().Href(s.fullScreenURL()).Target("_blank").Rel("noopener").Text("Open full screen (opens in a new tab)"),
			app.Text(" to keep your draft, work offline or install the app."),
		))
	}
	if !s.online {
		out = append(out, app.P().Class("banner").Role("status").Text("You are offline. You can keep working: everything stays on this device."))
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
				app.Li().Body(app.A().Href(PathPrivacy).Text("Privacy")),
				app.Li().Body(app.A().Href(PathData).Text("Your draft and this device")),
				// Inside a partner's page: the same app in its own tab, where it
				// can be installed and works best offline.
				app.If(s.embedded && !s.limited && s.online, func() app.UI {
					return app.Li().Body(app.A().Href(s.fullScreenURL()).Target("_blank").Rel("noopener").Text("Open full screen (opens in a new tab)"))
				}),
			),
			app.P().Text("Put It Right is not part of the NHS or any council. It gives general information, not legal advice."),
		),
	)
}

// dangerBox is the "If someone is in danger now" box.
func dangerBox() app.UI {
	return app.Aside().Class("danger").Aria("labelledby", "danger-title").Body(
		app.H2().ID("danger-title").Class("danger-title").Text("If someone is in danger now"),
		app.Ul().Body(
			app.Li().Body(app.Text("Call "), app.A().Href("tel:999").Text("999"), app.Text(" if someone is seriously ill or hurt, or their life is at risk.")),
			app.Li().Body(app.Text("Call "), app.A().Href("tel:111").Text("111"), app.Text(" if you need medical help fast but it is not an emergency.")),
			app.Li().Body(app.Text("Call "), app.A().Href("tel:101").Text("101"), app.Text(" to report a crime to the police when it is not an emergency.")),
		),
	)
}

// backLink returns a back link to path, or nothing when path is empty.
func backLink(path string) app.UI {
	if path == "" {
		return app.Text("")
	}
	return app.A().Class("back").Href(path).Text("Back")
}

// heading is the page's main heading; it takes focus when a page opens.
func heading(text string) app.UI {
	return app.H1().ID(IDHeading).TabIndex(-1).Class("h1").Text(text)
}
