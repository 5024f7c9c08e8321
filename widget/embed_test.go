package widget

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	bt "putitright/internal/browsertest"

	"github.com/chromedp/chromedp"

	"putitright/app/partner"
)

// The loader is tested in real headless Chromium against two servers on
// different sites: "host" (http://127.0.0.1:port) serves the partner's test
// pages and "app" (http://localhost:port) serves embed.js and a fake app
// (testdata/app) that reports its height like the real one.

const sandbox = "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads"

type env struct {
	*bt.Browser
	app, host string // origins
	mu        sync.Mutex
	appLog    []string // request URIs the app server saw
}

// setup starts both servers and a browser. pages maps host paths to HTML
// bodies; "{{APP}}" in them becomes the app origin.
func setup(t *testing.T, pages map[string]string) *env {
	t.Helper()
	e := &env{Browser: bt.Launch(t, bt.Chromium)}

	appMux := http.NewServeMux()
	appMux.HandleFunc("/embed.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Write(EmbedJS())
	})
	appMux.Handle("/", http.FileServer(http.Dir("testdata/app")))
	appSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		e.mu.Lock()
		e.appLog = append(e.appLog, r.RequestURI)
		e.mu.Unlock()
		appMux.ServeHTTP(w, r)
	}))
	t.Cleanup(appSrv.Close)
	e.app = strings.Replace(appSrv.URL, "127.0.0.1", "localhost", 1)

	hostMux := http.NewServeMux()
	hostMux.Handle("/forge.js", http.FileServer(http.Dir("testdata/app")))
	hostMux.Handle("/forge.html", http.FileServer(http.Dir("testdata/app")))
	hostMux.HandleFunc("/demo/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(DemoPage(e.app))
	})
	for p, body := range pages {
		body = strings.ReplaceAll(body, "{{APP}}", e.app)
		hostMux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		})
	}
	hostSrv := httptest.NewServer(hostMux)
	t.Cleanup(hostSrv.Close)
	e.host = hostSrv.URL

	return e
}

// warnings returns the host page's console.warn calls so far.
func (e *env) warnings() []string {
	var w []string
	for _, m := range e.Console() {
		if s, ok := strings.CutPrefix(m, "warning: "); ok {
			w = append(w, s)
		}
	}
	return w
}

func (e *env) log() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return slices.Clone(e.appLog)
}

// JavaScript helpers for the host page. W(i) is the i-th widget's shadow root.
const (
	js  = `const W = (i = 0) => document.querySelectorAll('putitright-widget')[i].shadowRoot;`
	frH = `((i) => { const f = W(i).querySelector('iframe'); return f ? f.getBoundingClientRect().height : -1 })`
)

// wjs wraps a JavaScript expression that may use W.
func wjs(expr string) string { return "(() => { " + js + " return (" + expr + ") })()" }

func (e *env) frameHeight(i int) int {
	e.T.Helper()
	return bt.Eval[int](e.Browser, fmt.Sprintf(`(() => { %s return Math.round(%s(%d)) })()`, js, frH, i))
}

// waitHeight waits until the i-th widget's iframe and box are h px tall.
func (e *env) waitHeight(i, h int) {
	e.T.Helper()
	e.WaitFor(fmt.Sprintf("widget %d height %d", i, h), heightIs(i, h))
}

// heightIs is JavaScript that is true when the i-th widget and its iframe
// are h pixels high.
func heightIs(i, h int) string {
	return fmt.Sprintf(`(() => { %s
		const box = document.querySelectorAll('putitright-widget')[%d].getBoundingClientRect().height;
		return Math.round(%s(%d)) === %d && Math.round(box) === %d })()`, js, i, frH, i, h, h)
}

// press sends key to the focused fake app until widget i is h pixels high.
// The frame takes focus again once its page has loaded, and a key sent in
// that moment goes to the host page, so the key is sent again if nothing
// happens (the fake app's keys set a height, so repeating is harmless).
func (e *env) press(key string, i, h int) {
	e.T.Helper()
	for range 10 {
		e.Keys(key)
		if e.Becomes(heightIs(i, h), 2*time.Second) {
			return
		}
	}
	e.T.Fatalf("pressing %q did not make widget %d %dpx high", key, i, h)
}

