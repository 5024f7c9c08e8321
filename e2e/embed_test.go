package e2e

// The partner embed (issues 5 and 12) against the real app: a host page on
// one site (http://127.0.0.1:PORT) loads embed.js from the app's site
// (http://localhost:PORT). Chromium runs the cross-site iframe in its own
// process, as its own target; a frame's Browser drives it through that
// target. Start goes straight to the first question, the frame follows the
// app's height, the phone's Back button goes back a step inside the widget
// and never off the page, the "inside another website" notice stays away
// where storage works, and widgets with different titles keep their own
// drafts.

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/ui"
	bt "putitright/internal/browsertest"
)

// partnerAttrs are a partner's full settings on the script tag.
const partnerAttrs = `data-partner-name="Healthwatch Example" data-advocacy-name="Example Advocacy" data-advocacy-phone="0300 000 0000"
	data-advocacy-web="https://advocacy.example.org/" data-pals-name="Example Hospital PALS" data-pals-phone="0100 000 0001"
	data-pals-web="https://pals.example.nhs.uk/" data-healthwatch-name="Healthwatch Example" data-healthwatch-phone="0100 000 0002"
	data-healthwatch-web="https://healthwatch.example.org/" data-accent="#6b1d5c" data-nation="england"`

// partnerPage is a host page with one widget of the partner P.
func partnerPage(t *testing.T, s *bt.Server) string {
	return bt.HostPage(t, `<h1>Partner</h1><div data-putitright></div><script src="`+s.App+`/embed.js" data-partner-name="P"></script>`)
}

// checkHeight waits until the i-th widget's iframe is as tall as the app in
// it, f, says it is (the loader clamps to 200–20000px).
func checkHeight(b, f *bt.Browser, i int, where string) {
	b.T.Helper()
	var app, got int
	if bt.Until(20*time.Second, func() bool {
		app = bt.Eval[int](f, `Math.ceil(document.documentElement.getBoundingClientRect().height)`)
		got = b.WidgetHeight(i)
		return got == min(20000, max(200, app))
	}) != nil {
		b.T.Errorf("%s: the iframe is %dpx tall but the app is %dpx", where, got, app)
	}
}

// tabbableJS defines tabbable(): the page's keyboard-reachable controls in
// document order (none here uses a positive tabindex).
const tabbableJS = `var tabbable = () => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
	.filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0);`

