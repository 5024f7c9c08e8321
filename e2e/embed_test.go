package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"putitright/app/ui"

	bt "putitright/internal/browsertest"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// The partner embed (issue 5) against the real app: a host page on one site
// (http://127.0.0.1:PORT) loads embed.js from the app's site
// (http://localhost:PORT). Chromium runs the cross-site iframe in its own
// process, as its own target; a frame drives it through that target.

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
func clickStart(b *bt.Browser, i int) {
	b.T.Helper()
	btn := fmt.Sprintf(`W(%d).querySelector('button')`, i)
	started := hjs(fmt.Sprintf(`!!W(%d).querySelector('iframe')`, i))
	// Another widget's app may still be growing, moving this button after
	// it was measured: click again if the first click missed.
	for range 3 {
		b.Do(chromedp.Evaluate[chromedp.Void](hjs(btn + `.scrollIntoView({block: 'center'})`)))
		b.Drawn() // click by the layout as drawn
		type pt struct{ X, Y float64 }
		p := bt.Eval[pt](b, hjs(`(() => { const r = `+btn+`.getBoundingClientRect(); return {X: r.x + r.width / 2, Y: r.y + r.height / 2} })()`))
		b.Do(chromedp.MouseClickXY(p.X, p.Y))
		if b.Becomes(started, 2*time.Second) {
			return
		}
	}
	b.T.Fatalf("widget %d did not start", i)
}

// checkHeight waits until the i-th widget's iframe is as tall as the app in
// it says it is (the loader clamps to 200–20000px).
func checkHeight(b, f *bt.Browser, i int, where string) {
	b.T.Helper()
	var app, got int
	if bt.Until(20*time.Second, func() bool {
		app = bt.Eval[int](f, `Math.ceil(document.documentElement.getBoundingClientRect().height)`)
		got = bt.Eval[int](b, hjs(fmt.Sprintf(`Math.round(W(%d).querySelector('iframe').getBoundingClientRect().height)`, i)))
		return got == min(20000, max(200, app))
	}) == nil {
		return
	}
	b.T.Errorf("%s: the iframe is %dpx tall but the app is %dpx", where, got, app)
}

// walkFrame answers questions in the frame from the first question to the check
// page, calling each after every page change.
func walkFrame(f *bt.Browser, each func(heading string)) {
	t := f.T
	t.Helper()
	// Inside a partner's page the app opens on the first question.
	prev := "Get your complaint about NHS or social care heard"
	answer := func() {
		if bt.Eval[bool](f, `!!document.getElementById('month')`) {
			bt.Eval[bool](f, `(() => { for (const [id, v] of [['month', '3'], ['year', '2026']]) {
				const e = document.getElementById(id); e.value = v; e.dispatchEvent(new Event('input', {bubbles: true})) } return true })()`)
			return
		}
		choices, _ := json.Marshal(walkChoices)
		if !bt.Eval[bool](f, `(() => { for (const v of `+string(choices)+`) { const e = document.getElementById('value-' + v); if (e) { e.click(); return true } }
			const e = document.querySelector('input[name=value]'); if (e) { e.click(); return true } return false })()`) {
			t.Fatalf("no answer to choose on %q", f.Heading())
		}
	}
	for range 20 {
		f.WaitFor("a new page", `(() => { const h = `+bt.HeadingEl+`; return !!h && h.textContent.trim() !== `+bt.JS(prev)+` })()`)
		prev = f.Heading()
		if each != nil {
			each(prev)
		}
		if prev == "Check your answers" {
			return
		}
		// go-app handles events on its own goroutine: if Continue beat the
		// answer, the page shows an error; answer again.
		for try := 0; ; try++ {
			answer()
			f.DOMClick("form button[type=submit]")
			moved := `(` + bt.HeadingEl + `?.textContent || '').trim() !== ` + bt.JS(prev)
			f.WaitFor("the next page or an error", moved+` || !!`+bt.ErrorSummaryEl)
			if try == 3 || bt.Eval[bool](f, moved) {
				break
			}
		}
	}
	t.Fatalf("the questions did not end (last page %q)", prev)
}

// tabbableJS defines tabbable(): the page's keyboard-reachable controls in
// document order (none here uses a positive tabindex).
const tabbableJS = `var tabbable = () => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
	.filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0);`

