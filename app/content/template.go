package content

import (
	"errors"
	"fmt"
	"strings"
)

// A template is wording with named values in braces, such as
// "Dear {their name},". A value may carry the words to show while it is
// still empty, after a bar: "{organisation|organisation name}". Names are
// lower-case words, digits, spaces and hyphens. "{{" and "}}" stand for a
// brace. Templates are data: they never run code, and the only things
// they can do are insert values and, in letters, be chosen by conditions
// (see Cond).

// Segment is one part of a template: literal words, or a named value.
type Segment struct {
	Text        string // literal words; empty for a value
	Name        string // the value's name; empty for literal words
	Placeholder string // for a value, the words after the bar, or ""
}

// ErrTemplate is wrapped by every template and condition syntax error.
var ErrTemplate = errors.New("bad template")

// Split parses a template into its segments.
func Split(tmpl string) ([]Segment, error) {
	var out []Segment
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			out = append(out, Segment{Text: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		switch {
		case c == '{' && i+1 < len(tmpl) && tmpl[i+1] == '{':
			lit.WriteByte('{')
			i++
		case c == '}' && i+1 < len(tmpl) && tmpl[i+1] == '}':
			lit.WriteByte('}')
			i++
		case c == '}':
			return nil, fmt.Errorf("%w: %q: a } with no {", ErrTemplate, tmpl)
		case c == '{':
			end := strings.IndexByte(tmpl[i:], '}')
			if end < 0 {
				return nil, fmt.Errorf("%w: %q: a { with no }", ErrTemplate, tmpl)
			}
			name, ph, _ := strings.Cut(tmpl[i+1:i+end], "|")
			if !validName(name) {
				return nil, fmt.Errorf("%w: %q: value name %q: use lower-case words, digits, spaces and hyphens", ErrTemplate, tmpl, name)
			}
			if strings.ContainsAny(ph, "{|") {
				return nil, fmt.Errorf("%w: %q: placeholder %q holds { or |", ErrTemplate, tmpl, ph)
			}
			flush()
			out = append(out, Segment{Name: name, Placeholder: ph})
			i += end
		default:
			lit.WriteByte(c)
		}
	}
	flush()
	return out, nil
}

// validName reports whether s is a value or condition name: lower-case
// ASCII letters, digits, hyphens and single inner spaces.
func validName(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == ' ' || c == ':') {
			return false
		}
	}
	return true
}

// Names returns the names of the values a template uses, in order, once
// each, or an error for a template that does not parse.
func Names(tmpl string) ([]string, error) {
	segs, err := Split(tmpl)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, s := range segs {
		if s.Name != "" && !contains(out, s.Name) {
			out = append(out, s.Name)
		}
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// Render fills a template: value returns the words for each named value,
// given its placeholder. A template that does not parse is returned as
// it is (Validate reports it).
func Render(tmpl string, value func(name, placeholder string) string) string {
	if strings.IndexByte(tmpl, '{') < 0 && strings.IndexByte(tmpl, '}') < 0 {
		return tmpl
	}
	segs, err := Split(tmpl)
	if err != nil {
		return tmpl
	}
	var sb strings.Builder
	for _, s := range segs {
		if s.Name == "" {
			sb.WriteString(s.Text)
		} else {
			sb.WriteString(value(s.Name, s.Placeholder))
		}
	}
	return sb.String()
}

// Cond is a parsed condition: names joined by "and", "or" and "not",
// with brackets, such as "died and not (wales or scotland)". What each
// name means is up to the package that evaluates it: letters use the
// rules vocabulary of package guide and the details given.
type Cond struct{ n *node }

type node struct {
	op   byte // 'n' name, '!' not, '&' and, '|' or, 't' true (the empty condition)
	name string
	l, r *node
}

// ParseCond parses a condition. The empty string is the condition that
// always holds.
func ParseCond(s string) (Cond, error) {
	p := condParser{toks: condTokens(s), src: s}
	if len(p.toks) == 0 {
		return Cond{&node{op: 't'}}, nil
	}
	n, err := p.or()
	if err != nil {
		return Cond{}, err
	}
	if p.i != len(p.toks) {
		return Cond{}, fmt.Errorf("%w: condition %q: unexpected %q", ErrTemplate, s, p.toks[p.i])
	}
	return Cond{n}, nil
}

// condTokens splits a condition into brackets and words.
func condTokens(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		c := byte(' ')
		if i < len(s) {
			c = s[i]
		}
		switch c {
		case ' ', '\t', '\n', '(', ')':
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			if c == '(' || c == ')' {
				out = append(out, s[i:i+1])
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	return out
}

type condParser struct {
	toks []string
	i    int
	src  string
}

func (p *condParser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *condParser) or() (*node, error) {
	l, err := p.and()
	for err == nil && p.peek() == "or" {
		p.i++
		var r *node
		if r, err = p.and(); err == nil {
			l = &node{op: '|', l: l, r: r}
		}
	}
	return l, err
}

func (p *condParser) and() (*node, error) {
	l, err := p.unary()
	for err == nil && p.peek() == "and" {
		p.i++
		var r *node
		if r, err = p.unary(); err == nil {
			l = &node{op: '&', l: l, r: r}
		}
	}
	return l, err
}

func (p *condParser) unary() (*node, error) {
	switch t := p.peek(); {
	case t == "not":
		p.i++
		n, err := p.unary()
		if err != nil {
			return nil, err
		}
		return &node{op: '!', l: n}, nil
	case t == "(":
		p.i++
		n, err := p.or()
		if err != nil {
			return nil, err
		}
		if p.peek() != ")" {
			return nil, fmt.Errorf("%w: condition %q: a ( with no )", ErrTemplate, p.src)
		}
		p.i++
		return n, nil
	case t == "" || t == ")" || t == "and" || t == "or" || !validName(t):
		return nil, fmt.Errorf("%w: condition %q: expected a name, found %q", ErrTemplate, p.src, t)
	default:
		p.i++
		return &node{op: 'n', name: t}, nil
	}
}

// Holds evaluates the condition, asking is what each name means. The
// zero Cond always holds.
func (c Cond) Holds(is func(name string) bool) bool { return c.n.eval(is) }

func (n *node) eval(is func(string) bool) bool {
	if n == nil {
		return true
	}
	switch n.op {
	case 'n':
		return is(n.name)
	case '!':
		return !n.l.eval(is)
	case '&':
		return n.l.eval(is) && n.r.eval(is)
	case '|':
		return n.l.eval(is) || n.r.eval(is)
	}
	return true
}

// Names returns the names the condition uses, once each.
func (c Cond) Names() []string {
	var out []string
	var walk func(*node)
	walk = func(n *node) {
		if n == nil {
			return
		}
		if n.op == 'n' && !contains(out, n.name) {
			out = append(out, n.name)
		}
		walk(n.l)
		walk(n.r)
	}
	walk(c.n)
	return out
}
