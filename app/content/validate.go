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
	seen := make(map[string]bool)
	for _, it := range s.items {
		id := it.ID
		if id == "" {
			add("item", "item with no ID (%q)", it.Title)
			continue
		}
		if seen[id] {
			add(id, "item ID used twice")
		}
		seen[id] = true
		if strings.TrimSpace(it.Title) == "" {
			add(id, "no title")
		}
		if strings.TrimSpace(it.Text) == "" {
			add(id, "no text")
		}
		if len(it.Sources) == 0 {
			add(id, "no sources")
		}
		for _, sid := range it.Sources {
			if _, ok := s.Source(sid); !ok {
				add(id, "unknown source %q", sid)
			}
		}
		if _, err := time.Parse(time.DateOnly, it.Reviewed); err != nil {
			add(id, "review date %q is not YYYY-MM-DD", it.Reviewed)
		}
		if it.Web != "" && !webURL(it.Web) {
			add(id, "web address %q is not an http or https address", it.Web)
		}
		for dim, list := range it.Scope.lists() {
			words := scopeWords[dim]
			for _, w := range list {
				if !slices.Contains(words, w) {
					add(id, "scope %s: unknown value %q", dim, w)
				}
			}
		}
		for _, ref := range it.See {
			if _, ok := s.Item(ref); !ok {
				add(id, "refers to unknown item %q", ref)
			}
		}
		for _, text := range []string{it.Title, it.Text, it.Expect, it.Cannot} {
			for _, sent := range Sentences(text) {
				if m := w.outdated.FindString(sent); m != "" {
					add(id, "outdated name %q in %q", m, sent)
				}
				if m := w.history.FindString(sent); m != "" {
					add(id, "history (%q) in %q: say how things are now", m, sent)
				}
				if m := w.hcpc.FindString(sent); m != "" && w.socialWork.MatchString(sent) {
					add(id, "%q does not regulate social workers in England: %q", m, sent)
				}
				if m := w.cannotComplain.FindString(sent); m != "" {
					add(id, "denies the right to complain: %q", sent)
				}
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
