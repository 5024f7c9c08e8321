//go:build porting

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Inside a partner's page (issue 12): Start goes straight to the first
// question, the phone's Back button goes back a step inside the widget and
// never off the page, the "inside another website" notice stays away where
// storage works, and widgets with different titles keep their own drafts.

func TestPartnerFrameBack(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	host := hostPage(t, `<h1>Partner</h1><div data-putitright></div><script src="`+s.App+`/embed.js" data-partner-name="P"></script>`)
	b.do(chromedp.EmulateViewport(390, 844), chromedp.Navigate(host))
	b.clickStart(0)
	f := b.appFrame(s.App + "/")
	f.waitHeading("Where was the care given?")
	if feval[bool](f, `!!document.querySelector('.embed-bar')`) {
		t.Error("the inside-another-website notice shows where storage works")
	}
	f.click("#value-england")
	f.click("form button[type=submit]")
	f.waitHeading("What kind of service is it about?")

	// A reload of the frame (as after an update) keeps the partner's
	// settings and the page it reports its height to.
	if !feval[bool](f, `location.hash.includes('embed=1') && location.hash.includes('partner=P')`) {
		t.Errorf("the frame's address lost its settings: %s", feval[string](f, `location.href`))
	}
	feval[bool](f, `location.reload(), true`)
	f.waitFor("the app again after a reload", `!document.getElementById('app-wasm-loader') && (document.querySelector('.partner')?.textContent || '') === 'with P'`)
	f.waitHeading("What kind of service is it about?")
	checkHeight(f, 0, "after a reload in the frame")

	// Back, as the phone's Back button does: the host page's history.
	eval[bool](b, `history.back(), true`)
	f.waitHeading("Where was the care given?")
	if got := feval[bool](f, `document.getElementById('value-england').checked`); !got {
		t.Error("after Back the answer given is lost")
	}
	eval[bool](b, `history.back(), true`)
	f.waitHeading("Get your complaint about NHS or social care heard")
	if feval[bool](f, `!!document.querySelector('.embed-bar')`) {
		t.Error("the inside-another-website notice shows on the start page where storage works")
	}
	if got := eval[string](b, `location.href`); got != host {
		t.Errorf("Back left the partner's page for %q", got)
	}
	// Forward again, then Continue: the steps are there both ways.
	eval[bool](b, `history.forward(), true`)
	f.waitHeading("Where was the care given?")
	b.shot("partner-frame-back")
}

func TestPartnerTwoTitles(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	host := hostPage(t, `<h1>Partner</h1>
		<div data-putitright data-title="Complain about a hospital"></div><p>Between.</p>
		<div data-putitright data-title="Complain about a care home"></div>
		<script src="`+s.App+`/embed.js" data-partner-name="P"></script>`)
	b.do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(host))
	b.clickStart(0)
	f1 := b.appFrame(s.App+"/", "title=Complain+about+a+hospital")
	f1.waitHeading("Where was the care given?")
	f1.click("#value-wales")
	f1.click("form button[type=submit]")
	f1.waitHeading("What kind of service is it about?")
	b.clickStart(1)
	f2 := b.appFrame(s.App+"/", "title=Complain+about+a+care+home")
	f2.waitHeading("Where was the care given?")
	if feval[bool](f2, `document.getElementById('value-wales').checked`) {
		t.Error("the second widget shows the first widget's answer")
	}
	keys := feval[[]string](f2, `Object.keys(localStorage).filter((k) => k.startsWith('putitright-draft')).sort()`)
	if len(keys) != 1 || !strings.HasSuffix(keys[0], ":Complain about a hospital") {
		t.Errorf("drafts kept: %q, want only the first widget's", keys)
	}
}
