package browsertest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"putitright/app/draft"
	"putitright/app/ui"
)

// idHeading is the page heading's id.
const idHeading = ui.IDHeading

// Heading returns the page's main heading.
func (b *Browser) Heading() string {
	raw, err := b.evalRaw(`document.getElementById(`+jsString(idHeading)+`)?.textContent || ''`, 5*time.Second)
	var s string
	if err == nil {
		json.Unmarshal(raw, &s)
	}
	return strings.TrimSpace(s)
}

// WaitHeading waits until the main heading is want, saying where the
// browser is instead when it does not come.
func (b *Browser) WaitHeading(want string) {
	b.T.Helper()
	if Until(30*time.Second, func() bool { return b.Heading() == want }) != nil {
		b.T.Fatalf("timed out waiting for the heading %q: at %s, heading %q, error %q, focus on %s", want,
			b.Location(), b.Heading(),
			b.Text("#"+ui.IDErrorSummary),
			Eval[string](b, `(document.activeElement?.outerHTML || '').slice(0, 120)`))
	}
}

// HeadingFocused fails unless the page heading has focus, as it should
// after every move between pages.
func (b *Browser) HeadingFocused(where string) {
	b.T.Helper()
	b.WaitFor("focus on the heading of "+where, `document.activeElement?.id === `+jsString(idHeading))
}

// webdriverKeys maps the keys chromedp names to WebDriver's key codes.
var webdriverKeys = map[string]string{"\t": "\uE004", "\r": "\uE007", "\n": "\uE007", kb.Backspace: "\uE003", kb.ArrowDown: "\uE015", kb.End: "\uE010"}

// Keys types text with real key events to the focused element: "\t" is
// Tab, "\r" Enter, and kb.Backspace, kb.ArrowDown and kb.End are those keys.
func (b *Browser) Keys(text string) {
	b.T.Helper()
	if b.Engine == Chromium {
		b.Do(chromedp.KeyEvent(text))
		return
	}
	var acts []map[string]string
	for _, r := range text {
		k := string(r)
		if w, ok := webdriverKeys[k]; ok {
			k = w
		}
		acts = append(acts, map[string]string{"type": "keyDown", "value": k}, map[string]string{"type": "keyUp", "value": k})
	}
	if err := b.wd.actions(map[string]any{"type": "key", "id": "keyboard", "actions": acts}); err != nil {
		b.T.Fatal(err)
	}
}

// ShiftTab presses Shift+Tab.
func (b *Browser) ShiftTab() {
	b.T.Helper()
	if b.Engine == Chromium {
		b.Do(chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift)))
		return
	}
	const shift, tab = "\uE008", "\uE004"
	if err := b.wd.actions(map[string]any{"type": "key", "id": "keyboard", "actions": []map[string]string{
		{"type": "keyDown", "value": shift}, {"type": "keyDown", "value": tab}, {"type": "keyUp", "value": tab}, {"type": "keyUp", "value": shift},
	}}); err != nil {
		b.T.Fatal(err)
	}
}

// Enter presses Enter the way a keyboard does. In Chromium that is one key
// down that carries the text, so the page sees keydown and keypress from
// one event (as Puppeteer sends it), then key up: chromedp.KeyEvent sends
// the keypress as a separate event, which Chromium does not cancel when
// keydown is.
func (b *Browser) Enter() {
	b.T.Helper()
	if b.Engine != Chromium {
		b.Keys("\r")
		return
	}
	down := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyDown, Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13, Text: "\r", UnmodifiedText: "\r"}
	up := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyUp, Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13}
	b.Do(func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		for _, k := range []input.DispatchKeyEventParams{down, up} {
			if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, k); err != nil {
				return chromedp.Void{}, err
			}
		}
		return chromedp.Void{}, nil
	})
}

// ActiveMatches reports whether the focused element matches a CSS selector.
func (b *Browser) ActiveMatches(sel string) bool {
	b.T.Helper()
	return Eval[bool](b, `!!document.activeElement && document.activeElement.matches(`+jsString(sel)+`)`)
}

