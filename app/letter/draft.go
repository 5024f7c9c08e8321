package letter

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
)

// ErrUnknownLetter is returned by Draft for a letter it cannot write.
var ErrUnknownLetter = errors.New("unknown letter")

// Draft writes letter id from the answers and details, dated today, in
// the language of c, from the letter's data (see content.Letter and the
// names in values.go). The same inputs always give the same letter.
// Details that are missing show as bracketed placeholders and are listed
// in Letter.Missing, in the order they first show. The error is
// ErrUnknownLetter, or the letters' data not loading.
func Draft(c *content.Set, id guide.LetterID, a guide.Answers, d Details, today time.Time) (Letter, error) {
	l, _, err := draft(c, id, a, d, today, nil)
	return l, err
}

// Traced is one block of a drafted letter and where it came from, for
// the review report: which data made it, and why.
type Traced struct {
	Block Block `json:"block"`
	// Path is the block's place in the letters' data: the letter or
	// shared part, then the block's index, such as "complaint[7]" or
	// "close[0]", and within it "lines", "blocks" or "choose".
	Path string `json:"path"`
	// Texts are the texts that gave its words, in the order used: a
	// text's ID, with "#n" for its n-th alternative (from 1), or the
	// path of words the data gives without an ID. Named fragments used
	// inside are listed too.
	Texts []string `json:"texts"`
	// When are the conditions that held to choose it and its words,
	// outermost first.
	When []string `json:"when,omitempty"`
}

// Explain drafts letter id as Draft does and returns each block with
// where it came from.
func Explain(c *content.Set, id guide.LetterID, a guide.Answers, d Details, today time.Time) ([]Traced, error) {
	_, tr, err := draft(c, id, a, d, today, &tracer{})
	if err != nil {
		return nil, err
	}
	return tr.out, nil
}

func draft(c *content.Set, id guide.LetterID, a guide.Answers, d Details, today time.Time, tr *tracer) (Letter, *tracer, error) {
	bk, err := loadBook()
	if err != nil {
		return Letter{}, nil, fmt.Errorf("letter: draft %q: %w", id, err)
	}
	f := bk.letters[string(id)]
	if f == nil || !id.Known() {
		return Letter{}, nil, fmt.Errorf("letter: draft %q: %w", id, ErrUnknownLetter)
	}
	d = d.clean()
	a = Refine(a, d)
	l := Letter{ID: id, Title: id.Title(c, a)}
	// The date of their final response: the one answered, or else the
	// one in the details (for the ombudsman's time limit and the words).
	if !realDate(a.Responded) {
		a.Responded = d.ResponseOn
	}
	r := newRenderer(c, bk, id, a, d, today)
	r.tr = tr
	if f.subject != nil {
		r.setLines(true)
		l.Subject = r.words(f.subject)
		r.setLines(false)
		r.tr.drop()
	}
	r.nodes(f.blocks)
	if f.subject == nil {
		for _, b := range r.out {
			if b.Kind == KindSubject {
				l.Subject = b.Text
				break
			}
		}
	}
	l.Blocks, l.Missing = r.out, r.missing
	return l, tr, nil
}

// tracer records where each block came from, for Explain. Its methods
// do nothing on a nil tracer, as when drafting.
type tracer struct {
	path   string
	conds  []string   // the blocks' conditions that held, outermost first
	texts  []string   // the texts of the block being made
	tconds []string   // the conditions that chose its words
	encl   [][]string // the texts of each enclosure the letter adds
	out    []Traced
}

// mark is where the tracer was on entering a block.
type mark struct {
	path  string
	conds int
}

func (t *tracer) enter() mark {
	if t == nil {
		return mark{}
	}
	return mark{t.path, len(t.conds)}
}

func (t *tracer) leave(m mark) {
	if t != nil {
		t.path, t.conds = m.path, t.conds[:m.conds]
	}
}

func (t *tracer) at(path string) {
	if t != nil {
		t.path = path
	}
}

// cond notes a block's condition that held.
func (t *tracer) cond(src string) {
	if t != nil && src != "" {
		t.conds = append(t.conds, src)
	}
}

// textCond notes a condition that chose words within a block.
func (t *tracer) textCond(src string) {
	if t != nil && src != "" {
		t.tconds = append(t.tconds, src)
	}
}

// from notes the text, and its alternative i (or -1), that gave words.
func (t *tracer) from(id string, i int, when string) {
	if t == nil {
		return
	}
	if i >= 0 {
		id += "#" + strconv.Itoa(i+1)
	}
	if n := len(t.texts); n == 0 || t.texts[n-1] != id { // once for the lines of a list
		t.texts = append(t.texts, id)
	}
	t.textCond(when)
}

// enclose notes the texts of an enclosure the letter adds, for the
// block that lists it.
func (t *tracer) enclose() {
	if t != nil {
		t.encl = append(t.encl, append([]string(nil), t.texts...))
	}
}

// entry notes, for entry i of the list each, the texts that made it: an
// enclosure the letter added.
func (t *tracer) entry(each string, i int) {
	if t != nil && each == "enclosures" && i < len(t.encl) {
		t.texts = append(t.texts, t.encl[i]...)
	}
}

// emit records a block made.
func (t *tracer) emit(b Block) {
	if t == nil {
		return
	}
	when := append(append([]string(nil), t.conds...), t.tconds...)
	t.out = append(t.out, Traced{Block: b, Path: t.path, Texts: append([]string(nil), t.texts...), When: when})
}

// drop forgets the texts of a block once it is made (or not).
func (t *tracer) drop() {
	if t != nil {
		t.texts, t.tconds = t.texts[:0], t.tconds[:0]
	}
}

// Refine returns the answers with what the details make exact: when the
// answers know only the month it happened, the earliest event in that
// month with an exact day gives the day (guide.Answers.WithExactDay), so
// the time limit counts from it. Build the plan from the same refined
// answers, so the plan and the letters agree.
func Refine(a guide.Answers, d Details) guide.Answers {
	var first guide.Date
	for _, e := range d.Events {
		w := e.When
		if w.Day == 0 || w.Year != a.Happened.Year || w.Month != a.Happened.Month || !realDate(w) {
			continue
		}
		if first.IsZero() || w.Before(first) {
			first = w
		}
	}
	a = a.WithExactDay(first)
	// The date of the final response typed in a letter's details is
	// later and usually exact: once given, it is used.
	if r := d.ResponseOn; realDate(r) && (a.Stage == guide.FinalResponse || a.Stage == guide.WithOmbudsman) {
		a.Responded = r
	}
	return a
}
