//go:build js && wasm

package jsbridge

import (
	"fmt"
	"strings"

	"github.com/hack-pad/safejs"
)

// get reads a property through Reflect.get, so that a throwing getter
// (localStorage when storage is blocked) becomes an error.
func get(obj safejs.Value, name string) (safejs.Value, error) {
	r, err := safejs.Global().Get("Reflect")
	if err != nil {
		return safejs.Undefined(), err
	}
	v, err := r.Call("get", obj, name)
	if err != nil {
		return safejs.Undefined(), err
	}
	if v.IsUndefined() || v.IsNull() {
		return v, ErrUnavailable
	}
	return v, nil
}

func storage() (safejs.Value, error) {
	s, err := get(safejs.Global(), "localStorage")
	if err != nil {
		return s, fmt.Errorf("local storage: %w", ErrUnavailable)
	}
	return s, nil
}

// StorageGet returns the value stored under key in localStorage.
func StorageGet(key string) (string, bool, error) {
	s, err := storage()
	if err != nil {
		return "", false, err
	}
	v, err := s.Call("getItem", key)
	if err != nil {
		return "", false, fmt.Errorf("reading %s: %w", key, err)
	}
	if v.IsNull() {
		return "", false, nil
	}
	str, err := v.String()
	return str, err == nil, err
}

// StorageSet stores value under key in localStorage.
func StorageSet(key, value string) error {
	s, err := storage()
	if err != nil {
		return err
	}
	if _, err := s.Call("setItem", key, value); err != nil {
		if strings.Contains(strings.ToLower(err.Error()), "quota") {
			return fmt.Errorf("saving %s: %w", key, ErrQuota)
		}
		return fmt.Errorf("saving %s: %w", key, err)
	}
	return nil
}

// StorageDelete removes key from localStorage.
func StorageDelete(key string) error {
	s, err := storage()
	if err != nil {
		return err
	}
	_, err = s.Call("removeItem", key)
	return err
}

// ClearEverything removes everything this app keeps on the device:
// localStorage and sessionStorage.
func ClearEverything() error {
	var first error
	for _, name := range []string{"localStorage", "sessionStorage"} {
		s, err := get(safejs.Global(), name)
		if err == nil {
			_, err = s.Call("clear")
		}
		if err != nil && first == nil && name == "localStorage" {
			first = fmt.Errorf("clearing %s: %w", name, err)
		}
	}
	return first
}

// Download offers data to the person as a file called name.
func Download(name, mime string, data []byte) error {
	g := safejs.Global()
	u8, err := g.Get("Uint8Array")
	if err != nil {
		return err
	}
	arr, err := u8.New(len(data))
	if err != nil {
		return err
	}
	if _, err := safejs.CopyBytesToJS(arr, data); err != nil {
		return err
	}
	blobC, err := g.Get("Blob")
	if err != nil {
		return err
	}
	blob, err := blobC.New([]any{arr}, map[string]any{"type": mime})
	if err != nil {
		return fmt.Errorf("making file: %w", err)
	}
	urlC, err := g.Get("URL")
	if err != nil {
		return err
	}
	href, err := urlC.Call("createObjectURL", blob)
	if err != nil {
		return fmt.Errorf("making file: %w", err)
	}
	doc, err := g.Get("document")
	if err != nil {
		return err
	}
	a, err := doc.Call("createElement", "a")
	if err != nil {
		return err
	}
	a.Set("href", href)
	a.Set("download", name)
	a.Set("rel", "noopener")
	body, _ := doc.Get("body")
	body.Call("appendChild", a)
	_, err = a.Call("click")
	body.Call("removeChild", a)
	// Revoke later: some browsers read the blob after click returns.
	timeout(60000, func() { urlC.Call("revokeObjectURL", href) })
	return err
}

// timeout calls fn once, ms milliseconds from now.
func timeout(ms int, fn func()) error {
	st, err := safejs.Global().Get("setTimeout")
	if err != nil {
		return err
	}
	var cb safejs.Func
	cb, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		cb.Release()
		fn()
		return nil
	})
	if err != nil {
		return err
	}
	if _, err := st.Invoke(cb, ms); err != nil {
		cb.Release()
		return err
	}
	return nil
}

