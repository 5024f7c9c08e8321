package guide_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"putitright/app/guide"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 9, 30, 0, 0, time.UTC) }

func TestTimeLimitBoundaries(t *testing.T) {
	tests := []struct {
		name     string
		nation   guide.Nation
		happened guide.Date
		found    guide.Date
		today    time.Time
		deadline guide.Date
		status   guide.TimeStatus
	}{
		{"exactly 12 months, day known: still inside on the day", guide.England, guide.DayOf(2025, 11, 21), guide.Date{},
			day(2026, 11, 21), guide.DayOf(2026, 11, 21), guide.TimeClosing},
		{"12 months and a day: passed", guide.England, guide.DayOf(2025, 11, 21), guide.Date{},
			day(2026, 11, 22), guide.DayOf(2026, 11, 21), guide.TimePassed},
		{"month only: the safe deadline counts from the first day of the month", guide.England, guide.MonthOf(2025, 11), guide.Date{},
			day(2026, 11, 1), guide.DayOf(2026, 11, 1), guide.TimeClosing},
		{"month only: passed, to be safe, the day after the first-day deadline", guide.England, guide.MonthOf(2025, 11), guide.Date{},
			day(2026, 11, 2), guide.DayOf(2026, 11, 1), guide.TimePassed},
		{"month end: 31 January", guide.England, guide.DayOf(2025, 1, 31), guide.Date{},
			day(2025, 6, 1), guide.DayOf(2026, 1, 31), guide.TimeInside},
		{"leap day: 29 February 2024 + 12 months is 28 February 2025", guide.England, guide.DayOf(2024, 2, 29), guide.Date{},
			day(2025, 2, 28), guide.DayOf(2025, 2, 28), guide.TimeClosing},
		{"leap day: passed on 1 March 2025", guide.England, guide.DayOf(2024, 2, 29), guide.Date{},
			day(2025, 3, 1), guide.DayOf(2025, 2, 28), guide.TimePassed},
		{"leap month only: February 2024", guide.England, guide.MonthOf(2024, 2), guide.Date{},
			day(2025, 1, 1), guide.DayOf(2025, 2, 1), guide.TimeClosing},
		{"two months out is closing", guide.England, guide.DayOf(2025, 12, 31), guide.Date{},
			day(2026, 10, 31), guide.DayOf(2026, 12, 31), guide.TimeClosing},
		{"just over two months out is inside", guide.England, guide.DayOf(2025, 12, 31), guide.Date{},
			day(2026, 10, 30), guide.DayOf(2026, 12, 31), guide.TimeInside},
		{"found out later wins", guide.England, guide.MonthOf(2024, 1), guide.DayOf(2026, 3, 15),
			day(2026, 11, 21), guide.DayOf(2027, 3, 15), guide.TimeInside},
		{"Wales: 12 months", guide.Wales, guide.DayOf(2026, 1, 10), guide.Date{},
			day(2026, 11, 21), guide.DayOf(2027, 1, 10), guide.TimeClosing},
		{"Scotland: 6 months from event", guide.Scotland, guide.DayOf(2026, 3, 10), guide.Date{},
			day(2026, 9, 10), guide.DayOf(2026, 9, 10), guide.TimeClosing},
		{"Scotland: 6 months from finding out", guide.Scotland, guide.DayOf(2026, 1, 10), guide.DayOf(2026, 6, 1),
			day(2026, 9, 1), guide.DayOf(2026, 12, 1), guide.TimeInside},
		{"Scotland: normally no later than 12 months after the event", guide.Scotland, guide.DayOf(2025, 12, 1), guide.DayOf(2026, 11, 1),
			day(2026, 11, 21), guide.DayOf(2026, 12, 1), guide.TimeClosing},
		{"Northern Ireland: 6 months from becoming aware", guide.NorthernIreland, guide.DayOf(2026, 2, 1), guide.DayOf(2026, 4, 20),
			day(2026, 11, 21), guide.DayOf(2026, 10, 20), guide.TimePassed},
		{"Northern Ireland: capped at 12 months after the event", guide.NorthernIreland, guide.DayOf(2025, 12, 1), guide.DayOf(2026, 10, 1),
			day(2026, 11, 21), guide.DayOf(2026, 12, 1), guide.TimeClosing},
		{"unsure nation uses the 12-month rule", guide.NationUnsure, guide.DayOf(2026, 1, 2), guide.Date{},
			day(2026, 11, 21), guide.DayOf(2027, 1, 2), guide.TimeClosing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := guide.Build(guide.Answers{Nation: tt.nation, Service: guide.GP, Happened: tt.happened, FoundOut: tt.found},
				guide.Options{Today: tt.today})
			if err != nil {
				t.Fatal(err)
			}
			tl := p.Complaint.TimeLimit
			if tl.Deadline != tt.deadline || tl.Status != tt.status {
				t.Errorf("deadline %v status %s, want %v %s", tl.Deadline, tl.Status, tt.deadline, tt.status)
			}
			if !strings.Contains(tl.Text, tt.deadline.Words(english(t))) {
				t.Errorf("text %q does not give the deadline %s", tl.Text, tt.deadline.Words(english(t)))
			}
			if tl.Status == guide.TimePassed && !strings.Contains(tl.Text, "You can still complain") {
				t.Errorf("passed text %q does not say they can still complain", tl.Text)
			}
		})
	}
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		d    guide.Date
		n    int
		want guide.Date
	}{
		{guide.DayOf(2025, 1, 31), 1, guide.DayOf(2025, 2, 28)},
		{guide.DayOf(2024, 1, 31), 1, guide.DayOf(2024, 2, 29)},
		{guide.DayOf(2024, 2, 29), 12, guide.DayOf(2025, 2, 28)},
		{guide.DayOf(2025, 3, 31), -1, guide.DayOf(2025, 2, 28)},
		{guide.DayOf(2025, 12, 15), 1, guide.DayOf(2026, 1, 15)},
		{guide.MonthOf(2025, 11), 12, guide.MonthOf(2026, 11)},
	}
	for _, tt := range tests {
		if got := tt.d.AddMonths(tt.n); got != tt.want {
			t.Errorf("%v.AddMonths(%d) = %v, want %v", tt.d, tt.n, got, tt.want)
		}
	}
}