// TestEmbedFlow walks the real app inside a partner's page: the iframe
// follows the app's height on every page, each page is a step in the
// history, the app offers Open full screen with the partner's settings,
// the partner's contacts show in the plan, and the keyboard goes in on
// Start and out after the app's last control.
func TestEmbedFlow(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	host := bt.HostPage(t, `<h1>Partner</h1><p><a id="before" href="#before">Before the tool</a></p>
		<div data-putitright></div>
		<p><a id="after" href="#after">After the tool</a></p>
		<script src="`+s.App+`/embed.js" `+partnerAttrs+`></script>`)
	b.SetViewport(1280, 800)
	b.Navigate(host)
	b.WaitFor("the widget", bt.Widgets(`!!W()?.querySelector('button')`))
	hist := bt.Eval[int](b, `history.length`)

	// Keyboard: Tab to Start, Enter; focus goes into the app.
	b.TabTo("putitright-widget")
	b.Keys("\r")
	settings := b.Settings(b.WidgetSrc(0), s.App, ui.PathStart)
	f := b.FrameTarget(s.App + ui.PathStart)
	// The host focuses the iframe and the app its heading. Chromium gives
	// the frame's document focus with the next key press, which must go to
	// the app's first control after its heading.
	b.WaitFor("focus on the iframe", bt.FocusInWidget)
	first := bt.QuestionPath(flow.QService) // the partner's nation skips the first question
	f.OnPage(first)
	f.HeadingFocused(first)
	next := bt.Eval[string](f, tabbableJS+` (h => tabbable().find(e => h.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING).outerHTML)(`+bt.HeadingEl+`)`)
	b.Keys("\t")
	f.WaitFor("focus in the app after Tab", `document.hasFocus() && document.activeElement.outerHTML === `+bt.JS(next))
	bt.Eval[bool](f, bt.HeadingEl+`.focus(), true`)
	if !bt.Eval[bool](b, bt.FocusInWidget) {
		t.Error("on the host page, focus is not on the app's iframe")
	}
	checkHeight(b, f, 0, "first question")

	// Open full screen (a footer link; a notice only when storage is
	// blocked or offline) keeps the partner's settings, without embed and
	// host.
	checkFull := func(path string) {
		t.Helper()
		type link struct{ Href, Target, Rel string }
		l := bt.Eval[link](f, `(a => a ? {Href: a.href, Target: a.target, Rel: a.rel} : {})([...document.querySelectorAll('a')].find(a => a.textContent.startsWith('Open full screen')))`)
		if l.Target != "_blank" || !strings.Contains(l.Rel, "noopener") {
			t.Errorf("Open full screen link = %+v, want target _blank, noopener", l)
		}
		settings.Del("embed")
		settings.Del("host")
		if got := b.Settings(l.Href, s.App, path); got.Encode() != settings.Encode() {
			t.Errorf("Open full screen link's settings = %v\nwant %v", got, settings)
		}
	}
	checkFull(first)

	// Walk the questions: the height follows, focus is on each heading.
	pages := 0
	f.AnswerQuestions(letterCase().Answers, bt.Assistive, func(q flow.Question) {
		pages++
		checkHeight(b, f, 0, string(q.ID))
		if !f.Becomes(`document.hasFocus() && document.activeElement?.id === `+bt.JS(ui.IDHeading), 10*time.Second) {
			t.Errorf("%s: focus is not on the heading in the app but on %s", q.ID, bt.Eval[string](f, `document.hasFocus() + ' ' + document.activeElement?.outerHTML.slice(0, 120)`))
		}
	})
	if pages < 6 {
		t.Errorf("walked only %d pages", pages)
	}
	f.DOMClick(`a[href="` + ui.PathPlan + `"]`)
	f.OnPage(ui.PathPlan)
	checkHeight(b, f, 0, "plan")
	checkFull(ui.PathPlan)
	if n := bt.Eval[int](b, `history.length`); n <= hist {
		t.Errorf("host history.length went from %d to %d after %d pages in the app: Back would leave the page", hist, n, pages+1)
	}
	if got := bt.Eval[string](b, `location.href`); got != host {
		t.Errorf("host address changed to %q", got)
	}

	// The partner's own number is the free help on the plan's first screen,
	// and its contacts are in the plan's help part (opened, as a tap would).
	if now := bt.Eval[string](f, `document.getElementById('now-help')?.innerText || ''`); !strings.Contains(now, "Example Advocacy") || !strings.Contains(now, "0300 000 0000") {
		t.Errorf("the first screen's free help is not the partner's: %q", now)
	}
	help := bt.Eval[string](f, `(d => d ? (d.open = true, d.innerText) : '')(document.getElementById('help'))`)
	for _, want := range []string{"Example Advocacy", "0300 000 0000", "Example Hospital PALS", "0100 000 0001", "Healthwatch Example", "0100 000 0002"} {
		if !strings.Contains(help, want) {
			t.Errorf("the plan's help section does not mention %q:\n%s", want, help)
		}
	}
	for _, el := range []string{`[data-id="help.local.advocacy"]`, `[data-id="help.local.pals"]`, `[data-id="help.local.healthwatch"]`,
		`a[href="https://advocacy.example.org/"]`, `a[href="https://pals.example.nhs.uk/"]`, `a[href="https://healthwatch.example.org/"]`} {
		if !bt.Eval[bool](f, `!!document.querySelector('#help `+el+`')`) {
			t.Errorf("no %s in the plan's help section", el)
		}
	}

	// Out with the keyboard: Tab from the app's last control goes to the
	// host's next link, and Shift+Tab comes back to it.
	last := bt.Eval[string](f, tabbableJS+` (e => (e.focus(), e.outerHTML))(tabbable().pop())`)
	b.Keys("\t")
	b.WaitFor("focus on the host's next link", `document.activeElement?.id === 'after'`)
	b.ShiftTab()
	b.WaitFor("focus back in the iframe", bt.FocusInWidget)
	f.WaitFor("the app's last control to take focus after Shift+Tab from the host's next link", `document.hasFocus() && document.activeElement.outerHTML === `+bt.JS(last))
}

