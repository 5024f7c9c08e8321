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
