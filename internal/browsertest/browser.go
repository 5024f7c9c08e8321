package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Engine is a browser engine the tests run in.
type Engine string

// The engines: Debian's chromium, firefox-esr and WebKitGTK's MiniBrowser.
const (
	Chromium Engine = "chromium"
	Firefox  Engine = "firefox"
	WebKit   Engine = "webkit"
)

// Engines lists every engine, for tests that run in each.
var Engines = []Engine{Chromium, Firefox, WebKit}

// command is the program each engine needs on PATH.
var command = map[Engine]string{Chromium: "chromium", Firefox: "firefox-esr", WebKit: "WebKitWebDriver"}

// Browser is one browser with a fresh profile, showing one page.
type Browser struct {
	T      testing.TB
	Engine Engine
	// Ctx is Chromium's page target, for DevTools calls through chromedp
	// that only Chromium tests make (b.Do). It is nil in other engines.
	Ctx context.Context

	wd        remote // Firefox and WebKit
	downloads string // the folder downloads go to

	mu         sync.Mutex
	console    []string // console messages, "type: text" (Chromium)
	exceptions []string
	handler    string              // Firefox: the mail program's address up to the link
	network    *network.Conditions // Chromium: the conditions SetNetwork set
	offline    bool                // and whether they are offline
	watchNav   bool                // SetNetwork sets navigator.onLine on each new document
	saved      map[string]string   // Chromium: finished downloads, GUID → name
	names      map[string]string   // Chromium: GUID → suggested file name
}

// Launch starts e with a fresh profile, skipping the test when the engine
// is missing unless PUTITRIGHT_REQUIRE_BROWSER=1. flags are extra Chromium
// options.
func Launch(t testing.TB, e Engine, flags ...chromedp.ExecAllocatorOption) *Browser {
	t.Helper()
	path, err := exec.LookPath(command[e])
	if err != nil {
		if os.Getenv("PUTITRIGHT_REQUIRE_BROWSER") == "1" {
			t.Fatalf("%s is not on PATH", command[e])
		}
		t.Skipf("%s is not on PATH; set PUTITRIGHT_REQUIRE_BROWSER=1 to make this fail", command[e])
	}
	b := &Browser{T: t, Engine: e, downloads: t.TempDir()}
	switch e {
	case Chromium:
		b.launchChromium(path, flags)
	case Firefox:
		c, err := startFirefox(t.TempDir(), b.downloads, b.mailProgram())
		if err != nil {
			t.Fatal(err)
		}
		b.wd = c
		t.Cleanup(c.close)
	case WebKit:
		if _, err := exec.LookPath("xvfb-run"); err != nil {
			t.Fatal("WebKitGTK needs xvfb-run (the xvfb package)")
		}
		c, err := startWebKit(FreePort(t), b.downloads)
		if err != nil {
			t.Fatal(err)
		}
		b.wd = c
		t.Cleanup(c.close)
	}
	return b
}

func (b *Browser) launchChromium(path string, flags []chromedp.ExecAllocatorOption) {
	t := b.T
	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
	}, flags...)
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(alloc)
	t.Cleanup(cancel2)
	b.Ctx = ctx
	b.Listen(ctx)
	// Start the browser now, so events are seen from the first page.
	if err := chromedp.Do(ctx, chromedp.Sleep(0)); err != nil {
		t.Fatal(err)
	}
	b.saveDownloads()
	t.Cleanup(func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		if len(b.exceptions) > 0 {
			t.Errorf("uncaught exceptions: %q", b.exceptions)
		}
	})
}

// Listen records the console messages and uncaught exceptions of a
// Chromium target (the page, or another tab or frame of the test's).
func (b *Browser) Listen(ctx context.Context) {
	console := chromedp.Events(ctx, runtime.ConsoleAPICalled)
	thrown := chromedp.Events(ctx, runtime.ExceptionThrown)
	go func() {
		for ev, err := range console {
			if err != nil {
				return
			}
			var parts []string
			for _, a := range ev.Args {
				var s string
				if json.Unmarshal([]byte(a.Value), &s) != nil {
					s = string(a.Value)
					if s == "" {
						s = a.Description
					}
				}
				parts = append(parts, s)
			}
			b.mu.Lock()
			b.console = append(b.console, string(ev.Type)+": "+strings.Join(parts, " "))
			b.mu.Unlock()
		}
	}()
	go func() {
		for ev, err := range thrown {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.exceptions = append(b.exceptions, (&chromedp.ExceptionError{ExceptionDetails: ev.ExceptionDetails}).Error())
			b.mu.Unlock()
		}
	}()
}

