package e2e

// Issue 11: urgent help interrupts. Answering yes to "Is anyone in
// danger now?" shows what to do at once on the next page, before any
// other question, fitting the care; Continue carries on.

import (
	"slices"
	"testing"
	"time"

	"putitright/app/draft"
	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/letter"
	"putitright/app/ui"
	bt "putitright/internal/browsertest"
)

func TestUrgentInterrupts(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	// A son whose mother pays for her own care home.
	c := draft.New(guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare}, letter.Details{}, nil, time.Now())
	b.Seed(s.App, c, bt.QuestionPath(flow.QDanger))
	b.ClickOn(bt.Choice(string(guide.Yes)))
	b.WaitFor("the get-help-now card", `!!document.querySelector('.care-card')`)
	b.ClickOn("form button[type=submit]")
	b.OnPage(ui.PathUrgent)
	b.WaitHeading("Get help now")
	if got := bt.Eval[string](b, `document.querySelector('main a[href^="tel:"]').getAttribute('href')`); got != "tel:999" {
		t.Errorf("the first number to call is %q, want tel:999", got)
	}
	steps := bt.Eval[[]string](b, `[...document.querySelectorAll('main .step')].map(e => e.dataset.id)`)
	for _, want := range []string{"urgent.999", "urgent.care-now", "urgent.safeguarding"} {
		if !slices.Contains(steps, want) {
			t.Errorf("urgent page steps %q lack %s", steps, want)
		}
	}
	b.Axe(ui.PathUrgent)
	b.Shot("urgent")

	b.ClickOn(`main a.button[href="` + bt.QuestionPath(flow.QAbuse) + `"]`)
	b.OnPage(bt.QuestionPath(flow.QAbuse))
	// Back from the next question returns to what to do now.
	b.ClickOn("a.back")
	b.OnPage(ui.PathUrgent)
}
