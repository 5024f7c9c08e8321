package guide_test

import (
	"strings"
	"testing"

	"putitright/app/guide"
)

// TestMayHavePassed checks that a month-only date which leaves it unsure
// whether the limit has passed says "may have passed", not "has passed".
func TestMayHavePassed(t *testing.T) {
	tests := []struct {
		name   string
		a      guide.Answers
		unsure bool
		want   string
	}{
		{"month-only, may have passed", guide.Answers{Nation: guide.England, Service: guide.GP, Happened: guide.MonthOf(2025, 11)},
			true, "may have passed"},
		{"month-only, surely passed", guide.Answers{Nation: guide.England, Service: guide.GP, Happened: guide.MonthOf(2025, 10)},
			false, "The usual deadline was"},
		{"exact day, passed", guide.Answers{Nation: guide.England, Service: guide.GP, Happened: guide.DayOf(2025, 11, 2)},
			false, "The usual deadline was"},
		{"ombudsman, may have passed", guide.Answers{Nation: guide.England, Service: guide.GP, Happened: guide.MonthOf(2025, 11),
			Stage: guide.FinalResponse, Sent: guide.MonthOf(2026, 1), Responded: guide.MonthOf(2026, 3)},
			true, "may have passed"},
	}
	for _, tt := range tests {
		p, err := guide.Build(tt.a, opts())
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		tl := p.Complaint.TimeLimit
		if tl.Status != guide.TimePassed || tl.Unsure != tt.unsure {
			t.Errorf("%s: status %s unsure %v, want passed, unsure %v", tt.name, tl.Status, tl.Unsure, tt.unsure)
		}
		if !strings.Contains(tl.Text, tt.want) {
			t.Errorf("%s: time limit text %q, want %q", tt.name, tl.Text, tt.want)
		}
		if tt.unsure && strings.Contains(tl.Text, "has passed") {
			t.Errorf("%s: time limit text %q says it has passed", tt.name, tl.Text)
		}
	}
}

// TestSympathy checks that the plan opens with a line of sympathy
// whenever the person died, whoever writes.
func TestSympathy(t *testing.T) {
	tests := []struct {
		name string
		a    guide.Answers
		want bool
	}{
		{"someone who has died", guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.ForDeceased}, true},
		{"a mother whose baby died", guide.Answers{Nation: guide.Wales, Service: guide.Maternity, Person: guide.Self, Harm: guide.HarmDeath}, true},
		{"a parent whose child died", guide.Answers{Nation: guide.Scotland, Service: guide.HospitalAE, Person: guide.ForChild, Harm: guide.HarmDeath}, true},
		{"a partner who died, before choosing who", guide.Answers{Nation: guide.NorthernIreland, Service: guide.SelfFundedCare, Harm: guide.HarmDeath}, true},
		{"no death", guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.Self, Harm: guide.HarmModerate}, false},
	}
	for _, tt := range tests {
		p, err := guide.Build(tt.a, opts())
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := strings.Contains(p.Sympathy, "sorry"); got != tt.want {
			t.Errorf("%s: sympathy %q, want it %v", tt.name, p.Sympathy, tt.want)
		}
	}
}