// click clicks the i-th widget's Start button with the mouse.
func (e *env) click(i int) {
	e.T.Helper()
	type pt struct{ X, Y float64 }
	b := fmt.Sprintf(`W(%d).querySelector('button')`, i)
	e.Do(chromedp.Evaluate[chromedp.Void](wjs(b + `.scrollIntoView({block: 'center'})`)))
	// Let a frame be drawn: until then, the browser may route the click
	// by the old layout (to an iframe that was under that point).
	e.Drawn()
	p := bt.Eval[pt](e.Browser, wjs(`(() => { const r = `+b+`.getBoundingClientRect();
		return {X: r.x + r.width / 2, Y: r.y + r.height / 2} })()`))
	e.Do(chromedp.MouseClickXY(p.X, p.Y))
}

// frameSrc waits for the i-th widget's iframe and returns its src.
func (e *env) frameSrc(i int) string {
	e.T.Helper()
	e.WaitFor("iframe", fmt.Sprintf(`(() => { %s return !!W(%d).querySelector('iframe') })()`, js, i))
	return bt.Eval[string](e.Browser, fmt.Sprintf(`(() => { %s return W(%d).querySelector('iframe').src })()`, js, i))
}

// fragment returns the settings in an iframe src, checking the URL shape.
func (e *env) fragment(src string) url.Values {
	e.T.Helper()
	u, err := url.Parse(src)
	if err != nil || u.RawQuery != "" || u.Path != "/" || u.Scheme+"://"+u.Host != e.app {
		e.T.Fatalf("iframe src %q: want %s/#settings with no query", src, e.app)
	}
	q, err := url.ParseQuery(u.EscapedFragment())
	if err != nil {
		e.T.Fatal(err)
	}
	return q
}

