package content

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// The content files are read by the small decoder below rather than by
// encoding/json. In the browser, encoding/json's scanner makes an
// indirect call for every byte, which Go's WebAssembly makes slow: it
// took about half a second to read the content when the app started.
// This decoder reads the same JSON in plain loops, about ten times
// faster there; a test checks it reads every file exactly as
// encoding/json does, and a fuzz test that it agrees on what is JSON.

// errSyntax is wrapped by every error the decoder returns.
var errSyntax = errors.New("not valid JSON")

// decoder reads one JSON document.
type decoder struct {
	b []byte
	i int
}

// decodeFile reads one content file.
func decodeFile(b []byte) (file, error) {
	d := &decoder{b: b}
	var f file
	err := d.object(func(key string) error {
		var err error
		switch key {
		case "reviewed":
			f.Reviewed, err = d.str()
		case "sources":
			err = d.array(func() error {
				f.Sources = append(f.Sources, Source{})
				return d.source(&f.Sources[len(f.Sources)-1])
			})
		case "items":
			err = d.array(func() error {
				f.Items = append(f.Items, Item{})
				return d.item(&f.Items[len(f.Items)-1])
			})
		case "texts":
			err = d.array(func() error {
				f.Texts = append(f.Texts, Text{})
				return d.text(&f.Texts[len(f.Texts)-1])
			})
		case "letters":
			err = d.array(func() error {
				f.Letters = append(f.Letters, Letter{})
				return d.letter(&f.Letters[len(f.Letters)-1])
			})
		default:
			err = d.skip()
		}
		return err
	})
	if err == nil {
		d.space()
		if d.i < len(d.b) {
			err = d.fail("more after the end")
		}
	}
	return f, err
}

func (d *decoder) source(s *Source) error {
	return d.object(func(key string) error {
		switch key {
		case "id":
			return d.into(&s.ID)
		case "title":
			return d.into(&s.Title)
		case "url":
			return d.into(&s.URL)
		case "exception":
			return d.into(&s.Exception)
		}
		return d.skip()
	})
}

func (d *decoder) item(it *Item) error {
	return d.object(func(key string) error {
		switch key {
		case "id":
			return d.into(&it.ID)
		case "title":
			return d.into(&it.Title)
		case "text":
			return d.into(&it.Text)
		case "expect":
			return d.into(&it.Expect)
		case "cannot":
			return d.into(&it.Cannot)
		case "find":
			return d.into(&it.Find)
		case "open":
			return d.into(&it.Open)
		case "phone":
			return d.into(&it.Phone)
		case "web":
			return d.into(&it.Web)
		case "reviewed":
			return d.into(&it.Reviewed)
		case "sources":
			return d.strs(&it.Sources)
		case "see":
			return d.strs(&it.See)
		case "scope":
			return d.scope(&it.Scope)
		case "unreviewed":
			return d.boolean(&it.Unreviewed)
		}
		return d.skip()
	})
}

func (d *decoder) scope(s *Scope) error {
	return d.object(func(key string) error {
		switch key {
		case "nations":
			return d.strs(&s.Nations)
		case "care":
			return d.strs(&s.Care)
		case "stages":
			return d.strs(&s.Stages)
		case "people":
			return d.strs(&s.People)
		case "harms":
			return d.strs(&s.Harms)
		}
		return d.skip()
	})
}

func (d *decoder) text(t *Text) error {
	return d.object(func(key string) error {
		switch key {
		case "id":
			return d.into(&t.ID)
		case "text":
			return d.into(&t.Text)
		case "first":
			return d.variants(&t.First)
		case "list":
			return d.variants(&t.List)
		case "note":
			return d.into(&t.Note)
		case "sources":
			return d.strs(&t.Sources)
		case "scope":
			return d.scope(&t.Scope)
		case "reviewed":
			return d.into(&t.Reviewed)
		case "unreviewed":
			return d.boolean(&t.Unreviewed)
		}
		return d.skip()
	})
}

