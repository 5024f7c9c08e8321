package e2e

// Issue 6: installable and offline. The manifest and its icons; Chromium's
// installability check; the service worker's precache list; the whole
// journey with the network cut (the server stopped and the browser offline);
// the same inside a partner's iframe, as far as the browser allows; an
// update that keeps the draft; and repeat-visit figures for make bench.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	bt "putitright/internal/browsertest"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"putitright/app/draft"
	"putitright/app/flow"
	"putitright/app/ui"
)

// version asks /healthz for the running version.
func serverVersion(t testing.TB, s *bt.Server) string {
	t.Helper()
	_, b := bt.HTTPGet(t, "GET", s.Host+"/healthz")
	f := strings.Fields(string(b))
	if len(f) != 2 || f[0] != "ok" {
		t.Fatalf("/healthz said %q", b)
	}
	return f[1]
}

// TestManifestAndIcons: the manifest has everything an installable app
// needs, with local icons whose real sizes are the declared ones; the
// maskable icon keeps its picture inside the safe zone; the Apple touch
// icon is 180px.
func TestManifestAndIcons(t *testing.T) {
	s := bt.StartServer(t)
	res, body := bt.HTTPGet(t, "GET", s.App+"/manifest.webmanifest")
	h := res.Header
	if res.StatusCode != 200 {
		t.Fatalf("manifest: %d", res.StatusCode)
	}
	t.Logf("manifest (%s): %s", h.Get("Content-Type"), body)
	var m struct {
		Name, ShortName, Description, Scope, Display string
		StartURL                                     string `json:"start_url"`
		Short                                        string `json:"short_name"`
		Theme                                        string `json:"theme_color"`
		Background                                   string `json:"background_color"`
		Icons                                        []struct{ Src, Type, Purpose, Sizes string }
	}
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatal(err)
	}
	for k, v := range map[string]string{"name": m.Name, "short_name": m.Short, "description": m.Description,
		"theme_color": m.Theme, "background_color": m.Background, "start_url": m.StartURL, "scope": m.Scope} {
		if v == "" {
			t.Errorf("the manifest has no %s", k)
		}
	}
	if m.Display != "standalone" || m.StartURL != "/" || m.Scope != "/" {
		t.Errorf("display %q, start_url %q, scope %q: want standalone, /, /", m.Display, m.StartURL, m.Scope)
	}
	sizes := map[string]bool{}
	maskable := false
	for _, ic := range m.Icons {
		if !strings.HasPrefix(ic.Src, "/") || strings.HasPrefix(ic.Src, "//") {
			t.Errorf("icon %s is not on this site", ic.Src)
			continue
		}
		res, img := bt.HTTPGet(t, "GET", s.App+ic.Src)
		if res.StatusCode != 200 {
			t.Errorf("icon %s: %d", ic.Src, res.StatusCode)
			continue
		}
		if ic.Type == "image/svg+xml" {
			if !bytes.Contains(img, []byte("<svg")) {
				t.Errorf("icon %s is not an SVG", ic.Src)
			}
			continue
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(img))
		if err != nil {
			t.Errorf("icon %s: %v", ic.Src, err)
			continue
		}
		if got := fmt.Sprintf("%dx%d", cfg.Width, cfg.Height); got != ic.Sizes {
			t.Errorf("icon %s is %s but the manifest says %s", ic.Src, got, ic.Sizes)
		}
		if strings.Contains(ic.Purpose, "maskable") {
			maskable = true
			checkSafeZone(t, ic.Src, img)
		} else {
			sizes[ic.Sizes] = true
		}
	}
	if !sizes["192x192"] || !sizes["512x512"] || !maskable {
		t.Errorf("icons: want 192 and 512 px and a maskable one, got %+v", m.Icons)
	}

	// The Apple touch icon, linked from every page with its size.
	_, page := bt.HTTPGet(t, "GET", s.App+ui.PathPlan)
	link := regexp.MustCompile(`<link rel="apple-touch-icon" sizes="180x180" href="([^"]+)">`).FindSubmatch(page)
	if link == nil {
		t.Fatal("no 180x180 apple-touch-icon link on /plan")
	}
	res, img := bt.HTTPGet(t, "GET", s.App+string(link[1]))
	if cfg, err := png.DecodeConfig(bytes.NewReader(img)); res.StatusCode != 200 || err != nil || cfg.Width != 180 || cfg.Height != 180 {
		t.Errorf("apple touch icon %s: status %d, %v, %dx%d", link[1], res.StatusCode, err, cfg.Width, cfg.Height)
	}
}