// TabTo presses Tab until the focused element matches sel.
func (b *Browser) TabTo(sel string) {
	b.T.Helper()
	for range 80 {
		if b.ActiveMatches(sel) {
			return
		}
		b.Keys("\t")
	}
	b.T.Fatalf("Tab never reached %s", sel)
}

// Press moves focus with Tab to sel and presses Enter.
func (b *Browser) Press(sel string) {
	b.T.Helper()
	b.TabTo(sel)
	b.Enter()
}

// byLabel is JavaScript for the button, link or summary whose text is
// label; bySel for the first element matching the CSS selector sel.
func byLabel(label string) string {
	return `[...document.querySelectorAll('button, a, summary')].find(e => e.textContent.trim() === ` + jsString(label) + `)`
}

func bySel(sel string) string { return `document.querySelector(` + jsString(sel) + `)` }

// pointAt scrolls the element el (an expression) into view and returns the
// middle of it in viewport pixels; ok is false when there is none.
func (b *Browser) pointAt(el string) (x, y float64, ok bool) {
	b.T.Helper()
	// The page may still move (the app drawing over its prerendered page,
	// a banner coming in): measure until two drawn frames agree and the
	// point hits the element itself, as a person aims once it is still.
	measure := `(() => { const e = ` + el + `; if (!e) return null;
		const r = e.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
		if (r.width === 0 || r.top < 0 || r.bottom > innerHeight) { e.scrollIntoView({block: 'center', inline: 'center'}); return [x, y, 0] }
		const root = e.getRootNode().elementFromPoint ? e.getRootNode() : document, hit = root.elementFromPoint(x, y);
		return [x, y, hit && (hit === e || e.contains(hit)) ? 1 : 0] })()`
	var last *[3]float64
	for range 20 {
		p := Eval[*[3]float64](b, measure)
		if p == nil {
			return 0, 0, false
		}
		if last != nil && p[2] == 1 && *p == *last {
			return p[0], p[1], true
		}
		last = p
		b.Drawn()
	}
	return last[0], last[1], true
}