func (d *decoder) variants(out *[]Variant) error {
	if d.null() {
		*out = nil
		return nil
	}
	*out = []Variant{}
	return d.array(func() error {
		var v Variant
		err := d.object(func(key string) error {
			switch key {
			case "when":
				return d.into(&v.When)
			case "text":
				return d.into(&v.Text)
			}
			return d.skip()
		})
		*out = append(*out, v)
		return err
	})
}

func (d *decoder) letter(l *Letter) error {
	return d.object(func(key string) error {
		switch key {
		case "letter":
			return d.into(&l.Letter)
		case "part":
			return d.into(&l.Part)
		case "subject":
			return d.blockPtr(&l.Subject)
		case "blocks":
			return d.blocks(&l.Blocks)
		}
		return d.skip()
	})
}

func (d *decoder) blockPtr(b **Block) error {
	if d.null() {
		*b = nil
		return nil
	}
	*b = &Block{}
	return d.block(*b)
}

func (d *decoder) blocks(out *[]Block) error {
	if d.null() {
		*out = nil
		return nil
	}
	*out = []Block{}
	return d.array(func() error {
		*out = append(*out, Block{})
		return d.block(&(*out)[len(*out)-1])
	})
}

func (d *decoder) block(b *Block) error {
	return d.object(func(key string) error {
		switch key {
		case "kind":
			return d.into(&b.Kind)
		case "when":
			return d.into(&b.When)
		case "id":
			return d.into(&b.ID)
		case "text":
			return d.into(&b.Text)
		case "first":
			return d.variants(&b.First)
		case "note":
			return d.into(&b.Note)
		case "sources":
			return d.strs(&b.Sources)
		case "reviewed":
			return d.into(&b.Reviewed)
		case "each":
			return d.into(&b.Each)
		case "empty":
			return d.blockPtr(&b.Empty)
		case "lines":
			return d.blocks(&b.Lines)
		case "use":
			return d.into(&b.Use)
		case "blocks":
			return d.blocks(&b.Blocks)
		case "choose":
			return d.blocks(&b.Choose)
		}
		return d.skip()
	})
}

// The JSON grammar.

func (d *decoder) fail(what string) error {
	return fmt.Errorf("%w: %s at byte %d", errSyntax, what, d.i)
}

