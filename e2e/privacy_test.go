package e2e

// Privacy, proven end to end (issue 7): a unique marker is typed into every
// field of every step and every letter, every export is run, the app is
// opened full screen from a partner's page, goes offline and back. Every
// request the browser makes, from every tab, frame and worker, is recorded
// by the browser (URL, headers, body, WebSocket frames) and again by a
// recording proxy in front of the server (the full request line, headers
// and body). The marker must be in none of them, in any usual encoding; no
// other host may be contacted and no cookie set. After "Delete everything
// from this device" the marker is in no browser storage.

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/ui"

	bt "putitright/internal/browsertest"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// record is one thing that left the page: a request seen by the browser
// or by the proxy, or a WebSocket frame.
type record struct {
	From string // "proxy", or the target and event that saw it
	URL  string
	Text string // everything recorded about it, as text
}

// recorder collects every request and frame.
type recorder struct {
	mu      sync.Mutex
	records []record
}

func (r *recorder) add(from, u, text string) {
	r.mu.Lock()
	r.records = append(r.records, record{From: from, URL: u, Text: text})
	r.mu.Unlock()
}

func (r *recorder) all() []record {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.records)
}

// recordingProxy puts a recording reverse proxy in front of s. The returned
// server's App (http://localhost:PORT) and Host (http://127.0.0.1:PORT)
// reach s through the proxy, which records every request in full and any
// Set-Cookie header in a response.
func recordingProxy(t *testing.T, s *bt.Server, rec *recorder) *bt.Server {
	t.Helper()
	to, err := url.Parse(s.Host)
	if err != nil {
		t.Fatal(err)
	}
	rp := httputil.NewSingleHostReverseProxy(to) // keeps the Host header
	rp.ModifyResponse = func(res *http.Response) error {
		if sc := res.Header.Values("Set-Cookie"); len(sc) > 0 {
			rec.add("proxy-response", res.Request.URL.String(), "Set-Cookie: "+strings.Join(sc, " | "))
		}
		return nil
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		var hb strings.Builder
		r.Header.Write(&hb)
		rec.add("proxy", "http://"+r.Host+r.RequestURI, r.Method+" http://"+r.Host+r.RequestURI+"\n"+hb.String()+"\n"+string(body))
		rp.ServeHTTP(w, r)
	})}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	port := l.Addr().(*net.TCPAddr).Port
	return &bt.Server{App: fmt.Sprintf("http://localhost:%d", port), Host: fmt.Sprintf("http://127.0.0.1:%d", port), Port: port}
}

// watch records the network events of ctx's target, named name.
func (r *recorder) watch(ctx context.Context, name string) {
	js := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	go chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			r.add(name+" request", ev.Request.URL, js(ev))
		case *network.EventRequestWillBeSentExtraInfo:
			r.add(name+" request headers", "", js(ev))
		case *network.EventWebSocketCreated:
			r.add(name+" websocket", ev.URL, js(ev))
		case *network.EventWebSocketWillSendHandshakeRequest:
			r.add(name+" websocket handshake", "", js(ev))
		case *network.EventWebSocketFrameSent:
			r.add(name+" websocket frame", "", js(ev))
		case *network.EventWebTransportCreated:
			r.add(name+" webtransport", ev.URL, js(ev))
		}
	})
}

// watchAll records the main tab and, as they appear, every other tab,
// frame and worker (the service worker's own requests, an opened full
// screen tab, a partner's frame).
func (r *recorder) watchAll(b *bt.Browser) {
	r.watch(b.Ctx, "tab")
	created := make(chan *target.Info, 1024)
	chromedp.ListenBrowser(b.Ctx, func(ev any) {
		if e, ok := ev.(*target.EventTargetCreated); ok {
			created <- e.TargetInfo
		}
	})
	go func() {
		for in := range created {
			switch in.Type {
			case "page", "iframe", "service_worker", "worker", "shared_worker":
				if in.TargetID != chromedp.FromContext(b.Ctx).Target.TargetID {
					tctx, _ := chromedp.NewContext(b.Ctx, chromedp.WithTargetID(in.TargetID))
					r.watch(tctx, in.Type+" "+in.URL)
				}
			}
		}
	}()
}

// newMarker returns a fresh marker: letters and digits only, so that it
// is the same in plain text, URL-encoded and JSON.
func newMarker() string {
	b := make([]byte, 6)
	rand.Read(b)
	return "ZQXMARKER" + strings.ToUpper(hex.EncodeToString(b))
}

