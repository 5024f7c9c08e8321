package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The partner embed (issue 5) against the real app: a host page on one site
// (http://127.0.0.1:PORT) loads embed.js from the app's site
// (http://localhost:PORT). Chromium runs the cross-site iframe in its own
// process, as its own target; a frame drives it through that target.

// frame is the app inside a partner's iframe, driven through its target.
type frame struct {
	b   *browser
	ctx context.Context
}

// appFrame waits for an iframe target whose address starts with prefix and
// contains every one of parts, and attaches to it.
func (b *browser) appFrame(prefix string, parts ...string) *frame {
	b.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		infos, err := chromedp.Targets(b.ctx)
		if err != nil {
			b.t.Fatal(err)
		}
		for _, in := range infos {
			if in.Type != "iframe" || !strings.HasPrefix(in.URL, prefix) {
				continue
			}
			ok := true
			for _, p := range parts {
				ok = ok && strings.Contains(in.URL, p)
			}
			if !ok {
				continue
			}
			ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithTargetID(in.TargetID))
			b.t.Cleanup(cancel)
			b.listen(ctx) // the app's uncaught exceptions fail the test too
			f := &frame{b: b, ctx: ctx}
			f.waitFor("the app to start in the frame", `!document.getElementById('app-wasm-loader') && !!document.getElementById('main-heading')`)
			return f
		}
		time.Sleep(100 * time.Millisecond)
	}
	b.t.Fatalf("no iframe target at %s with %q", prefix, parts)
	return nil
}

// feval evaluates JavaScript (awaiting a promise) in the app frame.
func feval[T any](f *frame, js string) T {
	f.b.t.Helper()
	ctx, cancel := context.WithTimeout(f.ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		f.b.t.Fatalf("in the frame: %s: %v", js, err)
	}
	return v
}

// waitFor polls js in the frame until it is true, for up to 20 seconds.
func (f *frame) waitFor(what, js string) {
	f.b.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if feval[bool](f, js) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	f.b.t.Fatalf("in the frame: timed out waiting for %s (%s)", what, js)
}

func (f *frame) heading() string {
	f.b.t.Helper()
	return strings.TrimSpace(feval[string](f, `document.getElementById('main-heading')?.textContent || ''`))
}

func (f *frame) waitHeading(want string) {
	f.b.t.Helper()
	js, _ := json.Marshal(want)
	f.waitFor("heading "+want, `(document.getElementById('main-heading')?.textContent || '').trim() === `+string(js))
}

// click clicks the element matching sel in the frame (a DOM click, which
// the app's link handling and go-app's event handlers both see).
func (f *frame) click(sel string) {
	f.b.t.Helper()
	js, _ := json.Marshal(sel)
	if !feval[bool](f, `(() => { const e = document.querySelector(`+string(js)+`); if (!e) return false; e.click(); return true })()`) {
		f.b.t.Fatalf("in the frame: no %s on %q", sel, f.heading())
	}
}

