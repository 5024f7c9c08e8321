package browsertest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"
)

// The partner's side: a host page on another site, and the widgets
// embed.js draws on it.

// HostPage serves one HTML page with body on 127.0.0.1, another site than
// the app's http://localhost, and returns its address.
func HostPage(t testing.TB, body string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprint(w, Page("", body))
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/"
}

// Page is a whole HTML page with head and body.
func Page(head, body string) string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page</title>` + head + `</head><body>` + body + `</body></html>`
}

// Widgets wraps a JavaScript expression for the host page in which W(i)
// is the i-th widget's shadow root (W() the first's).
func Widgets(expr string) string {
	return `(() => { const W = (i = 0) => document.querySelectorAll('putitright-widget')[i].shadowRoot; return (` + expr + `) })()`
}

// StartWidget clicks the i-th widget's Start button with the mouse and
// waits for its iframe. Another widget's app may still be growing and move
// the button after it was measured, so a click that missed is made again.
func (b *Browser) StartWidget(i int) {
	b.T.Helper()
	b.WaitFor(fmt.Sprintf("widget %d's Start button", i), Widgets(fmt.Sprintf(`!!W(%d)?.querySelector('button')`, i)))
	for range 3 {
		b.ClickElement("the Start button", Widgets(fmt.Sprintf(`W(%d).querySelector('button')`, i)))
		if b.Becomes(Widgets(fmt.Sprintf(`!!W(%d).querySelector('iframe')`, i)), 5*time.Second) {
			return
		}
	}
	b.T.Fatalf("widget %d did not start", i)
}

// WidgetSrc waits for the i-th widget's iframe and returns its address.
func (b *Browser) WidgetSrc(i int) string {
	b.T.Helper()
	b.WaitFor(fmt.Sprintf("widget %d's iframe", i), Widgets(fmt.Sprintf(`!!W(%d).querySelector('iframe')`, i)))
	return Eval[string](b, Widgets(fmt.Sprintf(`W(%d).querySelector('iframe').src`, i)))
}

// Settings returns the partner settings in the fragment of link, failing
// the test unless link is origin+path with no query: settings travel only
// in the fragment, which no server sees.
func (b *Browser) Settings(link, origin, path string) url.Values {
	b.T.Helper()
	u, err := url.Parse(link)
	if err != nil || u.RawQuery != "" || u.Path != path || u.Scheme+"://"+u.Host != origin {
		b.T.Fatalf("%q: want %s%s#settings and no query", link, origin, path)
	}
	q, err := url.ParseQuery(u.EscapedFragment())
	if err != nil {
		b.T.Fatal(err)
	}
	return q
}

// WidgetHeight returns the height of the i-th widget's iframe in CSS
// pixels, or -1 before it has one.
func (b *Browser) WidgetHeight(i int) int {
	b.T.Helper()
	return Eval[int](b, Widgets(fmt.Sprintf(`(f => f ? Math.round(f.getBoundingClientRect().height) : -1)(W(%d).querySelector('iframe'))`, i)))
}

// FocusInWidget reports whether focus is on the first widget's iframe.
const FocusInWidget = `(() => { const w = document.querySelector('putitright-widget'); return document.activeElement === w && w.shadowRoot.activeElement === w.shadowRoot.querySelector('iframe') })()`

// ListenMarks makes the page note each message "mark:NAME" it gets. A
// sender sends its mark last: once the page has it, the page has had
// every message that sender sent it before, so a test can check that
// forged messages changed nothing without waiting a while.
func (b *Browser) ListenMarks() {
	b.T.Helper()
	Eval[bool](b, `(window.__marks = [], addEventListener('message', e => typeof e.data === 'string' && e.data.startsWith('mark:') && window.__marks.push(e.data.slice(5))), true)`)
}

// WaitMarks waits until the page has had the mark of each of names.
func (b *Browser) WaitMarks(names ...string) {
	b.T.Helper()
	want, _ := json.Marshal(names)
	b.WaitFor(fmt.Sprintf("the messages from %q", names), string(want)+`.every(m => window.__marks?.includes(m))`)
}

// LayoutShift returns the page's cumulative layout shift not caused by
// input, once the browser has drawn two more frames.
func (b *Browser) LayoutShift() float64 {
	b.T.Helper()
	return Eval[float64](b, `new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => {
		const o = new PerformanceObserver(() => {}); o.observe({type: 'layout-shift', buffered: true});
		done(o.takeRecords().filter(e => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0)) })))`)
}
