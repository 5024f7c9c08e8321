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

	"putitright/app/partner"
	bt "putitright/internal/browsertest"
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

// setup starts both servers and a browser, and opens the host page at "/"
// with body at the size w×h (w 0: no page). "{{APP}}" in body becomes the
// app origin.
func setup(t *testing.T, body string, w, h int) *env {
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
	hostMux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, bt.Page("", strings.ReplaceAll(body, "{{APP}}", e.app)))
	})
	hostSrv := httptest.NewServer(hostMux)
	t.Cleanup(hostSrv.Close)
	e.host = hostSrv.URL
	if w > 0 {
		e.SetViewport(w, h)
		e.Navigate(e.host + "/")
		e.WaitFor("the host page to load", `document.readyState === 'complete'`)
		e.Drawn()
	}
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

// fragment waits for the i-th widget's iframe and returns the settings it
// gives the app.
func (e *env) fragment(i int) url.Values {
	e.T.Helper()
	return e.Settings(e.WidgetSrc(i), e.app, "/")
}

// heightIs is JavaScript that is true when the i-th widget and its iframe
// are h pixels high.
func heightIs(i, h int) string {
	return bt.Widgets(fmt.Sprintf(`Math.round(W(%d).querySelector('iframe')?.getBoundingClientRect().height) === %d &&
		Math.round(W(%[1]d).host.getBoundingClientRect().height) === %[2]d`, i, h))
}

