package ui

import (
	"slices"
	"strings"
	"testing"

	"putitright/app/guide"
)

// TestUrgentPage checks the page shown straight after "Is anyone in
// danger now?" is answered yes: what to do now, fitting the care, 999
// first as a link to call, and a way to carry on.
func TestUrgentPage(t *testing.T) {
	if !slices.Contains(Pages(), PathUrgent) {
		t.Fatalf("%s is not prerendered: %v", PathUrgent, Pages())
	}
	c := caseState{Answers: guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare, Danger: guide.Yes}}
	html := render(t, PathUrgent, c)
	for _, want := range []string{"Get help now", `href="tel:999"`, "Act now about the care", "Report abuse or neglect", `href="/q/abuse"`, "Continue", `href="/q/danger"`} {
		if !strings.Contains(html, want) {
			t.Errorf("urgent page lacks %q", want)
		}
	}
	if i, j := strings.Index(html, `href="tel:999"`), strings.Index(html, `href="tel:111"`); i < 0 || j >= 0 && j < i {
		t.Errorf("999 is not the first number: 999 at %d, 111 at %d", i, j)
	}
	// Drawn ahead with no answers, as for offline use: the general numbers.
	if html := render(t, PathUrgent, caseState{}); !strings.Contains(html, `href="tel:999"`) {
		t.Error("the urgent page with no answers lacks 999")
	}
}
