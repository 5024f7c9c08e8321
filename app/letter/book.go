package letter

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"putitright/app/content"
)

// The letters are data (see content.Letter): each is a list of blocks
// whose words are texts in the content, with named values and conditions.
// This file makes the data ready to fill in, once: the blocks with their
// conditions parsed, and the English words split into their segments.
// Words in another language are split when they are used.

// fragmentPrefix begins the ID of a named fragment: the value {noun} is
// the text "draft.noun", and {their name} is "draft.their-name".
const fragmentPrefix = "draft."

// tipsPrefix begins the ID of the writing tips' lists (see Checklist).
const tipsPrefix = "tips."

// book is every letter and shared part, made ready to fill in.
type book struct {
	letters   map[string]*form
	parts     map[string]*form
	texts     map[string]*ready   // the English words of every text a letter uses, by ID
	fragments map[string]string   // text ID of each named fragment, by value name
	names     map[string]condName // every condition name the data uses, split
	conds     map[string]cond     // every condition the data uses, parsed
}

// condName is a condition name split into its family and value, with
// hyphens in the value made spaces: "given:your-phone" is given, "your
// phone".
type condName struct{ family, arg string }

// splitName splits a condition name (see condName).
func splitName(name string) condName {
	family, arg, ok := strings.Cut(name, ":")
	if !ok {
		return condName{arg: name}
	}
	if family == "given" || family == "exact" {
		arg = strings.ReplaceAll(arg, "-", " ")
	}
	return condName{family, arg}
}

// form is one letter or shared part.
type form struct {
	name    string
	subject *node
	blocks  []*node
}

// node is one block of a form.
type node struct {
	path    string    // where it is in the data, e.g. "complaint[3].lines[1]"
	kind    BlockKind // "" when not given
	enclose bool      // its words are added to the enclosures
	when    cond
	id      string // the ID of its words, if it has any
	own     *ready // its words as written in the data
	each    string
	empty   *node
	lines   []*node
	use     string
	group   []*node
	choose  []*node
}

// cond is a parsed condition; the zero cond always holds.
type cond struct {
	src string
	c   content.Cond
}

// ready is a text made ready to fill in: its template, its
// alternatives, or its list.
type ready struct {
	text  string
	segs  []content.Segment
	alts  []alt
	items []alt
}

// alt is one alternative of a text.
type alt struct {
	when cond
	text string
	segs []content.Segment
}

// kinds are the block kinds a letter's data may give, and "enclose".
var kinds = []BlockKind{KindAddress, KindDate, KindRecipient, KindSubject, KindHeading, KindPara,
	KindNumbered, KindBullet, KindSignoff, KindName, KindLine, kindEnclose}

// kindEnclose marks a block whose words are added to the enclosures.
const kindEnclose BlockKind = "enclose"

// loadBook makes the book from the embedded data once; it is not changed
// after, so every draft shares it.
var loadBook = sync.OnceValues(func() (*book, error) {
	letters, err := content.Letters()
	if err != nil {
		return nil, err
	}
	en, err := content.Default()
	if err != nil {
		return nil, err
	}
	return compile(letters, en)
})

// compile makes the book from the letters' data, with the words of the
// texts in en.
func compile(letters []content.Letter, en *content.Set) (*book, error) {
	bk := &book{letters: map[string]*form{}, parts: map[string]*form{}, texts: map[string]*ready{},
		fragments: map[string]string{}, names: map[string]condName{}, conds: map[string]cond{}}
	for _, t := range en.Texts() {
		rest, fragment := strings.CutPrefix(t.ID, fragmentPrefix)
		if !fragment && !strings.HasPrefix(t.ID, tipsPrefix) {
			continue
		}
		if fragment && !strings.Contains(rest, ".") {
			bk.fragments[strings.ReplaceAll(rest, "-", " ")] = t.ID
		}
		w, err := bk.compileText(t)
		if err != nil {
			return nil, err
		}
		bk.texts[t.ID] = w
	}
	for _, l := range letters {
		f := &form{name: l.Name()}
		var err error
		if l.Subject != nil {
			if f.subject, err = bk.node(*l.Subject, f.name+".subject", en); err != nil {
				return nil, err
			}
		}
		if f.blocks, err = bk.nodes(l.Blocks, f.name, en); err != nil {
			return nil, err
		}
		if l.Letter != "" {
			bk.letters[l.Letter] = f
		} else {
			bk.parts[l.Part] = f
		}
	}
	return bk, bk.check()
}

