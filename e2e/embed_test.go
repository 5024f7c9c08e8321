package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
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

func TestProbeEmbed(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, chromedp.UserDataDir(blockedStorageProfile(t)))
	host := hostPage(t, `<h1>Partner</h1><script src="`+s.App+`/embed.js" data-start="inline" data-partner-name="P"></script>`)
	b.do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(host))
	f := b.appFrame(s.App + "/")
	t.Log(f.heading())
	t.Log(feval[string](f, `(() => { try { return String(localStorage instanceof Storage) + ' ' + location.href } catch (e) { return 'threw ' + e } })()`))
	t.Log(feval[string](f, `document.querySelector('.banners').innerText`))
}
