package content

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
)

// patterns holds what Validate looks for in the text, compiled when it
// runs, so that a program that never validates (the app) does not link
// the regexp compiler.
type patterns struct{ outdated, hcpc, socialWork, history, cannotComplain *regexp.Regexp }

func compilePatterns() patterns {
	return patterns{
		// Old names: the plan uses today's.
		outdated: regexp.MustCompile(`(?i)\b(CCGs?|clinical commissioning groups?|NHS Choices|NHS Litigation Authority)\b`), // all replaced 2017–2022
		// The HCPC, which no longer regulates social workers in England,
		// and a mention of social workers.
		hcpc:       regexp.MustCompile(`(?i)\b(HCPC|Health and Care Professions Council)\b`),
		socialWork: regexp.MustCompile(`(?i)\bsocial work`),
		// Wording about how things used to be, which the plan leaves out:
		// people need today's rules, not their story. "Once called" is
		// allowed, to help someone recognise an old job title.
		history: regexp.MustCompile(`(?i)\b(formerly|renamed|replaced|used to be called|was called|were called|took over from|went up from|went down from)\b`),
		// Wording that denies someone the right to complain.
		cannotComplain: regexp.MustCompile(`(?i)\b(can ?not|can't|cannot|unable to|not able to|not allowed to|too late to) (make a |raise a )?complain`),
	}
}

// Validate checks a whole content set and returns every problem found:
// missing fields, sources without a web address, sources from hosts off
// the allow-list without a recorded reason, bad review dates, unknown
// scope values, links to items that do not exist, outdated names, history
// in the text, and wording that denies someone the right to complain. It returns nil when the set is sound.
func Validate(s *Set) []error {
	var errs []error
	w := compilePatterns()
	add := func(id, format string, args ...any) {
		errs = append(errs, fmt.Errorf("content: %s: %s", id, fmt.Sprintf(format, args...)))
	}
	seenSrc := make(map[string]bool)
	for _, src := range s.sources {
		if src.ID == "" {
			add("source", "source with no ID (%q)", src.Title)
			continue
		}
		if seenSrc[src.ID] {
			add(src.ID, "source ID used twice")
		}
		seenSrc[src.ID] = true
		if strings.TrimSpace(src.Title) == "" {
			add(src.ID, "source has no title")
		}
		if !webURL(src.URL) {
			add(src.ID, "source URL %q is not an http or https address", src.URL)
		}
		_, allowed := AllowedHost(src.URL)
		switch {
		case !allowed && strings.TrimSpace(src.Exception) == "":
			add(src.ID, "source host of %q is not on the allow-list and no exception reason is recorded", src.URL)
		case allowed && src.Exception != "":
			add(src.ID, "source host of %q is allowed; remove the exception reason", src.URL)
		}
	}
	seen := make(map[string]bool) // item and text IDs share one namespace
	// entry checks what items and texts share: a new ID, known sources, a
	// review date, known scope words, and words that parse and pass the
	// patterns. It reports whether there is an ID to check the rest by.
	entry := func(kind, id, first string, sources []string, reviewed string, scope Scope, words []string) bool {
		if id == "" {
			add(kind, "%s with no ID (%q)", kind, first)
			return false
		}
		if seen[id] {
			add(id, "ID used twice")
		}
		seen[id] = true
		for _, sid := range sources {
			if _, ok := s.Source(sid); !ok {
				add(id, "unknown source %q", sid)
			}
		}
		if _, err := time.Parse(time.DateOnly, reviewed); err != nil {
			add(id, "review date %q is not YYYY-MM-DD", reviewed)
		}
		for dim, list := range scope.lists() {
			for _, word := range list {
				if !slices.Contains(scopeWords[dim], word) {
					add(id, "scope %s: unknown value %q", dim, word)
				}
			}
		}
		for _, text := range words {
			w.check(text, func(format string, args ...any) { add(id, format, args...) })
			if _, err := Split(text); err != nil {
				add(id, "%v", err)
			}
		}
		return true
	}
	for _, it := range s.items {
		id := it.ID
		if !entry("item", id, it.Title, it.Sources, it.Reviewed, it.Scope, []string{it.Title, it.Text, it.Expect, it.Cannot, it.Find, it.Open}) {
			continue
		}
		if strings.TrimSpace(it.Title) == "" {
			add(id, "no title")
		}
		if strings.TrimSpace(it.Text) == "" {
			add(id, "no text")
		}
		if len(it.Sources) == 0 {
			add(id, "no sources")
		}
		if it.Web != "" && !webURL(it.Web) {
			add(id, "web address %q is not an http or https address", it.Web)
		}
		for _, ref := range it.See {
			if _, ok := s.Item(ref); !ok {
				add(id, "refers to unknown item %q", ref)
			}
		}
	}
	for _, t := range s.texts {
		id := t.ID
		if !entry("text", id, t.Text, t.Sources, t.Reviewed, t.Scope, t.Words()) {
			continue
		}
		if len(t.Words()) == 0 {
			add(id, "no words")
		}
		if t.Text != "" && (t.First != nil || t.List != nil) || t.First != nil && t.List != nil {
			add(id, "give one of text, first or list")
		}
		for _, v := range append(append([]Variant(nil), t.First...), t.List...) {
			if _, err := ParseCond(v.When); err != nil {
				add(id, "%v", err)
			}
			if strings.TrimSpace(v.Text) == "" && t.List != nil {
				add(id, "an empty list entry")
			}
		}
	}
	return errs
}