// AfterPaint calls fn once the browser has drawn its next frame, so what
// the person just typed is on the screen before the page does more work.
// A hidden page draws no frames: fn then runs after paintWait at most. If
// the browser cannot be asked, fn runs at once.
func AfterPaint(fn func()) {
	done := false
	once := func() {
		if !done {
			done = true
			fn()
		}
	}
	if timeout(paintWait, once) != nil {
		once()
		return
	}
	raf, err := safejs.Global().Get("requestAnimationFrame")
	if err != nil {
		return
	}
	var cb safejs.Func
	cb, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		cb.Release()
		// requestAnimationFrame runs just before the frame is drawn; a
		// task queued from it runs just after.
		if timeout(0, once) != nil {
			once()
		}
		return nil
	})
	if err != nil {
		return
	}
	if _, err := raf.Invoke(cb); err != nil {
		cb.Release()
	}
}

// paintWait is the longest AfterPaint waits for a frame, in milliseconds.
const paintWait = 100

// then runs ok or fail when promise p settles.
func then(p safejs.Value, ok func(safejs.Value), fail func(error)) {
	var okF, failF safejs.Func
	release := func() { okF.Release(); failF.Release() }
	okF, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		defer release()
		v := safejs.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		ok(v)
		return nil
	})
	if err != nil {
		fail(err)
		return
	}
	failF, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		defer release()
		msg := "failed"
		if len(args) > 0 {
			if s, e := args[0].Call("toString"); e == nil {
				msg, _ = s.String()
			}
		}
		fail(fmt.Errorf("%s", msg))
		return nil
	})
	if err != nil {
		okF.Release()
		fail(err)
		return
	}
	if _, err := p.Call("then", okF, failF); err != nil {
		release()
		fail(err)
	}
}

// CopyText copies text to the clipboard and calls done with the result.
func CopyText(text string, done func(error)) {
	nav, err := safejs.Global().Get("navigator")
	if err != nil {
		done(err)
		return
	}
	cb, err := get(nav, "clipboard")
	if err != nil {
		done(ErrUnavailable)
		return
	}
	p, err := cb.Call("writeText", text)
	if err != nil {
		done(err)
		return
	}
	then(p, func(safejs.Value) { done(nil) }, done)
}

// CanShare reports whether the browser has a share sheet.
func CanShare() bool {
	nav, err := safejs.Global().Get("navigator")
	if err != nil {
		return false
	}
	s, err := get(nav, "share")
	return err == nil && s.Type() == safejs.TypeFunction
}

// Share opens the share sheet with a title and text, and calls done with the result.
func Share(title, text string, done func(error)) {
	nav, err := safejs.Global().Get("navigator")
	if err != nil {
		done(err)
		return
	}
	p, err := nav.Call("share", map[string]any{"title": title, "text": text})
	if err != nil {
		done(err)
		return
	}
	then(p, func(safejs.Value) { done(nil) }, done)
}

// Print opens the browser's print dialog.
func Print() error {
	_, err := safejs.Global().Call("print")
	return err
}

// OpenFile reads the first file chosen in the file input with the given id
// and calls done with its bytes. Files larger than max bytes are refused.
func OpenFile(inputID string, max int, done func([]byte, error)) {
	doc, err := safejs.Global().Get("document")
	if err != nil {
		done(nil, err)
		return
	}
	in, err := doc.Call("getElementById", inputID)
	if err != nil || in.IsNull() {
		done(nil, fmt.Errorf("file input %s: %w", inputID, ErrUnavailable))
		return
	}
	files, err := in.Get("files")
	if err != nil {
		done(nil, err)
		return
	}
	f, err := files.Index(0)
	if err != nil || f.IsUndefined() || f.IsNull() {
		done(nil, fmt.Errorf("no file chosen"))
		return
	}
	size, _ := f.Get("size")
	if n, _ := size.Int(); n > max {
		in.Set("value", "")
		done(nil, fmt.Errorf("the file is %d bytes, more than %d: %w", n, max, ErrTooLarge))
		return
	}
	p, err := f.Call("arrayBuffer")
	if err != nil {
		done(nil, err)
		return
	}
	then(p, func(buf safejs.Value) {
		u8c, err := safejs.Global().Get("Uint8Array")
		if err != nil {
			done(nil, err)
			return
		}
		arr, err := u8c.New(buf)
		if err != nil {
			done(nil, err)
			return
		}
		n, _ := arr.Length()
		b := make([]byte, n)
		if _, err := safejs.CopyBytesToGo(b, arr); err != nil {
			done(nil, err)
			return
		}
		in.Set("value", "")
		done(b, nil)
	}, func(err error) { done(nil, err) })
}

