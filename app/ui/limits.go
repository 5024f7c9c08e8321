package ui

import (
	"strconv"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/jsbridge"
	"putitright/app/letter"
)

// Limits on what a text box holds, in characters as the browser counts
// them (UTF-16 code units, the unit of maxlength). They are far above what
// a letter needs, and keep the page quick however much is pasted.
const (
	MaxLine      = 300     // a one-line box: a name, an email address
	MaxText      = 5000    // a box of several lines: an address, what happened, questions
	MaxEventText = 2000    // what happened in one event
	MaxEvents    = 40      // events in one letter
	MaxLetter    = 20000   // the words of a letter, about 3,500 words: seven pages
	MaxDraftFile = 2 << 20 // a draft file we open: what the limits above allow, with room to spare
)

// countWarn is how close to its limit a box is when its count is shown.
const countWarn = 0.9

// jsLen is the length of s in UTF-16 code units, as a browser counts it.
func jsLen(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// limitFor is the limit of a detail field.
func limitFor(f letter.Field) int {
	switch {
	case f.Kind == letter.FieldLines || f.Kind == letter.FieldList || f.Multiline:
		return MaxText
	}
	return MaxLine
}

// overLimit records, for a box, that more was pasted or typed than it
// holds, so the page can say so next to it.
type overLimit map[string]int // box id -> how many characters were offered

// limitMessage is what the page says next to box id, which holds v and
// up to max characters: how many characters are left when it is nearly
// full, or, when offered (more than max) characters were put in, that
// they were cut short.
func (w words) limitMessage(id, v string, max, offered int) app.UI {
	msgID := id + "-count"
	n := 0
	if len(v) >= int(float64(max)*countWarn) || !utf8.ValidString(v) {
		n = jsLen(v)
	}
	var ui app.UI = app.Text("")
	switch {
	case offered > max:
		ui = app.P().Class("error-message limit-message").Body(
			app.Span().Class("visually-hidden").Text(w.t("ui.limits.error")),
			app.Text(w.f("ui.limits.cut", "max", thousands(max), "offered", thousands(offered))))
	case n > max:
		ui = app.P().Class("error-message limit-message").Text(w.f(plural("ui.limits.over", n-max), "over", thousands(n-max), "max", thousands(max)))
	case n >= int(float64(max)*countWarn):
		ui = app.P().Class("hint limit-message").Text(w.f(plural("ui.limits.left", max-n), "left", thousands(max-n)))
	}
	// Always there, so screen readers hear the message when it appears.
	return app.Div().ID(msgID).Class("limit").Aria("live", "polite").Body(ui)
}

// plural returns the ID of the form of text id for the number n: id+".one"
// for 1, id+".other" for any other number.
func plural(id string, n int) string {
	if n == 1 {
		return id + ".one"
	}
	return id + ".other"
}

// watchLimits listens, for the whole page, for text about to be put into
// a box with a maxlength (typed, pasted or dropped), and notes when it will
// not all fit, before the browser cuts it short; the page then says so next
// to the box. It must run as the event happens, while the box still holds
// what it had, so it is a plain listener, not a go-app handler (those run
// a moment later). It returns a func that stops listening.
func (s *Shell) watchLimits(ctx app.Context) func() {
	doc := app.Window().Get("document")
	h := app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		e := args[0]
		el := e.Get("target")
		if !el.Truthy() || !el.Get("maxLength").Truthy() {
			return nil
		}
		max := el.Get("maxLength").Int()
		id := el.Get("id").String()
		if max <= 0 || id == "" {
			return nil
		}
		// Counted in the browser: a pasted megabyte is not copied into Go.
		added := 0
		if d := e.Get("data"); d.Truthy() {
			added = strLen(d)
		} else if dt := e.Get("dataTransfer"); dt.Truthy() {
			added = strLen(dt.Call("getData", "text/plain"))
		}
		cur := strLen(el.Get("value"))
		_, was := s.over[id]
		if cur+added <= max && !was {
			return nil // it fits (asking where the selection is costs a layout)
		}
		sel := 0
		if end, start := el.Get("selectionEnd"), el.Get("selectionStart"); end.Type() == app.TypeNumber && start.Type() == app.TypeNumber {
			sel = end.Int() - start.Int()
		}
		total := cur - sel + added
		if total <= max && !was {
			return nil
		}
		ctx.Dispatch(func(app.Context) {
			// A new map: the page compares the one it was drawn from.
			over := overLimit{}
			for k, n := range s.over {
				if k != id {
					over[k] = n
				}
			}
			if total > max {
				over[id] = total
			}
			s.over = over
		})
		return nil
	})
	doc.Call("addEventListener", "beforeinput", h, true)
	return func() {
		doc.Call("removeEventListener", "beforeinput", h, true)
		h.Release()
	}
}

