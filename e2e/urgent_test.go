//go:build porting

package e2e

// Issue 11: urgent help interrupts. Answering yes to "Is anyone in
// danger now?" shows what to do at once on the next page, before any
// other question, fitting the care; Continue carries on.

import (
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"putitright/app/draft"
	"putitright/app/guide"
	"putitright/app/letter"
)

func TestUrgentInterrupts(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	// A son whose mother pays for her own care home.
	c := draft.New(guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare}, letter.Details{}, nil, time.Now())
	b.secSeed(s, c, "/q/danger")
	b.waitHeading("Is anyone in danger now?")
	b.do(chromedp.Click("#value-yes"))
	b.waitFor("the get-help-now card", `!!document.querySelector('.care-card')`)
	b.do(chromedp.Click("form button[type=submit]"))

	b.waitHeading("Get help now")
	if path := eval[string](b, `location.pathname`); path != "/q/urgent" {
		t.Errorf("after yes to danger the page is %s, want /q/urgent", path)
	}
	if got := eval[string](b, `document.querySelector('main a[href^="tel:"]').getAttribute('href')`); got != "tel:999" {
		t.Errorf("the first number to call is %q, want tel:999", got)
	}
	steps := eval[[]string](b, `[...document.querySelectorAll('main .step')].map(e => e.dataset.id)`)
	for _, want := range []string{"urgent.999", "urgent.care-now", "urgent.safeguarding"} {
		if !slices.Contains(steps, want) {
			t.Errorf("urgent page steps %q lack %s", steps, want)
		}
	}
	b.axe("/q/urgent")
	b.shot("urgent")

	b.do(chromedp.Click(`main a.button[href="/q/abuse"]`))
	b.waitHeading("Do you think an adult who needs care is being abused or neglected?")
	// Back from the next question returns to what to do now.
	b.do(chromedp.Click("a.back"))
	b.waitHeading("Get help now")
}
