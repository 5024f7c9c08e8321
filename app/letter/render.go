package letter

import (
	"strings"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
)

// renderer fills in one letter: it walks the letter's blocks, keeps those
// whose conditions hold, and fills their words with the values.
//
// How the words are filled:
//
//   - A block of kind para is split at blank lines, so a detail the person
//     typed in several paragraphs stays in several paragraphs. In every
//     other block, and in lines, a detail's paragraphs become lines of the
//     one block.
//   - A value with words after its bar, {organisation|organisation name},
//     is needed: while it is empty the letter shows "[organisation name]"
//     and, for a detail, lists it in Letter.Missing. A value without them
//     shows nothing while it is empty.
//   - {capital:name} is the value with its first letter in capitals.
//   - Numbered blocks in a row are numbered 1, 2, 3…; any other block
//     starts the numbers again.
type renderer struct {
	c     *content.Set
	bk    *book
	id    guide.LetterID
	a     guide.Answers
	d     Details
	today time.Time
	rules func(string) bool // the rules vocabulary (guide.Answers.Is)
	known map[string]bool   // what the rules said, by name
	isFn  func(string) bool // r.is, made once

	out        []Block
	num        int       // the last number of the numbered points in a row
	missing    []FieldID // in the order they first show
	encl       []string  // what the letter encloses, before the details' enclosures
	introduced bool      // whether the person has been introduced ("my mother, …")
	item       *entry    // the list entry being filled, inside each
	dates      []dated   // dates in words, once each
	lines      bool      // whether a detail's paragraphs become lines
	depth      int       // fragments inside fragments
	tr         *tracer   // when explaining
}

// dated is a date and its words.
type dated struct {
	d     guide.Date
	words string
}

// entry is one entry of a list, inside each.
type entry struct {
	word  string // what item:word tests, e.g. an outcome "money"
	text  string // the value {item}
	event *Event // for events: {date} and {what}
}

func newRenderer(c *content.Set, bk *book, id guide.LetterID, a guide.Answers, d Details, today time.Time) *renderer {
	r := &renderer{c: c, bk: bk, id: id, a: a, d: d, today: today, rules: a.Is(today), out: make([]Block, 0, 64)}
	r.isFn = r.is
	return r
}

// holds reports whether c holds.
func (r *renderer) holds(c cond) bool {
	if c.src == "" {
		return true
	}
	return c.c.Holds(r.isFn)
}

// nodes fills in a list of blocks.
func (r *renderer) nodes(ns []*node) {
	for _, n := range ns {
		r.node(n, "")
	}
}

// node fills in one block, of kind kind when it gives none, and reports
// whether its condition held.
func (r *renderer) node(n *node, kind BlockKind) bool {
	mark := r.tr.enter()
	defer r.tr.leave(mark)
	if !r.holds(n.when) {
		return false
	}
	r.tr.cond(n.when.src)
	if n.kind != "" {
		kind = n.kind
	}
	if kind == "" {
		kind = KindPara
	}
	r.tr.at(n.path)
	switch {
	case n.use != "":
		r.nodes(r.bk.parts[n.use].blocks)
	case n.group != nil:
		r.nodes(n.group)
	case n.choose != nil:
		for _, c := range n.choose {
			if r.node(c, "") {
				break
			}
		}
	case n.enclose:
		was := r.setLines(true)
		if w := r.words(n); w != "" {
			r.encl = append(r.encl, w)
			r.tr.enclose()
		}
		r.lines = was
		r.tr.drop()
	case n.lines != nil:
		was := r.setLines(true)
		text := r.joinLines(n.lines)
		r.lines = was
		r.emit(kind, text)
	case n.each != "":
		r.each(n, kind)
	default:
		was := r.setLines(kind != KindPara)
		text := r.words(n)
		r.lines = was
		r.emit(kind, text)
	}
	return true
}

// setLines sets whether a detail's paragraphs become lines of one block,
// and returns what it was.
func (r *renderer) setLines(lines bool) bool {
	was := r.lines
	r.lines = lines
	return was
}

// each fills in n once for each entry of its list, or its empty block
// when no entry gives words.
func (r *renderer) each(n *node, kind BlockKind) {
	was, wasLines, shown := r.item, r.setLines(kind != KindPara), 0
	es := r.entries(n.each)
	for i := range es {
		r.item = &es[i]
		r.tr.entry(n.each, i)
		if text := r.words(n); text != "" {
			r.emit(kind, text)
			shown++
		}
	}
	r.item, r.lines = was, wasLines
	if shown == 0 && n.empty != nil {
		r.node(n.empty, kind)
	}
}

// joinLines fills in lines and joins those with words, one a line.
func (r *renderer) joinLines(ls []*node) string {
	var out []string
	for _, l := range ls {
		if !r.holds(l.when) {
			continue
		}
		r.tr.textCond(l.when.src)
		if l.each == "" {
			if w := r.words(l); w != "" {
				out = append(out, w)
			}
			continue
		}
		was, shown := r.item, 0
		es := r.entries(l.each)
		for i := range es {
			r.item = &es[i]
			r.tr.entry(l.each, i)
			if w := r.words(l); w != "" {
				out = append(out, w)
				shown++
			}
		}
		r.item = was
		if shown == 0 && l.empty != nil && r.holds(l.empty.when) {
			r.tr.textCond(l.empty.when.src)
			if w := r.words(l.empty); w != "" {
				out = append(out, w)
			}
		}
	}
	return strings.Join(out, "\n")
}

