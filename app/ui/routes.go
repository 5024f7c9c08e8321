// Package ui holds the go-app components: the question pages, the check
// answers page, the plan and the letters. All state lives in one Shell
// component; the rules live in the pure packages (flow, guide, letter).
package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/flow"
	"putitright/app/guide"
)

// Page addresses.
const (
	PathStart   = "/"
	PathCheck   = "/check"
	PathPlan    = "/plan"
	PathLetters = "/letters"
	PathData    = "/your-data"
	PathPrivacy = "/privacy"
)

// questionPath returns the address of a question page.
func questionPath(id flow.ID) string { return "/q/" + string(id) }

// letterPath returns the address of a letter page.
func letterPath(id guide.LetterID) string { return PathLetters + "/" + string(id) }

// shellPage reports whether path is one of the Shell's pages (every page
// but the partner pages).
func shellPage(path string) bool {
	if path == PathPartners || path == PathPartnersAbout {
		return false
	}
	return slices.Contains(Pages(), path)
}

// Routes registers every page with go-app. Call it in both the wasm main and
// the server, before serving or running.
func Routes() {
	for _, p := range Pages() {
		if shellPage(p) {
			app.Route(p, newShell)
		}
	}
	app.Route(PathPartners, newBuilder)
	app.Route(PathPartnersAbout, newBuilder)
}

func newShell() app.Composer { return &Shell{} }

// Pages returns the address of every page, for prerendering and for the
// offline cache.
func Pages() []string {
	p := []string{PathStart}
	for _, q := range flow.Questions() {
		p = append(p, questionPath(q.ID))
	}
	p = append(p, PathUrgent)
	p = append(p, PathCheck, PathPlan, PathLetters)
	for _, id := range allLetters {
		p = append(p, letterPath(id))
	}
	return append(p, PathTrack, PathData, PathPrivacy, PathPartners, PathPartnersAbout)
}

// allLetters is every letter, from the letter registry.
var allLetters = guide.AllLetters()
