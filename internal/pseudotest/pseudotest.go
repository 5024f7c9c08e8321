// Package pseudotest checks words made in the pseudo-language
// (content.Pseudo), in which every letter the content holds is accented:
// a run of plain ASCII letters in them did not come from the content. It
// is for tests, natively and under GOOS=js GOARCH=wasm.
package pseudotest

import (
	"strings"
	"testing"

	"putitright/app/content"
)

// Set returns the content in the pseudo-language.
func Set(t testing.TB) *content.Set {
	t.Helper()
	c, err := content.Language(content.Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Plain returns the runs of plain ASCII letters in s, once every one of
// values (what the test supplied: names, typed words) is taken out: the
// words that did not come from the content.
func Plain(s string, values ...string) []string {
	var out []string
	for _, r := range plain(s, values) {
		out = append(out, r.word)
	}
	return out
}

// Check fails t when s, words made with Set, holds plain ASCII letters
// outside values, showing each with the words around it. what says where
// the words came from.
func Check(t testing.TB, what, s string, values ...string) {
	t.Helper()
	for _, r := range plain(s, values) {
		t.Errorf("%s: %q is not from the content: …%s…", what, r.word, r.around)
	}
}

type run struct{ word, around string }

func plain(s string, values []string) []run {
	for _, v := range values {
		if v != "" {
			s = strings.ReplaceAll(s, v, " ")
		}
	}
	var out []run
	start := -1
	for i := 0; i <= len(s); i++ {
		letter := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z')
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			from, to := max(0, start-30), min(len(s), i+30)
			out = append(out, run{s[start:i], strings.ToValidUTF8(s[from:to], "")})
			start = -1
		}
	}
	return out
}
