// Package content holds every word a person reads, as reviewed data: the
// guidance used to build plans (every urgent action, route, body, warning,
// help service and letter reason) as Items, and every other piece of
// wording (page text, questions, letters, field labels, messages) as
// Texts. Each has a stable ID, plain-English words, its sources where it
// states a fact, and the date it was last reviewed.
//
// The data lives in JSON files embedded in the binary, one folder a
// language: data/en holds English, and a translation is a folder beside
// it (data/cy for Welsh) holding the items and texts it has translated,
// with the same IDs. Anything not translated, or marked unreviewed, is
// shown in English (see Language). The words may hold named values, and
// alternatives chosen by conditions, in a small template language that
// only inserts values (see Split and ParseCond).
//
// This package parses, indexes and validates the data. It imports nothing
// from the rest of the project.
package content

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"sync"
)

//go:embed data
var dataFS embed.FS

// Source is a published page that supports a piece of guidance.
type Source struct {
	ID    string `json:"id"`    // short ID used by items, e.g. "S9"
	Title string `json:"title"` // the page's title or a short description
	URL   string `json:"url"`   // where to read it
	// Exception says why a source whose host is not on the allow-list
	// (see AllowedHost) is still used. Empty for allowed hosts.
	Exception string `json:"exception,omitempty"`
}

// Scope says where an item applies. Each list holds the answers the item
// fits; an empty list means every answer. An item applies only when every
// list fits. Scope is a necessary condition: the plan builder may still
// leave an item out, but it never shows one outside its scope.
//
// Values (see ScopeWords):
//   - Nations: "england", "wales", "scotland", "northern-ireland",
//     "unsure" (also used when the nation is not answered).
//   - Care: a care kind ("nhs", "nhs-body", "nhs-contractor",
//     "nhs-funded-private", "self-paid-private", "social-care",
//     "council-care", "self-funded-care", "children-social-care",
//     "public-health", "unsure") or a service ID such as "gp".
//   - Stages: a stage ID such as "final-response", or a group: "before"
//     (no formal complaint yet), "during" (sent, no final reply yet),
//     "after" (final reply received or with the ombudsman). An
//     unanswered stage counts as "not-raised".
//   - People: a person ID such as "deceased", or "unsure" when not
//     answered.
//   - Harms: "none", "minor", "moderate", "death", or "unsure".
type Scope struct {
	Nations []string `json:"nations,omitempty"`
	Care    []string `json:"care,omitempty"`
	Stages  []string `json:"stages,omitempty"`
	People  []string `json:"people,omitempty"`
	Harms   []string `json:"harms,omitempty"`
}

// IsZero reports whether the scope puts no limit on where an item applies.
func (s Scope) IsZero() bool {
	return len(s.Nations)+len(s.Care)+len(s.Stages)+len(s.People)+len(s.Harms) == 0
}

// Item is one piece of reviewed guidance.
type Item struct {
	ID     string `json:"id"`               // stable ID, e.g. "route.phso"
	Title  string `json:"title"`            // short heading
	Text   string `json:"text"`             // what to do and why, in plain English
	Expect string `json:"expect,omitempty"` // what to realistically expect
	Cannot string `json:"cannot,omitempty"` // what this route cannot do
	// Find says how to find the local service, for help that has no
	// national phone number or web address, e.g. "Ask your council who
	// gives it in your area."
	Find string `json:"find,omitempty"`
	// Open replaces Text when the partner showing the app is the service
	// itself (its own Healthwatch): no word about it closing.
	Open     string   `json:"open,omitempty"`
	Phone    string   `json:"phone,omitempty"` // a stable national phone number
	Web      string   `json:"web,omitempty"`   // a stable web address
	Sources  []string `json:"sources"`         // IDs of Sources that support it
	See      []string `json:"see,omitempty"`   // IDs of related items
	Scope    Scope    `json:"scope,omitzero"`  // where it applies; zero means everywhere
	Reviewed string   `json:"reviewed"`        // date last reviewed, "YYYY-MM-DD"
	// Unreviewed marks a translation not yet checked by a reviewer: the
	// app shows English instead until the mark is removed.
	Unreviewed bool `json:"unreviewed,omitempty"`
	// Lang is the language the item is in ("en" for English), set when
	// the content is loaded.
	Lang string `json:"-"`
}

// Set is a parsed, indexed set of content. It is not changed after it is
// made, so it is safe to share between goroutines.
type Set struct {
	lang    string
	items   []Item
	sources []Source
	texts   []Text
	itemAt  map[string]int
	srcAt   map[string]int
	textAt  map[string]int
	letters []Letter // the letters' blocks, the same in every language
}

// file is the shape of one embedded JSON file. Reviewed is the default
// review date for items and texts in the file that do not give their own.
type file struct {
	Reviewed string   `json:"reviewed"`
	Sources  []Source `json:"sources"`
	Items    []Item   `json:"items"`
	Texts    []Text   `json:"texts"`
	Letters  []Letter `json:"letters"` // the letters' blocks (see Letter)
}