// checkSafeZone checks that every pixel outside the maskable icon's safe
// zone (the middle circle, 80% of the width across) is the background.
func checkSafeZone(t *testing.T, name string, b []byte) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	r := img.Bounds()
	bg := img.At(r.Min.X, r.Min.Y)
	br, bgG, bb, _ := bg.RGBA()
	cx, cy, rad := float64(r.Dx())/2, float64(r.Dy())/2, 0.4*float64(r.Dx())
	bad := 0
	var first image.Point
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			dx, dy := float64(x)+0.5-cx, float64(y)+0.5-cy
			if dx*dx+dy*dy <= rad*rad {
				continue
			}
			pr, pg, pb, _ := img.At(x, y).RGBA()
			if diff(pr, br) > 0x0800 || diff(pg, bgG) > 0x0800 || diff(pb, bb) > 0x0800 {
				if bad == 0 {
					first = image.Pt(x, y)
				}
				bad++
			}
		}
	}
	if bad > 0 {
		t.Errorf("maskable icon %s: %d pixels outside the safe zone are not the background (first at %v)", name, bad, first)
	}
}

func diff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// TestPrecacheList: the service worker lists every page and every file a
// page needs, and every file it lists downloadDir (one failure would leave
// the app with no offline copy).
func TestPrecacheList(t *testing.T) {
	s := bt.StartServer(t)
	_, list := bt.Precache(t, s)
	for _, u := range list {
		if res, _ := bt.HTTPGet(t, "GET", s.App+u); res.StatusCode != 200 {
			t.Errorf("precached %s: status %d", u, res.StatusCode)
		}
	}
	for _, p := range ui.Pages() {
		if !slices.Contains(list, p) {
			t.Errorf("page %s is not precached", p)
		}
	}
	// Every same-site file the pages link to is on the list.
	ref := regexp.MustCompile(`<(?:link|script)[^>]*?(?:href|src)="(/[^"]*)"`)
	for _, p := range []string{ui.PathStart, ui.PathPlan, complaint} {
		_, page := bt.HTTPGet(t, "GET", s.App+p)
		for _, m := range ref.FindAllSubmatch(page, -1) {
			if u := string(m[1]); !slices.Contains(list, u) {
				t.Errorf("%s links to %s, which is not precached", p, u)
			}
		}
	}
	t.Logf("%d files precached", len(list))
}

