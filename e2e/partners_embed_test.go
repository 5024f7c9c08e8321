package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"putitright/app/ui"

	bt "putitright/internal/browsertest"

	"github.com/chromedp/chromedp"
)

// Inside a partner's page (issue 12): Start goes straight to the first
// question, the phone's Back button goes back a step inside the widget and
// never off the page, the "inside another website" notice stays away where
// storage works, and widgets with different titles keep their own drafts.

func TestPartnerFrameBack(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	host := hostPage(t, `<h1>Partner</h1><div data-putitright></div><script src="`+s.App+`/embed.js" data-partner-name="P"></script>`)
	b.Do(chromedp.EmulateViewport(390, 844), chromedp.Navigate(host))
	clickStart(b, 0)
	f := b.FrameTarget(s.App + ui.PathStart)
	f.WaitHeading("Where was the care given?")
	if bt.Eval[bool](f, `!!document.querySelector('.embed-bar')`) {
		t.Error("the inside-another-website notice shows where storage works")
	}
	f.DOMClick("#value-england")
	f.WaitFor("England to be chosen", `document.getElementById('value-england').checked`)
	f.DOMClick("form button[type=submit]")
	f.WaitHeading("What kind of service is it about?")

	// A reload of the frame (as after an update) keeps the partner's
	// settings and the page it reports its height to.
	if !bt.Eval[bool](f, `location.hash.includes('embed=1') && location.hash.includes('partner=P')`) {
		t.Errorf("the frame's address lost its settings: %s", bt.Eval[string](f, `location.href`))
	}
	func() {
		// The reload ends the page the script runs in: its answer may not come.
		ctx, cancel := context.WithTimeout(f.Ctx, 10*time.Second)
		defer cancel()
		chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`window.__beforeReload = true; setTimeout(() => location.reload())`))
	}()
	f.WaitFor("the reload", `window.__beforeReload === undefined`)
	f.WaitFor("the app again after a reload", `!document.getElementById('app-wasm-loader') && (document.querySelector('.partner')?.textContent || '') === 'with P'`)
	f.WaitHeading("What kind of service is it about?")
	checkHeight(b, f, 0, "after a reload in the frame")

	// Back, as the phone's Back button does: the host page's history.
	bt.Eval[bool](b, `history.back(), true`)
	f.WaitHeading("Where was the care given?")
	if got := bt.Eval[bool](f, `document.getElementById('value-england').checked`); !got {
		t.Error("after Back the answer given is lost")
	}
	bt.Eval[bool](b, `history.back(), true`)
	f.WaitHeading("Get your complaint about NHS or social care heard")
	if bt.Eval[bool](f, `!!document.querySelector('.embed-bar')`) {
		t.Error("the inside-another-website notice shows on the start page where storage works")
	}
	if got := bt.Eval[string](b, `location.href`); got != host {
		t.Errorf("Back left the partner's page for %q", got)
	}
	// Forward again, then Continue: the steps are there both ways.
	bt.Eval[bool](b, `history.forward(), true`)
	f.WaitHeading("Where was the care given?")
	b.Shot("partner-frame-back")
}

func TestPartnerTwoTitles(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	host := hostPage(t, `<h1>Partner</h1>
		<div data-putitright data-title="Complain about a hospital"></div><p>Between.</p>
		<div data-putitright data-title="Complain about a care home"></div>
		<script src="`+s.App+`/embed.js" data-partner-name="P"></script>`)
	b.Do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(host))
	clickStart(b, 0)
	f1 := b.FrameTarget(s.App+ui.PathStart, "title=Complain+about+a+hospital")
	f1.WaitHeading("Where was the care given?")
	f1.DOMClick("#value-wales")
	f1.WaitFor("Wales to be chosen", `document.getElementById('value-wales').checked`)
	f1.DOMClick("form button[type=submit]")
	f1.WaitHeading("What kind of service is it about?")
	clickStart(b, 1)
	f2 := b.FrameTarget(s.App+ui.PathStart, "title=Complain+about+a+care+home")
	f2.WaitHeading("Where was the care given?")
	if bt.Eval[bool](f2, `document.getElementById('value-wales').checked`) {
		t.Error("the second widget shows the first widget's answer")
	}
	keys := bt.Eval[[]string](f2, `Object.keys(localStorage).filter((k) => k.startsWith(`+bt.JS(ui.KeyDraft)+`)).sort()`)
	if len(keys) != 1 || !strings.HasSuffix(keys[0], ":Complain about a hospital") {
		t.Errorf("drafts kept: %q, want only the first widget's", keys)
	}
}
