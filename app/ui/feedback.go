package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// say shows msg next to the control at, such as "exports" for the letter's
// export buttons, so it appears where the person is looking; at "" shows
// it at the top of the page.
func (s *Shell) say(at, msg string) {
	s.notice, s.noticeAt = msg, at
}

// feedback is the place next to a group of controls where what they did
// is said ("Copied", "Downloading", "Saved"). It is always there, so
// screen readers announce the message when it appears.
func (s *Shell) feedback(at string) app.UI {
	p := app.P().ID("feedback-" + at).Class("feedback").Role("status")
	if s.noticeAt == at && s.notice != "" {
		return p.Class("notice feedback-on").Text(s.notice)
	}
	return p
}
