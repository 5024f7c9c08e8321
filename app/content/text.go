package content

import "strconv"

// Text is one piece of reviewed wording a person reads, found by its ID:
// a button, a heading, a question, a hint, a letter's field label, an
// error message. Its words are a template (see Split) and may hold named
// values. A text whose words depend on the person's answers gives
// alternatives in First instead: the first whose condition holds is used
// (the package that shows it says which names a condition may use). A
// list, such as a letter's writing tips, gives List: every entry whose
// condition holds, in order.
type Text struct {
	ID    string    `json:"id"`              // stable ID, e.g. "ui.start.button"
	Text  string    `json:"text,omitempty"`  // the words, a template
	First []Variant `json:"first,omitempty"` // alternatives, the first that fits
	List  []Variant `json:"list,omitempty"`  // a list, each entry that fits
	// Note tells editors and translators where the text shows and what
	// its values hold. People never see it.
	Note     string   `json:"note,omitempty"`
	Sources  []string `json:"sources,omitempty"` // IDs of Sources, where it states a fact
	Scope    Scope    `json:"scope,omitzero"`    // where it applies, for the review report
	Reviewed string   `json:"reviewed"`          // date last reviewed, "YYYY-MM-DD"
	// Unreviewed marks a translation not yet checked by a reviewer: the
	// app shows English instead until the mark is removed.
	Unreviewed bool `json:"unreviewed,omitempty"`
	// Lang is the language the text is in ("en" for English), set when
	// the content is loaded.
	Lang string `json:"-"`
}

// Variant is one alternative or list entry of a Text: words, and the
// condition under which they apply (see ParseCond; empty means always).
type Variant struct {
	When string `json:"when,omitempty"`
	Text string `json:"text"`
}

// Words returns every template in the text: its Text, then each
// alternative and list entry.
func (t Text) Words() []string {
	var out []string
	if t.Text != "" {
		out = append(out, t.Text)
	}
	for _, v := range t.First {
		out = append(out, v.Text)
	}
	for _, v := range t.List {
		out = append(out, v.Text)
	}
	return out
}

// Lookup returns the text with the given ID.
func (s *Set) Lookup(id string) (Text, bool) {
	i, ok := s.textAt[id]
	if !ok {
		return Text{}, false
	}
	return s.texts[i], true
}

// Texts returns a copy of every text, in file order.
func (s *Set) Texts() []Text { return append([]Text(nil), s.texts...) }

// Lang returns the language of the set, such as "en".
func (s *Set) Lang() string { return s.lang }

// missing is what a lookup of an unknown ID shows: the ID itself, so the
// gap is plain to see and every check that reads the page finds it.
func missing(id string) string { return "[" + id + "]" }

// T returns the words of text id, with no values filled in. An unknown
// ID gives "[id]".
func (s *Set) T(id string) string {
	t, ok := s.Lookup(id)
	if !ok {
		return missing(id)
	}
	return t.Text
}

// F returns the words of text id with its named values filled in from
// pairs of name and value: F("ui.step", "n", "3", "of", "12"). A value
// not given shows as its placeholder in brackets, or as "[name]".
func (s *Set) F(id string, pairs ...string) string {
	return Render(s.T(id), func(name, ph string) string {
		for i := 0; i+1 < len(pairs); i += 2 {
			if pairs[i] == name {
				return pairs[i+1]
			}
		}
		if ph == "" {
			ph = name
		}
		return "[" + ph + "]"
	})
}

// Pick returns the words of the first alternative of text id whose
// condition holds, asking is what each name means, or the text's own
// words when it has no alternatives or none fits.
func (s *Set) Pick(id string, is func(name string) bool) string {
	t, ok := s.Lookup(id)
	if !ok {
		return missing(id)
	}
	for _, v := range t.First {
		if c, err := ParseCond(v.When); err == nil && c.Holds(is) {
			return v.Text
		}
	}
	return t.Text
}

// Each returns the words of every list entry of text id whose condition
// holds, asking is what each name means.
func (s *Set) Each(id string, is func(name string) bool) []string {
	t, ok := s.Lookup(id)
	if !ok {
		return []string{missing(id)}
	}
	var out []string
	for _, v := range t.List {
		if c, err := ParseCond(v.When); err == nil && c.Holds(is) {
			out = append(out, v.Text)
		}
	}
	return out
}

// Segments returns text id split into literal words and named values,
// for a page that shows a value as something other than words, such as a
// link inside a sentence.
func (s *Set) Segments(id string) []Segment {
	segs, err := Split(s.T(id))
	if err != nil {
		return []Segment{{Text: s.T(id)}}
	}
	return segs
}

// Date returns a date in words, such as "14 March 2026", or "March 2026"
// when day is 0, from the texts "date.day" and "date.month" and the month
// names "date.month.1" to "date.month.12".
func (s *Set) Date(year, month, day int) string {
	m := s.T("date.month." + strconv.Itoa(month))
	if day == 0 {
		return s.F("date.month", "month", m, "year", strconv.Itoa(year))
	}
	return s.F("date.day", "day", strconv.Itoa(day), "month", m, "year", strconv.Itoa(year))
}
