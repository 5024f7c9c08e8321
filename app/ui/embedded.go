package ui

import (
	"putitright/app/flow"
	"putitright/app/jsbridge"
)

// What the app does differently inside a partner's page (widget/embed.js).

// key returns the storage key for one of the key constants. Inside a
// partner's page, a widget with its own title keeps its own draft, so two
// widgets on one page, or on two pages of one site, do not share one
// person's progress by surprise. At top level there is one draft: the
// address loses its settings after the first page.
func (s *Shell) key(k string) string {
	if !s.embedded || s.cfg.Title == "" {
		return k
	}
	return k + ":" + s.cfg.Title
}

// probeKey is written and deleted to learn whether storage works.
const probeKey = "putitright-probe"

// storageWorks reports whether this browser lets the app keep anything
// here: inside another site's frame some block storage altogether.
func storageWorks() bool {
	if jsbridge.StorageSet(probeKey, "1") != nil {
		return false
	}
	_ = jsbridge.StorageDelete(probeKey)
	return true
}

// firstQuestion is the first question's address: the nation question, or
// the next one when the partner has said where its people get their care.
func (s *Shell) firstQuestion() string {
	if s.cfg.Nation != "" && s.kase.Answers.Nation == "" {
		return questionPath(flow.QService)
	}
	return questionPath(flow.QNation)
}

// started reports whether the person has begun answering.
func (s *Shell) started() bool { return len(flow.Values(s.kase.Answers, flow.QService)) > 0 }

// embeddedStart is the page to show first at path. Inside a partner's page
// the Start card was the start page, so a person who has not begun goes
// straight to the first question.
func (s *Shell) embeddedStart(path string) string {
	if s.embedded && (path == PathStart || path == "") && !s.started() {
		return s.firstQuestion()
	}
	return path
}

// framePath is path with the settings the frame was opened with, so that
// reloading the frame (after an update, say) keeps the partner's options
// and the page it must report its height to.
func (s *Shell) framePath(path string) string {
	if s.settings == "" {
		return path
	}
	return path + "#" + s.settings
}