// NewSet makes an English Set from items, sources and texts, copying
// them. If an ID is repeated the last one wins in lookups; Validate
// reports the repeat.
func NewSet(items []Item, sources []Source, texts ...Text) *Set {
	return newSet(English, items, sources, texts)
}

func newSet(lang string, items []Item, sources []Source, texts []Text) *Set {
	s := &Set{
		lang:    lang,
		items:   append([]Item(nil), items...),
		sources: append([]Source(nil), sources...),
		texts:   append([]Text(nil), texts...),
		itemAt:  make(map[string]int, len(items)),
		srcAt:   make(map[string]int, len(sources)),
		textAt:  make(map[string]int, len(texts)),
	}
	for i, it := range s.items {
		if s.items[i].Lang == "" {
			s.items[i].Lang = lang
		}
		s.itemAt[it.ID] = i
	}
	for i, src := range s.sources {
		s.srcAt[src.ID] = i
	}
	for i, t := range s.texts {
		if s.texts[i].Lang == "" {
			s.texts[i].Lang = lang
		}
		s.textAt[t.ID] = i
	}
	return s
}

// Parse reads content from JSON files in fsys matching pattern (for
// example "data/*.json"), in name order.
func Parse(fsys fs.FS, pattern string) (*Set, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, fmt.Errorf("content: %w", err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("content: no files match %q", pattern)
	}
	sort.Strings(names)
	return parseFiles(fsys, names)
}

// parseFiles reads content from the named JSON files in fsys, in order.
func parseFiles(fsys fs.FS, names []string) (*Set, error) {
	f, err := readFiles(fsys, names)
	if err != nil {
		return nil, err
	}
	if err := checkLetters(f.Letters); err != nil {
		return nil, err
	}
	s := newSet(English, f.Items, f.Sources, f.Texts)
	s.letters = f.Letters
	return s, nil
}

// readFiles reads the named JSON files in fsys, in order, into one file,
// each item and text given its file's review date when it has none.
func readFiles(fsys fs.FS, names []string) (file, error) {
	var all file
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return file{}, fmt.Errorf("content: %w", err)
		}
		f, err := decodeFile(b)
		if err != nil {
			return file{}, fmt.Errorf("content: %s: %w", name, err)
		}
		for _, it := range f.Items {
			if it.Reviewed == "" {
				it.Reviewed = f.Reviewed
			}
			all.Items = append(all.Items, it)
		}
		for _, t := range f.Texts {
			if t.Reviewed == "" {
				t.Reviewed = f.Reviewed
			}
			all.Texts = append(all.Texts, t)
		}
		for _, l := range f.Letters {
			for _, t := range l.texts() {
				if t.Reviewed == "" {
					t.Reviewed = f.Reviewed
				}
				all.Texts = append(all.Texts, t)
			}
		}
		all.Letters = append(all.Letters, f.Letters...)
		all.Sources = append(all.Sources, f.Sources...)
	}
	return all, nil
}

// langFiles returns the names of the JSON files of language lang in the
// embedded data, sorted. It lists the folder rather than matching a
// pattern, which keeps path.Match and fs.Glob out of the wasm.
func langFiles(lang string) ([]string, error) {
	entries, err := dataFS.ReadDir("data/" + lang) // sorted by name
	if err != nil {
		return nil, fmt.Errorf("content: language %q: %w", lang, ErrNoLanguage)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if path.Ext(e.Name()) == ".json" {
			names = append(names, "data/"+lang+"/"+e.Name())
		}
	}
	return names, nil
}

// loadDefault parses the embedded English data once; the Set is
// immutable after.
var loadDefault = sync.OnceValues(func() (*Set, error) {
	names, err := langFiles(English)
	if err != nil {
		return nil, err
	}
	return parseFiles(dataFS, names)
})

// Default returns the embedded, reviewed English content. It is parsed on
// first use and shared after that.
func Default() (*Set, error) { return loadDefault() }

// Item returns the item with the given ID.
func (s *Set) Item(id string) (Item, bool) {
	i, ok := s.itemAt[id]
	if !ok {
		return Item{}, false
	}
	return s.items[i], true
}

// Source returns the source with the given ID.
func (s *Set) Source(id string) (Source, bool) {
	i, ok := s.srcAt[id]
	if !ok {
		return Source{}, false
	}
	return s.sources[i], true
}

// Items returns a copy of every item, in file order.
func (s *Set) Items() []Item { return append([]Item(nil), s.items...) }

// Sources returns a copy of every source, in file order.
func (s *Set) Sources() []Source { return append([]Source(nil), s.sources...) }

// Len returns the number of items.
func (s *Set) Len() int { return len(s.items) }