// partnerAttrs are a partner's full settings on the script tag.
const partnerAttrs = `data-partner-name="Healthwatch Example" data-advocacy-name="Example Advocacy" data-advocacy-phone="0300 000 0000"
	data-advocacy-web="https://advocacy.example.org/" data-pals-name="Example Hospital PALS" data-pals-phone="0100 000 0001"
	data-pals-web="https://pals.example.nhs.uk/" data-healthwatch-name="Healthwatch Example" data-healthwatch-phone="0100 000 0002"
	data-healthwatch-web="https://healthwatch.example.org/" data-accent="#6b1d5c" data-nation="england"`

// TestEmbedFlow walks the real app inside a partner's page: the partner's
// settings travel in the fragment and show in the plan, the iframe follows
// the app's height on every page, each page is a step in the history (Back goes back a step), the
// app offers Open full screen, and the keyboard goes in on Start and out
// after the app's last control.
func TestEmbedFlow(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	host := hostPage(t, `<h1>Partner</h1><p><a id="before" href="#before">Before the tool</a></p>
		<div data-putitright></div>
		<p><a id="after" href="#after">After the tool</a></p>
		<script src="`+s.App+`/embed.js" `+partnerAttrs+`></script>`)
	b.Do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(host))
	b.WaitFor("the widget", `!!document.querySelector('putitright-widget')?.shadowRoot?.querySelector('button')`)
	hist := bt.Eval[int](b, `history.length`)

	// Keyboard: Tab to Start, Enter; focus goes into the app.
	for range 10 {
		if bt.Eval[bool](b, hjs(`W().activeElement?.tagName === 'BUTTON'`)) {
			break
		}
		b.Keys("\t")
	}
	if !bt.Eval[bool](b, hjs(`W().activeElement?.tagName === 'BUTTON'`)) {
		t.Fatal("Tab did not reach the Start button")
	}
	b.Keys("\r")
	src := bt.Eval[string](b, hjs(`W().querySelector('iframe')?.src || ''`))
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
	f := b.FrameTarget(s.App + ui.PathStart)
	// The host focuses the iframe and the app its heading. Chromium gives
	// the frame's document focus with the next key press, which must go to
	// the app's first control after its heading.
	b.WaitFor("focus on the iframe", hjs(`document.activeElement === document.querySelector('putitright-widget') && W().activeElement === W().querySelector('iframe')`))
	f.WaitFor("the app's heading to be its active element", `document.activeElement?.id === `+bt.JS(ui.IDHeading))
	next := bt.Eval[string](f, tabbableJS+` (() => { const h = `+bt.HeadingEl+`;
		return tabbable().find((e) => h.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING).outerHTML })()`)
	b.Keys("\t")
	f.WaitFor("focus in the app after Tab", `document.hasFocus() && document.activeElement.outerHTML === `+bt.JS(next))
	bt.Eval[bool](f, bt.HeadingEl+`.focus(), true`)
	if !bt.Eval[bool](b, hjs(`document.activeElement === document.querySelector('putitright-widget') && W().activeElement === W().querySelector('iframe')`)) {
		t.Error("on the host page, focus is not on the app's iframe")
	}
	checkHeight(b, f, 0, "first question")

	// Open full screen (a footer link; a notice only when storage is blocked or offline) keeps the partner's settings, without embed and host.
	type link struct {
		Href, Target, Rel string
	}
	checkFull := func(path string) {
		t.Helper()
		l := bt.Eval[link](f, `(() => { const a = [...document.querySelectorAll('a')].find((a) => a.textContent.startsWith('Open full screen'));
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
	checkFull("/q/service") // the partner's nation skips the first question

	// Walk the questions: the height follows; each page is a step back.
	pages := 0
	walkFrame(f, func(h string) {
		pages++
		checkHeight(b, f, 0, h)
		if !f.Becomes(`document.hasFocus() && document.activeElement?.id === `+bt.JS(ui.IDHeading), 10*time.Second) {
			t.Errorf("%s: focus is not on the heading in the app but on %s", h, bt.Eval[string](f, `document.hasFocus() + ' ' + document.activeElement?.outerHTML.slice(0, 120)`))
		}
	})
	if pages < 6 {
		t.Errorf("walked only %d pages", pages)
	}
	f.DOMClick(`a[href="/plan"]`)
	f.WaitHeading("Your plan")
	checkHeight(b, f, 0, "plan")
	checkFull("/plan")
	if n := bt.Eval[int](b, `history.length`); n <= hist {
		t.Errorf("host history.length went from %d to %d after %d pages in the app: Back would leave the page", hist, n, pages+1)
	}
	if got := bt.Eval[string](b, `location.href`); got != host {
		t.Errorf("host address changed to %q", got)
	}

	// The partner's own number is the free help on the plan's first screen.
	if now := bt.Eval[string](f, `document.getElementById('now-help')?.innerText || ''`); !strings.Contains(now, "Example Advocacy") || !strings.Contains(now, "0300 000 0000") {
		t.Errorf("the first screen's free help is not the partner's: %q", now)
	}
	// The partner's contacts, in the plan's help part (opened, as a tap would).
	help := bt.Eval[string](f, `(d => d ? (d.open = true, d.innerText) : '')(document.getElementById('help'))`)
	for _, want := range []string{"Example Advocacy", "0300 000 0000", "Example Hospital PALS", "0100 000 0001", "Healthwatch Example", "0100 000 0002"} {
		if !strings.Contains(help, want) {
			t.Errorf("the plan's help section does not mention %q:\n%s", want, help)
		}
	}
	for _, id := range []string{"help.local.advocacy", "help.local.pals", "help.local.healthwatch"} {
		if !bt.Eval[bool](f, `!!document.querySelector('#help [data-id="`+id+`"]')`) {
			t.Errorf("no %s in the plan's help section", id)
		}
	}
	for _, web := range []string{"https://advocacy.example.org/", "https://pals.example.nhs.uk/", "https://healthwatch.example.org/"} {
		if !bt.Eval[bool](f, `!!document.querySelector('#help a[href="`+web+`"]')`) {
			t.Errorf("no link to %s in the plan's help section", web)
		}
	}

	// Out with the keyboard: Tab from the app's last control goes to the
	// host's next link, and Shift+Tab comes back to it.
	last := bt.Eval[string](f, tabbableJS+` (() => { const e = tabbable().pop(); e.focus(); return e.outerHTML })()`)
	b.Keys("\t")
	b.WaitFor("focus on the host's next link", `document.activeElement?.id === 'after'`)
	b.Do(chromedp.KeyEvent("\t", chromedp.KeyModifiers(chromedp.ModifierShift)))
	b.WaitFor("focus back in the iframe", hjs(`document.activeElement === document.querySelector('putitright-widget') && W().activeElement === W().querySelector('iframe')`))
	f.WaitFor("the app's last control to take focus after Shift+Tab from the host's next link", `document.hasFocus() && document.activeElement.outerHTML === `+bt.JS(last))
}

// TestEmbedDemoPage: before Start, the demo partner page loads only
// embed.js from the app and nothing moves; axe finds nothing on the page
// before and after Start (with the app in the frame checked too).
func TestEmbedDemoPage(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	var mu sync.Mutex
	var reqs []string
	go func() {
		for ev, err := range chromedp.Events(b.Ctx, network.RequestWillBeSent) {
			if err != nil {
				return
			}
			mu.Lock()
			reqs = append(reqs, ev.Request.URL)
			mu.Unlock()
		}
	}()
	b.Do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(s.Host+"/demo/"))
	b.WaitFor("the demo page to load", `document.readyState === 'complete'`)
	b.Drawn()
	cls := bt.Eval[float64](b, `new Promise((done) => { let sum = 0;
		new PerformanceObserver((l) => l.getEntries().forEach((x) => { sum += x.value })).observe({type: 'layout-shift', buffered: true});
		setTimeout(() => done(sum), 300) })`)
	if cls != 0 {
		t.Errorf("cumulative layout shift before Start = %v, want 0", cls)
	}
	mu.Lock()
	var toApp []string
	for _, r := range reqs {
		if strings.HasPrefix(r, s.App) {
			toApp = append(toApp, strings.TrimPrefix(r, s.App))
		}
	}
	mu.Unlock()
	if len(toApp) != 1 || toApp[0] != "/embed.js" {
		t.Errorf("requests to the app before Start = %q, want only /embed.js", toApp)
	}
	b.Axe("the demo page before Start")
	clickStart(b, 0)
	f := b.FrameTarget(s.App+ui.PathStart, "partner=Healthwatch")
	checkHeight(b, f, 0, "demo first question")
	injectAxe(f)
	b.Axe("the demo page with the app started")
	b.Shot("embed-demo-started")
}

// injectAxe loads axe-core into the app frame and lets the host page's axe
// talk to it across origins, so a run on the host checks the frame too.
func injectAxe(f *bt.Browser) {
	f.T.Helper()
	src, err := os.ReadFile(filepath.Join(bt.Root(f.T), "e2e", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		f.T.Fatal(err)
	}
	bt.Eval[bool](f, string(src)+"\n;axe.configure({allowedOrigins: ['<unsafe_all_origins>']}); true")
}

// TestEmbedMessages: the app listens to no messages, so forged ones from
// the host page or a third origin change nothing in it; forged heights
// sent to the host do not resize the real app's frame.
func TestEmbedMessages(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	forger := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><title>forger</title><script>
			const shapes = [{type: 'putitright:height', height: 4321}, {type: 'putitright:navigate', path: '/plan'}, '/plan', {path: '/plan'},
				{type: 'navigate', url: '/your-data'}, null, 42, ['/plan'], {embed: 0}, {type: 'putitright:delete'}];
			for (const m of shapes) { parent.postMessage(m, '*'); for (let i = 0; i < parent.frames.length; i++) parent.frames[i].postMessage(m, '*') }
			parent.postMessage('forger-done', '*');
		</script>`)
	}))
	t.Cleanup(forger.Close)
	host := hostPage(t, `<h1>Partner</h1><div data-putitright></div><script src="`+s.App+`/embed.js" data-partner-name="P"></script>`)
	b.Do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(host))
	clickStart(b, 0)
	f := b.FrameTarget(s.App + ui.PathStart)
	f.WaitHeading("Where was the care given?")
	checkHeight(b, f, 0, "first question")
	type state struct {
		Heading, Href, Draft string
		Hist                 int
	}
	get := func() state {
		return bt.Eval[state](f, `({Heading: `+bt.HeadingEl+`.textContent.trim(), Href: location.href,
			Draft: `+bt.SavedDraft+` || '', Hist: history.length})`)
	}
	before := get()
	h := bt.Eval[int](b, hjs(`Math.round(W().querySelector('iframe').getBoundingClientRect().height)`))
	// From the host page itself, to the app frame and to itself.
	b.Do(chromedp.Evaluate[chromedp.Void](hjs(`(() => { const w = W().querySelector('iframe').contentWindow;
		for (const m of [{type: 'putitright:height', height: 4321}, {type: 'putitright:navigate', path: '/plan'}, '/plan', {path: '/plan'}, null])
			{ w.postMessage(m, '*'); postMessage(m, '*') } })()`)))
	// From a third origin.
	b.Do(chromedp.Evaluate[chromedp.Void](`window.forged = new Promise((done) => addEventListener('message', (e) => e.data === 'forger-done' && done(true)));
		document.body.append(Object.assign(document.createElement('iframe'), {src: '` + strings.Replace(forger.URL, "127.0.0.1", "localhost", 1) + `/', title: 'forger'}))`))
	bt.Eval[bool](b, `forged`)
	if bt.Until(500*time.Millisecond, func() bool { return get() != before }) == nil {
		t.Errorf("forged messages changed the app: %+v, was %+v", get(), before)
	}
	if got := bt.Eval[int](b, hjs(`Math.round(W().querySelector('iframe').getBoundingClientRect().height)`)); got != h {
		t.Errorf("forged messages resized the app's iframe from %d to %dpx", h, got)
	}
	checkHeight(b, f, 0, "after forged messages")
}