// PersistStorage asks the browser to keep this site's storage, and calls
// done with whether it agreed.
func PersistStorage(done func(bool)) {
	nav, err := safejs.Global().Get("navigator")
	if err != nil {
		done(false)
		return
	}
	st, err := get(nav, "storage")
	if err != nil {
		done(false)
		return
	}
	if f, err := get(st, "persist"); err != nil || f.Type() != safejs.TypeFunction {
		done(false)
		return
	}
	p, err := st.Call("persist")
	if err != nil {
		done(false)
		return
	}
	then(p, func(v safejs.Value) { b, _ := v.Bool(); done(b) }, func(error) { done(false) })
}

// Fragment returns the page address's fragment, without the "#".
func Fragment() string {
	loc, err := safejs.Global().Get("location")
	if err != nil {
		return ""
	}
	h, err := loc.Get("hash")
	if err != nil {
		return ""
	}
	s, _ := h.String()
	return strings.TrimPrefix(s, "#")
}

// InFrame reports whether the app runs inside another page's frame.
func InFrame() bool {
	g := safejs.Global()
	self, err1 := g.Get("self")
	top, err2 := g.Get("top")
	if err1 != nil || err2 != nil {
		return true
	}
	return !self.Equal(top)
}

// Focus moves keyboard focus to the element with the given id.
func Focus(id string) {
	doc, err := safejs.Global().Get("document")
	if err != nil {
		return
	}
	el, err := doc.Call("getElementById", id)
	if err != nil || el.IsNull() {
		return
	}
	el.Call("focus")
}

// FocusSelector moves keyboard focus to the first element matching a CSS
// selector, reporting whether there was one.
func FocusSelector(sel string) bool {
	doc, err := safejs.Global().Get("document")
	if err != nil {
		return false
	}
	el, err := doc.Call("querySelector", sel)
	if err != nil || el.IsNull() {
		return false
	}
	_, err = el.Call("focus")
	return err == nil
}

// MarkFocus remembers which element has focus now, for FocusMoved.
func MarkFocus() {
	doc, err := safejs.Global().Get("document")
	if err != nil {
		return
	}
	if old, err := doc.Call("querySelector", "[data-focus-mark]"); err == nil && !old.IsNull() {
		old.Call("removeAttribute", "data-focus-mark")
	}
	if el, err := doc.Get("activeElement"); err == nil && !el.IsNull() {
		el.Call("setAttribute", "data-focus-mark", "")
	}
}

// FocusMoved reports whether the person has put focus in a form field
// since MarkFocus.
func FocusMoved() bool {
	doc, err := safejs.Global().Get("document")
	if err != nil {
		return false
	}
	el, err := doc.Get("activeElement")
	if err != nil || el.IsNull() {
		return false
	}
	field, err := el.Call("matches", "input, textarea, select")
	if err != nil || !truthy(field) {
		return false
	}
	marked, _ := el.Call("hasAttribute", "data-focus-mark")
	return !truthy(marked)
}

// SetStyleVar sets a CSS custom property on the document, such as a
// partner's colour. It goes through the CSS object model, which the
// Content Security Policy allows, not a style attribute.
func SetStyleVar(name, value string) {
	doc, err := safejs.Global().Get("document")
	if err != nil {
		return
	}
	root, err := doc.Get("documentElement")
	if err != nil {
		return
	}
	if st, err := root.Get("style"); err == nil {
		st.Call("setProperty", name, value)
	}
}