// check reports, through bad, what the patterns find in text: outdated
// names, history, the HCPC for social workers, and wording that denies
// someone the right to complain.
func (w patterns) check(text string, bad func(format string, args ...any)) {
	for _, sent := range Sentences(text) {
		if m := w.outdated.FindString(sent); m != "" {
			bad("outdated name %q in %q", m, sent)
		}
		if m := w.history.FindString(sent); m != "" {
			bad("history (%q) in %q: say how things are now", m, sent)
		}
		if m := w.hcpc.FindString(sent); m != "" && w.socialWork.MatchString(sent) {
			bad("%q does not regulate social workers in England: %q", m, sent)
		}
		if m := w.cannotComplain.FindString(sent); m != "" {
			bad("denies the right to complain: %q", sent)
		}
	}
}

// ValidateTranslation checks the translation into lang against the
// English set en: every ID it translates exists in English, an item
// translates every part the English has, and each template uses the same
// named values and conditions as the English, so the app can fill it in.
func ValidateTranslation(en *Set, lang string) []error {
	items, texts, err := Translation(lang)
	if err != nil {
		return []error{err}
	}
	var errs []error
	add := func(id, format string, args ...any) {
		errs = append(errs, fmt.Errorf("content: %s: %s: %s", lang, id, fmt.Sprintf(format, args...)))
	}
	for _, it := range items {
		e, ok := en.Item(it.ID)
		if !ok {
			add(it.ID, "no English item has this ID")
			continue
		}
		for _, pair := range [][2]string{{e.Title, it.Title}, {e.Text, it.Text}, {e.Expect, it.Expect}, {e.Cannot, it.Cannot}, {e.Find, it.Find}, {e.Open, it.Open}} {
			if (pair[0] == "") != (pair[1] == "") {
				add(it.ID, "translate the same parts as the English: %q", pair[0])
			}
		}
	}
	for _, t := range texts {
		e, ok := en.Lookup(t.ID)
		if !ok {
			add(t.ID, "no English text has this ID")
			continue
		}
		if len(t.First) != len(e.First) || len(t.List) != len(e.List) || (t.Text == "") != (e.Text == "") {
			add(t.ID, "give the same alternatives or list entries as the English")
			continue
		}
		same := func(a, b string) bool {
			na, _ := Names(a)
			nb, _ := Names(b)
			slices.Sort(na)
			slices.Sort(nb)
			return slices.Equal(na, nb)
		}
		if !same(t.Text, e.Text) {
			add(t.ID, "use the same {values} as the English: %q", e.Text)
		}
		for i := range t.First {
			if t.First[i].When != e.First[i].When || !same(t.First[i].Text, e.First[i].Text) {
				add(t.ID, "alternative %d: keep the English condition and {values}", i+1)
			}
		}
		for i := range t.List {
			if t.List[i].When != e.List[i].When || !same(t.List[i].Text, e.List[i].Text) {
				add(t.ID, "list entry %d: keep the English condition and {values}", i+1)
			}
		}
	}
	return errs
}

// webURL reports whether u is an absolute http or https address.
func webURL(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "https" || p.Scheme == "http") && p.Host != ""
}

// Sentences splits text into sentences at ".", "!" or "?" followed by a
// space or the end. It is simple on purpose: it is used for checks, not
// for display.
func Sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '!', '?':
			if i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' {
				if s := strings.TrimSpace(text[start : i+1]); s != "" {
					out = append(out, s)
				}
				start = i + 1
			}
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}