// TestEmbedStorageBlocked: with the app's site data blocked in the
// partner's page, the app still starts in the frame, says at once that the
// draft cannot be kept here, and offers Open full screen and a draft file.
//
// The block is a real browser setting, not a script: the profile's
// preferences block cookies and site data for http://localhost:* when the
// top-level page is http://127.0.0.1:* (a third-party block for the app's
// site in the partner's page). Chromium then makes reading localStorage in
// the frame throw a SecurityError, as when a person blocks third-party
// cookies and site data.
func TestEmbedStorageBlocked(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium, chromedp.UserDataDir(blockedStorageProfile(t)))
	host := hostPage(t, `<h1>Partner</h1><div data-putitright></div><script src="`+s.App+`/embed.js" data-partner-name="P"></script>`)
	b.Do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(host))
	clickStart(b, 0)
	f := b.FrameTarget(s.App + ui.PathStart)
	if bt.Eval[bool](f, `(() => { try { return localStorage instanceof Storage } catch (e) { return true } })()`) {
		t.Fatal("site data is not blocked in the frame: boot.js did not need its stand-in store")
	}
	f.WaitFor("the storage warning", `(document.querySelector('.banners [role=alert]')?.innerText || '').includes('not letting us keep your draft')`)
	warn := bt.Eval[string](f, `document.querySelector('.banners [role=alert]').innerText`)
	if !strings.Contains(warn, "Open full screen") || !strings.Contains(warn, "Save a draft file") {
		t.Errorf("storage warning = %q: want it to offer Open full screen and Save a draft file", warn)
	}
	if !bt.Eval[bool](f, `[...document.querySelectorAll('.banners button')].some((b) => b.textContent === 'Save a draft file') &&
		[...document.querySelectorAll('a[target=_blank]')].some((a) => a.textContent.startsWith('Open full screen'))`) {
		t.Error("no Save a draft file button or Open full screen link")
	}
	checkHeight(b, f, 0, "first question, storage blocked")
	// The app keeps working from memory.
	f.WaitHeading("Where was the care given?")
	f.DOMClick("#value-england")
	f.WaitFor("England to be chosen", `document.getElementById('value-england').checked`)
	f.DOMClick("form button[type=submit]")
	f.WaitFor("the next question", `(`+bt.HeadingEl+`?.textContent || '').trim() !== 'Where was the care given?'`)
	if !f.Becomes(`!!document.querySelector('.banners [role=alert]')`, 10*time.Second) {
		t.Error("the storage warning went away after an answer")
	}
	b.Shot("embed-storage-blocked")
}