// ScrollTop scrolls the page to the top.
func ScrollTop() {
	safejs.Global().Call("scrollTo", 0, 0)
}

// OnLinkClick routes clicks on same-site links to fn instead of the
// browser's navigation, for use inside a frame where history must not grow.
// Links with a download attribute, a target, or another origin are left alone.
func OnLinkClick(fn func(path string)) {
	g := safejs.Global()
	h, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		defer func() { _ = recover() }()
		if len(args) == 0 {
			return nil
		}
		ev := args[0]
		if b, _ := ev.Get("defaultPrevented"); truthy(b) {
			return nil
		}
		for _, k := range []string{"metaKey", "ctrlKey", "shiftKey"} {
			if v, _ := ev.Get(k); truthy(v) {
				return nil
			}
		}
		t, err := ev.Get("target")
		if err != nil {
			return nil
		}
		a, err := t.Call("closest", "a[href]")
		if err != nil || a.IsNull() {
			return nil
		}
		if d, _ := a.Call("hasAttribute", "download"); truthy(d) {
			return nil
		}
		if tg, _ := a.Get("target"); str(tg) != "" {
			return nil
		}
		orig, _ := a.Get("origin")
		loc, _ := g.Get("location")
		here, _ := loc.Get("origin")
		if str(orig) != str(here) {
			return nil
		}
		ev.Call("preventDefault")
		p, _ := a.Get("pathname")
		herePath, _ := loc.Get("pathname")
		if h, _ := a.Get("hash"); str(h) != "" && str(p) == str(herePath) {
			// A link within the page: scroll to it without touching the
			// address, which holds the partner's options.
			doc, _ := g.Get("document")
			if el, err := doc.Call("getElementById", strings.TrimPrefix(str(h), "#")); err == nil && !el.IsNull() {
				// A section cannot take focus unless told it may.
				if ti, _ := el.Get("tabIndex"); func() bool { n, _ := ti.Int(); return n < 0 }() {
					if has, _ := el.Call("hasAttribute", "tabindex"); !truthy(has) {
						el.Call("setAttribute", "tabindex", "-1")
					}
				}
				el.Call("focus")
				el.Call("scrollIntoView")
			}
			return nil
		}
		fn(str(p))
		return nil
	})
	if err != nil {
		return
	}
	g.Set("onclick", h)
}

// OpenOtherSchemes leaves clicks on links to addresses that are not web
// pages, such as mailto: and tel:, to the browser, so that the person's own
// mail or phone app opens with exactly the link's address. go-app's click
// handler on window would otherwise take the link for a page of the app
// and add the app's host to it (mailto://host?subject=...). Call it once,
// before the app starts.
func OpenOtherSchemes() {
	doc, err := safejs.Global().Get("document")
	if err != nil {
		return
	}
	h, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		defer func() { _ = recover() }()
		if len(args) == 0 {
			return nil
		}
		t, err := args[0].Get("target")
		if err != nil {
			return nil
		}
		a, err := t.Call("closest", "a[href]")
		if err != nil || a.IsNull() {
			return nil
		}
		if p, _ := a.Get("protocol"); str(p) != "http:" && str(p) != "https:" {
			// The browser's own handling follows; window's handler is not told.
			args[0].Call("stopPropagation")
		}
		return nil
	})
	if err != nil {
		return
	}
	doc.Call("addEventListener", "click", h)
}

// Online reports whether the browser thinks it has a network connection.
func Online() bool {
	nav, err := safejs.Global().Get("navigator")
	if err != nil {
		return true
	}
	v, err := nav.Get("onLine")
	if err != nil {
		return true
	}
	b, err := v.Bool()
	return err != nil || b
}

func truthy(v safejs.Value) bool { b, err := v.Truthy(); return err == nil && b }

func str(v safejs.Value) string {
	if v.Type() != safejs.TypeString {
		return ""
	}
	s, _ := v.String()
	return s
}