func (bk *book) nodes(bs []content.Block, path string, en *content.Set) ([]*node, error) {
	if bs == nil {
		return nil, nil
	}
	out := make([]*node, len(bs))
	for i, b := range bs {
		n, err := bk.node(b, path+"["+strconv.Itoa(i)+"]", en)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

func (bk *book) node(b content.Block, path string, en *content.Set) (*node, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("letter: %s: %s", path, fmt.Sprintf(format, args...))
	}
	n := &node{path: path, kind: BlockKind(b.Kind), id: b.ID, each: b.Each, use: b.Use}
	if b.Kind != "" && !slices.Contains(kinds, n.kind) {
		return nil, bad("unknown kind %q", b.Kind)
	}
	n.enclose = n.kind == kindEnclose
	var err error
	if n.when, err = bk.parseCond(b.When); err != nil {
		return nil, bad("%v", err)
	}
	shapes := 0
	for _, has := range []bool{b.HasWords(), b.Lines != nil, b.Use != "", b.Blocks != nil, b.Choose != nil} {
		if has {
			shapes++
		}
	}
	if shapes != 1 {
		return nil, bad("give one of words, lines, use, blocks or choose")
	}
	if b.HasWords() {
		// Words with an ID are found in the set by it; the data's own
		// are for words with none.
		if b.ID == "" {
			if n.own, err = bk.compileText(b.Words()); err != nil {
				return nil, bad("%v", err)
			}
		} else {
			t, ok := en.Lookup(b.ID)
			if !ok {
				return nil, bad("no text %q", b.ID)
			}
			if bk.texts[b.ID], err = bk.compileText(t); err != nil {
				return nil, bad("%v", err)
			}
		}
	}
	if (b.Each != "" || b.Empty != nil) && !b.HasWords() && b.Lines == nil {
		return nil, bad("each and empty go with words or lines")
	}
	if b.Empty != nil {
		if b.Each == "" {
			return nil, bad("empty without each")
		}
		if n.empty, err = bk.node(*b.Empty, path+".empty", en); err != nil {
			return nil, err
		}
	}
	if n.lines, err = bk.nodes(b.Lines, path+".lines", en); err != nil {
		return nil, err
	}
	for i, l := range n.lines {
		if !b.Lines[i].HasWords() || l.kind != "" {
			return nil, bad("a line is words, with no kind")
		}
	}
	if n.group, err = bk.nodes(b.Blocks, path+".blocks", en); err != nil {
		return nil, err
	}
	if n.choose, err = bk.nodes(b.Choose, path+".choose", en); err != nil {
		return nil, err
	}
	return n, nil
}

// check reports a use of a part that does not exist.
func (bk *book) check() error {
	var bad error
	var walk func(ns []*node)
	walk = func(ns []*node) {
		for _, n := range ns {
			if n.use != "" && bk.parts[n.use] == nil && bad == nil {
				bad = fmt.Errorf("letter: %s: no part %q", n.path, n.use)
			}
			if n.empty != nil {
				walk([]*node{n.empty})
			}
			walk(n.lines)
			walk(n.group)
			walk(n.choose)
		}
	}
	for _, fs := range []map[string]*form{bk.letters, bk.parts} {
		for _, f := range fs {
			walk(f.blocks)
		}
	}
	return bad
}

// compileText makes a text ready to fill in. bk, when not nil, notes the
// condition names it uses.
func (bk *book) compileText(t content.Text) (*ready, error) {
	w := &ready{text: t.Text}
	var err error
	if w.segs, err = content.Split(t.Text); err != nil {
		return nil, fmt.Errorf("%s: %w", t.ID, err)
	}
	for _, list := range []struct {
		vs []content.Variant
		to *[]alt
	}{{t.First, &w.alts}, {t.List, &w.items}} {
		for _, v := range list.vs {
			a := alt{text: v.Text}
			if a.when, err = bk.parseCond(v.When); err != nil {
				return nil, fmt.Errorf("%s: %w", t.ID, err)
			}
			if a.segs, err = content.Split(v.Text); err != nil {
				return nil, fmt.Errorf("%s: %w", t.ID, err)
			}
			*list.to = append(*list.to, a)
		}
	}
	return w, nil
}

// parseCond parses a condition; bk, when not nil, notes its names.
func (bk *book) parseCond(s string) (cond, error) {
	if s == "" {
		return cond{}, nil
	}
	if bk != nil {
		if c, ok := bk.conds[s]; ok {
			return c, nil
		}
	}
	c, err := content.ParseCond(s)
	if err == nil && bk != nil {
		for _, n := range c.Names() {
			bk.names[n] = splitName(n)
		}
		bk.conds[s] = cond{src: s, c: c}
	}
	return cond{src: s, c: c}, err
}

// same reports whether w was made from the words of t.
func (w *ready) same(t content.Text) bool {
	return w.text == t.Text && sameAlts(w.alts, t.First) && sameAlts(w.items, t.List)
}

func sameAlts(as []alt, vs []content.Variant) bool {
	if len(as) != len(vs) {
		return false
	}
	for i, a := range as {
		if a.when.src != vs[i].When || a.text != vs[i].Text {
			return false
		}
	}
	return true
}
