package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"putitright/app/content"
)

// TestTrim checks a trimmed file keeps what the app reads and loses what
// only editors read.
func TestTrim(t *testing.T) {
	in := `{"reviewed": "2026-12-07",
	  "sources": [{"id": "S1", "title": "A law", "url": "https://legislation.gov.uk/x"}],
	  "items": [{"id": "i.a", "title": "T", "text": "Words & <more>.", "sources": ["S1"], "scope": {"nations": ["wales"]}, "reviewed": "2026-01-02"}],
	  "texts": [{"id": "t.a", "text": "Hi {name}.", "note": "for editors", "sources": ["S1"], "scope": {"nations": ["wales"]}, "reviewed": "2026-01-02"},
	            {"id": "t.b", "first": [{"when": "wales", "text": "Croeso", "note": "x"}, {"text": "Welcome"}]}]}`
	got, err := trim([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"items":[{"id":"i.a","scope":{"nations":["wales"]},"sources":["S1"],"text":"Words & <more>.","title":"T"}],` +
		`"sources":[{"id":"S1","title":"A law","url":"https://legislation.gov.uk/x"}],` +
		`"texts":[{"id":"t.a","text":"Hi {name}."},{"first":[{"text":"Croeso","when":"wales"},{"text":"Welcome"}],"id":"t.b"}]}`
	if string(got) != want {
		t.Errorf("trim =\n%s\nwant\n%s", got, want)
	}
}

// TestRun trims the real content and checks the copies load as the same
// words, and the overlay names every file.
func TestRun(t *testing.T) {
	out := t.TempDir()
	if err := run("../../app/content/data", out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "overlay.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ov struct{ Replace map[string]string }
	if err := json.Unmarshal(b, &ov); err != nil {
		t.Fatal(err)
	}
	en, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../app/content/data/*/*.json")
	if len(ov.Replace) != len(files) || len(files) == 0 {
		t.Fatalf("overlay replaces %d files; the data has %d", len(ov.Replace), len(files))
	}
	var small, full int
	for from, to := range ov.Replace {
		a, _ := os.ReadFile(from)
		b, _ := os.ReadFile(to)
		full, small = full+len(a), small+len(b)
	}
	trimmed, err := content.Parse(os.DirFS(out), "en/*.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range en.Texts() {
		got, ok := trimmed.Lookup(tx.ID)
		if !ok || got.Text != tx.Text || len(got.First) != len(tx.First) || len(got.List) != len(tx.List) {
			t.Errorf("%s: trimmed %+v, full %+v", tx.ID, got, tx)
		}
	}
	for _, it := range en.Items() {
		got, ok := trimmed.Item(it.ID)
		if !ok || got.Text != it.Text || len(got.Sources) != len(it.Sources) {
			t.Errorf("%s: trimmed %+v, full %+v", it.ID, got, it)
		}
	}
	t.Logf("content: %d bytes, trimmed %d", full, small)
}
