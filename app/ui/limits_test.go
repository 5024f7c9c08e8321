package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/guide"
	"putitright/app/letter"
)

func TestJSLen(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0}, {"abc", 3}, {"é", 1}, {"😀", 2}, {"a\u200fb", 3}, {"👩‍👩‍👧", 8},
	}
	for _, tt := range tests {
		if got := jsLen(tt.in); got != tt.want {
			t.Errorf("jsLen(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 40000: "40,000", 1048576: "1,048,576"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestLimitFor(t *testing.T) {
	tests := []struct {
		f    letter.Field
		want int
	}{
		{letter.Field{Kind: letter.FieldLines}, MaxText},
		{letter.Field{Kind: letter.FieldList}, MaxText},
		{letter.Field{Multiline: true}, MaxText},
		{letter.Field{}, MaxLine},
	}
	for _, tt := range tests {
		if got := limitFor(tt.f); got != tt.want {
			t.Errorf("limitFor(%+v) = %d, want %d", tt.f, got, tt.want)
		}
	}
}

// TestLimitMessage checks what is said next to a box as it fills, and
// after a paste was cut short.
func TestLimitMessage(t *testing.T) {
	tests := []struct {
		name string
		v    string
		over int
		want string
	}{
		{"short", "hello", 0, ""},
		{"nearly full", strings.Repeat("a", 95), 0, "You have 5 characters left."},
		{"too long", strings.Repeat("a", 120), 0, "20 characters too long"},
		{"paste cut", strings.Repeat("a", 100), 1048576, "you tried to put in 1,048,576"},
	}
	w := englishWords(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := app.HTMLString(w.limitMessage("box", tt.v, 100, tt.over))
			if !strings.Contains(got, `aria-live="polite"`) {
				t.Errorf("no live region: %s", got)
			}
			if tt.want == "" && strings.Contains(got, "<p") {
				t.Errorf("a message for a short text: %s", got)
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("got %s, want it to hold %q", got, tt.want)
			}
		})
	}
}

// TestDetailHints checks every details box of every letter has at most
// one example, an address example laid out one line under another, and a
// hint that does not say the same thing twice.
func TestDetailHints(t *testing.T) {
	today := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	a := guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.ForAdultConsents, Stage: guide.NotRaised}
	w := englishWords(t)
	for _, id := range allLetters {
		for _, f := range letter.Fields(w.c, id, a, today) {
			html := app.HTMLString(&detailBox{words: w, s: &Shell{words: w}, Field: f})
			if n := strings.Count(html, "For example"); n > 1 {
				t.Errorf("%s %s: %d examples in its hint: %s", id, f.ID, n, html)
			}
			if strings.Contains(html, "One line at a time") && strings.Contains(html, "new line") {
				t.Errorf("%s %s: the hint says one line each twice: %s", id, f.ID, html)
			}
			if f.Kind == letter.FieldLines && f.Example != "" && !strings.Contains(html, "<br>") {
				t.Errorf("%s %s: the address example is not one line under another: %s", id, f.ID, html)
			}
			if !strings.Contains(html, "maxlength=") && f.Kind != letter.FieldDate && f.Kind != letter.FieldChoice {
				t.Errorf("%s %s: no length limit: %s", id, f.ID, html)
			}
		}
	}
}

// TestBuiltIDs checks the content IDs the letter page makes from parts:
// the plural forms and the word-count advice.
func TestBuiltIDs(t *testing.T) {
	w := englishWords(t)
	for _, base := range []string{"ui.letter.count", "ui.limits.over", "ui.limits.left"} {
		for _, n := range []int{0, 1, 2} {
			if id := plural(base, n); strings.HasPrefix(w.t(id), "[") {
				t.Errorf("no text %s", id)
			}
		}
	}
	for _, id := range []string{"ui.letter.count.aim", "ui.letter.count.long", "ui.letter.preview.hint", "ui.letter.preview.hint-edited"} {
		if strings.HasPrefix(w.t(id), "[") {
			t.Errorf("no text %s", id)
		}
	}
}
