package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/content"
)

// words gives a component the content in the person's language: every
// word a page shows comes from it, by ID (see package content).
type words struct {
	c *content.Set
}

// setLang chooses the content for language lang (a partner's option), or
// English when lang is empty or has no data.
func (w *words) setLang(lang string) {
	c, err := content.Language(lang)
	if err != nil {
		c, err = content.Default()
	}
	if err != nil {
		panic(err) // the embedded English content is checked by its tests
	}
	w.c = c
}

// markLang tells the browser the page's language, for screen readers,
// when it is not English, which the server's pages say they are in.
func (w words) markLang() {
	if l := w.c.Lang(); l != content.English {
		app.Window().Get("document").Get("documentElement").Set("lang", l)
	}
}

// t returns the words of text id.
func (w words) t(id string) string { return w.c.T(id) }

// f returns the words of text id with its named values filled in from
// pairs of name and value.
func (w words) f(id string, pairs ...string) string { return w.c.F(id, pairs...) }

// rich returns text id as a run of page elements: its words as text, and
// its named values from pairs of name and value: a string value is words,
// joined to the words around it; an app.UI value is an element, such as a
// link inside a sentence. A value not given shows as its name in
// brackets. A func(string) app.UI among the pairs (such as strong) shows
// the text's own words, not its values, as it makes them.
func (w words) rich(id string, pairs ...any) []app.UI {
	var mark func(string) app.UI
	values := map[string]any{}
	for i := 0; i < len(pairs); i++ {
		switch p := pairs[i].(type) {
		case func(string) app.UI:
			mark = p
		case string:
			if i+1 < len(pairs) {
				values[p] = pairs[i+1]
				i++
			}
		}
	}
	var out []app.UI
	var run strings.Builder // words not yet added to out
	flush := func() {
		if run.Len() > 0 {
			out = append(out, app.Text(run.String()))
			run.Reset()
		}
	}
	for _, s := range w.c.Segments(id) {
		if s.Name == "" {
			if mark != nil {
				flush()
				out = append(out, mark(s.Text))
			} else {
				run.WriteString(s.Text)
			}
			continue
		}
		switch v := values[s.Name].(type) {
		case string:
			run.WriteString(v)
		case app.UI:
			flush()
			out = append(out, v)
		default:
			run.WriteString("[" + s.Name + "]")
		}
	}
	flush()
	return out
}

// never is the condition test for texts whose entries all show: the
// UI's lists have no conditions (see content.Set.Each).
func never(string) bool { return false }

// items returns each of list as a list item.
func items(list []string) []app.UI {
	out := make([]app.UI, 0, len(list))
	for _, s := range list {
		out = append(out, app.Li().Text(s))
	}
	return out
}

// strong shows words in bold (see rich).
func strong(s string) app.UI { return app.Strong().Text(s) }
