package guide_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"putitright/app/content"
	"putitright/app/guide"
)

// TestRuleIDsExist checks that every content ID written in the rules code
// exists in the content set, as an item or, for the words of the next
// step, as a text.
func TestRuleIDsExist(t *testing.T) {
	set, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	idRE := regexp.MustCompile(`"((?:urgent|outcome|route|complaint|who|time|duty|next|report|regulator|warn|help|letter)\.[a-z0-9.-]*[a-z0-9])"`)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range idRE.FindAllStringSubmatch(string(b), -1) {
			n++
			_, isItem := set.Item(m[1])
			_, isText := set.Lookup(m[1])
			if !isItem && !isText {
				t.Errorf("%s: content ID %q does not exist", f, m[1])
			}
		}
	}
	// IDs the rules build from values.
	for _, id := range []string{"outcome.service", "outcome.procedures", "outcome.explanation", "outcome.apology",
		"outcome.discipline", "outcome.police", "outcome.money", "outcome.putright", "outcome.letknow",
		"time.status." + string(guide.TimeUnknown), "time.status." + string(guide.TimeInside),
		"time.status." + string(guide.TimeClosing), "time.status." + string(guide.TimePassed)} {
		n++
		if _, ok := set.Item(id); !ok {
			t.Errorf("built content ID %q does not exist", id)
		}
	}
	if n < 100 {
		t.Errorf("found only %d IDs in the rules code", n)
	}
	t.Logf("%d content IDs referenced by the rules code all exist", n)
}

func TestNewReportsMissingContent(t *testing.T) {
	set, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	var items []content.Item
	for _, it := range set.Items() {
		if it.ID != "route.phso" {
			items = append(items, it)
		}
	}
	e, err := guide.New(content.NewSet(items, set.Sources()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Build(guide.Answers{Nation: guide.England, Service: guide.GP}, opts()); err == nil || !strings.Contains(err.Error(), "route.phso") {
		t.Errorf("Build with missing content = %v, want an error naming route.phso", err)
	}
	if _, err := guide.New(nil); err == nil {
		t.Error("New(nil) succeeded")
	}
}