// markerForms returns the forms of marker to look for: plain, lower case,
// URL-encoded, and base64 (standard and URL alphabets) at each of the three
// alignments it can have inside longer base64 text.
func markerForms(marker string) []string {
	forms := []string{marker, strings.ToLower(marker), marker[len(marker)-12:], url.QueryEscape(marker), url.PathEscape(marker)}
	for k := range 3 {
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding} {
			full := enc.EncodeToString(append(make([]byte, k), marker...))
			start := (8*k + 5) / 6
			end := 8 * (k + len(marker)) / 6
			forms = append(forms, full[start:end])
		}
	}
	slices.Sort(forms)
	return slices.Compact(forms)
}

// findForms returns the forms of the marker found in text.
func findForms(text string, forms []string) []string {
	var found []string
	low := strings.ToLower(text)
	for _, f := range forms {
		if strings.Contains(text, f) || strings.Contains(low, strings.ToLower(f)) && f == strings.ToLower(f) {
			found = append(found, f)
		}
	}
	return found
}

// textFields lists the ids of the free-text inputs and text areas on the
// page, date boxes included.
func textFields(b *bt.Browser) []string {
	b.T.Helper()
	return bt.Eval[[]string](b, `[...document.querySelectorAll('main input, main textarea')].filter(e => e.tagName === 'TEXTAREA' || ['text', 'email', 'tel', 'search', 'url', ''].includes(e.getAttribute('type') || '')).map(e => e.id).filter(Boolean)`)
}

