// Package e2e tests Put It Right end to end: the real server binary serving
// the real build, driven in headless Chromium. Run it with make test-browser
// (it needs make build first, and the chromium package).
package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// root is the repository root.
func root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = parent
	}
}

// server is a running bin/server.
type server struct {
	App  string // the app's origin, http://localhost:PORT
	Host string // the same server reached as another site, http://127.0.0.1:PORT
	cmd  *exec.Cmd
}

// startServer runs bin/server (or PUTITRIGHT_BIN) on a free port over the
// build folder (PUTITRIGHT_DIST, or dist).
func startServer(t testing.TB) *server {
	t.Helper()
	s, _ := startServerDir(t, distDir(t), 0)
	return &s.server
}

// distDir is the build folder the tests run against.
func distDir(t testing.TB) string {
	if d := os.Getenv("PUTITRIGHT_DIST"); d != "" {
		return d
	}
	return filepath.Join(root(t), "dist")
}

// portServer is a server a test can stop and start again on the same
// port, so the origin (and its service worker) stays the same.
type portServer struct {
	server
	port int
}

// serverBin is the server binary the tests run (PUTITRIGHT_BIN, or
// bin/server).
func serverBin(t testing.TB) string {
	t.Helper()
	bin := os.Getenv("PUTITRIGHT_BIN")
	if bin == "" {
		bin = filepath.Join(root(t), "bin", "server")
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("%s is missing: run make build first", bin)
	}
	return bin
}

// httpGet sends a request for url exactly as given, without following
// redirects or decompressing; hdr holds header names and values in turn.
func httpGet(t testing.TB, method, url string, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	c := &http.Client{
		Transport:     &http.Transport{DisableCompression: true},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Timeout:       time.Minute,
	}
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, b
}

// freePort returns a TCP port that is free now.
func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startServerDir runs the server binary over the build folder dir on port
// (0: a free one). stop ends it; it is also ended when the test ends.
func startServerDir(t testing.TB, dir string, port int) (s *portServer, stop func()) {
	t.Helper()
	bin := serverBin(t)
	if port == 0 {
		port = freePort(t)
	}
	cmd := exec.Command(bin, "-dir", dir, "-addr", fmt.Sprintf("127.0.0.1:%d", port))
	if testing.Verbose() {
		cmd.Stderr = os.Stderr
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cmd.Process.Signal(syscall.SIGTERM)
			done := make(chan struct{})
			go func() { cmd.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				<-done
			}
		})
	}
	t.Cleanup(stop)
	s = &portServer{server: server{App: fmt.Sprintf("http://localhost:%d", port), Host: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd}, port: port}
	for range 200 {
		if res, err := http.Get(s.Host + "/healthz"); err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				return s, stop
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("the server did not start")
	return nil, nil
}

// browser is one headless Chromium with a fresh profile.
type browser struct {
	t          testing.TB
	ctx        context.Context
	mu         sync.Mutex
	console    []string // console messages, "type: text"
	exceptions []string
}

// newBrowser starts Chromium, skipping the test when it is missing unless
// PUTITRIGHT_REQUIRE_BROWSER=1.
func newBrowser(t testing.TB, extra ...chromedp.ExecAllocatorOption) *browser {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("PUTITRIGHT_REQUIRE_BROWSER") == "1" {
			t.Fatal("chromium is not on PATH")
		}
		t.Skip("chromium is not on PATH; set PUTITRIGHT_REQUIRE_BROWSER=1 to make this fail")
	}
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
	}, extra...)
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(alloc)
	t.Cleanup(cancel2)
	b := &browser{t: t, ctx: ctx}
	b.listen(ctx)
	// Start the browser now, so events are seen from the first page.
	if err := chromedp.Do(ctx, chromedp.Sleep(0)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		if len(b.exceptions) > 0 {
			t.Errorf("uncaught exceptions: %q", b.exceptions)
		}
	})
	return b
}

// listen records console messages and uncaught exceptions of a target.
func (b *browser) listen(ctx context.Context) {
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

// Console returns the console messages so far.
func (b *browser) Console() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.console)
}