// TestEmbedDemoPage: before Start, the demo partner page (two widgets)
// loads only embed.js from the app, warns of nothing and nothing moves;
// axe finds nothing on the page before and after Start (with the app in
// the frame checked too).
func TestEmbedDemoPage(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	reqs := b.Record()
	b.SetViewport(1280, 800)
	b.Navigate(s.Host + "/demo/")
	b.WaitFor("the demo page to load", `document.readyState === 'complete' && document.querySelectorAll('putitright-widget').length === 2`)
	if cls := b.LayoutShift(); cls != 0 {
		t.Errorf("cumulative layout shift before Start = %v, want 0", cls)
	}
	b.Settled(reqs)
	if got := reqs.URLs(s.App); !slices.Equal(got, []string{"/embed.js"}) {
		t.Errorf("requests to the app before Start = %q, want only /embed.js", got)
	}
	b.Axe("the demo page before Start")
	b.Shot("embed-demo")
	b.SetViewport(1280, 800) // Shot leaves the phone's size
	b.StartWidget(0)
	f := b.FrameTarget(s.App+ui.PathStart, "partner=Healthwatch")
	checkHeight(b, f, 0, "demo first question")
	// axe in the app's frame, allowed to talk to the host page's across
	// origins, so a run on the host checks the frame too.
	bt.Eval[bool](f, f.AxeSource()+"\n;axe.configure({allowedOrigins: ['<unsafe_all_origins>']}); true")
	b.Axe("the demo page with the app started")
	b.Shot("embed-demo-started")
	for _, c := range b.Console() {
		if strings.HasPrefix(c, "warning: ") {
			t.Errorf("the demo page warns: %s", c)
		}
	}
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
	profile := t.TempDir()
	if err := os.MkdirAll(filepath.Join(profile, "Default"), 0o755); err != nil {
		t.Fatal(err)
	}
	prefs := `{"profile":{"block_third_party_cookies":true,"cookie_controls_mode":1,"content_settings":{"exceptions":{"cookies":{"http://localhost:*,http://127.0.0.1:*":{"setting":2}}}}}}`
	if err := os.WriteFile(filepath.Join(profile, "Default", "Preferences"), []byte(prefs), 0o644); err != nil {
		t.Fatal(err)
	}
	b := bt.Launch(t, bt.Chromium, chromedp.UserDataDir(profile))
	b.SetViewport(1280, 800)
	b.Navigate(partnerPage(t, s))
	b.StartWidget(0)
	f := b.FrameTarget(s.App + ui.PathStart)
	if bt.Eval[bool](f, `(() => { try { return localStorage instanceof Storage } catch (e) { return true } })()`) {
		t.Fatal("site data is not blocked in the frame: boot.js did not need its stand-in store")
	}
	f.WaitFor("the storage warning", `(document.querySelector('.banners [role=alert]')?.innerText || '').includes('not letting us keep your draft')`)
	if warn := bt.Eval[string](f, `document.querySelector('.banners [role=alert]').innerText`); !strings.Contains(warn, "Open full screen") || !strings.Contains(warn, "Save a draft file") {
		t.Errorf("storage warning = %q: want it to offer Open full screen and Save a draft file", warn)
	}
	if !bt.Eval[bool](f, `[...document.querySelectorAll('.banners button')].some((b) => b.textContent === 'Save a draft file') &&
		[...document.querySelectorAll('a[target=_blank]')].some((a) => a.textContent.startsWith('Open full screen'))`) {
		t.Error("no Save a draft file button or Open full screen link")
	}
	checkHeight(b, f, 0, "first question, storage blocked")
	// The app keeps working from memory, and keeps saying so.
	f.AnswerPage(letterCase().Answers, bt.Assistive, nil)
	if !bt.Eval[bool](f, `!!document.querySelector('.banners [role=alert]')`) {
		t.Error("the storage warning went away after an answer")
	}
	b.Shot("embed-storage-blocked")
}

