// Package e2e tests Put It Right end to end: the real server binary serving
// the real build, driven in real browsers by internal/browsertest. Run it
// with make test-browser (it needs make build first).
package e2e

import (
	"slices"
	"strconv"
	"time"

	"putitright/app/draft"
	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/letter"
	"putitright/app/ui"
	bt "putitright/internal/browsertest"
)

// startHeading is the start page's heading.
const startHeading = "Get your complaint about NHS or social care heard"

// walkChoices are the answers the walks give: the first of these a
// question offers.
var walkChoices = []string{"england", "gp", "self", "not-raised", "explanation", "minor", "none", "no"}

// letterCase is a finished plan for someone complaining about their own
// hospital care a few months ago, with nothing typed into letters yet.
func letterCase() draft.Case {
	now := time.Now()
	happened := now.AddDate(0, -3, 0)
	a := guide.Answers{
		Nation: guide.England, Service: guide.HospitalInpatient, SocialCareToo: guide.No,
		Danger: guide.No, Abuse: guide.No, Person: guide.Self, Happened: guide.MonthOf(happened.Year(), happened.Month()),
		Stage: guide.NotRaised, Outcomes: []guide.Outcome{guide.OutExplanation, guide.OutApology},
		Harm: guide.HarmMinor, Legal: guide.No, Detained: guide.No, Offer: guide.No,
	}
	return draft.New(a, letter.Details{}, nil, now)
}

// qPath is the address of the question id, as the app routes it.
func qPath(id flow.ID) string { return "/q/" + string(id) }

// monthsAgo returns the month and year n months before now, as typed.
func monthsAgo(n int) (string, string) {
	now := time.Now()
	d := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.Local).AddDate(0, -n, 0)
	return strconv.Itoa(int(d.Month())), strconv.Itoa(d.Year())
}

// previewHas waits until the letter preview contains want.
func previewHas(b *bt.Browser, want string) {
	b.T.Helper()
	b.WaitFor("the preview to show "+want, `(document.getElementById(`+bt.JS(ui.IDPreview)+`)?.innerText || '').includes(`+bt.JS(want)+`)`)
}

// percentile returns the p-th percentile of v (nearest rank).
func percentile(v []float64, p float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	i := int(float64(len(s))*p/100+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}