// TestEmbedTwoWidgets: two widgets on one page each run the real app with
// their own settings, and each iframe follows its own app's height.
func TestEmbedTwoWidgets(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	host := hostPage(t, `<h1>Partner</h1><div data-putitright data-partner-name="First Partner"></div><p>Between.</p>
		<div data-putitright data-partner-name="Second Partner" data-accent="#8a1538"></div>
		<script src="`+s.App+`/embed.js"></script>`)
	b.Do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(host))
	clickStart(b, 0)
	f1 := b.FrameTarget(s.App+ui.PathStart, "partner=First")
	clickStart(b, 1)
	f2 := b.FrameTarget(s.App+ui.PathStart, "partner=Second")
	for i, f := range []*bt.Browser{f1, f2} {
		if got, want := bt.Eval[string](f, `document.querySelector('.partner')?.textContent || ''`), []string{"with First Partner", "with Second Partner"}[i]; got != want {
			t.Errorf("widget %d header says %q, want %q", i, got, want)
		}
		f.WaitHeading("Where was the care given?")
		checkHeight(b, f, i, fmt.Sprintf("widget %d first question", i))
	}
	h2 := bt.Eval[int](b, hjs(`Math.round(W(1).querySelector('iframe').getBoundingClientRect().height)`))
	f1.DOMClick("#value-england")
	f1.WaitFor("England to be chosen", `document.getElementById('value-england').checked`)
	f1.DOMClick("form button[type=submit]")
	f1.WaitHeading("What kind of service is it about?")
	checkHeight(b, f1, 0, "widget 0 second question")
	checkHeight(b, f2, 1, "widget 1 still on its first question")
	if got := bt.Eval[int](b, hjs(`Math.round(W(1).querySelector('iframe').getBoundingClientRect().height)`)); got != h2 {
		t.Errorf("the second iframe changed from %d to %dpx with the first", h2, got)
	}
	if got := bt.Eval[string](f2, bt.HeadingEl+`.textContent.trim()`); got != "Where was the care given?" {
		t.Errorf("the second app moved to %q with the first", got)
	}
}
