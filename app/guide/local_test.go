package guide_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"putitright/app/guide"
)

func TestLocalHelpEveryNation(t *testing.T) {
	local := guide.Local{
		Partner:     "Partner",
		Advocacy:    guide.Contact{Name: "Local Advocacy", Phone: "0300 000 0000"},
		PALS:        guide.Contact{Web: "https://pals.example/"},
		Healthwatch: guide.Contact{Name: "Healthwatch Here", Phone: "01632 960000"},
	}
	tests := []struct {
		nation  guide.Nation
		service guide.Service
		want    []string
	}{
		{guide.England, guide.GP, []string{"help.local.advocacy", "help.local.pals", "help.local.healthwatch"}},
		{guide.England, guide.CouncilCare, []string{"help.local.healthwatch"}},
		{guide.Wales, guide.GP, []string{"help.local.advocacy-nation", "help.local.patient-advice", "help.local.healthwatch"}},
		{guide.Wales, guide.CouncilCare, []string{"help.local.advocacy-nation", "help.local.healthwatch"}},
		{guide.Scotland, guide.HospitalInpatient, []string{"help.local.advocacy-nation", "help.local.patient-advice", "help.local.healthwatch"}},
		{guide.NorthernIreland, guide.GP, []string{"help.local.advocacy-nation", "help.local.patient-advice", "help.local.healthwatch"}},
	}
	for _, tt := range tests {
		a := guide.Answers{Nation: tt.nation, Service: tt.service, Happened: guide.MonthOf(2026, 9), Outcomes: []guide.Outcome{guide.OutExplanation}}
		p, err := guide.Build(a, guide.Options{Today: time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC), Local: local})
		if err != nil {
			t.Fatalf("%s %s: %v", tt.nation, tt.service, err)
		}
		var got []string
		for _, s := range p.Help {
			if strings.HasPrefix(s.ID, "help.local.") {
				got = append(got, s.ID)
				if s.Contact.Name == "" || s.Contact.IsZero() {
					t.Errorf("%s %s: %s has no contact: %+v", tt.nation, tt.service, s.ID, s.Contact)
				}
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s %s: local help %q, want %q", tt.nation, tt.service, got, tt.want)
		}
		if len(p.Help) <= len(got) {
			t.Errorf("%s %s: the national help is gone: %d steps", tt.nation, tt.service, len(p.Help))
		}
		if i := slices.IndexFunc(p.Help, func(s guide.Step) bool { return s.ID == "help.local.advocacy-nation" }); i >= 0 &&
			strings.Contains(p.Help[i].Title+p.Help[i].Text, "NHS complaints advocacy") {
			t.Errorf("%s: English wording outside England: %q", tt.nation, p.Help[i].Text)
		}
	}
}