// TestEmbedTwoWidgets: two widgets on one page, with their own partners
// and titles, each run the real app with their own settings and their own
// draft; each iframe follows its own app's height, and answering in one
// moves nothing in the other.
func TestEmbedTwoWidgets(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	b.SetViewport(1280, 800)
	b.Navigate(bt.HostPage(t, `<h1>Partner</h1><div data-putitright data-partner-name="First Partner" data-title="Complain about a hospital"></div><p>Between.</p>
		<div data-putitright data-partner-name="Second Partner" data-title="Complain about a care home" data-accent="#8a1538"></div>
		<script src="`+s.App+`/embed.js"></script>`))
	b.StartWidget(0)
	f1 := b.FrameTarget(s.App+ui.PathStart, "partner=First")
	b.StartWidget(1)
	f2 := b.FrameTarget(s.App+ui.PathStart, "partner=Second")
	nation := bt.QuestionPath(flow.QNation)
	for i, f := range []*bt.Browser{f1, f2} {
		if got, want := bt.Eval[string](f, `document.querySelector('.partner')?.textContent || ''`), []string{"with First Partner", "with Second Partner"}[i]; got != want {
			t.Errorf("widget %d header says %q, want %q", i, got, want)
		}
		f.OnPage(nation)
		checkHeight(b, f, i, fmt.Sprintf("widget %d first question", i))
	}
	h2 := b.WidgetHeight(1)
	f1.AnswerPage(guide.Answers{Nation: guide.Wales}, bt.Assistive, nil)
	checkHeight(b, f1, 0, "widget 0 second question")
	checkHeight(b, f2, 1, "widget 1 still on its first question")
	if got := b.WidgetHeight(1); got != h2 {
		t.Errorf("the second iframe changed from %d to %dpx with the first", h2, got)
	}
	if p := bt.Eval[string](f2, `location.pathname`); p != nation || len(f2.Chosen()) > 0 {
		t.Errorf("the second app moved to %s or shows the first's answer (%q)", p, f2.Chosen())
	}
	if keys := bt.Eval[[]string](f2, `Object.keys(localStorage).filter((k) => k.startsWith(`+bt.JS(ui.KeyDraft)+`))`); len(keys) != 1 || !strings.HasSuffix(keys[0], ":Complain about a hospital") {
		t.Errorf("drafts kept: %q, want only the first widget's", keys)
	}
}

// TestEmbedBack: a reload of the frame (as after an update) keeps the
// partner's settings and the page it reports its height to; the phone's
// Back button (the host page's history) goes back a step inside the
// widget, with the answer given, and never off the partner's page; Forward
// comes back.
func TestEmbedBack(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	host := partnerPage(t, s)
	b.SetViewport(390, 844)
	b.Navigate(host)
	b.StartWidget(0)
	f := b.FrameTarget(s.App + ui.PathStart)
	nation, service := bt.QuestionPath(flow.QNation), bt.QuestionPath(flow.QService)
	f.OnPage(nation)
	if bt.Eval[bool](f, `!!document.querySelector('.embed-bar')`) {
		t.Error("the inside-another-website notice shows where storage works")
	}
	f.AnswerPage(guide.Answers{Nation: guide.England}, bt.Assistive, nil)
	f.OnPage(service)
	if !bt.Eval[bool](f, `location.hash.includes('embed=1') && location.hash.includes('partner=P')`) {
		t.Errorf("the frame's address lost its settings: %s", bt.Eval[string](f, `location.href`))
	}
	bt.Eval[bool](f, `(window.__beforeReload = true, setTimeout(() => location.reload()), true)`)
	f.WaitFor("the app again after a reload", `window.__beforeReload === undefined && !document.getElementById('app-wasm-loader') && (document.querySelector('.partner')?.textContent || '') === 'with P'`)
	f.OnPage(service)
	checkHeight(b, f, 0, "after a reload in the frame")

	bt.Eval[bool](b, `history.back(), true`)
	f.OnPage(nation)
	if got := f.Chosen(); !slices.Equal(got, []string{bt.Choice(string(guide.England))}) {
		t.Errorf("after Back the answer given is lost: %q chosen", got)
	}
	bt.Eval[bool](b, `history.back(), true`)
	f.OnPage(ui.PathStart)
	if bt.Eval[bool](f, `!!document.querySelector('.embed-bar')`) {
		t.Error("the inside-another-website notice shows on the start page where storage works")
	}
	if got := bt.Eval[string](b, `location.href`); got != host {
		t.Errorf("Back left the partner's page for %q", got)
	}
	bt.Eval[bool](b, `history.forward(), true`)
	f.OnPage(nation)
	b.Shot("partner-frame-back")
}
