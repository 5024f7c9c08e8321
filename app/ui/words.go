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

// t returns the words of text id.
func (w words) t(id string) string { return w.c.T(id) }

// f returns the words of text id with its named values filled in from
// pairs of name and value.
func (w words) f(id string, pairs ...string) string { return w.c.F(id, pairs...) }

// rich returns text id as a run of page elements: its words as text, and
// each named value as given in parts: a string is words, joined to the
// words around it; an app.UI is an element, such as a link inside a
// sentence. A value not given shows as its name in brackets. With mark,
// the text's own words (not its values) are shown by mark, such as in
// bold.
func (w words) rich(id string, parts map[string]any, mark ...func(string) app.UI) []app.UI {
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
			if len(mark) > 0 {
				flush()
				out = append(out, mark[0](s.Text))
			} else {
				run.WriteString(s.Text)
			}
			continue
		}
		switch v := parts[s.Name].(type) {
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
