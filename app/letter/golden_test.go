package letter

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"putitright/app/guide"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden drafts every letter for every scenario and compares the text
// with testdata/SCENARIO_LETTER.golden. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	for _, s := range scenarios() {
		for _, id := range allLetters {
			t.Run(s.name+"/"+string(id), func(t *testing.T) {
				l, err := Draft(en, id, s.a, s.d, today)
				if err != nil {
					t.Fatalf("Draft: %v", err)
				}
				got := l.Text() + "\n"
				path := filepath.Join("testdata", s.name+"_"+string(id)+".golden")
				if *update {
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if got != string(want) {
					t.Errorf("text differs from %s (run go test -update after checking):\n%s", path, got)
				}
				// The same inputs always give the same letter.
				again, _ := Draft(en, id, s.a, s.d, today)
				if again.Text() != l.Text() {
					t.Error("Draft is not deterministic")
				}
			})
		}
	}
}

func TestDraftUnknownLetter(t *testing.T) {
	if _, err := Draft(en, "nope", guide.Answers{}, Details{}, today); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Fatalf("want an error naming the letter, got %v", err)
	}
}

// TestMissingPlaceholders checks that an empty letter is still useful:
// it has bracketed placeholders, and Missing lists the fields.
func TestMissingPlaceholders(t *testing.T) {
	for _, id := range allLetters {
		l, err := Draft(en, id, guide.Answers{Person: guide.ForAdultConsents}, Details{}, today)
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Missing) == 0 || !strings.Contains(l.Text(), "[") {
			t.Errorf("%s: want placeholders and Missing, got %v", id, l.Missing)
		}
		fields := map[FieldID]bool{}
		for _, f := range Fields(en, id, guide.Answers{Person: guide.ForAdultConsents}, today) {
			fields[f.ID] = true
		}
		for _, m := range l.Missing {
			if !fields[m] {
				t.Errorf("%s: missing field %q is not among Fields, so the UI would never ask for it", id, m)
			}
		}
	}
}
