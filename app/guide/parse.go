package guide

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"putitright/app/content"
)

// Errors a FieldError from ReadDate may wrap, besides ErrFutureDate and
// ErrInvalidDate.
var (
	ErrNoDate   = errors.New("no date was entered")
	ErrNoMonth  = errors.New("the month is missing")
	ErrNoYear   = errors.New("the year is missing")
	ErrBadMonth = errors.New("the month is not a month")
	ErrBadYear  = errors.New("the year is not 4 numbers")
)

// ReadDate reads a date as a person types it, in one box or in separate
// day, month and year boxes: "June 2025", "june 2025", "Jun 2025",
// "6 2025", "14 6 2025", "14 June 2025", "14/6/2025", "2025-06-14". The
// day is optional; the month may be a number or a name, in any case. It
// checks that the date is real and not after today. parts are the boxes'
// contents in order (day, month, year), or one box with the whole date;
// empty boxes are ignored.
//
// On a problem it returns a *FieldError whose Field is the box to fix,
// "day", "month" or "year", with a Message from the texts "date.error.*"
// in c; ErrNoDate, with no Message, when nothing was typed.
func ReadDate(c *content.Set, today time.Time, parts ...string) (Date, error) {
	var words []string
	for _, p := range parts {
		words = append(words, strings.FieldsFunc(p, func(r rune) bool {
			return r == ' ' || r == '/' || r == '-' || r == '.' || r == ',' || r == '\t' || r == '\n'
		})...)
	}
	bad := func(field, msg string, err error) (Date, error) {
		if msg != "" {
			msg = c.T("date.error." + msg)
		}
		return Date{}, &FieldError{Field: field, Message: msg, Err: err}
	}
	var ds, ms, ys string
	switch len(words) {
	case 0:
		return bad("month", "", ErrNoDate)
	case 1:
		if _, err := strconv.Atoi(words[0]); err == nil && len(words[0]) == 4 {
			return bad("month", "month", ErrNoMonth)
		}
		return bad("year", "no-year", ErrNoYear)
	case 2:
		ms, ys = words[0], words[1]
		if len(ms) == 4 && isDigits(ms) { // 2025-06
			ms, ys = ys, ms
		}
	case 3:
		ds, ms, ys = words[0], words[1], words[2]
		if len(ds) == 4 && isDigits(ds) { // 2025-06-14
			ds, ys = ys, ds
		}
	default:
		return bad("day", "numbers", ErrInvalidDate)
	}
	m := monthNumber(c, ms)
	if m == 0 {
		return bad("month", "month", ErrBadMonth)
	}
	y, err := strconv.Atoi(ys)
	if err != nil || len(ys) != 4 {
		return bad("year", "year", ErrBadYear)
	}
	day := 0
	if ds != "" {
		if day, err = strconv.Atoi(ds); err != nil || day < 1 {
			return bad("day", "real", ErrInvalidDate)
		}
	}
	d := Date{Year: y, Month: time.Month(m), Day: day}
	switch err := d.Check(today); {
	case errors.Is(err, ErrFutureDate):
		return bad("month", "future", err)
	case err != nil:
		field := "year"
		if day > 0 {
			field = "day"
		}
		return bad(field, "real", err)
	}
	return d, nil
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// monthNumber returns the month s names, as a number from 1 to 12 or a
// name or its first three letters in any case, in English or in the
// language of c, or 0.
func monthNumber(c *content.Set, s string) int {
	if isDigits(s) {
		if m, err := strconv.Atoi(s); err == nil && m >= 1 && m <= 12 {
			return m
		}
		return 0
	}
	s = strings.ToLower(s)
	for m := time.January; m <= time.December; m++ {
		for _, name := range []string{m.String(), c.T("date.month." + strconv.Itoa(int(m)))} {
			name = strings.ToLower(name)
			if s == name || utf8.RuneCountInString(s) >= 3 && strings.HasPrefix(name, s) {
				return int(m)
			}
		}
	}
	return 0
}