// clickAt clicks the mouse at x, y in the viewport.
func (b *Browser) clickAt(x, y float64) {
	b.T.Helper()
	if b.Engine == Chromium {
		b.Do(chromedp.MouseClickXY(x, y))
		return
	}
	if err := b.wd.actions(map[string]any{"type": "pointer", "id": "mouse", "parameters": map[string]string{"pointerType": "mouse"},
		"actions": []map[string]any{
			{"type": "pointerMove", "x": int(math.Round(x)), "y": int(math.Round(y)), "origin": "viewport"},
			{"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0},
		}}); err != nil {
		b.T.Fatal(err)
	}
}

// clickEl clicks, with the mouse, the middle of the element the JavaScript
// expression el gives, once scrolled into view; false if there is none.
// WebKit's WebDriver takes pointer positions in the top page's viewport even
// inside a frame, so there the pointer moves to the element itself.
func (b *Browser) clickEl(el string) bool {
	b.T.Helper()
	if b.Engine != WebKit {
		x, y, ok := b.pointAt(el)
		if ok {
			b.clickAt(x, y)
		}
		return ok
	}
	if _, _, ok := b.pointAt(el); !ok {
		return false
	}
	wk := b.wd.(*classic)
	var ref map[string]string
	if err := wk.do("POST", "/execute/sync", map[string]any{"script": "return " + el, "args": []any{}}, &ref); err != nil || len(ref) == 0 {
		return false
	}
	if err := b.wd.actions(map[string]any{"type": "pointer", "id": "mouse", "parameters": map[string]string{"pointerType": "mouse"},
		"actions": []map[string]any{
			{"type": "pointerMove", "x": 0, "y": 0, "origin": ref},
			{"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0},
		}}); err != nil {
		b.T.Fatal(err)
	}
	return true
}

// Click clicks, with the mouse, the button or link whose text is label.
func (b *Browser) Click(label string) {
	b.T.Helper()
	if !b.clickEl(byLabel(label)) {
		b.T.Fatalf("no button or link %q on %q", label, b.Heading())
	}
}

// ClickOn clicks, with the mouse, the element matching the CSS selector sel.
func (b *Browser) ClickOn(sel string) {
	b.T.Helper()
	if !b.clickEl(bySel(sel)) {
		b.T.Fatalf("no %s on %q", sel, b.Heading())
	}
}

// Focus focuses the field sel and puts the caret at the end of its text (or
// at the offset at, when at >= 0).
func (b *Browser) Focus(sel string, at int) {
	b.T.Helper()
	pos := "e.value.length"
	if at >= 0 {
		j, _ := json.Marshal(at)
		pos = string(j)
	}
	if !Eval[bool](b, `(() => { const e = `+bySel(sel)+`; if (!e) return false; e.focus();
		try { const p = `+pos+`; e.setSelectionRange(p, p) } catch (x) {} return true })()`) {
		b.T.Fatalf("no %s on %q", sel, b.Heading())
	}
}

// Type focuses the field sel, puts the caret at the end and types text
// with real key events.
func (b *Browser) Type(sel, text string) {
	b.T.Helper()
	b.Focus(sel, -1)
	b.Keys(text)
}

// Insert focuses the field sel, puts the caret at the end and puts text in
// as one insertion, as a paste or an input method does.
func (b *Browser) Insert(sel, text string) {
	b.T.Helper()
	b.Focus(sel, -1)
	if b.Engine != Chromium {
		b.Keys(text)
		return
	}
	if _, err := chromedp.Call(b.Ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
		b.T.Fatal(err)
	}
}

// SetValue replaces the value of the field sel and sends an input event, as
// a script or a very long paste would.
func (b *Browser) SetValue(sel, v string) {
	b.T.Helper()
	if !Eval[bool](b, `(() => { const e = `+bySel(sel)+`; if (!e) return false; e.focus(); e.value = `+jsString(v)+`;
		e.dispatchEvent(new Event('input', {bubbles: true})); return true })()`) {
		b.T.Fatalf("no %s on %q", sel, b.Heading())
	}
}

// Text returns the text of the first element matching sel ("" if none).
func (b *Browser) Text(sel string) string {
	b.T.Helper()
	return Eval[string](b, bySel(sel)+`?.innerText ?? ''`)
}

// Value returns the value of the form field sel.
func (b *Browser) Value(sel string) string {
	b.T.Helper()
	return Eval[string](b, bySel(sel)+`?.value ?? ''`)
}

// Seed stores c as the app's saved draft on the origin app, as if the
// person had answered every question on this device, and opens path (if
// not "").
func (b *Browser) Seed(app string, c draft.Case, path string) {
	b.T.Helper()
	raw, err := draft.Marshal(c)
	if err != nil {
		b.T.Fatal(err)
	}
	b.Open(app + ui.PathPrivacy)
	Eval[bool](b, `localStorage.setItem(`+jsString(ui.KeyDraft)+`, `+jsString(string(raw))+`), true`)
	if path != "" {
		b.Open(app + path)
	}
}

// Saved returns the draft the app keeps in localStorage.
func (b *Browser) Saved() draft.Case {
	b.T.Helper()
	c, err := b.readDraft()
	if err != nil {
		b.T.Fatal(err)
	}
	return c
}

// SavedWhen waits until the draft the app keeps in localStorage is as ok
// wants, and returns it. Typed words are saved a frame after the box
// shows them, so a test that typed waits for them here.
func (b *Browser) SavedWhen(what string, ok func(draft.Case) bool) draft.Case {
	b.T.Helper()
	var c draft.Case
	var err error
	if Until(20*time.Second, func() bool {
		c, err = b.readDraft()
		return err == nil && ok(c)
	}) != nil {
		b.T.Fatalf("waiting for %s: %v; the saved draft is %+v", what, err, c)
	}
	return c
}

// readDraft reads and opens the draft the app keeps in localStorage.
func (b *Browser) readDraft() (draft.Case, error) {
	raw := Eval[string](b, SavedDraft+` || ''`)
	if raw == "" {
		return draft.Case{}, errors.New("no draft in localStorage")
	}
	c, err := draft.Open(English(b.T), []byte(raw))
	if err != nil {
		return c, fmt.Errorf("the saved draft does not open: %w", err)
	}
	return c, nil
}

// OpenDraftFile chooses file in the page's "Open a draft file" input and
// waits until the app has seen it. Right after a page loads the app may
// still replace the prerendered input, so it chooses again if the file
// landed on the old one; the app empties the input once it has read the
// file, so it counts change events instead of looking at the input.
func (b *Browser) OpenDraftFile(file string) {
	b.T.Helper()
	id := ui.IDDraftFile
	Eval[bool](b, `(() => { if (!window.__uploads) { window.__uploads = 0;
		document.addEventListener('change', (e) => { if (e.target.id === `+jsString(id)+`) window.__uploads++ }, true) } return true })()`)
	for range 5 {
		before := Eval[int](b, `window.__uploads`)
		var err error
		if b.Engine == Chromium {
			ctx, cancel := context.WithTimeout(b.Ctx, 20*time.Second)
			err = chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#"+id), []string{file}))
			cancel()
		} else {
			err = b.wd.setFiles("#"+id, []string{file})
		}
		if err != nil {
			b.T.Logf("choosing the file: %v; trying again", err)
		}
		if Until(2*time.Second, func() bool { return Eval[int](b, `window.__uploads`) > before }) == nil {
			return
		}
	}
	b.T.Fatal("could not choose a file in #" + id)
}

// WriteFile writes data to a new file called name and returns its path.
func (b *Browser) WriteFile(name string, data []byte) string {
	b.T.Helper()
	p := filepath.Join(b.T.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		b.T.Fatal(err)
	}
	return p
}

// FollowLink clicks the link sel with the mouse, as a person does, and
// returns the address the page then asked the browser to go to: the
// navigation request itself, caught before anything handles it (Chromium:
// Page.frameRequestedNavigation; Firefox: BiDi's
// browsingContext.navigationStarted, or for mailto: the link handed to the
// profile's mail program, a local web page; WebKit: the address the page
// goes to, or, for another program's link such as mailto:, the one the
// browser hands over, seen by WebKitWebDriver as the new URL).
func (b *Browser) FollowLink(sel string) string {
	b.T.Helper()
	if !Eval[bool](b, `!!`+bySel(sel)) {
		b.T.Fatalf("no link %s on %q", sel, b.Heading())
	}
	click := func() { b.clickEl(bySel(sel)) }
	var got string
	switch b.Engine {
	case Chromium:
		var mu sync.Mutex
		ctx, cancel := context.WithCancel(b.Ctx)
		defer cancel()
		if _, err := chromedp.Call(b.Ctx, page.Enable, page.EnableParams{}); err != nil {
			b.T.Fatal(err)
		}
		navs := chromedp.Events(ctx, page.FrameRequestedNavigation)
		go func() {
			for e, err := range navs {
				if err != nil {
					return
				}
				mu.Lock()
				if got == "" {
					got = e.URL
				}
				mu.Unlock()
			}
		}()
		click()
		if Until(20*time.Second, func() bool { mu.Lock(); defer mu.Unlock(); return got != "" }) != nil {
			b.T.Fatalf("clicking %s asked for no navigation", sel)
		}
	case Firefox:
		ff := b.wd.(*bidi)
		_, n := ff.eventsSince(0)
		click()
		if Until(20*time.Second, func() bool {
			evs, _ := ff.eventsSince(n)
			for _, e := range evs {
				var nav struct{ Context, URL string }
				if e.Method != "browsingContext.navigationStarted" || json.Unmarshal(e.Params, &nav) != nil || nav.Context != ff.ctx {
					continue
				}
				got = nav.URL
				if link, ok := strings.CutPrefix(nav.URL, b.handler); ok {
					got, _ = url.QueryUnescape(link)
				}
				return true
			}
			return false
		}) != nil {
			b.T.Fatalf("clicking %s started no navigation", sel)
		}
	case WebKit:
		wk := b.wd.(*classic)
		var before string
		wk.do("GET", "/url", nil, &before)
		click()
		if Until(20*time.Second, func() bool {
			var u string
			if wk.do("GET", "/url", nil, &u) == nil && u != before {
				got = u
				return true
			}
			return false
		}) != nil {
			b.T.Fatalf("clicking %s: the page stayed at %s", sel, before)
		}
	}
	return got
}

// DOMClick clicks the element matching sel with el.click(), as assistive
// technology does: no pointer, no layout needed.
func (b *Browser) DOMClick(sel string) {
	b.T.Helper()
	if !Eval[bool](b, `(() => { const e = `+bySel(sel)+`; if (!e) return false; e.click(); return true })()`) {
		b.T.Fatalf("no %s on %q", sel, b.Heading())
	}
}

// ClickElement clicks, with the mouse, the element the JavaScript
// expression el gives (one inside a shadow root, say).
func (b *Browser) ClickElement(what, el string) {
	b.T.Helper()
	if !b.clickEl(el) {
		b.T.Fatalf("no %s on the page", what)
	}
}

// InFrame runs fn on the page inside the iframe that the JavaScript
// expression iframe gives, whose address starts with prefix: in Chromium a
// Browser on the frame's own target, in Firefox and WebKit b itself, turned
// to the frame until fn returns.
func (b *Browser) InFrame(iframe, prefix string, fn func(f *Browser)) {
	b.T.Helper()
	switch b.Engine {
	case Chromium:
		fn(b.FrameTarget(prefix))
		return
	case Firefox:
		ff := b.wd.(*bidi)
		top := ff.ctx
		var child string
		if Until(30*time.Second, func() bool {
			var tree struct {
				Contexts []struct {
					Children []struct {
						Context string `json:"context"`
						URL     string `json:"url"`
					} `json:"children"`
				} `json:"contexts"`
			}
			raw, err := ff.call("browsingContext.getTree", map[string]any{"root": top})
			if err != nil || json.Unmarshal(raw, &tree) != nil || len(tree.Contexts) == 0 {
				return false
			}
			for _, c := range tree.Contexts[0].Children {
				if strings.HasPrefix(c.URL, prefix) {
					child = c.Context
					return true
				}
			}
			return false
		}) != nil {
			b.T.Fatalf("no frame at %s", prefix)
		}
		ff.ctx = child
		defer func() { ff.ctx = top }()
	case WebKit:
		wk := b.wd.(*classic)
		var el map[string]string
		if err := wk.do("POST", "/execute/sync", map[string]any{"script": "return " + iframe, "args": []any{}}, &el); err != nil || len(el) == 0 {
			b.T.Fatalf("no iframe %s: %v", iframe, err)
		}
		if err := wk.do("POST", "/frame", map[string]any{"id": el}, nil); err != nil {
			b.T.Fatal(err)
		}
		defer wk.do("POST", "/frame/parent", map[string]any{}, nil)
	}
	b.WaitLong("the page in the frame at "+prefix, `location.href.startsWith(`+jsString(prefix)+`)`, 30*time.Second)
	fn(b)
}

// JavaScript for the app's own elements and saved draft, by the app's
// names, for tests' own expressions.
const (
	HeadingEl      = "document.getElementById('" + ui.IDHeading + "')"
	PreviewEl      = "document.getElementById('" + ui.IDPreview + "')"
	ErrorSummaryEl = "document.getElementById('" + ui.IDErrorSummary + "')"
	NoStoreEl      = "document.getElementById('" + ui.IDNoStore + "')"
	MailtoEl       = "document.getElementById('" + ui.IDMailto + "')"
	SavedDraft     = "localStorage.getItem('" + ui.KeyDraft + "')"
	DamagedDraft   = "localStorage.getItem('" + ui.KeyDamaged + "')"
)