// strLen is the length of the browser's string v in UTF-16 code units, as
// jsLen counts a Go string, without copying it into Go. A string has no
// properties Go can read, so it is read through a String object.
func strLen(v app.Value) int {
	if v.Type() != app.TypeString {
		return 0
	}
	return app.Window().Get("Object").Invoke(v).Get("length").Int()
}

// thousands writes n with commas: 40000 is "40,000".
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// queuedText is a text box whose new words are still to be applied.
type queuedText struct {
	el    app.Value
	apply func(app.Context, string)
}

// onText returns an input handler for the text box id that applies its
// words at most once for a burst of input events: inserting text with many
// lines can fire an input event per line, and reading a long letter and
// drawing it again for each one froze the page for seconds. The event
// itself draws nothing (the box already shows the words); applying them
// does, from the Shell, which hands each part of the page what it shows.
func (s *Shell) onText(id string, apply func(ctx app.Context, v string)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ctx.PreventUpdate()
		if s.textQueue == nil {
			s.textQueue = map[string]queuedText{}
		}
		_, queued := s.textQueue[id]
		s.textQueue[id] = queuedText{el: ctx.JSSrc(), apply: apply}
		if queued {
			return
		}
		if s.hasRoot {
			ctx = s.root
		}
		// The words are applied once the browser has drawn the box with
		// the key or the paste in it, so what the person typed shows at
		// once; keys typed before then are applied together.
		jsbridge.AfterPaint(func() {
			ctx.Dispatch(func(ctx app.Context) { s.applyText(ctx, id) })
		})
	}
}

// applyText applies the words still queued for the box id, and reports
// whether there were any.
func (s *Shell) applyText(ctx app.Context, id string) bool {
	q, ok := s.textQueue[id]
	if ok {
		delete(s.textQueue, id)
		q.apply(ctx, q.el.Get("value").String())
	}
	return ok
}

// applyOnLeave applies a box's queued words as soon as the focus leaves
// it, so a button pressed straight after typing acts on every word typed:
// go-app handles events in the order they happen, and focus leaves the
// box before the button's click. It returns a func that stops listening.
func (s *Shell) applyOnLeave(ctx app.Context) func() {
	doc := app.Window().Get("document")
	h := app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) == 0 || !args[0].Get("target").Truthy() {
			return nil
		}
		id := args[0].Get("target").Get("id").String()
		ctx.Dispatch(func(ctx app.Context) {
			if !s.applyText(ctx, id) {
				ctx.PreventUpdate()
			}
		})
		return nil
	})
	doc.Call("addEventListener", "focusout", h, true)
	return func() {
		doc.Call("removeEventListener", "focusout", h, true)
		h.Release()
	}
}

// textArea returns a text area whose words are not given to go-app as its
// value: go-app would write the whole text back into the box after every
// key, which on a long letter costs a layout of the box per key, and it
// never writes an empty value. The part of the page that draws the box
// puts its words in with keepBoxes instead.
func textArea() app.HTMLTextarea {
	return app.Textarea()
}

// textInput is a one-line box kept in step like textArea. Its words are
// applied a moment after each key (see onText), so a value given to go-app
// could be written back before then and lose a key.
func textInput(v string) app.HTMLInput {
	in := app.Input()
	if app.IsServer {
		in = in.Value(v) // the prerendered page shows what was there
	}
	return in
}

// keepBoxes puts words into text boxes once the page is drawn, from pairs
// of box id and words, leaving alone the box being typed in and any box
// that already holds its words. A part of the page with boxes calls it
// when it is first drawn (OnMount) and when its words change (OnUpdate).
func keepBoxes(ctx app.Context, pairs ...string) {
	if !app.IsClient {
		return
	}
	ctx.Defer(func(app.Context) {
		doc := app.Window().Get("document")
		active := doc.Get("activeElement")
		for i := 0; i+1 < len(pairs); i += 2 {
			el := doc.Call("getElementById", pairs[i])
			if el.Truthy() && !el.Equal(active) && el.Get("value").String() != pairs[i+1] {
				el.Set("value", pairs[i+1])
			}
		}
	})
}