func TestPrivacyMarkerNeverLeaves(t *testing.T) {
	rec := &recorder{}
	s := recordingProxy(t, bt.StartServer(t), rec)
	b := bt.Launch(t, bt.Chromium)
	rec.watchAll(b)
	marker := newMarker()
	forms := markerForms(marker)
	t.Logf("marker %s; looking for %q", marker, forms)

	b.GrantClipboard(s.App)

	// Every question page that takes typing: the month and year boxes.
	// They refuse the marker, which is fine: what matters is where it goes.
	b.Seed(s.App, letterCase(), "")
	for _, q := range []flow.ID{flow.QHappened, flow.QFoundOut, flow.QSent} {
		b.Open(s.App + bt.QuestionPath(q))
		for _, id := range textFields(b) {
			b.Insert("#"+id, marker)
		}
		b.ClickOn("form button[type=submit]")
		b.WaitFor("the next page or an error", `location.pathname !== `+bt.JS(bt.QuestionPath(q))+` || !!`+bt.ErrorSummaryEl)
	}
	// Put the answer back so that the plan and letters work.
	b.Seed(s.App, letterCase(), "")

	// Every field of every letter, events included, then the letter's own
	// words.
	for _, id := range guide.AllLetters() {
		b.OpenLetter(s.App, id)
		if bt.Eval[bool](b, `[...document.querySelectorAll('button')].some(e => e.textContent.trim() === 'Add an event') && !document.querySelector(`+bt.JS(eventBox)+`)`) {
			b.Click("Add an event")
			b.WaitFor("event 1", `!!document.querySelector(`+bt.JS(eventBox)+`)`)
		}
		for _, f := range textFields(b) {
			if f == "letter-text" || bt.Eval[bool](b, `document.getElementById(`+bt.JS(f)+`).value.includes(`+bt.JS(marker)+`)`) {
				continue
			}
			b.Insert("#"+f, marker)
		}
		b.Insert("#letter-text", "\n\n"+marker+" in the "+string(id)+" letter.")
		b.PreviewHas(marker)
	}
	if !bt.Eval[bool](b, `(`+bt.SavedDraft+` || '').includes(`+bt.JS(marker)+`)`) {
		t.Fatal("the marker is not in the saved draft: the test typed nothing the app kept")
	}

	// Every export, on the complaint letter.
	b.OpenLetter(s.App, guide.LetterComplaint)
	b.Click("Copy the letter")
	b.WaitFor("the copy to finish", `(document.querySelector('.notice')?.textContent || '').toLowerCase().includes('cop')`)
	if clip := bt.Eval[string](b, `navigator.clipboard.readText().catch(e => 'failed: ' + e)`); !strings.Contains(clip, marker) {
		t.Logf("note: the clipboard could not be checked here (%.80q); the notice said %q", clip, bt.Eval[string](b, `document.querySelector('.notice').textContent`))
	}
	_, docx := b.Download(".docx", func() { b.Click("Download for Word (.docx)") })
	if !bytes.Contains(docXML(t, docx), []byte(marker)) {
		t.Error("the .docx does not hold the person's letter")
	}
	_, txt := b.Download(".txt", func() { b.Click("Download as text (.txt)") })
	if !strings.Contains(string(txt), marker) {
		t.Error("the .txt does not hold the person's letter")
	}
	// The mailto link is only read: following it would leave the browser.
	// A long letter's link is "Copy it and write an email": the same link by its ID.
	mailto := bt.Eval[string](b, bt.MailtoEl+`?.href || ''`)
	t.Logf("mailto link: %d characters, has the marker: %v", len(mailto), strings.Contains(mailto, marker))
	if mailto != "" && !strings.HasPrefix(mailto, "mailto:") {
		t.Errorf("the email link is %.60q, not a mailto: link", mailto)
	}
	// Print: the button opens the browser's print dialog, which a headless
	// browser may or may not run (and, running, blocks printing through
	// CDP). So the page's window.print is replaced by a stand-in that
	// records the call, and the page is then printed through CDP.
	bt.Eval[bool](b, `window.__printCalls = 0; window.print = () => { window.__printCalls++ }; true`)
	b.Click("Print or save as PDF")
	b.WaitFor("the print button to call window.print", `window.__printCalls === 1`)
	b.Media("print")
	b.PrintPDF()
	b.Media("")
	b.Open(s.App + ui.PathData)
	_, df := b.Download("draft file", func() { b.Click("Save a draft file") })
	if !strings.Contains(string(df), marker) {
		t.Error("the draft file does not hold what the person typed")
	}

	// Offline and back: the service worker serves the app; the person types.
	b.WaitFor("the service worker to control the page", `!!navigator.serviceWorker.controller`)
	b.SetOffline(true)
	b.Open(s.App + complaint)
	b.Insert("#letter-text", " Offline "+marker)
	b.WaitFor("the app to say it is offline", `document.body.textContent.includes('You are offline')`)
	b.SetOffline(false)
	b.Open(s.App + ui.PathPlan)
	b.Open(s.App + bt.LetterPath(guide.LetterPALS))

	// Open full screen from a partner's page: the app in a frame on
	// another site, then the link that opens it in a new tab.
	b.Navigate(s.Host + "/demo/")
	b.WaitFor("the partner's widget", bt.Widgets(`!!W()?.querySelector('button, iframe')`))
	if !bt.Eval[bool](b, bt.Widgets(`!!W().querySelector('iframe')`)) {
		b.StartWidget(0)
	}
	f := b.FrameTarget(s.App + ui.PathStart)
	f.WaitFor("the Open full screen link", `[...document.querySelectorAll('a')].some(e => e.textContent.includes('Open full screen'))`)
	href := bt.Eval[string](f, `[...document.querySelectorAll('a')].find(e => e.textContent.includes('Open full screen'))?.href || ''`)
	if href == "" {
		t.Fatal("no Open full screen link in the frame")
	}
	// A real click (a script's click would be a blocked pop-up): the
	// link's place in the frame plus the frame's place on the page.
	type pt struct{ X, Y float64 }
	var full *target.Info
	for try := 0; try < 3 && full == nil; try++ {
		link := bt.Eval[pt](f, `(() => { const r = document.querySelector('a[target=_blank]').getBoundingClientRect(); return {X: r.x + r.width / 2, Y: r.y + r.height / 2} })()`)
		bt.Eval[bool](b, bt.Widgets(`(window.scrollTo(0, W().querySelector('iframe').getBoundingClientRect().top + scrollY + `+fmt.Sprint(link.Y)+` - 200), true)`))
		b.Drawn()
		fr := bt.Eval[pt](b, bt.Widgets(`(r => ({X: r.x, Y: r.y}))(W().querySelector('iframe').getBoundingClientRect())`))
		b.Do(chromedp.MouseClickXY(fr.X+link.X, fr.Y+link.Y))
		bt.Until(10*time.Second, func() bool {
			infos, _ := chromedp.Targets(b.Ctx)
			for _, in := range infos {
				if in.Type == "page" && strings.HasPrefix(in.URL, s.App) {
					full = in
				}
			}
			return full != nil
		})
	}
	if full == nil {
		t.Fatal("Open full screen opened no tab")
	}
	fctx, cancel := chromedp.NewContext(b.Ctx, chromedp.WithTargetID(full.TargetID))
	defer cancel()
	fb := b.Target(fctx)
	fb.Ready()
	fb.OpenLetter(s.App, guide.LetterComplaint)
	fb.PreviewHas(marker)
	// Late requests (icons, the service worker) come before these are so.
	fb.WaitFor("the page and its service worker to be ready", `navigator.serviceWorker.ready.then(() => document.readyState === 'complete')`)
	fb.Drawn()

	// Nothing that left the page holds the marker, every request went to
	// the app's origin (or the partner page and its script), and no cookie.
	recs := rec.all()
	var proxied int
	for _, r := range recs {
		if r.From == "proxy" {
			proxied++
		}
		if f := findForms(r.Text+" "+r.URL, forms); len(f) > 0 {
			t.Errorf("the marker left the page (%q) in %s %s: %.300s", f, r.From, r.URL, r.Text)
		}
		if r.From == "proxy-response" {
			t.Errorf("a response set a cookie: %s %s", r.URL, r.Text)
		}
		if r.URL == "" || strings.HasPrefix(r.URL, "data:") || strings.HasPrefix(r.URL, "blob:"+s.App) || strings.HasPrefix(r.URL, "about:") {
			continue
		}
		u, err := url.Parse(r.URL)
		if err != nil {
			t.Errorf("%s: a request to %q", r.From, r.URL)
			continue
		}
		origin := u.Scheme + "://" + u.Host
		switch {
		case origin == s.App:
		case origin == s.Host && (u.Path == "/demo/" || u.Path == "/favicon.ico"):
			// The partner's page itself (the demo is served by the same binary).
		default:
			t.Errorf("%s: a request to another host: %s", r.From, r.URL)
		}
	}
	if proxied < 10 || !slices.ContainsFunc(recs, func(r record) bool { return r.From == "tab request" && strings.Contains(r.URL, "/web/") }) {
		t.Fatalf("the recording saw too little (%d records, %d through the proxy): it is not working", len(recs), proxied)
	}
	t.Logf("%d records checked, %d through the proxy", len(recs), proxied)
	cookies, err := chromedp.CallBrowser(b.Ctx, storage.GetCookies, storage.GetCookiesParams{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cookies.Cookies {
		t.Errorf("a cookie was set: %s=%s for %s", c.Name, c.Value, c.Domain)
	}
	if c := bt.Eval[string](fb, `document.cookie`); c != "" {
		t.Errorf("document.cookie is %q", c)
	}

	// Delete everything from this device: the marker is in no storage.
	fb.Open(s.App + ui.PathData)
	if _, hits := storageDump(fb, forms...); len(hits) == 0 {
		t.Fatal("before deleting, the storage search finds no marker: the search is not working")
	}
	fb.Click("Delete everything from this device")
	fb.WaitFor("the confirm button", `!!document.getElementById('confirm-delete')`)
	fb.ClickOn("#confirm-delete")
	fb.WaitFor("the deletion", `document.body.textContent.includes('Everything has been deleted')`)
	inv, hits := storageDump(fb, forms...)
	t.Logf("after deleting, storage holds: %q", inv)
	for _, h := range hits {
		t.Errorf("after Delete everything, the marker is still stored: %s", h)
	}
	// The main tab, the same site's storage, agrees after a reload.
	b.Open(s.App + complaint)
	if _, hits := storageDump(b, forms...); len(hits) > 0 {
		t.Errorf("after Delete everything, another tab still finds: %q", hits)
	}
	if bt.Eval[bool](b, `document.body.textContent.includes(`+bt.JS(marker)+`)`) {
		t.Error("after Delete everything, a reloaded page still shows the marker")
	}
}

// TestPrivacyNoticeReachable: the privacy notice is linked from every page's
// footer and says plainly what is kept, where, and what the server sees.
func TestPrivacyNoticeReachable(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	for _, p := range []string{ui.PathStart, bt.QuestionPath(flow.QNation), ui.PathData} {
		b.Open(s.App + p)
		b.ClickOn(`footer a[href="` + ui.PathPrivacy + `"]`)
		b.WaitHeading("Privacy")
		text := bt.Eval[string](b, `document.querySelector('main').textContent`)
		for _, want := range []string{"leaves your device", "no cookies", "How long", "server"} {
			if !strings.Contains(text, want) {
				t.Errorf("from %s: the privacy notice does not say %q", p, want)
			}
		}
	}
}
