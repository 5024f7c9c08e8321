package letter

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"putitright/app/content"
)

// FlagKind says why some words were flagged.
type FlagKind string

// Flag kinds.
const (
	FlagThreat   FlagKind = "threat"   // a threat, e.g. to sue or go to the papers
	FlagAbuse    FlagKind = "abuse"    // an insult or a swear word
	FlagDemand   FlagKind = "demand"   // a demand that someone is sacked
	FlagShouting FlagKind = "shouting" // words in capital letters
)

// Flag is a gentle note about some words in a letter.
type Flag struct {
	Kind       FlagKind `json:"kind"`
	Match      string   `json:"match"`      // the words as written
	Start      int      `json:"start"`      // byte offset of Match in the text
	End        int      `json:"end"`        // byte offset just after Match
	Suggestion string   `json:"suggestion"` // a kind, calm suggestion
}

// phrase is a run of words to look for, all lower case.
type phrase struct {
	words []string
	kind  FlagKind
	say   string
}

// flagLists are the lists of words and phrases flagged, as texts, each
// with its kind and the text of its suggestion, in the order they are
// tried.
var flagLists = []struct {
	kind         FlagKind
	say, phrases string
}{
	{FlagThreat, "flag.legal", "flag.phrases.legal"},
	{FlagThreat, "flag.threat", "flag.phrases.threat"},
	{FlagAbuse, "flag.abuse", "flag.phrases.abuse"},
	{FlagDemand, "flag.demand", "flag.phrases.demand"},
}

// phrases returns the words and phrases flagged, from the lists in c. A
// word ending in "*" matches any word starting with it; a word starting
// with "=" matches only that word exactly, capitals included.
func phrases(c *content.Set) []phrase {
	var out []phrase
	for _, l := range flagLists {
		say := c.T(l.say)
		t, _ := c.Lookup(l.phrases)
		for _, v := range t.List {
			if w := strings.Fields(v.Text); len(w) > 0 {
				out = append(out, phrase{w, l.kind, say})
			}
		}
	}
	return out
}

// firstLetters groups phrases by the first byte of their first word, in
// lower case, keeping their order, so each word of a letter is tried only
// against the phrases that could start with it.
func firstLetters(ps []phrase) map[byte][]phrase {
	out := map[byte][]phrase{}
	for _, p := range ps {
		w := strings.ToLower(strings.TrimPrefix(p.words[0], "="))
		if w == "" || w == "*" {
			continue // a phrase that starts with any word is not one anyone writes
		}
		out[w[0]] = append(out[w[0]], p)
	}
	return out
}

// word is a word found in the text, with where it is.
type word struct {
	lower      string
	start, end int
	caps       bool // all letters are capitals
	letters    int
}

// splitWords finds the words in text: runs of letters, digits and
// apostrophes. Other characters separate words, so "Sussex" is one word
// and never matches "sex".
func splitWords(text string) []word {
	var out []word
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.Trim(text[start:end], "'’")
		if w != "" {
			off := start + strings.Index(text[start:end], w)
			ww := word{lower: strings.ReplaceAll(strings.ToLower(w), "’", "'"), start: off, end: off + len(w), caps: true}
			for _, r := range w {
				if unicode.IsLetter(r) {
					ww.letters++
					if !unicode.IsUpper(r) {
						ww.caps = false
					}
				}
			}
			if ww.letters == 0 {
				ww.caps = false
			}
			out = append(out, ww)
		}
		start = -1
	}
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(text))
	return out
}

// Flags returns gentle notes about threats, insults, swearing, demands for
// someone to be sacked, and words in capitals, in the order they appear.
// Matching is by whole words and ignores case, so "Sussex" and "class" are
// never flagged; "sue" is only a threat in lower case and inside a phrase
// such as "I will sue", so "Sue, the nurse" is not flagged. Capitals are
// flagged for three or more capitalised words in a row (one of four
// letters or more), or one of eight letters or more. The words looked
// for and the suggestions are texts in c (see phrases).
func Flags(c *content.Set, text string) []Flag {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	ws := splitWords(text)
	byFirst := firstLetters(phrases(c))
	var out []Flag
	taken := -1 // words up to this index are already flagged
	for i := range ws {
		if i <= taken {
			continue
		}
		for _, p := range byFirst[ws[i].lower[0]] {
			if n := matchAt(text, ws, i, p.words); n > 0 {
				out = append(out, Flag{Kind: p.kind, Match: text[ws[i].start:ws[i+n-1].end],
					Start: ws[i].start, End: ws[i+n-1].end, Suggestion: p.say})
				taken = i + n - 1
				break
			}
		}
	}
	// Shouting.
	for i := 0; i < len(ws); {
		if !ws[i].caps || ws[i].letters < 2 {
			i++
			continue
		}
		j, long := i, 0
		for j < len(ws) && ws[j].caps && ws[j].letters >= 2 {
			if ws[j].letters > long {
				long = ws[j].letters
			}
			j++
		}
		if j-i >= 3 && long >= 4 || long >= 8 {
			out = append(out, Flag{Kind: FlagShouting, Match: text[ws[i].start:ws[j-1].end],
				Start: ws[i].start, End: ws[j-1].end, Suggestion: c.T("flag.shouting")})
		}
		i = j
	}
	sortFlags(out)
	return out
}

// matchAt returns how many words of p match starting at ws[i], or 0. The
// words of a phrase must be separated by spaces only, so "Sue, the nurse"
// does not match "sue the".
func matchAt(text string, ws []word, i int, p []string) int {
	if i+len(p) > len(ws) {
		return 0
	}
	for k, want := range p {
		if k > 0 && strings.TrimSpace(text[ws[i+k-1].end:ws[i+k].start]) != "" {
			return 0
		}
		got := ws[i+k].lower
		if exact, ok := strings.CutPrefix(want, "="); ok {
			// Exactly so: "sue", not "Sue", which is usually a name.
			if text[ws[i+k].start:ws[i+k].end] != exact {
				return 0
			}
			continue
		}
		if strings.HasSuffix(want, "*") {
			if !strings.HasPrefix(got, want[:len(want)-1]) {
				return 0
			}
		} else if got != want {
			return 0
		}
	}
	return len(p)
}

// sortFlags sorts flags by where they start (insertion sort: lists are short).
func sortFlags(f []Flag) {
	for i := 1; i < len(f); i++ {
		for j := i; j > 0 && f[j].Start < f[j-1].Start; j-- {
			f[j], f[j-1] = f[j-1], f[j]
		}
	}
}
