package track

import (
	"errors"
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// TestHolidaysCoverTwoYears fails when the bank-holiday data runs out:
// it must cover every year up to two years from today. Add the next year
// from gov.uk/bank-holidays and update "last" and "reviewed".
func TestHolidaysCoverTwoYears(t *testing.T) {
	h, err := BankHolidays()
	if err != nil {
		t.Fatal(err)
	}
	if need := time.Now().AddDate(2, 0, 0).Year(); !h.Covers(need) {
		t.Fatalf("the bank holidays in holidays.json end in %d, but dates up to %d are needed: add them from %s", h.Last, need, h.Source)
	}
	if h.First > 2025 || h.Source != "https://www.gov.uk/bank-holidays" {
		t.Fatalf("want data from 2025 from gov.uk, got %d from %q", h.First, h.Source)
	}
	reviewed, err := time.Parse(time.DateOnly, h.Reviewed)
	if err != nil || reviewed.After(time.Now()) {
		t.Fatalf("reviewed date %q: %v", h.Reviewed, err)
	}
	for _, div := range []Division{EnglandWales, ScotlandDiv, NorthernIreland} {
		for y := h.First; y <= h.Last; y++ {
			n := 0
			for _, d := range h.Divisions[div] {
				if d.Date[:4] == time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006") {
					n++
				}
			}
			if want := map[Division]int{EnglandWales: 8, ScotlandDiv: 9, NorthernIreland: 10}[div]; n < want {
				t.Errorf("%s %d: %d bank holidays, want at least %d", div, y, n, want)
			}
		}
	}
}

// easter returns Easter Sunday (Anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	return day(y, time.Month((h+l-7*m+114)/31), (h+l-7*m+114)%31+1)
}

// TestHolidaysFollowThePattern checks the data against the rules the
// dates follow, so a typing slip shows up. One-off holidays proclaimed for
// a year would be listed here as exceptions.
func TestHolidaysFollowThePattern(t *testing.T) {
	h, err := BankHolidays()
	if err != nil {
		t.Fatal(err)
	}
	for y := h.First; y <= h.Last; y++ {
		e := easter(y)
		for _, tt := range []struct {
			div  Division
			d    time.Time
			want bool
		}{
			{EnglandWales, e.AddDate(0, 0, -2), true}, // Good Friday
			{EnglandWales, e.AddDate(0, 0, 1), true},  // Easter Monday
			{ScotlandDiv, e.AddDate(0, 0, -2), true},
			{ScotlandDiv, e.AddDate(0, 0, 1), false}, // not a bank holiday in Scotland
			{NorthernIreland, e.AddDate(0, 0, 1), true},
		} {
			if ok, _ := h.IsWorkingDay(tt.div, tt.d); ok == tt.want {
				t.Errorf("%s %s: holiday=%v, want %v", tt.div, tt.d.Format(time.DateOnly), !ok, tt.want)
			}
		}
	}
}

func TestWorkingDays(t *testing.T) {
	h, err := BankHolidays()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		div  Division
		from time.Time
		n    int
		want time.Time
	}{
		{"ordinary week", EnglandWales, day(2026, 11, 2), 3, day(2026, 11, 5)},
		{"over a weekend", EnglandWales, day(2026, 11, 5), 3, day(2026, 11, 10)},
		{"sent on a Saturday", EnglandWales, day(2026, 11, 7), 3, day(2026, 11, 11)},
		{"Easter 2026", EnglandWales, day(2026, 4, 2), 3, day(2026, 4, 9)},
		{"Easter Monday works in Scotland", ScotlandDiv, day(2026, 4, 2), 3, day(2026, 4, 8)},
		{"Christmas 2026, Boxing Day substitute", EnglandWales, day(2026, 12, 23), 3, day(2026, 12, 30)},
		{"Christmas 2027, both substitutes", EnglandWales, day(2027, 12, 23), 3, day(2027, 12, 30)},
		{"2 January in Scotland", ScotlandDiv, day(2026, 12, 31), 1, day(2027, 1, 5)},
		{"2 January is work in England", EnglandWales, day(2026, 12, 31), 1, day(2027, 1, 4)},
		{"St Andrew's Day substitute 2025", ScotlandDiv, day(2025, 11, 28), 1, day(2025, 12, 2)},
		{"St Patrick's Day", NorthernIreland, day(2026, 3, 16), 1, day(2026, 3, 18)},
		{"St Patrick's Day is work in England", EnglandWales, day(2026, 3, 16), 1, day(2026, 3, 17)},
		{"Boyne substitute 2026", NorthernIreland, day(2026, 7, 10), 1, day(2026, 7, 14)},
		{"Scottish summer holiday", ScotlandDiv, day(2027, 7, 30), 1, day(2027, 8, 3)},
		{"English summer holiday", EnglandWales, day(2027, 8, 27), 1, day(2027, 8, 31)},
		{"leap day counts", EnglandWales, day(2028, 2, 28), 1, day(2028, 2, 29)},
		{"zero days", EnglandWales, day(2026, 11, 7), 0, day(2026, 11, 7)},
		{"20 working days over Christmas in Scotland", ScotlandDiv, day(2026, 12, 14), 20, day(2027, 1, 15)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := h.AddWorkingDays(tt.div, tt.from, tt.n)
			if err != nil || !got.Equal(tt.want) {
				t.Fatalf("got %s, %v; want %s", got.Format(time.DateOnly), err, tt.want.Format(time.DateOnly))
			}
		})
	}
	if _, err := h.AddWorkingDays(EnglandWales, day(h.Last, 12, 30), 3); !errors.Is(err, ErrNoHolidays) {
		t.Fatalf("past the data: got %v, want ErrNoHolidays", err)
	}
	if _, err := h.IsWorkingDay(EnglandWales, day(h.First-1, 6, 1)); !errors.Is(err, ErrNoHolidays) {
		t.Fatalf("before the data: got %v", err)
	}
}

func TestParseHolidaysRejects(t *testing.T) {
	for _, in := range []string{
		`x`,
		`{"first":2025,"last":2025,"divisions":{"scotland":[{"date":"2026-01-01"}]}}`,
		`{"first":2025,"last":2025,"divisions":{"scotland":[{"date":"1 Jan"}]}}`,
	} {
		if _, err := parseHolidays([]byte(in)); err == nil {
			t.Errorf("%s: no error", in)
		}
	}
}
