package track

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"putitright/app/guide"
)

// Division is a part of the UK with its own bank holidays, named as on
// gov.uk/bank-holidays.
type Division string

// Divisions.
const (
	EnglandWales    Division = "england-and-wales"
	ScotlandDiv     Division = "scotland"
	NorthernIreland Division = "northern-ireland"
)

// DivisionOf returns the bank holidays that count in a nation. England
// and Wales share theirs; a nation not known counts as England.
func DivisionOf(n guide.Nation) Division {
	switch n {
	case guide.Scotland:
		return ScotlandDiv
	case guide.NorthernIreland:
		return NorthernIreland
	}
	return EnglandWales
}

// ErrNoHolidays is returned when a date needs bank holidays for a year the
// data does not cover: the app then says it cannot be sure of the date.
var ErrNoHolidays = errors.New("bank holidays for that year are not in our data")

// Holiday is one bank holiday.
type Holiday struct {
	Date  string `json:"date"` // "YYYY-MM-DD"
	Title string `json:"title"`
}

// Holidays is the reviewed bank-holiday data.
type Holidays struct {
	Source    string                 `json:"source"`
	Reviewed  string                 `json:"reviewed"` // "YYYY-MM-DD"
	First     int                    `json:"first"`    // the first year covered
	Last      int                    `json:"last"`     // the last year covered
	Note      string                 `json:"note"`
	Divisions map[Division][]Holiday `json:"divisions"`
	days      map[Division]map[string]bool
}

//go:embed holidays.json
var holidaysJSON []byte

var loadHolidays = sync.OnceValues(func() (*Holidays, error) { return parseHolidays(holidaysJSON) })

// BankHolidays returns the embedded bank-holiday data.
func BankHolidays() (*Holidays, error) { return loadHolidays() }

func parseHolidays(b []byte) (*Holidays, error) {
	var h Holidays
	if err := json.Unmarshal(b, &h); err != nil {
		return nil, fmt.Errorf("track: bank holidays: %w", err)
	}
	h.days = map[Division]map[string]bool{}
	for div, list := range h.Divisions {
		set := map[string]bool{}
		for _, d := range list {
			t, err := time.Parse(time.DateOnly, d.Date)
			if err != nil {
				return nil, fmt.Errorf("track: bank holidays: %s: %w", div, err)
			}
			if t.Year() < h.First || t.Year() > h.Last {
				return nil, fmt.Errorf("track: bank holidays: %s %s is outside %d-%d", div, d.Date, h.First, h.Last)
			}
			set[d.Date] = true
		}
		h.days[div] = set
	}
	return &h, nil
}

// Covers reports whether the data holds every bank holiday of year.
func (h *Holidays) Covers(year int) bool { return year >= h.First && year <= h.Last }

// IsWorkingDay reports whether day is a working day in div: not a
// Saturday, a Sunday or a bank holiday there. It fails with ErrNoHolidays
// for a year the data does not cover.
func (h *Holidays) IsWorkingDay(div Division, day time.Time) (bool, error) {
	if !h.Covers(day.Year()) {
		return false, fmt.Errorf("track: %d: %w", day.Year(), ErrNoHolidays)
	}
	if wd := day.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false, nil
	}
	return !h.days[div][day.Format(time.DateOnly)], nil
}

// AddWorkingDays returns the nth working day after day in div (day itself
// is not counted, as "within 3 working days of receiving it" is read).
func (h *Holidays) AddWorkingDays(div Division, day time.Time, n int) (time.Time, error) {
	d := midnight(day)
	for n > 0 {
		d = d.AddDate(0, 0, 1)
		ok, err := h.IsWorkingDay(div, d)
		if err != nil {
			return time.Time{}, err
		}
		if ok {
			n--
		}
	}
	return d, nil
}

func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
