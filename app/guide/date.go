package guide

import (
	"errors"
	"fmt"
	"time"

	"putitright/app/content"
)

// Date is a calendar date known to the month, and optionally to the day.
// Day is 0 when only the month is known. The zero Date means "not given".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// Errors returned by Date.Check.
var (
	ErrFutureDate  = errors.New("the date is in the future")
	ErrInvalidDate = errors.New("the date is not a real date")
)

// MonthOf returns the Date for a month of a year.
func MonthOf(year int, month time.Month) Date { return Date{Year: year, Month: month} }

// DayOf returns the Date for an exact day.
func DayOf(year int, month time.Month, day int) Date { return Date{Year: year, Month: month, Day: day} }

// IsZero reports whether the date was not given.
func (d Date) IsZero() bool { return d == Date{} }

// Check reports whether d is a real date that is not after today.
// The zero Date is valid.
func (d Date) Check(today time.Time) error {
	if d.IsZero() {
		return nil
	}
	if d.Year < 1900 || d.Year > 9999 || d.Month < time.January || d.Month > time.December ||
		d.Day < 0 || d.Day > daysIn(d.Year, d.Month) {
		return ErrInvalidDate
	}
	ty, tm, td := today.Date()
	if d.Year > ty || d.Year == ty && d.Month > tm || d.Year == ty && d.Month == tm && d.Day > td {
		return ErrFutureDate
	}
	return nil
}

// AddMonths returns the date n months later. A day past the end of the
// target month moves back to its last day (29 February + 12 months is
// 28 February).
func (d Date) AddMonths(n int) Date {
	m := int(d.Month) - 1 + n
	y := d.Year + m/12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	out := Date{Year: y, Month: time.Month(m + 1), Day: d.Day}
	if last := daysIn(out.Year, out.Month); out.Day > last {
		out.Day = last
	}
	return out
}

// Last returns the last day the date could mean: the date itself when the
// day is known, otherwise the last day of its month.
func (d Date) Last() time.Time {
	day := d.Day
	if day == 0 {
		day = daysIn(d.Year, d.Month)
	}
	return time.Date(d.Year, d.Month, day, 0, 0, 0, 0, time.UTC)
}

// First returns the first day the date could mean.
func (d Date) First() time.Time {
	day := d.Day
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, d.Month, day, 0, 0, 0, 0, time.UTC)
}

// Before reports whether d is earlier than e, comparing known parts.
func (d Date) Before(e Date) bool { return d.Last().Before(e.First()) }

// String formats the date as "2025-09" or "2025-09-14".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if d.Day == 0 {
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Words formats the date for a person to read, in the language of c:
// "September 2025" or "14 September 2025"; "" for the zero Date.
func (d Date) Words(c *content.Set) string {
	if d.IsZero() {
		return ""
	}
	return c.Date(d.Year, int(d.Month), d.Day)
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts "", "YYYY-MM"
// and "YYYY-MM-DD".
func (d *Date) UnmarshalText(b []byte) error {
	p, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// ParseDate parses "", "YYYY-MM" or "YYYY-MM-DD". It checks the shape and
// that the date exists, not whether it is in the future.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	// num reads the digits s[i:j] as a number, or -1.
	num := func(i, j int) int {
		v := 0
		for _, c := range s[i:j] {
			if c < '0' || c > '9' {
				return -1
			}
			v = v*10 + int(c-'0')
		}
		return v
	}
	var d Date
	m := -1
	switch {
	case len(s) == 7 && s[4] == '-':
		d.Year, m = num(0, 4), num(5, 7)
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		d.Year, m, d.Day = num(0, 4), num(5, 7), num(8, 10)
	default:
		return Date{}, fmt.Errorf("date %q: %w", s, ErrInvalidDate)
	}
	if d.Year < 0 || m < 0 || d.Day < 0 {
		return Date{}, fmt.Errorf("date %q: %w", s, ErrInvalidDate)
	}
	d.Month = time.Month(m)
	if d.Year < 1900 || m < 1 || m > 12 || d.Day > daysIn(d.Year, d.Month) || len(s) == 10 && d.Day == 0 {
		return Date{}, fmt.Errorf("date %q: %w", s, ErrInvalidDate)
	}
	return d, nil
}

func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
