package guide_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
)

func TestReadDate(t *testing.T) {
	now := time.Date(2026, time.November, 21, 9, 0, 0, 0, time.UTC)
	c, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		parts []string
		want  guide.Date
		field string // the box to fix, "" for none
	}{
		{[]string{"June 2025"}, guide.MonthOf(2025, 6), ""},
		{[]string{"june 2025"}, guide.MonthOf(2025, 6), ""},
		{[]string{"Jun 2025"}, guide.MonthOf(2025, 6), ""},
		{[]string{"6 2025"}, guide.MonthOf(2025, 6), ""},
		{[]string{"14 6 2025"}, guide.DayOf(2025, 6, 14), ""},
		{[]string{"14 June 2025"}, guide.DayOf(2025, 6, 14), ""},
		{[]string{"14/06/2025"}, guide.DayOf(2025, 6, 14), ""},
		{[]string{"2025-06-14"}, guide.DayOf(2025, 6, 14), ""},
		{[]string{"2025-06"}, guide.MonthOf(2025, 6), ""},
		{[]string{"", "6", "2025"}, guide.MonthOf(2025, 6), ""},
		{[]string{"29", "2", "2024"}, guide.DayOf(2024, 2, 29), ""},
		{[]string{"June", "2025"}, guide.MonthOf(2025, 6), ""},
		{[]string{"29", "2", "2025"}, guide.Date{}, "day"},
		{[]string{"13 2025"}, guide.Date{}, "month"},
		{[]string{"Smarch 2025"}, guide.Date{}, "month"},
		{[]string{"6 25"}, guide.Date{}, "year"},
		{[]string{"6"}, guide.Date{}, "year"},
		{[]string{"2025"}, guide.Date{}, "month"},
		{[]string{"12 2026"}, guide.Date{}, "month"}, // the future
		{[]string{"0 6 2025"}, guide.Date{}, "day"},
		{[]string{"1 2 3 2025"}, guide.Date{}, "day"},
	}
	for _, tt := range tests {
		got, err := guide.ReadDate(c, now, tt.parts...)
		var fe *guide.FieldError
		switch {
		case tt.field == "" && (err != nil || got != tt.want):
			t.Errorf("%q: got %v, %v; want %v", tt.parts, got, err, tt.want)
		case tt.field != "" && !errors.As(err, &fe):
			t.Errorf("%q: error %v, want a FieldError", tt.parts, err)
		case tt.field != "" && (fe.Field != tt.field || fe.Message == "" || strings.HasPrefix(fe.Message, "[")):
			t.Errorf("%q: field %q message %q, want field %q and a message", tt.parts, fe.Field, fe.Message, tt.field)
		}
	}
	if _, err := guide.ReadDate(c, now, "", " "); !errors.Is(err, guide.ErrNoDate) {
		t.Errorf("empty: %v, want ErrNoDate", err)
	}
}

// TestReadDateInTheLanguage checks a month name in the person's language
// is read, as well as in English.
func TestReadDateInTheLanguage(t *testing.T) {
	now := time.Date(2026, time.November, 21, 9, 0, 0, 0, time.UTC)
	c, err := content.Language(content.Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	june := c.T("date.month.6")
	for _, parts := range [][]string{{june, "2025"}, {strings.ToUpper(june) + " 2025"}, {"June", "2025"}} {
		if got, err := guide.ReadDate(c, now, parts...); err != nil || got != guide.MonthOf(2025, time.June) {
			t.Errorf("%q: got %v, %v; want June 2025", parts, got, err)
		}
	}
	if _, err := guide.ReadDate(c, now, "13", "2025"); err == nil || !strings.HasPrefix(err.Error(), content.PseudoOpen) {
		t.Errorf("a refused date: %v, want the message in the language", err)
	}
}