func TestCheckErrors(t *testing.T) {
	now := day(2026, 11, 21)
	tests := []struct {
		name  string
		a     guide.Answers
		field string
		is    error
	}{
		{"future day", guide.Answers{Happened: guide.DayOf(2026, 11, 22)}, "happened", guide.ErrFutureDate},
		{"future month", guide.Answers{FoundOut: guide.MonthOf(2026, 12)}, "foundOut", guide.ErrFutureDate},
		{"future sent", guide.Answers{Sent: guide.DayOf(2027, 1, 1)}, "sent", guide.ErrFutureDate},
		{"not a real date", guide.Answers{Happened: guide.DayOf(2025, 2, 30)}, "happened", guide.ErrInvalidDate},
		{"found out before it happened", guide.Answers{Happened: guide.MonthOf(2026, 5), FoundOut: guide.MonthOf(2026, 4)}, "foundOut", guide.ErrFoundOutBeforeEvent},
		{"unknown nation", guide.Answers{Nation: "france"}, "nation", guide.ErrUnknownValue},
		{"unknown service", guide.Answers{Service: "vet"}, "service", guide.ErrUnknownValue},
		{"unknown outcome", guide.Answers{Outcomes: []guide.Outcome{guide.OutMoney, "revenge"}}, "outcomes[1]", guide.ErrUnknownValue},
		{"unknown yes/no", guide.Answers{Danger: "maybe"}, "danger", guide.ErrUnknownValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.a.Check(now)
			if !errors.Is(err, tt.is) {
				t.Fatalf("Check = %v, want %v", err, tt.is)
			}
			var fe *guide.FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field {
				t.Errorf("field = %v, want %q", fe, tt.field)
			}
			_, berr := guide.Build(tt.a, guide.Options{Today: now})
			if !errors.Is(berr, tt.is) || !strings.Contains(berr.Error(), tt.field) {
				t.Errorf("Build error %v does not wrap %v or name %q", berr, tt.is, tt.field)
			}
		})
	}
}

func TestCheckValid(t *testing.T) {
	now := day(2026, 11, 21)
	valid := []guide.Answers{
		{},
		{Happened: guide.MonthOf(2026, 11)},   // this month is not the future
		{Happened: guide.DayOf(2026, 11, 21)}, // today is not the future
		{Happened: guide.DayOf(2026, 5, 20), FoundOut: guide.MonthOf(2026, 5)},
		fullAnswers(),
	}
	for _, a := range valid {
		if err := a.Check(now); err != nil {
			t.Errorf("Check(%+v) = %v", a, err)
		}
	}
}

func TestCheckJoinsErrors(t *testing.T) {
	err := guide.Answers{Nation: "x", Happened: guide.DayOf(2030, 1, 1)}.Check(day(2026, 11, 21))
	if !errors.Is(err, guide.ErrUnknownValue) || !errors.Is(err, guide.ErrFutureDate) {
		t.Errorf("Check = %v, want both errors", err)
	}
}

func TestBuildNeedsToday(t *testing.T) {
	_, err := guide.Build(guide.Answers{}, guide.Options{})
	if !errors.Is(err, guide.ErrNoToday) {
		t.Errorf("Build with no Today = %v, want ErrNoToday", err)
	}
}

func TestTimeLimitAfterSending(t *testing.T) {
	tests := []struct {
		name   string
		a      guide.Answers
		status guide.TimeStatus
	}{
		{"sent in time, measured on the day sent", guide.Answers{Nation: guide.England, Service: guide.GP, Stage: guide.Waiting,
			Happened: guide.DayOf(2025, 6, 1), Sent: guide.DayOf(2025, 9, 1)}, guide.TimeInside},
		{"sent late", guide.Answers{Nation: guide.England, Service: guide.GP, Stage: guide.Waiting,
			Happened: guide.DayOf(2024, 6, 1), Sent: guide.DayOf(2025, 9, 1)}, guide.TimePassed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := guide.Build(tt.a, opts())
			if err != nil {
				t.Fatal(err)
			}
			tl := p.Complaint.TimeLimit
			if tl.Status != tt.status || !strings.Contains(tl.Text, "already sent") {
				t.Errorf("status %s text %q", tl.Status, tl.Text)
			}
			for _, w := range p.Warnings {
				if w.ID == "warn.late" {
					t.Error("late-letter warning shown after the complaint was sent")
				}
			}
		})
	}
}
