package browsertest

import (
	"context"
	"os"
	"strings"
	"sync"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Steps only Chromium's DevTools can take: permissions, the print media,
// PDFs, scripts before a page's own, the network's state and record, the
// CPU's speed, a screenshot of the viewport.

// call runs one DevTools command on the page, failing the test on error.
func (b *Browser) call(what string, f func(ctx context.Context) error) {
	b.T.Helper()
	b.chromiumOnly(what)
	if err := f(b.Ctx); err != nil {
		b.T.Fatalf("%s: %v", what, err)
	}
}

// GrantClipboard lets pages of origin read and write the clipboard.
func (b *Browser) GrantClipboard(origin string) {
	b.T.Helper()
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		b.call("granting "+name, func(ctx context.Context) error {
			_, err := chromedp.CallBrowser(ctx, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
				Permission: &cdpbrowser.PermissionDescriptor{Name: name}, Setting: cdpbrowser.PermissionSettingGranted, Origin: origin,
			})
			return err
		})
	}
}

// Media emulates a CSS media type ("print"), or stops ("").
func (b *Browser) Media(media string) {
	b.T.Helper()
	b.call("emulating "+media, func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media})
		return err
	})
}

// PrintPDF prints the page as the browser's print to PDF does.
func (b *Browser) PrintPDF() []byte {
	b.T.Helper()
	var pdf []byte
	b.call("printing", func(ctx context.Context) error {
		res, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: new(true)})
		if err == nil {
			pdf = res.Data
		}
		return err
	})
	return pdf
}

// BeforeScripts runs js in every page and frame loaded from now on, before
// the page's own scripts.
func (b *Browser) BeforeScripts(js string) {
	b.T.Helper()
	b.call("adding a script", func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js})
		return err
	})
}

// SlowCPU slows the CPU down rate times (1: full speed), as on a cheap phone.
func (b *Browser) SlowCPU(rate float64) {
	b.T.Helper()
	b.call("slowing the CPU", func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: rate})
		return err
	})
}

// SetNetwork makes the network of the page, and of the service workers
// running then, as c says (nil: as it is), and navigator.onLine false when
// c is offline, also in the pages loaded after. (Chromium 148 keeps the
// conditions for the page's later documents but not navigator.onLine, and
// a page's conditions do not reach its service worker: so onLine is set
// again on each new document, which then hears an offline event, and each
// service worker gets the conditions too.)
func (b *Browser) SetNetwork(c *network.Conditions) {
	b.T.Helper()
	b.chromiumOnly("SetNetwork")
	b.mu.Lock()
	b.network, b.offline = c, c != nil && c.Offline
	watch := !b.watchNav
	b.watchNav = true
	b.mu.Unlock()
	contexts := []context.Context{b.Ctx}
	if infos, err := chromedp.Targets(b.Ctx); err == nil {
		for _, in := range infos {
			if in.Type == "service_worker" {
				ctx, cancel := chromedp.NewContext(b.Ctx, chromedp.WithTargetID(in.TargetID))
				b.T.Cleanup(cancel)
				contexts = append(contexts, ctx)
			}
		}
	}
	for i, ctx := range contexts {
		if err := b.applyNetwork(ctx, i == 0); err != nil && i == 0 {
			b.T.Fatalf("setting the network: %v", err)
		}
	}
	if watch {
		// Each new document of the page: navigator.onLine again.
		docs := make(chan struct{}, 64)
		chromedp.Listen(b.Ctx, func(ev any) {
			if e, ok := ev.(*page.EventFrameNavigated); ok && e.Frame.ParentID == "" {
				select {
				case docs <- struct{}{}:
				default:
				}
			}
		})
		go func() {
			for range docs {
				b.applyNetwork(b.Ctx, true)
			}
		}()
	}
}

