package content

import (
	"errors"
	"fmt"
	"strings"
)

// Languages.
const (
	// English is the language every item and text is written in first.
	English = "en"
	// Pseudo is a made-up language for tests: English with every letter
	// of every item and text swapped for an accented one and each
	// wrapped in ⟦ ⟧ (see PseudoText). A word on a page that is still
	// plain English did not come from the content.
	Pseudo = "en-XA"
)

// ErrNoLanguage is returned for a language with no data.
var ErrNoLanguage = errors.New("no such language")

// Languages returns the languages there is data for, English first. The
// pseudo-language is not listed.
func Languages() []string {
	out := []string{English}
	entries, _ := dataFS.ReadDir("data")
	for _, e := range entries {
		if e.IsDir() && e.Name() != English {
			out = append(out, e.Name())
		}
	}
	return out
}

// Language returns the content in language lang: English, a translation
// or the pseudo-language. A translation holds only what has been
// translated; every other item and text, and every one marked
// Unreviewed, is English. The English set is shared; any other is made
// afresh, so keep the one you get.
func Language(lang string) (*Set, error) {
	en, err := Default()
	if err != nil {
		return nil, err
	}
	switch lang {
	case "", English:
		return en, nil
	case Pseudo:
		return pseudo(en), nil
	}
	items, texts, err := Translation(lang)
	if err != nil {
		return nil, err
	}
	return overlay(en, lang, items, texts), nil
}

// Translation returns what language lang has translated, unreviewed
// translations included, as its files hold it: for checks and for the
// review report.
func Translation(lang string) (items []Item, texts []Text, err error) {
	if lang == English || lang == Pseudo || strings.ContainsAny(lang, "/.") {
		return nil, nil, fmt.Errorf("content: language %q: %w", lang, ErrNoLanguage)
	}
	names, err := langFiles(lang)
	if err != nil {
		return nil, nil, err
	}
	f, err := readFiles(dataFS, names)
	if err != nil {
		return nil, nil, err
	}
	for i := range f.Items {
		f.Items[i].Lang = lang
	}
	for i := range f.Texts {
		f.Texts[i].Lang = lang
	}
	return f.Items, f.Texts, nil
}

// overlay returns en with the reviewed translations in items and texts
// put in place of the English with the same ID.
func overlay(en *Set, lang string, items []Item, texts []Text) *Set {
	s := newSet(lang, en.items, en.sources, en.texts)
	s.letters = en.letters
	for _, it := range items {
		if i, ok := s.itemAt[it.ID]; ok && !it.Unreviewed {
			it.Lang = lang
			s.items[i] = it
		}
	}
	for _, t := range texts {
		if i, ok := s.textAt[t.ID]; ok && !t.Unreviewed {
			t.Lang = lang
			s.texts[i] = t
		}
	}
	return s
}

// pseudo returns the pseudo-language version of en (see Pseudo).
func pseudo(en *Set) *Set {
	p := func(s string) string {
		if s == "" {
			return ""
		}
		return PseudoText(s)
	}
	items := make([]Item, len(en.items))
	for i, it := range en.items {
		it.Title, it.Text, it.Expect, it.Cannot, it.Find, it.Open = p(it.Title), p(it.Text), p(it.Expect), p(it.Cannot), p(it.Find), p(it.Open)
		it.Lang = Pseudo
		items[i] = it
	}
	sources := make([]Source, len(en.sources))
	for i, src := range en.sources {
		src.Title = p(src.Title)
		sources[i] = src
	}
	texts := make([]Text, len(en.texts))
	for i, t := range en.texts {
		t.Text = p(t.Text)
		t.First = pseudoVariants(t.First)
		t.List = pseudoVariants(t.List)
		t.Lang = Pseudo
		texts[i] = t
	}
	s := newSet(Pseudo, items, sources, texts)
	s.letters = en.letters
	return s
}

func pseudoVariants(vs []Variant) []Variant {
	if vs == nil {
		return nil
	}
	out := make([]Variant, len(vs))
	for i, v := range vs {
		out[i] = Variant{When: v.When, Text: PseudoText(v.Text)}
	}
	return out
}

// pseudoLetters maps each ASCII letter, A to Z then a to z, to an
// accented one that reads the same.
var pseudoLetters = []rune("ÀƁÇÐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŦÛṼŴẊÝŽàƀçđéƒĝĥîĵķĺɱñöþʠŕšŧûṽŵẋýž")

// Pseudo-language brackets, around every item and text.
const (
	PseudoOpen  = "⟦"
	PseudoClose = "⟧"
)

// PseudoText returns a template in the pseudo-language: each ASCII letter
// of its words (and of its placeholders) swapped for an accented one, the
// names of its values kept, and the whole wrapped in ⟦ ⟧.
func PseudoText(tmpl string) string {
	segs, err := Split(tmpl)
	if err != nil {
		return PseudoOpen + accent(tmpl) + PseudoClose
	}
	var sb strings.Builder
	sb.WriteString(PseudoOpen)
	for _, s := range segs {
		if s.Name == "" {
			sb.WriteString(strings.NewReplacer("{", "{{", "}", "}}").Replace(accent(s.Text)))
			continue
		}
		sb.WriteString("{" + s.Name)
		if s.Placeholder != "" {
			sb.WriteString("|" + accent(s.Placeholder))
		}
		sb.WriteString("}")
	}
	sb.WriteString(PseudoClose)
	return sb.String()
}

// accent swaps each ASCII letter of s for its accented one.
func accent(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return pseudoLetters[r-'A']
		case r >= 'a' && r <= 'z':
			return pseudoLetters[26+r-'a']
		}
		return r
	}, s)
}