// do runs actions, failing the test on error.
func (b *browser) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.t.Fatal(err)
	}
}

// eval evaluates JavaScript (awaiting a promise) in the page.
func eval[T any](b *browser, js string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("%s: %v", js, err)
	}
	return v
}

// waitFor polls js until it is true, for up to 20 seconds.
func (b *browser) waitFor(what, js string) {
	b.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if eval[bool](b, js) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.t.Fatalf("timed out waiting for %s (%s)", what, js)
}

// jsStr quotes a string for JavaScript.
func jsStr(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// open loads url and waits until the Go app is running (go-app removes its
// loader once the wasm has started).
func (b *browser) open(url string) {
	b.t.Helper()
	b.do(chromedp.Navigate(url))
	b.ready()
}

// ready waits for the app to be running and the page heading to be there.
func (b *browser) ready() {
	b.t.Helper()
	b.waitFor("the app to start", `!document.getElementById('app-wasm-loader') && !!document.getElementById('main-heading')`)
}

// heading returns the page's main heading.
func (b *browser) heading() string {
	b.t.Helper()
	return strings.TrimSpace(eval[string](b, `document.getElementById('main-heading')?.textContent || ''`))
}

// waitHeading waits until the main heading is want.
func (b *browser) waitHeading(want string) {
	b.t.Helper()
	js, _ := json.Marshal(want)
	b.waitFor("heading "+want, `(document.getElementById('main-heading')?.textContent || '').trim() === `+string(js))
}

// key presses one key, e.g. "\t", "\r", " ", or kb.ArrowDown.
func (b *browser) key(k string) {
	b.t.Helper()
	b.do(chromedp.KeyEvent(k))
}

// activeMatches reports whether the focused element matches a CSS selector.
func (b *browser) activeMatches(sel string) bool {
	js, _ := json.Marshal(sel)
	return eval[bool](b, `!!document.activeElement && document.activeElement.matches(`+string(js)+`)`)
}

// tabTo presses Tab until the focused element matches sel.
func (b *browser) tabTo(sel string) {
	b.t.Helper()
	for range 80 {
		if b.activeMatches(sel) {
			return
		}
		b.key("\t")
	}
	b.t.Fatalf("Tab never reached %s", sel)
}

// screenshotDir is where tests write screenshots: test-output/screenshots.
func screenshotDir(t testing.TB) string {
	d := filepath.Join(root(t), "test-output", "screenshots")
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	return d
}

// shot writes full-page PNG screenshots of the current page at the mobile
// (390×844) and desktop (1280×800) sizes, named NAME-390.png and NAME-1280.png.
func (b *browser) shot(name string) {
	b.t.Helper()
	dir := screenshotDir(b.t)
	for _, size := range [][2]int64{{390, 844}, {1280, 800}} {
		b.do(chromedp.EmulateViewport(size[0], size[1]), chromedp.Sleep(150*time.Millisecond))
		ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		cancel()
		if err != nil {
			b.t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%d.png", name, size[0])), png, 0o644); err != nil {
			b.t.Fatal(err)
		}
	}
	b.do(chromedp.EmulateViewport(390, 844))
}

// axeViolation is one axe-core finding.
type axeViolation struct {
	ID    string `json:"id"`
	Help  string `json:"help"`
	Nodes []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// axe runs axe-core (from e2e/node_modules, installed by make setup-browser)
// on the current page for WCAG 2.2 A and AA rules and fails on any violation.
func (b *browser) axe(page string) {
	b.t.Helper()
	src, err := os.ReadFile(filepath.Join(root(b.t), "e2e", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		b.t.Fatalf("axe-core is missing (run make setup-browser): %v", err)
	}
	// DevTools evaluation is not subject to the page's Content Security Policy.
	eval[bool](b, string(src)+"\n;true")
	got := eval[[]axeViolation](b, `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}}).then(r => r.violations)`)
	for _, v := range got {
		var where []string
		for _, n := range v.Nodes {
			where = append(where, n.HTML)
		}
		b.t.Errorf("axe on %s: %s (%s): %s", page, v.ID, v.Help, strings.Join(where, " | "))
	}
}
