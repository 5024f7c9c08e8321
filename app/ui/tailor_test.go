package ui

import (
	"strings"
	"testing"
	"time"

	"putitright/app/guide"
)

// TestPlanTailoring checks the plan page's top lines: sympathy after a
// death, and "may have passed" when a month-only date leaves it unsure.
func TestPlanTailoring(t *testing.T) {
	// The page draws the plan for today: a month-only date 12 months ago
	// leaves it unsure (on the first of the month the deadline is today).
	year := time.Now().AddDate(-1, 0, 0)
	firstDay := time.Now().Day() == 1
	tests := []struct {
		name string
		a    guide.Answers
		want []string
		not  []string
	}{
		{"a baby died", guide.Answers{Nation: guide.England, Service: guide.Maternity, Person: guide.Self, Harm: guide.HarmDeath, Happened: guide.MonthOf(2026, time.September)},
			[]string{"We are sorry that someone close to you has died"}, nil},
		{"no death", guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.Self, Harm: guide.HarmMinor},
			nil, []string{"We are sorry"}},
		{"may have passed", guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.Self, Happened: guide.MonthOf(year.Year(), year.Month())},
			[]string{"The usual time limit may have passed"}, []string{"this has passed"}},
	}
	for _, tt := range tests {
		if firstDay && tt.name == "may have passed" {
			continue
		}
		html := render(t, PathPlan, caseState{Answers: tt.a})
		for _, w := range tt.want {
			if !strings.Contains(html, w) {
				t.Errorf("%s: plan lacks %q", tt.name, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(html, w) {
				t.Errorf("%s: plan has %q", tt.name, w)
			}
		}
	}
}