// waitHeight waits until the i-th widget's iframe and box are h px tall.
func (e *env) waitHeight(i, h int) {
	e.T.Helper()
	e.WaitFor(fmt.Sprintf("widget %d height %d", i, h), heightIs(i, h))
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

const lorem = `<p>Making a complaint about NHS care can feel daunting. This page explains the steps, and who can help.</p>`

// TestNoAppRequestsOrShiftBeforeStart: until someone asks, the page loads
// only embed.js from the app origin and nothing moves; data-start=visible
// loads when the box nears the screen.
func TestNoAppRequestsOrShiftBeforeStart(t *testing.T) {
	e := setup(t, `<h1>Host</h1>`+lorem+
		`<div data-putitright data-partner-name="Healthwatch Example" style="min-height:640px"></div>`+lorem+
		`<div style="height:3000px"></div><div data-putitright data-start="visible" data-height="500" style="min-height:500px"></div>`+lorem+
		`<script src="{{APP}}/embed.js"></script>`, 1280, 800)
	if got := e.log(); !slices.Equal(got, []string{"/embed.js"}) {
		t.Errorf("app requests before start = %q, want only /embed.js", got)
	}
	if cls := e.LayoutShift(); cls != 0 {
		t.Errorf("cumulative layout shift = %v, want 0", cls)
	}
	if h := bt.Eval[[]int](e.Browser, `[...document.querySelectorAll('[data-putitright]')].map((b) => Math.round(b.getBoundingClientRect().height))`); !slices.Equal(h, []int{640, 500}) {
		t.Errorf("reserved heights = %v, want [640 500]", h)
	}
	// Scroll to 200px above the second box: within the 300px margin.
	bt.Eval[bool](e.Browser, `(scrollTo(0, document.querySelectorAll('putitright-widget')[1].offsetTop - innerHeight - 200), true)`)
	e.WidgetSrc(1)
	// Chromium does not render off-screen cross-origin frames, so the app
	// reports its height once it is on screen.
	bt.Eval[bool](e.Browser, bt.Widgets(`(W(1).host.scrollIntoView(), true)`))
	e.waitHeight(1, 400)
	if bt.Eval[bool](e.Browser, bt.Widgets(`!!W(0).querySelector('iframe')`)) {
		t.Error("the button-mode widget loaded without a click")
	}
	if bt.Eval[bool](e.Browser, bt.Widgets(`W(1).activeElement !== null`)) {
		t.Error("data-start=visible moved focus")
	}
}

// TestHostileCSS: broad page styles do not change the card, and Tab
// reaches its button, which shows a focus ring.
func TestHostileCSS(t *testing.T) {
	e := setup(t, `<style>
		* { box-sizing: content-box; } div { padding: 3px; } button { background: hotpink; font: 30px cursive; }
		body { font: 24px/3 Georgia, serif; color: red; text-transform: uppercase; letter-spacing: 3px; }
		h1, h2, h3, p { font-family: "Times New Roman", serif; color: purple; }
		putitright-widget, div > * { margin: 40px; border: 5px solid lime; }
	</style><h1>Partner page</h1>`+lorem+`<script src="{{APP}}/embed.js" data-accent="#00594f" data-partner-name="Healthwatch Example"></script>`+lorem, 0, 0)
	type styles struct {
		ButtonBG, ButtonColor, ButtonPad, BoxSizing, Font, TitleFont, Transform string
		ButtonH, CardH, BoxH                                                    float64
	}
	for _, v := range [][2]int{{390, 844}, {1280, 800}} {
		e.SetViewport(v[0], v[1])
		e.Navigate(e.host + "/")
		s := bt.Eval[styles](e.Browser, bt.Widgets(`(() => { const r = W(), b = r.querySelector('button'), c = r.querySelector('.card');
			const cs = (x) => getComputedStyle(x);
			return {ButtonBG: cs(b).backgroundColor, ButtonColor: cs(b).color, ButtonPad: cs(b).padding, BoxSizing: cs(c).boxSizing, Font: cs(c).fontFamily,
				TitleFont: cs(r.querySelector('.title')).fontFamily, Transform: cs(c).textTransform,
				ButtonH: b.getBoundingClientRect().height, CardH: c.getBoundingClientRect().height,
				BoxH: r.host.getBoundingClientRect().height} })()`))
		if s.ButtonBG != "rgb(0, 89, 79)" || s.ButtonColor != "rgb(255, 255, 255)" || s.ButtonPad != "10px 24px" || s.BoxSizing != "border-box" || !strings.HasPrefix(s.Font, "Georgia, serif") ||
			s.TitleFont != s.Font || s.Transform != "none" || s.ButtonH < 44 || s.CardH > 400 || s.BoxH != s.CardH {
			t.Errorf("card styles under hostile CSS at %dpx: %+v", v[0], s)
		}
	}
	e.Shot("widget-hostile")
	e.Keys("\t")
	if got := bt.Eval[string](e.Browser, bt.Widgets(`(b => b ? b.tagName + ' ' + getComputedStyle(b).outlineStyle : '')(W().activeElement)`)); got != "BUTTON solid" {
		t.Errorf("after Tab, focus is %q, want the Start button with a solid outline", got)
	}
	e.Shot("widget-hostile-focus")
}

// TestStartAndResize: Start loads the app with the right iframe, moves focus
// into it, and the iframe follows the app's height within the clamp;
// malformed height messages change nothing.
func TestStartAndResize(t *testing.T) {
	e := setup(t, `<h1>Host</h1>`+lorem+
		`<script src="{{APP}}/embed.js" data-partner-name="Healthwatch Example" data-advocacy-name="Example Advocacy"
		data-advocacy-phone="0300 000 0000" data-advocacy-web="https://advocacy.example.org/contact?a=1&amp;b=2"
		data-pals-web="https://pals.example.nhs.uk" data-accent="#036" data-nation="Wales"></script>`+lorem, 1280, 800)
	if cls := e.LayoutShift(); cls != 0 { // script mode needs no reserved space on the page
		t.Errorf("cumulative layout shift = %v, want 0", cls)
	}
	if got := e.log(); !slices.Equal(got, []string{"/embed.js"}) {
		t.Errorf("app requests before start = %q, want only /embed.js", got)
	}
	e.StartWidget(0)
	q := e.fragment(0)
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
	a := bt.Eval[attrs](e.Browser, bt.Widgets(`(f => ({Title: f.title, Sandbox: f.getAttribute('sandbox'), Allow: f.getAttribute('allow'), Loading: f.loading}))(W().querySelector('iframe'))`))
	if a != (attrs{"Put It Right: help with a complaint about NHS or social care", sandbox, "clipboard-write; web-share", "eager"}) {
		t.Errorf("iframe attributes = %+v", a)
	}
	e.waitHeight(0, 400) // the fake app's first report
	if !slices.Contains(e.log(), "/") {
		t.Errorf("app requests = %q: no request for / with no query", e.log())
	}
	if !bt.Eval[bool](e.Browser, bt.FocusInWidget) {
		t.Error("focus did not move into the iframe")
	}
	// Keys reach the fake app only if focus really is inside the iframe.
	e.press("g", 0, 1200)
	e.press("s", 0, 300)
	// Clamp. A 20000px box gives the host page a scroll bar, which narrows
	// the app, which then reports its real height again; so record every
	// height the loader applies instead of polling for a passing one.
	bt.Eval[bool](e.Browser, `(() => { window.applied = []; const box = document.querySelector('putitright-widget');
		new MutationObserver(() => applied.push(box.style.getPropertyValue('--h'))).observe(box, {attributes: true}); return true })()`)
	e.Keys("h")
	e.WaitFor("height 20000px", `applied.includes('20000px')`)
	e.Keys("l")
	e.WaitFor("height 200px", `applied.includes('200px')`)
	if !bt.Eval[bool](e.Browser, `applied.every((v) => parseInt(v) >= 200 && parseInt(v) <= 20000)`) {
		t.Errorf("heights applied out of the clamp: %v", bt.Eval[[]string](e.Browser, `applied`))
	}
	e.press("g", 0, 1200)
	e.ListenMarks()
	e.Keys("b") // malformed height messages, then the fake app's mark
	e.WaitMarks("bad")
	if !bt.Eval[bool](e.Browser, heightIs(0, 1200)) {
		t.Error("malformed messages changed the iframe's height from 1200px")
	}
}

// TestForgedMessages: only our own iframe, from the app origin, can resize:
// not another frame from the app's origin, nor one from the host's, nor
// the host page itself.
func TestForgedMessages(t *testing.T) {
	e := setup(t, lorem+`<div data-putitright></div>`+lorem+`<script src="{{APP}}/embed.js"></script>`, 1280, 800)
	e.StartWidget(0)
	e.waitHeight(0, 400)
	e.ListenMarks()
	bt.Eval[bool](e.Browser, `(() => { for (const src of ['`+e.app+`/forge.html', '/forge.html'])
		document.body.append(Object.assign(document.createElement('iframe'), {src, title: 'forger'}));
		postMessage({type: 'putitright:height', height: 4321}, '*'); postMessage('mark:host', '*'); return true })()`)
	e.WaitMarks(e.app, e.host, "host")
	if !bt.Eval[bool](e.Browser, heightIs(0, 400)) {
		t.Error("forged messages changed the iframe's height from 400px")
	}
	if !slices.Contains(e.log(), "/forge.html") {
		t.Errorf("the app-origin forger did not load: %q", e.log())
	}
}

// TestMalformedAttributes: bad values warn once each, and are left out.
func TestMalformedAttributes(t *testing.T) {
	e := setup(t, lorem+`<script src="{{APP}}/embed.js"
		data-partner-name="  Good&#x202E; Name&#x0007;  " data-accent="red; background:url(x)"
		data-advocacy-web="javascript:alert(1)" data-advocacy-phone="<script>" data-nation="mars"
		data-height="abc" data-pals-web="https://user:pass@pals.example/" data-healthwatch-web="http://hw.example/"
		data-start="now"></script>`+lorem, 1280, 800)
	// The warnings arrive as console events: wait for the last attribute's.
	if bt.Until(20*time.Second, func() bool { return strings.Contains(strings.Join(e.warnings(), " "), "data-start") }) != nil {
		t.Fatalf("no warning about data-start: %q", e.warnings())
	}
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
	e.StartWidget(0)
	src := e.WidgetSrc(0)
	if q := e.fragment(0); q.Encode() != (url.Values{"partner": {"Good Name"}, "embed": {"1"}, "host": {e.host}}).Encode() {
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
	e := setup(t, lorem+
		`<div data-putitright data-partner-name="First" data-accent="#8a1538" data-height="500"></div>`+lorem+
		`<div data-putitright data-partner-name="Second" data-height="700" data-title="Second widget"></div>`+lorem+
		`<script src="{{APP}}/embed.js" data-nation="scotland" data-partner-name="Shared"></script>`, 1280, 800)
	if h := bt.Eval[[]float64](e.Browser, `[...document.querySelectorAll('putitright-widget')].map((b) => b.getBoundingClientRect().height)`); len(h) != 2 || h[0] > 400 || h[1] > 400 {
		t.Fatalf("card heights = %v, want two (the script tag itself renders nothing), each only its content's", h)
	}
	e.StartWidget(0)
	q1 := e.fragment(0)
	e.waitHeight(0, 400)
	e.press("g", 0, 1200)
	if e.WidgetHeight(1) != -1 {
		t.Error("the second widget loaded with the first")
	}
	e.StartWidget(1)
	q2 := e.fragment(1)
	e.waitHeight(1, 400)
	e.press("s", 1, 300)
	if h := e.WidgetHeight(0); h != 1200 {
		t.Errorf("the first iframe changed to %dpx with the second", h)
	}
	if q1.Get("partner") != "First" || q1.Get("accent") != "#8a1538" || q2.Get("partner") != "Second" ||
		q2.Get("accent") != "" || q1.Get("nation") != "scotland" || q2.Get("nation") != "scotland" {
		t.Errorf("fragments: %v and %v", q1, q2)
	}
	if got := bt.Eval[string](e.Browser, bt.Widgets(`W(1).querySelector('iframe').title`)); got != "Second widget" {
		t.Errorf("second title = %q", got)
	}
}

// TestNoGlobals: running embed.js adds no properties to window.
func TestNoGlobals(t *testing.T) {
	e := setup(t, lorem+`<div data-putitright></div>`, 1280, 800)
	before := bt.Eval[[]string](e.Browser, `Object.getOwnPropertyNames(window)`)
	bt.Eval[bool](e.Browser, `(document.body.append(Object.assign(document.createElement('script'), {src: '`+e.app+`/embed.js'})), true)`)
	e.WaitFor("the widget", `!!document.querySelector('putitright-widget')?.shadowRoot`)
	for _, k := range bt.Eval[[]string](e.Browser, `Object.getOwnPropertyNames(window)`) {
		if !slices.Contains(before, k) {
			t.Errorf("new global %q", k)
		}
	}
}

// TestFallbackLink: if the widget cannot start, a plain link remains.
func TestFallbackLink(t *testing.T) {
	e := setup(t, lorem+`<script>Element.prototype.attachShadow = () => { throw new Error('no shadow DOM here') }</script>`+
		`<div data-putitright data-partner-name="Healthwatch Example"></div><script src="{{APP}}/embed.js"></script>`, 1280, 800)
	type link struct{ Text, Href, Target string }
	l := bt.Eval[link](e.Browser, `(a => a ? {Text: a.textContent, Href: a.href, Target: a.target} : {})(document.querySelector('putitright-widget a'))`)
	if l != (link{"Open Put It Right", e.app + "/#partner=Healthwatch+Example", "_blank"}) {
		t.Errorf("fallback link = %+v", l)
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