// emit adds a block: a para splits at blank lines; empty words add
// nothing.
func (r *renderer) emit(kind BlockKind, text string) {
	switch {
	case kind == KindPara && strings.ContainsAny(text, "\n\r"):
		for _, p := range paragraphs(text) {
			r.add(kind, p)
		}
		r.tr.drop()
		return
	case kind == KindPara:
		// One paragraph, as paragraphs makes it: the details are clean
		// (Details.clean) and so are the texts (see the tests).
		text = strings.TrimSpace(text)
	}
	if text != "" {
		r.add(kind, text)
	}
	r.tr.drop()
}

// add adds one block, numbering numbered blocks in a row.
func (r *renderer) add(kind BlockKind, text string) {
	b := Block{Kind: kind, Text: text}
	if kind == KindNumbered {
		r.num++
		b.N = r.num
	} else {
		r.num = 0
	}
	r.out = append(r.out, b)
	r.tr.emit(b)
}

// words returns the words of n filled in: its text from the content,
// found by its ID, or as the data writes it when it has none.
func (r *renderer) words(n *node) string {
	if n.id == "" {
		return r.fill(r.pick(n.own, n.path))
	}
	return r.text(n.id)
}

// text returns the words of the text id filled in.
func (r *renderer) text(id string) string {
	t, ok := r.c.Lookup(id)
	if !ok {
		return "[" + id + "]"
	}
	w, ok := r.prepare(id, t)
	if !ok {
		return "[" + id + "]"
	}
	return r.fill(r.pick(w, id))
}

// prepare returns the text t, whose ID is id, made ready to fill in: as the
// book has it, or for words not in the book (a translation) made now. A
// text that does not parse is not ready.
func (r *renderer) prepare(id string, t content.Text) (*ready, bool) {
	if w := r.bk.texts[id]; w != nil && w.same(t) {
		return w, true
	}
	w, err := (*book)(nil).compileText(t)
	return w, err == nil
}

// list returns the entries of the list text id whose conditions hold,
// filled in.
func (r *renderer) list(id string) []string {
	t, ok := r.c.Lookup(id)
	if !ok {
		return nil
	}
	w, ok := r.prepare(id, t)
	if !ok {
		return []string{"[" + id + "]"}
	}
	var out []string
	for _, it := range w.items {
		if r.holds(it.when) {
			out = append(out, r.fill(it.segs))
		}
	}
	return out
}

// pick returns the template of w to use: its own, or its first
// alternative whose condition holds (nothing when none does).
func (r *renderer) pick(w *ready, from string) []content.Segment {
	if len(w.alts) == 0 {
		r.tr.from(from, -1, "")
		return w.segs
	}
	for i, a := range w.alts {
		if r.holds(a.when) {
			r.tr.from(from, i, a.when.src)
			return a.segs
		}
	}
	return w.segs
}

// fill fills in a template.
func (r *renderer) fill(segs []content.Segment) string {
	switch {
	case len(segs) == 0:
		return ""
	case len(segs) == 1 && segs[0].Name == "":
		return segs[0].Text
	}
	var sb strings.Builder
	n := 0
	for _, s := range segs {
		n += len(s.Text) + 48 // room for a value
	}
	sb.Grow(n)
	for _, s := range segs {
		if s.Name == "" {
			sb.WriteString(s.Text)
		} else {
			sb.WriteString(r.value(s.Name, s.Placeholder))
		}
	}
	return sb.String()
}

// value returns the words of the value name, or its placeholder in
// brackets when it is empty (noting the detail as missing).
func (r *renderer) value(name, placeholder string) string {
	name, capital := strings.CutPrefix(name, "capital:")
	v, field := r.lookup(name)
	if v == "" {
		if placeholder == "" {
			return ""
		}
		if field != "" {
			r.miss(field)
		}
		return "[" + placeholder + "]"
	}
	if r.lines && strings.IndexByte(v, '\n') >= 0 {
		v = oneBlock(v)
	}
	if capital {
		v = capitalFirst(v)
	}
	return v
}

// lookup returns the words of the value name, and the detail it is, if
// it is one: a value of the list entry, a detail or a value the letter
// works out, or a named fragment (a text "draft.<name>").
func (r *renderer) lookup(name string) (string, FieldID) {
	if e := r.item; e != nil {
		switch name {
		case "item":
			return e.text, ""
		case "date":
			if e.event != nil {
				return r.date(e.event.When), ""
			}
		case "what":
			if e.event != nil {
				return e.event.What, FEvents
			}
		}
	}
	if v, ok := r.valueOf(name); ok {
		return v.words(r), v.field
	}
	if v, ok := r.worked(name); ok {
		return v, ""
	}
	if id, ok := r.bk.fragments[name]; ok {
		return r.fragment(id), fragmentFields[name]
	}
	return "[" + name + "]", ""
}

// fragment returns the words of a named fragment.
func (r *renderer) fragment(id string) string {
	if r.depth > 8 {
		return "" // a fragment that uses itself
	}
	r.depth++
	w := r.text(id)
	r.depth--
	return w
}

// miss notes a missing detail once.
func (r *renderer) miss(f FieldID) {
	for _, m := range r.missing {
		if m == f {
			return
		}
	}
	r.missing = append(r.missing, f)
}

// capitalFirst returns s with its first letter in capitals.
func capitalFirst(s string) string {
	for i, c := range s {
		return strings.ToUpper(string(c)) + s[i+len(string(c)):]
	}
	return s
}

// oneBlock joins the paragraphs of s with single line breaks, so that it
// fits inside one block.
func oneBlock(s string) string { return strings.Join(paragraphs(s), "\n") }