// Console returns the console messages so far (Chromium).
func (b *Browser) Console() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.console)
}

// chromiumOnly fails the test unless the browser is Chromium: for steps
// made through DevTools only.
func (b *Browser) chromiumOnly(what string) {
	b.T.Helper()
	if b.Engine != Chromium {
		b.T.Fatalf("%s is done through Chromium's DevTools; %s cannot", what, b.Engine)
	}
}

// Do runs chromedp actions on the page (Chromium only), failing the test on
// error.
func (b *Browser) Do(steps ...chromedp.Action[chromedp.Void]) {
	b.T.Helper()
	b.chromiumOnly("Do")
	ctx, cancel := context.WithTimeout(b.Ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.T.Fatal(err)
	}
}

// evalRaw evaluates the JavaScript expression js in the page, awaiting a
// promise, and returns its value as JSON.
func (b *Browser) evalRaw(js string, timeout time.Duration) (json.RawMessage, error) {
	if b.Engine != Chromium {
		return b.wd.eval(js)
	}
	ctx, cancel := context.WithTimeout(b.Ctx, timeout)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](js, chromedp.EvalAwaitPromise))
}

// Eval evaluates the JavaScript expression js in the page (awaiting a
// promise) and returns its value.
func Eval[T any](b *Browser, js string) T {
	b.T.Helper()
	var v T
	raw, err := b.evalRaw(js, 60*time.Second)
	if err == nil && len(raw) > 0 {
		err = json.Unmarshal(raw, &v)
	}
	if err != nil {
		b.T.Fatalf("%s: %v", js, err)
	}
	return v
}

// RunScript runs a script (statements, not an expression) in the page's
// global scope, as a script element would, but outside the page's Content
// Security Policy.
func (b *Browser) RunScript(src string) {
	b.T.Helper()
	var err error
	switch b.Engine {
	case Chromium:
		_, err = b.evalRaw(src+"\n;true", time.Minute)
	case Firefox:
		_, err = b.wd.(*bidi).evaluate(src+"\n;true", false)
	case WebKit:
		err = b.wd.(*classic).do("POST", "/execute/sync", map[string]any{"script": src, "args": []any{}}, nil)
	}
	if err != nil {
		b.T.Fatalf("running a script: %v", err)
	}
}

// poll reports whether js is true now; an error (the page being replaced,
// say) counts as not yet.
func (b *Browser) poll(js string) bool {
	raw, err := b.evalRaw(js, 5*time.Second)
	return err == nil && string(raw) == "true"
}

// WaitFor waits until js is true, for up to 20 seconds.
func (b *Browser) WaitFor(what, js string) { b.T.Helper(); b.WaitLong(what, js, 20*time.Second) }

// WaitLong waits until js is true, for up to d. While the page is being
// replaced (an error), it goes on waiting.
func (b *Browser) WaitLong(what, js string, d time.Duration) {
	b.T.Helper()
	if Until(d, func() bool { return b.poll(js) }) != nil {
		raw, _ := b.evalRaw(`document.hasFocus() + ' ' + (document.activeElement?.outerHTML || '').slice(0, 100)`, 5*time.Second)
		b.T.Fatalf("timed out waiting for %s (%s); at %s, heading %q, focus %s", what, js, b.Location(), b.Heading(), raw)
	}
}

// Location returns the page's address ("" while there is none).
func (b *Browser) Location() string {
	raw, err := b.evalRaw(`location.href`, 5*time.Second)
	var s string
	if err == nil {
		json.Unmarshal(raw, &s)
	}
	return s
}

// JS quotes a string for JavaScript.
func JS(s string) string { return jsString(s) }

func jsString(s string) string {
	j, _ := json.Marshal(s)
	return string(j)
}

