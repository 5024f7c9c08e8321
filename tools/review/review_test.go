package main

import (
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"putitright/app/content"
)

// TestReport writes the report and checks it shows every item and text
// by its ID, every source as a link, the letters for every case, and no
// script.
func TestReport(t *testing.T) {
	out := filepath.Join(t.TempDir(), "review", "index.html")
	today := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	if err := write(out, today); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	c, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, it := range c.Items() {
		n++
		if !strings.Contains(page, `id="`+it.ID+`"`) {
			t.Errorf("item %s is not in the report", it.ID)
		}
	}
	for _, tx := range c.Texts() {
		n++
		if !strings.Contains(page, `id="`+tx.ID+`"`) {
			t.Errorf("text %s is not in the report", tx.ID)
		}
	}
	for _, src := range c.Sources() {
		if !strings.Contains(html.UnescapeString(page), `href="`+src.URL+`"`) {
			t.Errorf("source %s (%s) is not linked", src.ID, src.URL)
		}
	}
	for _, bad := range []string{"<script", "@import", "http://fonts", "https://fonts"} {
		if strings.Contains(page, bad) {
			t.Errorf("the report holds %q", bad)
		}
	}
	r, err := build(today)
	if err != nil {
		t.Fatal(err)
	}
	if r.Count != n {
		t.Errorf("report counts %d entries, content has %d", r.Count, n)
	}
	if len(r.Letters) < 3 {
		t.Fatalf("%d letter cases", len(r.Letters))
	}
	for _, lc := range r.Letters {
		if len(lc.Letters) == 0 {
			t.Errorf("case %q drafts no letters", lc.Name)
		}
		for _, l := range lc.Letters {
			if !strings.Contains(page, l.Title) || len(l.Blocks) < 3 {
				t.Errorf("case %q: letter %q is missing or empty", lc.Name, l.Title)
			}
		}
	}
	t.Logf("%d entries, %d letter cases, %d bytes", n, len(r.Letters), len(b))
}

// TestAge checks review ages and the 12-month flag.
func TestAge(t *testing.T) {
	today := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		date, want string
		old        bool
	}{
		{"2026-12-02", "under a month", false},
		{"2026-11-07", "1 month", false},
		{"2026-11-08", "under a month", false},
		{"2025-12-07", "12 months", false},
		{"2025-12-06", "12 months", false},
		{"2025-11-30", "12 months", false},
		{"2025-11-07", "13 months", true},
		{"not a date", "unknown", true},
	} {
		got, old := age(tt.date, today)
		if got != tt.want || old != tt.old {
			t.Errorf("age(%s) = %q, %v; want %q, %v", tt.date, got, old, tt.want, tt.old)
		}
	}
	r, err := build(time.Date(2028, 6, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Old) != r.Count {
		t.Errorf("in 2028, %d of %d entries are flagged as due for review", len(r.Old), r.Count)
	}
}
