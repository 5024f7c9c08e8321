package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/guide"
)

// helpGaps are help entries in the content with no phone number, no web
// address and no sentence saying how to find the local service. They are
// the content's to fill; the plan then shows the next entry that can be
// reached with them.
var helpGaps = []string{"help.avma", "help.unsure", "help.mh-advocacy"}

// TestHelpActionable checks every help entry in plans for every nation
// and kind of care can be acted on: a phone number, a web address or a
// clear way to find the local one; and that the first screen's free help
// always has a tel: or web link.
func TestHelpActionable(t *testing.T) {
	today := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	nations := []guide.Nation{guide.England, guide.Wales, guide.Scotland, guide.NorthernIreland, guide.NationUnsure}
	services := []guide.Service{guide.HospitalInpatient, guide.GP, guide.PrivateDentist, guide.CouncilCare, guide.SelfFundedCare, guide.MentalHealth, guide.PrivateHealthcare}
	seen := map[string]bool{}
	var w words
	w.setLang("")
	for _, n := range nations {
		for _, sv := range services {
			for _, harm := range []guide.Harm{guide.HarmMinor, guide.HarmDeath} {
				for _, det := range []guide.YesNo{guide.No, guide.Yes} {
					a := guide.Answers{Nation: n, Service: sv, Person: guide.Self, Stage: guide.NotRaised, Harm: harm, Detained: det,
						Outcomes: []guide.Outcome{guide.OutExplanation}}
					p, err := guide.Build(a, guide.Options{Today: today})
					if err != nil {
						t.Fatal(err)
					}
					for _, h := range p.Help {
						if reachable(h) || h.Find != "" {
							continue
						}
						if !slices.Contains(helpGaps, h.ID) && !seen[h.ID] {
							t.Errorf("%s in %s/%s: no phone, web address or way to find it", h.ID, n, sv)
						}
						seen[h.ID] = true
					}
					if len(p.Help) == 0 {
						t.Errorf("%s/%s: no free help", n, sv)
						continue
					}
					html := app.HTMLString(w.helpNow(p.Help))
					if !strings.Contains(html, `href="tel:`) && !strings.Contains(html, `href="http`) && p.Help[0].Find == "" {
						t.Errorf("%s/%s: the first screen's free help has no way to reach it: %s", n, sv, html)
					}
				}
			}
		}
	}
	for id := range seen {
		t.Logf("content gap: %s has no phone, web address or way to find it", id)
	}
}

// TestPartnerHealthwatch checks a partner's own Healthwatch card does not
// talk about Healthwatch being closed.
func TestPartnerHealthwatch(t *testing.T) {
	today := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	a := guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.Self, Stage: guide.NotRaised, Outcomes: []guide.Outcome{guide.OutProcedures}}
	local := guide.Local{Partner: "Healthwatch Example", Healthwatch: guide.Contact{Phone: "0300 000 0000"}}
	p, err := guide.Build(a, guide.Options{Today: today, Local: local})
	if err != nil {
		t.Fatal(err)
	}
	var found int
	var w words
	w.setLang("")
	for _, st := range append(slices.Clone(p.Help), p.Report...) {
		if !strings.Contains(st.ID, "healthwatch") || st.Contact.IsZero() {
			continue
		}
		found++
		html := strings.ToLower(app.HTMLString(app.Div().Body(w.stepBody(st)...)))
		for _, bad := range []string{"close", "abolish", "health bill"} {
			if strings.Contains(html, bad) {
				t.Errorf("the partner's %s card says %q: %s", st.ID, bad, html)
			}
		}
	}
	if found == 0 {
		t.Fatal("no partner Healthwatch card in the plan")
	}
}
