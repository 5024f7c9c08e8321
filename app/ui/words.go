package ui

import (
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
// each named value as the element given for it, such as a link inside a
// sentence. A value with no element shows as its name in brackets.
func (w words) rich(id string, parts map[string]app.UI) []app.UI {
	var out []app.UI
	for _, s := range w.c.Segments(id) {
		switch el, ok := parts[s.Name]; {
		case s.Name == "":
			out = append(out, app.Text(s.Text))
		case ok:
			out = append(out, el)
		default:
			out = append(out, app.Text("["+s.Name+"]"))
		}
	}
	return out
}