// hostPage serves one HTML page on 127.0.0.1 (another site from the app).
func hostPage(t *testing.T, body string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprint(w, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page</title></head><body>`+body+`</body></html>`)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/"
}

// blockedStorageProfile returns a Chromium profile folder whose preferences
// block third-party cookies and site data.
func blockedStorageProfile(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "Default"), 0o755); err != nil {
		t.Fatal(err)
	}
	prefs := `{"profile":{"block_third_party_cookies":true,"cookie_controls_mode":1,"content_settings":{"exceptions":{"cookies":{"http://localhost:*,http://127.0.0.1:*":{"setting":2}}}}}}`
	if err := os.WriteFile(filepath.Join(dir, "Default", "Preferences"), []byte(prefs), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// JavaScript for the host page: W(i) is the i-th widget's shadow root.
const hostJS = `const W = (i = 0) => document.querySelectorAll('putitright-widget')[i].shadowRoot;`

func hjs(expr string) string { return "(() => { " + hostJS + " return (" + expr + ") })()" }

// clickStart clicks the i-th widget's Start button with the mouse.
func (b *browser) clickStart(i int) {
	b.t.Helper()
	btn := fmt.Sprintf(`W(%d).querySelector('button')`, i)
	b.do(chromedp.Evaluate[chromedp.Void](hjs(btn+`.scrollIntoView({block: 'center'})`)),
		chromedp.Sleep(250*time.Millisecond)) // let a frame be drawn before clicking by its layout
	type pt struct{ X, Y float64 }
	p := eval[pt](b, hjs(`(() => { const r = `+btn+`.getBoundingClientRect(); return {X: r.x + r.width / 2, Y: r.y + r.height / 2} })()`))
	b.do(chromedp.MouseClickXY(p.X, p.Y))
}

// checkHeight waits until the i-th widget's iframe is as tall as the app in
// it says it is (the loader clamps to 200–20000px).
func checkHeight(f *frame, i int, where string) {
	b := f.b
	b.t.Helper()
	var app, got int
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		app = feval[int](f, `Math.ceil(document.documentElement.getBoundingClientRect().height)`)
		got = eval[int](b, hjs(fmt.Sprintf(`Math.round(W(%d).querySelector('iframe').getBoundingClientRect().height)`, i)))
		if got == min(20000, max(200, app)) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	b.t.Errorf("%s: the iframe is %dpx tall but the app is %dpx", where, got, app)
}

// answers is how walk answers each kind of question: the first of these
// options that the page offers is chosen.
var walkChoices = []string{"england", "gp", "self", "not-raised", "explanation", "minor", "none", "no"}

// walk answers questions in the frame from the start page to the check
// page, calling each after every page change.
func (f *frame) walk(each func(heading string)) {
	t := f.b.t
	t.Helper()
	f.click("a.button-start")
	prev := "Get your complaint about NHS or social care heard"
	for range 20 {
		f.waitFor("a new page", `(() => { const h = document.getElementById('main-heading'); return !!h && h.textContent.trim() !== `+jsString(prev)+` })()`)
		prev = f.heading()
		if each != nil {
			each(prev)
		}
		if prev == "Check your answers" {
			return
		}
		if feval[bool](f, `!!document.getElementById('month')`) {
			feval[bool](f, `(() => { for (const [id, v] of [['month', '3'], ['year', '2026']]) {
				const e = document.getElementById(id); e.value = v; e.dispatchEvent(new Event('input', {bubbles: true})) } return true })()`)
		} else {
			choices, _ := json.Marshal(walkChoices)
			if !feval[bool](f, `(() => { for (const v of `+string(choices)+`) { const e = document.getElementById('value-' + v); if (e) { e.click(); return true } }
				const e = document.querySelector('input[name=value]'); if (e) { e.click(); return true } return false })()`) {
				t.Fatalf("no answer to choose on %q", prev)
			}
		}
		f.click("form button[type=submit]")
	}
	t.Fatalf("the questions did not end (last page %q)", prev)
}

func jsString(s string) string { b, _ := json.Marshal(s); return string(b) }

// partnerAttrs are a partner's full settings on the script tag.
const partnerAttrs = `data-partner-name="Healthwatch Example" data-advocacy-name="Example Advocacy" data-advocacy-phone="0300 000 0000"
	data-advocacy-web="https://advocacy.example.org/" data-pals-name="Example Hospital PALS" data-pals-phone="0100 000 0001"
	data-pals-web="https://pals.example.nhs.uk/" data-healthwatch-name="Healthwatch Example" data-healthwatch-phone="0100 000 0002"
	data-healthwatch-web="https://healthwatch.example.org/" data-accent="#6b1d5c" data-nation="england"`

// TestEmbedFlow walks the real app inside a partner's page: the partner's
// settings travel in the fragment and show in the plan, the iframe follows
// the app's height on every page, the host's history does not grow, the
// app offers Open full screen, and the keyboard goes in on Start and out
// after the app's last control.
func TestEmbedFlow(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	host := hostPage(t, `<h1>Partner</h1><p><a id="before" href="#before">Before the tool</a></p>
		<div data-putitright></div>
		<p><a id="after" href="#after">After the tool</a></p>
		<script src="`+s.App+`/embed.js" `+partnerAttrs+`></script>`)
	b.do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(host))
	b.waitFor("the widget", `!!document.querySelector('putitright-widget')?.shadowRoot?.querySelector('button')`)
	hist := eval[int](b, `history.length`)

	// Keyboard: Tab to Start, Enter; focus goes into the app.
	for range 10 {
		if eval[bool](b, hjs(`W().activeElement?.tagName === 'BUTTON'`)) {
			break
		}
		b.key("\t")
	}
	if !eval[bool](b, hjs(`W().activeElement?.tagName === 'BUTTON'`)) {
		t.Fatal("Tab did not reach the Start button")
	}
	b.key("\r")
	src := eval[string](b, hjs(`W().querySelector('iframe')?.src || ''`))
	u, err := url.Parse(src)
	if err != nil || u.RawQuery != "" || u.Path != "/" || u.Scheme+"://"+u.Host != s.App {
		t.Fatalf("iframe src %q: want %s/#settings and no query", src, s.App)
	}
	frag, _ := url.ParseQuery(u.EscapedFragment())
	for k, v := range map[string]string{"partner": "Healthwatch Example", "advocacy-name": "Example Advocacy", "advocacy-phone": "0300 000 0000",
		"advocacy-web": "https://advocacy.example.org/", "pals-name": "Example Hospital PALS", "pals-phone": "0100 000 0001",
		"pals-web": "https://pals.example.nhs.uk/", "healthwatch-name": "Healthwatch Example", "healthwatch-phone": "0100 000 0002",
		"healthwatch-web": "https://healthwatch.example.org/", "accent": "#6b1d5c", "nation": "england", "embed": "1", "host": strings.TrimSuffix(host, "/")} {
		if frag.Get(k) != v {
			t.Errorf("fragment %s = %q, want %q", k, frag.Get(k), v)
		}
	}
	f := b.appFrame(s.App + "/")
	time.Sleep(2 * time.Second)
	t.Logf("DEBUG frame %v host %v", feval[string](f, `document.hasFocus() + ' ' + document.activeElement?.outerHTML.slice(0, 80)`), eval[string](b, hjs(`document.activeElement?.tagName + ' ' + W().activeElement?.tagName`)))
	f.waitFor("focus in the app", `document.hasFocus() && document.activeElement?.id === 'main-heading'`)
	if !eval[bool](b, hjs(`document.activeElement === document.querySelector('putitright-widget') && W().activeElement === W().querySelector('iframe')`)) {
		t.Error("on the host page, focus is not on the app's iframe")
	}
	checkHeight(f, 0, "start page")

	// Open full screen keeps the partner's settings, without embed and host.
	type link struct {
		Href, Target, Rel string
	}
	checkFull := func(path string) {
		t.Helper()
		l := feval[link](f, `(() => { const a = [...document.querySelectorAll('a')].find((a) => a.textContent.startsWith('Open full screen'));
			return a ? {Href: a.href, Target: a.target, Rel: a.rel} : {} })()`)
		u, err := url.Parse(l.Href)
		if err != nil || l.Target != "_blank" || !strings.Contains(l.Rel, "noopener") || u.Scheme+"://"+u.Host != s.App || u.Path != path || u.RawQuery != "" {
			t.Errorf("Open full screen link = %+v, want %s%s#settings, target _blank", l, s.App, path)
			return
		}
		got, _ := url.ParseQuery(u.EscapedFragment())
		want := url.Values{}
		for k, v := range frag {
			if k != "embed" && k != "host" {
				want[k] = v
			}
		}
		if got.Encode() != want.Encode() {
			t.Errorf("Open full screen fragment = %v\nwant %v", got, want)
		}
	}
	checkFull("/")

	// Walk the questions: the height follows, the host's history stays.
	pages := 0
	f.walk(func(h string) {
		pages++
		checkHeight(f, 0, h)
		if !feval[bool](f, `document.hasFocus() && document.activeElement?.id === 'main-heading'`) {
			t.Errorf("%s: focus is not on the heading in the app", h)
		}
	})
	if pages < 6 {
		t.Errorf("walked only %d pages", pages)
	}
	f.click(`a[href="/plan"]`)
	f.waitHeading("Your plan")
	checkHeight(f, 0, "plan")
	checkFull("/plan")
	if n := eval[int](b, `history.length`); n != hist {
		t.Errorf("host history.length went from %d to %d after %d pages in the app", hist, n, pages+1)
	}
	if got := eval[string](b, `location.href`); got != host {
		t.Errorf("host address changed to %q", got)
	}
	if got := feval[string](f, `location.pathname + location.search`); got != "/" {
		t.Errorf("the frame's address changed to %q", got)
	}

	// The partner's contacts, in the plan's help section.
	help := feval[string](f, `document.getElementById('help')?.innerText || ''`)
	for _, want := range []string{"Example Advocacy", "0300 000 0000", "Example Hospital PALS", "0100 000 0001", "Healthwatch Example", "0100 000 0002"} {
		if !strings.Contains(help, want) {
			t.Errorf("the plan's help section does not mention %q:\n%s", want, help)
		}
	}
	for _, id := range []string{"help.local.advocacy", "help.local.pals", "help.local.healthwatch"} {
		if !feval[bool](f, `!!document.querySelector('#help [data-id="`+id+`"]')`) {
			t.Errorf("no %s in the plan's help section", id)
		}
	}
	for _, web := range []string{"https://advocacy.example.org/", "https://pals.example.nhs.uk/", "https://healthwatch.example.org/"} {
		if !feval[bool](f, `!!document.querySelector('#help a[href="`+web+`"]')`) {
			t.Errorf("no link to %s in the plan's help section", web)
		}
	}

	// Out with the keyboard: Tab from the app's last control goes to the
	// host's next link, and Shift+Tab comes back to it.
	last := feval[string](f, `(() => { const all = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
		.filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0);
		const e = all[all.length - 1]; e.focus(); return e.outerHTML })()`)
	b.key("\t")
	b.waitFor("focus on the host's next link", `document.activeElement?.id === 'after'`)
	b.do(chromedp.KeyEvent("\t", chromedp.KeyModifiers(chromedp.ModifierShift)))
	b.waitFor("focus back in the iframe", hjs(`document.activeElement === document.querySelector('putitright-widget') && W().activeElement === W().querySelector('iframe')`))
	if got := feval[string](f, `document.hasFocus() ? document.activeElement.outerHTML : 'no focus'`); got != last {
		t.Errorf("Shift+Tab from the host's next link focused %q in the app, want its last control %q", got, last)
	}
}
