package browsertest

import (
	"os"
	"path/filepath"
	"strings"
)

// axeViolation is one axe-core finding.
type axeViolation struct {
	ID    string `json:"id"`
	Help  string `json:"help"`
	Nodes []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// AxeSource returns axe-core's script, from e2e/node_modules (installed by
// make setup-browser).
func (b *Browser) AxeSource() string {
	b.T.Helper()
	src, err := os.ReadFile(filepath.Join(Root(b.T), "e2e", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		b.T.Fatalf("axe-core is missing (run make setup-browser): %v", err)
	}
	return string(src)
}

// Axe runs axe-core on the page for the WCAG 2.2 A and AA rules and fails
// on any violation. The driver's evaluation is not subject to the page's
// Content Security Policy.
func (b *Browser) Axe(page string) {
	b.T.Helper()
	b.RunScript(b.AxeSource())
	got := Eval[[]axeViolation](b, `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}}).then(r => r.violations)`)
	for _, v := range got {
		var where []string
		for _, n := range v.Nodes {
			where = append(where, n.HTML)
		}
		b.T.Errorf("axe on %s: %s (%s): %s", page, v.ID, v.Help, strings.Join(where, " | "))
	}
}
