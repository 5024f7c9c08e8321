package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// openFoldsForPrint opens every folded part of the page before it is
// printed, however printing was started (our button or the browser's
// menu), and folds again afterwards the parts the person had not opened.
// It returns a func that stops listening.
func openFoldsForPrint() func() {
	doc := app.Window().Get("document")
	before := app.FuncOf(func(app.Value, []app.Value) any {
		closed := doc.Call("querySelectorAll", "details:not([open])")
		for i := range closed.Length() {
			d := closed.Index(i)
			d.Call("setAttribute", "data-print-opened", "")
			d.Set("open", true)
		}
		return nil
	})
	after := app.FuncOf(func(app.Value, []app.Value) any {
		opened := doc.Call("querySelectorAll", "details[data-print-opened]")
		for i := range opened.Length() {
			d := opened.Index(i)
			d.Call("removeAttribute", "data-print-opened")
			d.Set("open", false)
		}
		return nil
	})
	w := app.Window()
	w.Call("addEventListener", "beforeprint", before)
	w.Call("addEventListener", "afterprint", after)
	return func() {
		w.Call("removeEventListener", "beforeprint", before)
		w.Call("removeEventListener", "afterprint", after)
		before.Release()
		after.Release()
	}
}