// space skips white space.
func (d *decoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// next skips white space and reports whether the next byte is c,
// taking it if so.
func (d *decoder) next(c byte) bool {
	d.space()
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// null takes a null, and reports whether there was one.
func (d *decoder) null() bool {
	d.space()
	if len(d.b)-d.i >= 4 && string(d.b[d.i:d.i+4]) == "null" {
		d.i += 4
		return true
	}
	return false
}

// object reads an object (or null), calling field for each key; field
// must read the key's value.
func (d *decoder) object(field func(key string) error) error {
	if d.null() {
		return nil
	}
	if !d.next('{') {
		return d.fail("want an object")
	}
	if d.next('}') {
		return nil
	}
	for {
		key, err := d.str()
		if err != nil {
			return err
		}
		if !d.next(':') {
			return d.fail("want ':'")
		}
		if err := field(key); err != nil {
			return err
		}
		if d.next('}') {
			return nil
		}
		if !d.next(',') {
			return d.fail("want ',' or '}'")
		}
	}
}

// array reads an array (or null), calling elem to read each element.
func (d *decoder) array(elem func() error) error {
	if d.null() {
		return nil
	}
	if !d.next('[') {
		return d.fail("want an array")
	}
	if d.next(']') {
		return nil
	}
	for {
		if err := elem(); err != nil {
			return err
		}
		if d.next(']') {
			return nil
		}
		if !d.next(',') {
			return d.fail("want ',' or ']'")
		}
	}
}

// into reads a string (or null, which leaves s as it is) into s.
func (d *decoder) into(s *string) error {
	if d.null() {
		return nil
	}
	v, err := d.str()
	if err == nil {
		*s = v
	}
	return err
}

// strs reads an array of strings.
func (d *decoder) strs(out *[]string) error {
	if d.null() {
		*out = nil
		return nil
	}
	*out = []string{}
	return d.array(func() error {
		s, err := d.str()
		*out = append(*out, s)
		return err
	})
}

func (d *decoder) boolean(v *bool) error {
	d.space()
	switch {
	case len(d.b)-d.i >= 4 && string(d.b[d.i:d.i+4]) == "true":
		*v, d.i = true, d.i+4
	case len(d.b)-d.i >= 5 && string(d.b[d.i:d.i+5]) == "false":
		*v, d.i = false, d.i+5
	case d.null():
	default:
		return d.fail("want true or false")
	}
	return nil
}

// str reads a string.
func (d *decoder) str() (string, error) {
	if !d.next('"') {
		return "", d.fail("want a string")
	}
	start := d.i
	// Most strings have no escapes and are valid UTF-8: take them whole.
	for d.i < len(d.b) {
		c := d.b[d.i]
		if c == '"' {
			s := d.b[start:d.i]
			d.i++
			if utf8.Valid(s) {
				return string(s), nil
			}
			return string([]rune(string(s))), nil // as encoding/json: bad bytes become U+FFFD
		}
		if c == '\\' || c < 0x20 {
			break
		}
		d.i++
	}
	d.i = start
	var out []byte
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			d.i++
			if !utf8.Valid(out) {
				return string([]rune(string(out))), nil
			}
			return string(out), nil
		case c < 0x20:
			return "", d.fail("a control character in a string")
		case c != '\\':
			out = append(out, c)
			d.i++
			continue
		}
		if d.i+1 >= len(d.b) {
			break
		}
		e := d.b[d.i+1]
		d.i += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := d.hex4()
			if !ok {
				return "", d.fail("a bad \\u escape")
			}
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if d.i+1 < len(d.b) && d.b[d.i] == '\\' && d.b[d.i+1] == 'u' {
					save := d.i
					d.i += 2
					if r2, ok = d.hex4(); !ok {
						return "", d.fail("a bad \\u escape")
					}
					if utf16.DecodeRune(r, r2) == utf8.RuneError {
						d.i, r2 = save, -1
					}
				}
				if r2 >= 0 {
					r = utf16.DecodeRune(r, r2)
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
		default:
			return "", d.fail("a bad escape")
		}
	}
	return "", d.fail("a string with no end")
}

// hex4 reads the four hex digits of a \u escape.
func (d *decoder) hex4() (rune, bool) {
	if len(d.b)-d.i < 4 {
		return 0, false
	}
	v, err := strconv.ParseUint(string(d.b[d.i:d.i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	d.i += 4
	return rune(v), true
}

// skip reads a value of any kind and leaves it.
func (d *decoder) skip() error {
	d.space()
	if d.i >= len(d.b) {
		return d.fail("want a value")
	}
	switch c := d.b[d.i]; {
	case c == '{':
		return d.object(func(string) error { return d.skip() })
	case c == '[':
		return d.array(d.skip)
	case c == '"':
		_, err := d.str()
		return err
	case c == 't' || c == 'f':
		var v bool
		return d.boolean(&v)
	case c == 'n':
		if d.null() {
			return nil
		}
	case c == '-' || c >= '0' && c <= '9':
		return d.number()
	}
	return d.fail("want a value")
}

// number reads a number, checking its shape as JSON gives it.
func (d *decoder) number() error {
	start := d.i
	if d.b[d.i] == '-' {
		d.i++
	}
	digits := func() int {
		n := 0
		for d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
			d.i++
			n++
		}
		return n
	}
	if d.i < len(d.b) && d.b[d.i] == '0' {
		d.i++
	} else if digits() == 0 {
		return d.fail("a bad number")
	}
	if d.i < len(d.b) && d.b[d.i] == '.' {
		d.i++
		if digits() == 0 {
			return d.fail("a bad number")
		}
	}
	if d.i < len(d.b) && (d.b[d.i] == 'e' || d.b[d.i] == 'E') {
		d.i++
		if d.i < len(d.b) && (d.b[d.i] == '+' || d.b[d.i] == '-') {
			d.i++
		}
		if digits() == 0 {
			return d.fail("a bad number")
		}
	}
	if d.i == start {
		return d.fail("a bad number")
	}
	return nil
}