// Navigate loads url without waiting for the app.
func (b *Browser) Navigate(url string) {
	b.T.Helper()
	var err error
	if b.Engine == Chromium {
		for try := 0; try < 2; try++ {
			ctx, cancel := context.WithTimeout(b.Ctx, 60*time.Second)
			err = chromedp.Do(ctx, chromedp.Navigate(url))
			cancel()
			// A navigation still pending (a link to another program, say)
			// is cancelled by this one, and Chromium reports this one as
			// aborted: ask again.
			if err == nil || !strings.Contains(err.Error(), "ERR_ABORTED") {
				break
			}
		}
	} else {
		err = b.wd.navigate(url)
	}
	if err != nil {
		b.T.Fatalf("opening %s: %v", url, err)
	}
}

// Open loads url and waits until the Go app is running and has drawn the
// page, with focus on it and the saved answers and words in its boxes (see
// OnPage).
func (b *Browser) Open(url string) {
	b.T.Helper()
	b.Navigate(url)
	b.Ready()
	b.OnPage(Eval[string](b, `location.pathname`))
}

// Ready waits for the app to be running (go-app removes its loader once the
// wasm has started) and the page heading to be there.
func (b *Browser) Ready() {
	b.T.Helper()
	b.WaitLong("the app to start", `!document.getElementById('app-wasm-loader') && !!document.getElementById(`+jsString(idHeading)+`)`, time.Minute)
}

// Shot writes full-page PNG screenshots of the page at the phone (390×844)
// and desktop (1280×800) sizes, as test-output/screenshots/NAME-390.png and
// NAME-1280.png, and leaves the page at the phone size.
func (b *Browser) Shot(name string) {
	b.T.Helper()
	dir := ScreenshotDir(b.T)
	for _, size := range [][2]int{{390, 844}, {1280, 800}} {
		b.SetViewport(size[0], size[1])
		var png []byte
		var err error
		if b.Engine == Chromium {
			ctx, cancel := context.WithTimeout(b.Ctx, 60*time.Second)
			png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
			cancel()
		} else {
			png, err = b.wd.screenshot()
		}
		if err != nil {
			b.T.Fatal(err)
		}
		file := fmt.Sprintf("%s-%d.png", name, size[0])
		if b.Engine != Chromium {
			file = fmt.Sprintf("%s-%s-%d.png", name, b.Engine, size[0])
		}
		if err := os.WriteFile(filepath.Join(dir, file), png, 0o644); err != nil {
			b.T.Fatal(err)
		}
	}
	b.SetViewport(390, 844)
}

// SetViewport sets the page's size in CSS pixels and waits for the page to
// be drawn at it.
func (b *Browser) SetViewport(w, h int) {
	b.T.Helper()
	var err error
	if b.Engine == Chromium {
		ctx, cancel := context.WithTimeout(b.Ctx, 60*time.Second)
		err = chromedp.Do(ctx, chromedp.EmulateViewport(int64(w), int64(h)))
		cancel()
	} else {
		err = b.wd.setViewport(w, h)
	}
	if err != nil {
		b.T.Fatal(err)
	}
	b.Drawn()
	if b.Engine == WebKit {
		// WebDriver sizes MiniBrowser's window, which has a least width.
		if got := Eval[int](b, `innerWidth`); got != w {
			b.T.Logf("webkit: asked for a %dpx wide page, MiniBrowser's window gives %dpx", w, got)
		}
	}
}

// Drawn waits until the browser has drawn the page as it is now (two
// animation frames).
func (b *Browser) Drawn() {
	b.T.Helper()
	Eval[bool](b, `new Promise(ok => requestAnimationFrame(() => requestAnimationFrame(() => ok(true))))`)
}

// saveDownloads makes Chromium save downloads into b.downloads and report
// each, so that Download can wait for the next one.
func (b *Browser) saveDownloads() {
	b.saved, b.names = map[string]string{}, map[string]string{}
	on := true
	if _, err := chromedp.CallBrowser(b.Ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: b.downloads, EventsEnabled: &on,
	}); err != nil {
		b.T.Fatal(err)
	}
	begin := chromedp.BrowserEvents(b.Ctx, cdpbrowser.DownloadWillBegin)
	progress := chromedp.BrowserEvents(b.Ctx, cdpbrowser.DownloadProgress)
	go func() {
		for ev, err := range begin {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.names[ev.GUID] = ev.SuggestedFilename
			b.mu.Unlock()
		}
	}()
	go func() {
		for ev, err := range progress {
			if err != nil {
				return
			}
			if ev.State == cdpbrowser.DownloadProgressStateCompleted {
				b.mu.Lock()
				b.saved[ev.GUID] = b.names[ev.GUID]
				b.mu.Unlock()
			}
		}
	}()
}

