//go:build js && wasm

package jsbridge

import "github.com/hack-pad/safejs"

// TakeEarly returns what boot.js kept of the person's doing before the app
// started, once: boot.js stops keeping a record, and later calls return an
// empty Early.
func TakeEarly() Early {
	g := safejs.Global()
	take, err := g.Get("putitrightEarly")
	if err != nil || take.Type() != safejs.TypeFunction {
		return Early{}
	}
	arr, err := take.Invoke()
	if err != nil {
		return Early{}
	}
	n, err := arr.Length()
	if err != nil {
		return Early{}
	}
	rec := make([]string, 0, n)
	for i := range n {
		v, err := arr.Index(i)
		if err != nil {
			return Early{}
		}
		rec = append(rec, str(v))
	}
	return parseEarly(rec)
}

// Replay applies e to the page now drawn, in a task of its own: it sets
// each field and fires the event the app listens for ("change" for a box
// ticked, or a checkbox unticked; "input" for text), then presses the button. A task of its own, so that
// the app's handlers run (and can prevent a form's submission) as they do
// for a real press.
func Replay(e Early) {
	if len(e.Fields) == 0 && e.Press == "" {
		return
	}
	var f safejs.Func
	f, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		defer f.Release()
		replay(e)
		return nil
	})
	if err != nil {
		return
	}
	safejs.Global().Call("setTimeout", f, 0)
}

func replay(e Early) {
	g := safejs.Global()
	doc, err := g.Get("document")
	if err != nil {
		return
	}
	for _, fv := range e.Fields {
		el, err := doc.Call("getElementById", fv[0])
		if err != nil || el.IsNull() {
			continue
		}
		typ, _ := el.Get("type")
		switch str(typ) {
		case "radio":
			// Ticking one radio unticks the others; the app reads a
			// change on a radio as choosing it.
			if fv[1] != "" {
				el.Set("checked", true)
				fire(g, el, "change")
			}
		case "checkbox":
			el.Set("checked", fv[1] != "")
			fire(g, el, "change")
		default:
			el.Set("value", fv[1])
			fire(g, el, "input")
		}
	}
	if e.Press == "" {
		return
	}
	list, err := doc.Call("querySelectorAll", "button")
	if err != nil {
		return
	}
	n, _ := list.Length()
	seen := 0
	for i := range n {
		b, err := list.Index(i)
		if err != nil {
			return
		}
		if t, _ := b.Get("textContent"); str(t) != e.Press {
			continue
		}
		if seen == e.PressN {
			b.Call("click")
			return
		}
		seen++
	}
}

// fire dispatches a bubbling event of the given type at el.
func fire(g, el safejs.Value, typ string) {
	ctor, err := g.Get("Event")
	if err != nil {
		return
	}
	ev, err := ctor.New(typ, map[string]any{"bubbles": true})
	if err != nil {
		return
	}
	el.Call("dispatchEvent", ev)
}