// TestInstallable: at top level, once the service worker is running,
// Chromium finds no installability errors and no manifest errors, and the
// start page offers to install (where the browser has a prompt) or says
// how to add the app to the home screen, as it does on an iPhone.
func TestInstallable(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	b.Open(s.App + ui.PathStart)
	b.WaitOfflineReady(s)
	b.Open(s.App + ui.PathStart) // a controlled page, as Chromium wants for installing
	var errs []*page.InstallabilityError
	// The check can race the manifest's first fetch.
	bt.Until(10*time.Second, func() bool {
		res, err := chromedp.Call(b.Ctx, page.GetInstallabilityErrors, struct{}{})
		if err != nil {
			t.Fatal(err)
		}
		errs = res.InstallabilityErrors
		return len(errs) == 0
	})
	for _, e := range errs {
		var args []string
		for _, a := range e.ErrorArguments {
			args = append(args, a.Name+"="+a.Value)
		}
		t.Errorf("installability error %s %v", e.ErrorID, args)
	}
	man, err := chromedp.Call(b.Ctx, page.GetAppManifest, page.GetAppManifestParams{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range man.Errors {
		t.Errorf("manifest error: %s (critical %d)", e.Message, e.Critical)
	}
	if man.URL != s.App+"/manifest.webmanifest" {
		t.Errorf("manifest URL %q", man.URL)
	}

	b.WaitFor("the install section", `!!document.getElementById('install')`)
	type section struct {
		Offered bool
		Text    string
	}
	got := bt.Eval[section](b, `({Offered: [...document.querySelectorAll('#install button')].some(e => e.textContent.trim() === 'Install this app'),
		Text: document.getElementById('install').textContent})`)
	offered, text := got.Offered, got.Text
	t.Logf("headless Chromium offers the install prompt: %v", offered)
	if !offered && !strings.Contains(text, "Add to Home Screen") {
		t.Errorf("the start page neither offers Install nor says how to add the app: %q", text)
	}
	b.Shot("install-start")

	// At top level the app asks the browser to keep its storage, and says
	// plainly where the draft is and how long a browser may keep it.
	b.Open(s.App + ui.PathData)
	b.WaitFor("the answer to persist()", `document.querySelector('main').textContent.includes('This browser has agreed to keep your draft') || document.querySelector('main').textContent.includes('This browser might delete your draft')`)
	main := bt.Eval[string](b, `document.querySelector('main').textContent`)
	for _, want := range []string{"kept in this browser on this device", "7 days"} {
		if !strings.Contains(main, want) {
			t.Errorf("%s does not say %q", ui.PathData, want)
		}
	}
	t.Logf("navigator.storage.persisted(): %v", bt.Eval[bool](b, `navigator.storage.persisted()`))

	// Safari has no install prompt, so an Apple browser gets the Add to
	// Home Screen steps and no Install button.
	if _, err := chromedp.Call(b.Ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{
		UserAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
	}); err != nil {
		t.Fatal(err)
	}
	b.Open(s.App + ui.PathStart)
	b.WaitFor("the install section", `!!document.getElementById('install')`)
	if text := bt.Eval[string](b, `document.getElementById('install').textContent`); !strings.Contains(text, "tap the Share button, then Add to Home Screen") {
		t.Errorf("no iPhone steps: %q", text)
	}
	if bt.Eval[bool](b, `!!document.querySelector('#install button')`) {
		t.Error("an Install button on an Apple browser, which has no install prompt")
	}
}

// TestOffline: load once, then stop the server and cut the network: the
// start page, deep links, the whole question flow, the plan, drafting the
// complaint letter and every export that needs no network still work, and
// nothing the app needs fails to load.
func TestOffline(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	reqs := b.Record()
	b.GrantClipboard(s.App)
	b.Open(s.App + ui.PathStart)
	b.WaitOfflineReady(s)
	if f := reqs.Failed(s.App); len(f) > 0 {
		t.Errorf("failed requests online: %q", f)
	}
	reqs.Reset()

	// Cut the network: no server at all, and the browser offline.
	s.Stop()
	b.SetOffline(true)
	if _, err := http.Get(s.Host + "/healthz"); err == nil {
		t.Fatal("the server still answers")
	}
	b.Do(chromedp.Reload())
	b.OnPage(ui.PathStart)
	b.WaitFor("the offline notice", `document.body.textContent.includes('You are offline')`)
	b.Shot("offline-start")

	// Deep links, opened directly.
	for _, p := range []string{ui.PathPlan, complaint, bt.QuestionPath(flow.QOutcomes), ui.PathData, ui.PathPrivacy, ui.PathCheck} {
		b.Open(s.App + p)
		b.OnPage(p)
	}
	b.Open(s.App + bt.QuestionPath(flow.QNation) + "?utm_source=leaflet")
	b.OnPage(bt.QuestionPath(flow.QNation))

	// The whole flow, from the start page to the plan, and the complaint.
	toPlan(b, s)
	if n := bt.Eval[int](b, `document.querySelectorAll('main [data-id]').length`); n == 0 {
		t.Error("the plan offline has no steps")
	}
	b.Shot("offline-plan")
	b.DOMClick(`#letters a[href="` + complaint + `"]`)
	b.OnPage(complaint)
	b.Type(senderBox, "Offline Tester")
	b.Type(impactBox, "I could not sleep for weeks.")
	b.PreviewHas("Offline Tester")

	// Exports that need no network.
	b.Click("Copy the letter")
	b.Notice("Copied")
	if clip := bt.Eval[string](b, `navigator.clipboard.readText().catch(e => 'ERROR ' + e)`); !strings.Contains(clip, "Offline Tester") {
		t.Errorf("the clipboard has %q, want the letter", clip)
	}
	if _, docx := b.Download(".docx", func() { b.Click("Download for Word (.docx)") }); !bytes.HasPrefix(docx, []byte("PK")) {
		t.Errorf("the .docx does not start with PK: %q", docx[:min(len(docx), 20)])
	}
	if _, txt := b.Download(".txt", func() { b.Click("Download as text (.txt)") }); !bytes.Contains(txt, []byte("Offline Tester")) || !bytes.Contains(txt, []byte("I could not sleep for weeks.")) {
		t.Errorf("the .txt does not have the letter: %q", txt)
	}
	b.Open(s.App + ui.PathData)
	if _, saved := b.Download("draft file", func() { b.Click("Save a draft file") }); !json.Valid(saved) || !bytes.Contains(saved, []byte("Offline Tester")) {
		t.Errorf("the draft file is not JSON with the sender's name: %.300s", saved)
	}
	for _, f := range reqs.Failed(s.App) {
		if strings.Contains(f, "/app-worker.js") {
			t.Logf("expected offline: the browser's update check failed: %s", f)
			continue
		}
		t.Errorf("a request for the app failed offline: %s", f)
	}
	if strings.Contains(strings.Join(b.Console(), "\n"), "loading wasm failed") {
		t.Errorf("console: %q", b.Console())
	}
}

// TestOfflineInPartnerFrame: inside a partner's iframe offline is best
// effort. Online, with storage working in the frame, there is no notice
// (issue 12); offline, the app offers Open full screen. What else works
// offline is recorded, not required.
func TestOfflineInPartnerFrame(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	b.Navigate(s.Host + "/demo/")
	b.StartWidget(0)
	f := b.FrameTarget(s.App + ui.PathStart)
	f.WaitFor("the first question", bt.OnQuestion)
	if bt.Eval[bool](f, `!!document.querySelector('.embed-bar')`) {
		t.Error("online with storage working, the app shows the inside-another-website notice")
	}
	var results []string
	record := func(what string, ok bool) {
		results = append(results, fmt.Sprintf("  %-55s %s", what, map[bool]string{true: "works", false: "does not work"}[ok]))
	}
	record("service worker controls the frame and caches the app (partitioned under the partner's site)", f.Becomes(`(async () => !!navigator.serviceWorker.controller &&
		(await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0])).match('/web/app.wasm')) !== undefined)()`, 3*time.Minute))

	// Cut the network for the page and the frame, and stop the server.
	b.SetOffline(true)
	f.SetOffline(true)
	s.Stop()
	if !f.Becomes(`[...document.querySelectorAll('a')].some(a => a.textContent.startsWith('Open full screen'))`, 10*time.Second) {
		t.Error("offline in the frame, the app does not offer Open full screen")
	}
	record("the app says it is offline", f.Becomes(`document.body.textContent.includes('You are offline')`, 10*time.Second))
	f.DOMClick("form button[type=submit]")
	record("moving on in the running app (an error for no answer)", f.Becomes(`!!`+bt.ErrorSummaryEl, 10*time.Second))
	// Reload only the frame: its service worker may serve it.
	bt.Eval[bool](f, `(window.__beforeReload = true, setTimeout(() => location.reload()), true)`)
	record("reloading the frame offline", f.Becomes(`window.__beforeReload === undefined && !document.getElementById('app-wasm-loader') && !!`+bt.HeadingEl, 40*time.Second))
	// Reload the partner's page: it is not ours, so nothing caches it.
	bt.Eval[bool](b, `(setTimeout(() => location.reload()), true)`)
	record("reloading the partner's page (and embed.js, not ours to cache)", b.Becomes(`!!document.querySelector('putitright-widget')`, 10*time.Second))
	t.Log("offline inside a partner's iframe (headless Chromium):\n" + strings.Join(results, "\n"))
}

// TestUpdateKeepsDraft: serve version 1, start a draft, then serve version
// 2 on the same address: the app says a new version is ready and does not
// reload by itself; after Reload the draft is exactly as it was and
// version 2 runs.
func TestUpdateKeepsDraft(t *testing.T) {
	v1 := bt.Dist(t)
	v2 := filepath.Join(t.TempDir(), "dist")
	if out, err := exec.Command("cp", "-a", v1, v2).CombinedOutput(); err != nil {
		t.Fatalf("copying the build: %v %s", err, out)
	}
	// Version 2: a changed stylesheet (its compressed copies go, so the
	// server sends the new one).
	css := filepath.Join(v2, "web", "app.css")
	old, err := os.ReadFile(css)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(css, append(old, []byte("\n/* version 2 */\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(css + ".br")
	os.Remove(css + ".gz")

	s := bt.StartServerDir(t, v1, 0)
	ver1 := serverVersion(t, s)
	b := bt.Launch(t, bt.Chromium)
	b.Open(s.App + ui.PathStart)
	b.WaitOfflineReady(s)
	if bt.Eval[bool](b, `document.body.textContent.includes('A new version is ready')`) {
		t.Error("on a first visit, the app speaks of a new version")
	}

	// Start a draft: two answers.
	b.Click("Start now")
	b.WaitFor("the first question", bt.OnQuestion)
	a := letterCase().Answers
	b.AnswerPage(a, bt.Mouse, nil)
	b.AnswerPage(a, bt.Mouse, nil)
	draftBefore := bt.Eval[string](b, bt.SavedDraft+` || ''`)
	if !strings.Contains(draftBefore, string(a.Nation)) || !strings.Contains(draftBefore, string(a.Service)) {
		t.Fatalf("the draft was not saved: %q", draftBefore)
	}
	pathBefore := bt.Eval[string](b, `location.pathname`)
	bt.Eval[bool](b, `window.__sameDocument = true`)

	// Version 2 on the same port.
	s.Stop()
	s2 := bt.StartServerDir(t, v2, s.Port)
	ver2 := serverVersion(t, s2)
	if ver2 == ver1 {
		t.Fatalf("version 2 has the same version as version 1: %s", ver1)
	}
	t.Logf("version 1 %s, version 2 %s", ver1, ver2)
	bt.Eval[bool](b, `goappTryUpdate(), true`)
	b.WaitLong("the update notice", `document.body.textContent.includes('A new version is ready')`, 3*time.Minute)
	if !bt.Eval[bool](b, `window.__sameDocument === true`) {
		t.Fatal("the app reloaded by itself")
	}
	if got := bt.Eval[string](b, bt.SavedDraft+` || ''`); got != draftBefore {
		t.Errorf("the draft changed before reloading:\n%s\n%s", draftBefore, got)
	}
	b.Shot("update-notice")
	b.Holds("the app does not reload by itself", `window.__sameDocument === true`, 2*time.Second)

	b.Click("Reload")
	b.WaitLong("the app after the reload", `window.__sameDocument === undefined && !document.getElementById('app-wasm-loader') && !!`+bt.HeadingEl, time.Minute)
	after := b.Saved()
	before, err := draft.Open(bt.English(t), []byte(draftBefore))
	if after.Saved, before.Saved = "", ""; err != nil || !reflect.DeepEqual(before, after) {
		t.Errorf("the draft changed after the update (%v):\nbefore %+v\nafter  %+v", err, before, after)
	}
	if p := bt.Eval[string](b, `location.pathname`); p != pathBefore {
		t.Errorf("after reloading the page is %s, want %s", p, pathBefore)
	}
	if got := bt.Eval[string](b, `goappGetenv('GOAPP_VERSION')`); got != ver2 {
		t.Errorf("the page runs version %s, want %s", got, ver2)
	}
	// The new worker deletes the old cache once it is active.
	b.WaitLong("only version 2's cache", `caches.keys().then(k => k.length === 1 && k[0] === `+bt.JS("app-"+ver2)+`)`, time.Minute)
	if !bt.Eval[bool](b, `[...document.styleSheets].some(s => { try { return [...s.cssRules].length > 0 && s.href && s.href.endsWith('/web/app.css') } catch (e) { return false } })`) {
		t.Error("no stylesheet after the update")
	}
	// The answers are still in the form.
	service := bt.QuestionPath(flow.QService)
	b.Open(s2.App + service)
	b.OnPage(service)
	if got := b.Chosen(); !slices.Equal(got, []string{bt.Choice(string(a.Service))}) {
		t.Errorf("after the update the service question shows %q chosen, want %s", got, a.Service)
	}
}