// finished lists the downloads saved so far, as file path → name.
func (b *Browser) finished() map[string]string {
	out := map[string]string{}
	if b.Engine == Chromium {
		b.mu.Lock()
		defer b.mu.Unlock()
		for guid, name := range b.saved {
			out[filepath.Join(b.downloads, guid)] = name
		}
		return out
	}
	ents, _ := os.ReadDir(b.downloads)
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".part") && e.Name()[0] != '.' {
			if fi, err := e.Info(); err == nil && fi.Size() > 0 {
				out[filepath.Join(b.downloads, e.Name())] = e.Name()
			}
		}
	}
	return out
}

// Download runs act (a click, usually) and returns the name and bytes of
// the file the browser then saved.
func (b *Browser) Download(what string, act func()) (name string, data []byte) {
	b.T.Helper()
	before := b.finished()
	act()
	var path string
	if Until(60*time.Second, func() bool {
		for p, n := range b.finished() {
			if _, old := before[p]; !old {
				path, name = p, n
				return true
			}
		}
		return false
	}) != nil {
		b.T.Fatalf("%s: nothing was downloaded", what)
	}
	// Firefox writes the file under its name as it goes: wait until its
	// size stays put.
	var last int64 = -1
	Until(10*time.Second, func() bool {
		fi, err := os.Stat(path)
		if err != nil {
			return false
		}
		same := fi.Size() == last
		last = fi.Size()
		return same
	})
	data, err := os.ReadFile(path)
	if err != nil {
		b.T.Fatalf("%s: %v", what, err)
	}
	return name, data
}

// Target returns a Browser that drives another Chromium target of the same
// browser, such as a cross-site iframe (which Chromium runs in its own
// process) or another tab. Its console and uncaught exceptions count as b's.
func (b *Browser) Target(ctx context.Context) *Browser {
	b.chromiumOnly("Target")
	b.Listen(ctx)
	return &Browser{T: b.T, Engine: Chromium, Ctx: ctx, downloads: b.downloads}
}

// FrameTarget waits for an iframe target whose address starts with prefix
// and contains every one of parts, and returns it once the app in it runs.
func (b *Browser) FrameTarget(prefix string, parts ...string) *Browser {
	b.T.Helper()
	var f *Browser
	err := Until(30*time.Second, func() bool {
		infos, err := chromedp.Targets(b.Ctx)
		if err != nil {
			b.T.Fatal(err)
		}
		for _, in := range infos {
			if in.Type != "iframe" || !strings.HasPrefix(in.URL, prefix) {
				continue
			}
			ok := true
			for _, p := range parts {
				ok = ok && strings.Contains(in.URL, p)
			}
			if ok {
				ctx, cancel := chromedp.NewContext(b.Ctx, chromedp.WithTargetID(in.TargetID))
				b.T.Cleanup(cancel)
				f = b.Target(ctx)
				return true
			}
		}
		return false
	})
	if err != nil {
		b.T.Fatalf("no iframe target at %s with %q", prefix, parts)
	}
	f.Ready()
	return f
}

// Becomes reports whether js becomes true within d.
func (b *Browser) Becomes(js string, d time.Duration) bool {
	return Until(d, func() bool { return b.poll(js) }) == nil
}

// Holds fails the test if js stops being true at any time within d: for
// checks that something does not happen (a reload, a notice) in that time.
func (b *Browser) Holds(what, js string, d time.Duration) {
	b.T.Helper()
	if Until(d, func() bool { return !b.poll(js) }) == nil {
		b.T.Fatalf("%s: no longer so (%s)", what, js)
	}
}

// mailProgram starts the web page that stands for the person's mail
// program in Firefox (it answers 204 No Content, so the app's page stays),
// and returns its address up to the link.
func (b *Browser) mailProgram() string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }))
	b.T.Cleanup(srv.Close)
	b.handler = srv.URL + "/program?link="
	return b.handler
}