// applyNetwork sends the network conditions set last to the target of
// ctx, and navigator.onLine too if onLine.
func (b *Browser) applyNetwork(ctx context.Context, onLine bool) error {
	b.mu.Lock()
	c, off := b.network, b.offline
	b.mu.Unlock()
	byRule := struct {
		Offline bool                  `json:"offline"`
		Conds   []*network.Conditions `json:"matchedNetworkConditions"`
	}{off, []*network.Conditions{}}
	if c != nil {
		byRule.Conds = append(byRule.Conds, c)
	}
	return chromedp.Do(ctx, func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		if err := t.Call(ctx, network.EmulateNetworkConditionsByRule.Method, byRule, nil); err != nil || !onLine {
			return chromedp.Void{}, err
		}
		_, err := cdp.Call(ctx, t, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: off, DownloadThroughput: -1, UploadThroughput: -1})
		return chromedp.Void{}, err
	})
}

// SetOffline cuts the network for the page, its service worker's fetches
// included (off), or gives it back.
func (b *Browser) SetOffline(off bool) {
	b.T.Helper()
	if off {
		b.SetNetwork(&network.Conditions{Offline: true, DownloadThroughput: -1, UploadThroughput: -1})
	} else {
		b.SetNetwork(nil)
	}
}

// ShotView writes a PNG of what shows in the viewport now (not the whole
// page) to file.
func (b *Browser) ShotView(file string) {
	b.T.Helper()
	var png []byte
	b.call("a screenshot", func(ctx context.Context) (err error) {
		png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
		return err
	})
	if err := os.WriteFile(file, png, 0o644); err != nil {
		b.T.Fatal(err)
	}
}

// Requests is the record of the requests a Chromium target made.
type Requests struct {
	mu     sync.Mutex
	url    map[network.RequestID]string
	bytes  map[network.RequestID]int64 // bytes on the wire, once finished
	failed map[network.RequestID]string
}

// Record starts recording the page's requests.
func (b *Browser) Record() *Requests {
	b.T.Helper()
	b.chromiumOnly("Record")
	r := &Requests{}
	r.Reset()
	go chromedp.Listen(b.Ctx, func(ev any) {
		r.mu.Lock()
		defer r.mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			r.url[ev.RequestID] = ev.Request.URL
		case *network.EventLoadingFinished:
			r.bytes[ev.RequestID] = int64(ev.EncodedDataLength)
		case *network.EventLoadingFailed:
			r.failed[ev.RequestID] = ev.ErrorText
		}
	})
	return r
}

// Reset forgets the requests so far.
func (r *Requests) Reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.url, r.bytes, r.failed = map[network.RequestID]string{}, map[network.RequestID]int64{}, map[network.RequestID]string{}
}

// URLs lists the addresses asked for that start with prefix, without it.
func (r *Requests) URLs(prefix string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, u := range r.url {
		if s, ok := strings.CutPrefix(u, prefix); ok {
			out = append(out, s)
		}
	}
	return out
}

// Failed lists the requests to addresses starting with prefix that
// failed, with the browser's error.
func (r *Requests) Failed(prefix string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for id, e := range r.failed {
		// A request's address can come after its failure: look it up now.
		if u := r.url[id]; strings.HasPrefix(u, prefix) {
			out = append(out, u+": "+e)
		}
	}
	return out
}

// Bytes adds up the bytes on the wire of the finished requests to
// addresses starting with prefix.
func (r *Requests) Bytes(prefix string) int64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	var n int64
	for id, bytes := range r.bytes {
		if strings.HasPrefix(r.url[id], prefix) {
			n += bytes
		}
	}
	return n
}

// Settled waits until every request asked for has finished or failed
// (data: addresses need neither, and the browser's own request for the
// site's icon is not reported as done).
func (b *Browser) Settled(r *Requests) {
	b.T.Helper()
	var pending []string
	if Until(time.Minute, func() bool {
		r.mu.Lock()
		defer r.mu.Unlock()
		pending = pending[:0]
		for id, u := range r.url {
			_, done := r.bytes[id]
			_, failed := r.failed[id]
			if !done && !failed && !strings.HasPrefix(u, "data:") && !strings.HasSuffix(u, "/favicon.ico") {
				pending = append(pending, u)
			}
		}
		return len(pending) == 0
	}) != nil {
		b.T.Fatalf("requests still going after a minute: %q", pending)
	}
}