func page(head, body string) string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>` + head +
		`</head><body>` + body + `</body></html>`
}

const lorem = `<p>Making a complaint about NHS care can feel daunting. This page explains the steps, and who can help.</p>`

// TestNoAppRequestsOrShiftBeforeStart: until someone asks, the page loads
// only embed.js from the app origin and nothing moves; data-start=visible
// loads when the box nears the screen.
func TestNoAppRequestsOrShiftBeforeStart(t *testing.T) {
	e := setup(t, map[string]string{"/": page("", `<h1>Host</h1>`+lorem+
		`<div data-putitright data-partner-name="Healthwatch Example" style="min-height:640px"></div>`+lorem+
		`<div style="height:3000px"></div><div data-putitright data-start="visible" data-height="500" style="min-height:500px"></div>`+lorem+
		`<script src="{{APP}}/embed.js"></script>`)})
	e.Do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(e.host+"/"))
	e.loaded()
	if got := e.log(); !slices.Equal(got, []string{"/embed.js"}) {
		t.Errorf("app requests before start = %q, want only /embed.js", got)
	}
	e.checkNoShift()
	if h := bt.Eval[[]int](e.Browser, `[...document.querySelectorAll('[data-putitright]')].map((b) => Math.round(b.getBoundingClientRect().height))`); !slices.Equal(h, []int{640, 500}) {
		t.Errorf("reserved heights = %v, want [640 500]", h)
	}
	// Scroll to 200px above the second box: within the 300px margin.
	e.Do(chromedp.Evaluate[chromedp.Void](`scrollTo(0, document.querySelectorAll('putitright-widget')[1].offsetTop - innerHeight - 200)`))
	e.frameSrc(1)
	// Chromium does not render off-screen cross-origin frames, so the app
	// reports its height once it is on screen.
	e.Do(chromedp.Evaluate[chromedp.Void](wjs(`W(1).host.scrollIntoView()`)))
	e.waitHeight(1, 400)
	if bt.Eval[bool](e.Browser, wjs(`!!W(0).querySelector('iframe')`)) {
		t.Error("the button-mode widget loaded without a click")
	}
	if bt.Eval[bool](e.Browser, wjs(`W(1).activeElement !== null`)) {
		t.Error("data-start=visible moved focus")
	}
}

// loaded waits until the host page has loaded and been drawn.
func (e *env) loaded() {
	e.T.Helper()
	e.WaitFor("the host page to load", `document.readyState === 'complete'`)
	e.Drawn()
}

// checkNoShift checks that the page's cumulative layout shift is 0.
func (e *env) checkNoShift() {
	e.T.Helper()
	cls := bt.Eval[float64](e.Browser, `new Promise((done) => { let sum = 0;
		new PerformanceObserver((l) => l.getEntries().forEach((x) => { sum += x.value }))
			.observe({type: 'layout-shift', buffered: true});
		setTimeout(() => done(sum), 300) })`)
	if cls != 0 {
		e.T.Errorf("cumulative layout shift = %v, want 0", cls)
	}
}

// TestHostileCSS: broad page styles do not change the card.
func TestHostileCSS(t *testing.T) {
	hostile := `<style>
		* { box-sizing: content-box; } div { padding: 3px; } button { background: hotpink; font: 30px cursive; }
		body { font: 24px/3 Georgia, serif; color: red; text-transform: uppercase; letter-spacing: 3px; }
		h1, h2, h3, p { font-family: "Times New Roman", serif; color: purple; }
		putitright-widget, div > * { margin: 40px; border: 5px solid lime; }
	</style>`
	e := setup(t, map[string]string{"/": page(hostile, `<h1>Partner page</h1>`+lorem+
		`<script src="{{APP}}/embed.js" data-accent="#00594f" data-partner-name="Healthwatch Example"></script>`+lorem)})
	type styles struct {
		ButtonBG, ButtonColor, ButtonPad, BoxSizing, Font, TitleFont, Transform string
		ButtonH, CardH, BoxH                                                    float64
	}
	check := func() {
		s := bt.Eval[styles](e.Browser, wjs(`(() => { const r = W(), b = r.querySelector('button'), c = r.querySelector('.card');
			const cs = (x) => getComputedStyle(x);
			return {ButtonBG: cs(b).backgroundColor, ButtonColor: cs(b).color, ButtonPad: cs(b).padding, BoxSizing: cs(c).boxSizing, Font: cs(c).fontFamily,
				TitleFont: cs(r.querySelector('.title')).fontFamily, Transform: cs(c).textTransform,
				ButtonH: b.getBoundingClientRect().height, CardH: c.getBoundingClientRect().height,
				BoxH: document.querySelector('putitright-widget').getBoundingClientRect().height} })()`))
		if s.ButtonBG != "rgb(0, 89, 79)" || s.ButtonColor != "rgb(255, 255, 255)" || s.ButtonPad != "10px 24px" || s.BoxSizing != "border-box" || !strings.HasPrefix(s.Font, "Georgia, serif") ||
			s.TitleFont != s.Font || s.Transform != "none" || s.ButtonH < 44 || s.CardH > 400 || s.BoxH != s.CardH {
			t.Errorf("card styles under hostile CSS: %+v", s)
		}
	}
	for _, v := range []struct{ w, h int64 }{{390, 844}, {1280, 800}} {
		e.Do(chromedp.EmulateViewport(v.w, v.h), chromedp.Navigate(e.host+"/"))
		check()
	}
	e.Shot("widget-hostile")
	// Keyboard: Tab reaches the button, which shows a focus ring.
	e.Do(chromedp.EmulateViewport(390, 844), chromedp.Navigate(e.host+"/"), chromedp.KeyEvent("\t"))
	if got := bt.Eval[string](e.Browser, wjs(`(() => { const b = W().activeElement; return b ? b.tagName + ' ' + getComputedStyle(b).outlineStyle : '' })()`)); got != "BUTTON solid" {
		t.Errorf("after Tab, focus is %q, want the Start button with a solid outline", got)
	}
	e.Shot("widget-hostile-focus")
}

// TestStartAndResize: Start loads the app with the right iframe, moves focus
// into it, and the iframe follows the app's height within the clamp.
func TestStartAndResize(t *testing.T) {
	e := setup(t, map[string]string{"/": page("", `<h1>Host</h1>`+lorem+
		`<script src="{{APP}}/embed.js" data-partner-name="Healthwatch Example" data-advocacy-name="Example Advocacy"
		data-advocacy-phone="0300 000 0000" data-advocacy-web="https://advocacy.example.org/contact?a=1&amp;b=2"
		data-pals-web="https://pals.example.nhs.uk" data-accent="#036" data-nation="Wales"></script>`+lorem)})
	e.Do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(e.host+"/"))
	e.loaded()
	e.checkNoShift() // script mode needs no reserved space on the page
	if got := e.log(); !slices.Equal(got, []string{"/embed.js"}) {
		t.Errorf("app requests before start = %q, want only /embed.js", got)
	}
	e.click(0)
	q := e.fragment(e.frameSrc(0))
	want := url.Values{
		"partner": {"Healthwatch Example"}, "advocacy-name": {"Example Advocacy"}, "advocacy-phone": {"0300 000 0000"},
		"advocacy-web": {"https://advocacy.example.org/contact?a=1&b=2"}, "pals-web": {"https://pals.example.nhs.uk/"},
		"accent": {"#003366"}, "nation": {"wales"}, "embed": {"1"}, "host": {e.host},
	}
	if q.Encode() != want.Encode() {
		t.Errorf("fragment = %v\nwant       %v", q, want)
	}
	// The app's own parser accepts everything the loader sends.
	if _, warns := partner.Parse(q.Encode()); len(warns) > 0 {
		t.Errorf("app/partner warns about the loader's fragment: %q", warns)
	}
	type attrs struct{ Title, Sandbox, Allow, Loading string }
	a := bt.Eval[attrs](e.Browser, wjs(`(() => { const f = W().querySelector('iframe');
		return {Title: f.title, Sandbox: f.getAttribute('sandbox'), Allow: f.getAttribute('allow'), Loading: f.loading} })()`))
	if a != (attrs{"Put It Right: help with a complaint about NHS or social care", sandbox, "clipboard-write; web-share", "eager"}) {
		t.Errorf("iframe attributes = %+v", a)
	}
	e.waitHeight(0, 400) // the fake app's first report
	if !slices.Contains(e.log(), "/") {
		t.Errorf("app requests = %q: no request for / with no query", e.log())
	}
	if !bt.Eval[bool](e.Browser, wjs(`document.activeElement === document.querySelector('putitright-widget') && W().activeElement === W().querySelector('iframe')`)) {
		t.Error("focus did not move into the iframe")
	}
	// Keys reach the fake app only if focus really is inside the iframe.
	e.press("g", 0, 1200)
	e.press("s", 0, 300)
	// Clamp. A 20000px box gives the host page a scroll bar, which narrows
	// the app, which then reports its real height again; so record every
	// height the loader applies instead of polling for a passing one.
	e.Do(chromedp.Evaluate[chromedp.Void](`window.applied = [];
		const box = document.querySelector('putitright-widget');
		new MutationObserver(() => applied.push(box.style.getPropertyValue('--h'))).observe(box, {attributes: true})`))
	e.Do(chromedp.KeyEvent("h"))
	e.WaitFor("height 20000px", `applied.includes('20000px')`)
	e.Do(chromedp.KeyEvent("l"))
	e.WaitFor("height 200px", `applied.includes('200px')`)
	if !bt.Eval[bool](e.Browser, `applied.every((v) => parseInt(v) >= 200 && parseInt(v) <= 20000)`) {
		t.Errorf("heights applied out of the clamp: %v", bt.Eval[[]string](e.Browser, `applied`))
	}
	e.press("g", 0, 1200)
	e.Keys("b")
	e.Holds("after malformed messages the iframe stays 1200px", heightIs(0, 1200), 300*time.Millisecond)
}

// TestForgedMessages: only our own iframe, from the app origin, can resize.
func TestForgedMessages(t *testing.T) {
	e := setup(t, map[string]string{"/": page("", lorem+`<div data-putitright></div>`+lorem+`<script src="{{APP}}/embed.js"></script>`)})
	e.Do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(e.host+"/"))
	e.click(0)
	e.waitHeight(0, 400)
	// A frame from the app origin that is not ours, and one from the host.
	e.Do(chromedp.Evaluate[chromedp.Void](`for (const src of ['` + e.app + `/forge.html', '/forge.html']) {
		const f = document.createElement('iframe'); f.src = src; f.className = 'forge'; document.body.append(f) }`))
	e.WaitFor("the host-origin forger to post", `+(document.querySelectorAll('iframe.forge')[1].contentDocument?.title || '0 0').split(' ')[1] >= 10`)
	e.Do(chromedp.Evaluate[chromedp.Void](`postMessage({type: 'putitright:height', height: 4321}, '*')`))
	e.Holds("forged messages leave the iframe 400px", heightIs(0, 400), 300*time.Millisecond)
	if !slices.Contains(e.log(), "/forge.html") {
		t.Errorf("the app-origin forger did not load: %q", e.log())
	}
}

// TestMalformedAttributes: bad values warn once each, and are left out.
func TestMalformedAttributes(t *testing.T) {
	e := setup(t, map[string]string{"/": page("", lorem+`<script src="{{APP}}/embed.js"
		data-partner-name="  Good&#x202E; Name&#x0007;  " data-accent="red; background:url(x)"
		data-advocacy-web="javascript:alert(1)" data-advocacy-phone="<script>" data-nation="mars"
		data-height="abc" data-pals-web="https://user:pass@pals.example/" data-healthwatch-web="http://hw.example/"
		data-start="now"></script>`+lorem)})
	e.Do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(e.host+"/"))
	e.loaded()
	// The warnings arrive as console events: wait for the last attribute's.
	bt.Until(5*time.Second, func() bool { return strings.Contains(strings.Join(e.warnings(), " "), "data-start") })
	warns := e.warnings()
	for _, attr := range []string{"accent", "advocacy-web", "advocacy-phone", "nation", "height", "pals-web", "healthwatch-web", "start"} {
		n := 0
		for _, w := range warns {
			if strings.Contains(w, "data-"+attr+":") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d warnings name data-%s, want 1", n, attr)
		}
	}
	if len(warns) != 8 {
		t.Errorf("warnings = %q", warns)
	}
	if h := bt.Eval[float64](e.Browser, `document.querySelector('putitright-widget').getBoundingClientRect().height`); h > 400 {
		t.Errorf("card height = %v, want only its content's", h)
	}
	e.click(0)
	src := e.frameSrc(0)
	q := e.fragment(src)
	if q.Encode() != (url.Values{"partner": {"Good Name"}, "embed": {"1"}, "host": {e.host}}).Encode() {
		t.Errorf("fragment = %v", q)
	}
	for _, bad := range []string{"red", "javascript", "script", "mars", "abc", "user", "http%3A%2F%2Fhw"} {
		if strings.Contains(src, bad) {
			t.Errorf("iframe src %q contains %q", src, bad)
		}
	}
	e.waitHeight(0, 400)
}

// TestTwoWidgets: two containers work independently.
func TestTwoWidgets(t *testing.T) {
	e := setup(t, map[string]string{"/": page("", lorem+
		`<div data-putitright data-partner-name="First" data-accent="#8a1538" data-height="500"></div>`+lorem+
		`<div data-putitright data-partner-name="Second" data-height="700" data-title="Second widget"></div>`+lorem+
		`<script src="{{APP}}/embed.js" data-nation="scotland" data-partner-name="Shared"></script>`)})
	e.Do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(e.host+"/"))
	if h := bt.Eval[[]float64](e.Browser, `[...document.querySelectorAll('putitright-widget')].map((b) => b.getBoundingClientRect().height)`); len(h) != 2 || h[0] > 400 || h[1] > 400 {
		t.Errorf("card heights = %v, want only their content's", h)
	}
	if n := bt.Eval[int](e.Browser, `document.querySelectorAll('putitright-widget').length`); n != 2 {
		t.Fatalf("%d widgets, want 2 (the script tag itself renders nothing)", n)
	}
	e.click(0)
	q1 := e.fragment(e.frameSrc(0))
	e.waitHeight(0, 400)
	e.press("g", 0, 1200)
	if bt.Eval[bool](e.Browser, wjs(`!!W(1).querySelector('iframe')`)) {
		t.Error("the second widget loaded with the first")
	}
	e.click(1)
	q2 := e.fragment(e.frameSrc(1))
	e.waitHeight(1, 400)
	e.press("s", 1, 300)
	if h := e.frameHeight(0); h != 1200 {
		t.Errorf("the first iframe changed to %dpx with the second", h)
	}
	if q1.Get("partner") != "First" || q1.Get("accent") != "#8a1538" || q2.Get("partner") != "Second" ||
		q2.Get("accent") != "" || q1.Get("nation") != "scotland" || q2.Get("nation") != "scotland" {
		t.Errorf("fragments: %v and %v", q1, q2)
	}
	if got := bt.Eval[string](e.Browser, wjs(`W(1).querySelector('iframe').title`)); got != "Second widget" {
		t.Errorf("second title = %q", got)
	}
}

// TestNoGlobals: running embed.js adds no properties to window.
func TestNoGlobals(t *testing.T) {
	e := setup(t, map[string]string{"/": page("", lorem+`<div data-putitright></div>`)})
	e.Do(chromedp.Navigate(e.host + "/"))
	before := bt.Eval[[]string](e.Browser, `Object.getOwnPropertyNames(window)`)
	e.Do(chromedp.Evaluate[chromedp.Void](`(() => { const s = document.createElement('script');
		s.src = '` + e.app + `/embed.js'; document.body.append(s) })()`))
	e.WaitFor("the widget", `!!document.querySelector('putitright-widget')?.shadowRoot`)
	after := bt.Eval[[]string](e.Browser, `Object.getOwnPropertyNames(window)`)
	for _, k := range after {
		if !slices.Contains(before, k) {
			t.Errorf("new global %q", k)
		}
	}
}

// TestFallbackLink: if the widget cannot start, a plain link remains.
func TestFallbackLink(t *testing.T) {
	e := setup(t, map[string]string{"/": page("", lorem+
		`<script>Element.prototype.attachShadow = () => { throw new Error('no shadow DOM here') }</script>`+
		`<div data-putitright data-partner-name="Healthwatch Example"></div><script src="{{APP}}/embed.js"></script>`)})
	e.Do(chromedp.Navigate(e.host + "/"))
	type link struct{ Text, Href, Target string }
	l := bt.Eval[link](e.Browser, `(() => { const a = document.querySelector('putitright-widget a');
		return a ? {Text: a.textContent, Href: a.href, Target: a.target} : {} })()`)
	if l != (link{"Open Put It Right", e.app + "/#partner=Healthwatch+Example", "_blank"}) {
		t.Errorf("fallback link = %+v", l)
	}
}

// TestDemoPage screenshots the demo partner page, before and after Start.
func TestDemoPage(t *testing.T) {
	e := setup(t, nil)
	e.Do(chromedp.EmulateViewport(390, 844), chromedp.Navigate(e.host+"/demo/"))
	e.loaded()
	if n := bt.Eval[int](e.Browser, `document.querySelectorAll('putitright-widget').length`); n != 2 {
		t.Fatalf("demo page has %d widgets, want 2", n)
	}
	e.Do(chromedp.Evaluate[chromedp.Void](wjs(`W().querySelector('button').scrollIntoView({block: 'center'})`)))
	e.Shot("widget-demo")
	e.Do(chromedp.EmulateViewport(1280, 800))
	e.click(0)
	e.waitHeight(0, 400)
	e.Shot("widget-demo-started")
	if w := e.warnings(); len(w) > 0 {
		t.Errorf("demo page warnings: %q", w)
	}
}

// TestWidgetFiles covers the Go side: SRI, versioned name, demo page.
func TestWidgetFiles(t *testing.T) {
	b := EmbedJS()
	if sri := SRI([]byte("alert(1)")); sri != "sha384-HT2E9NfWiuQ/w1PRai+hTyqW16NIoCGA/m8VQDUopfAtcz6YQjtsMmQd5uRbVDpW" {
		t.Errorf("SRI = %q", sri)
	}
	if n := VersionedName(b); !strings.HasPrefix(n, "embed-") || len(n) != len("embed-123456789abc.js") {
		t.Errorf("VersionedName = %q", n)
	}
	demo := DemoPage("http://localhost:9999/")
	if !bytes.Contains(demo, []byte(`src="http://localhost:9999/embed.js"`)) || bytes.Contains(demo, []byte("8080")) {
		t.Error("DemoPage did not substitute the origin")
	}
	for _, bad := range []string{"<script>", "https://fonts", "cdn"} {
		if bytes.Contains(demo, []byte(bad)) {
			t.Errorf("demo page contains %q", bad)
		}
	}
	var gz bytes.Buffer
	w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	w.Write(b)
	w.Close()
	t.Logf("embed.js: %d bytes raw, %d bytes gzip -9 (brotli: run `brotli -c widget/embed.js | wc -c`)", len(b), gz.Len())
}
