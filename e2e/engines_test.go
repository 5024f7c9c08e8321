package e2e

// The main journeys in each engine people use: Chromium, Firefox ESR and
// WebKitGTK (Safari's engine family). From the start page through the
// questions to the plan and the complaint letter, a .txt export, the email
// and phone links followed as clicks; a draft file saved and opened in a
// fresh browser; a reload with the server gone; the widget on another site.

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/ui"
	bt "putitright/internal/browsertest"
)

// toPlan goes from the start page through the questions to the plan with
// the mouse, giving letterCase's answers. A question never answered must
// show nothing chosen, even though the page before had the same kind of
// inputs.
func toPlan(b *bt.Browser, s *bt.Server) {
	b.T.Helper()
	b.Open(s.App + ui.PathStart)
	b.Click("Start now")
	b.WaitFor("the first question", bt.OnQuestion)
	b.AnswerQuestions(letterCase().Answers, bt.Mouse, func(q flow.Question) {
		if got := b.Chosen(); len(got) > 0 {
			b.T.Errorf("%s, never answered, shows %q as chosen (left over from the page before)", q.ID, got)
		}
	})
	b.ClickOn(`a.button[href="` + ui.PathPlan + `"]`)
	b.OnPage(ui.PathPlan)
}

// toLetter goes from the start page through the questions and the plan to
// the complaint letter.
func toLetter(b *bt.Browser, s *bt.Server) {
	b.T.Helper()
	toPlan(b, s)
	// The plan's parts are folded: open the letters part with a tap.
	if !bt.Eval[bool](b, `document.getElementById('letters').open`) {
		b.ClickOn(`#letters > summary`)
		b.WaitFor("the letters part open", `document.getElementById('letters').open`)
	}
	b.ClickOn(`#letters a[href="` + bt.LetterPath(guide.LetterComplaint) + `"]`)
	b.OnPage(bt.LetterPath(guide.LetterComplaint))
}

// inEachEngine runs test with a fresh server and browser in each engine.
func inEachEngine(t *testing.T, test func(t *testing.T, s *bt.Server, b *bt.Browser)) {
	for _, e := range bt.Engines {
		t.Run(string(e), func(t *testing.T) {
			s, b := bt.Start(t, e)
			test(t, s, b)
		})
	}
}

// TestEngineJourney: start → questions → plan → the complaint → .txt
// export straight after typing, the email link and a phone link, followed: the browser is asked
// for exactly the link the app built, not one with the app's host.
func TestEngineJourney(t *testing.T) {
	inEachEngine(t, func(t *testing.T, s *bt.Server, b *bt.Browser) {
		toLetter(b, s)
		b.Type(senderBox, "Ada Lovelace")
		b.PreviewHas("Ada Lovelace")
		b.Shot("engine-letter")
		// A button pressed straight after typing takes every word typed.
		b.Type(senderBox, " King")
		name, data := b.Download("the .txt export", func() { b.Click("Download as text (.txt)") })
		if !strings.HasSuffix(name, ".txt") || !strings.Contains(string(data), "Ada Lovelace King") {
			t.Errorf("the .txt export is %q: %.200q", name, data)
		}
		href := bt.Eval[string](b, bt.MailtoEl+`?.getAttribute('href') || ''`)
		if !strings.HasPrefix(href, "mailto:?subject=") {
			t.Fatalf("the email link is %q", href)
		}
		u, _ := url.Parse(s.App)
		if got := b.FollowLink("#" + ui.IDMailto); got != href || strings.Contains(got, u.Host) {
			t.Errorf("following the email link asks for %.120q, want exactly %.120q", got, href)
		}
		b.Open(s.App + ui.PathStart)
		if got := b.FollowLink(`a[href="tel:999"]`); got != "tel:999" {
			t.Errorf("following the 999 link asks for %q, want tel:999", got)
		}
	})
}

// TestEngineDraftFile: a draft file saved in one browser opens in a fresh
// one, with the letter's details.
func TestEngineDraftFile(t *testing.T) {
	inEachEngine(t, func(t *testing.T, s *bt.Server, b *bt.Browser) {
		b.SeedLetter(s.App, letterCase(), guide.LetterComplaint)
		b.Type(senderBox, "Grace Hopper")
		b.PreviewHas("Grace Hopper")
		b.Open(s.App + ui.PathData)
		_, data := b.Download("the draft file", func() { b.Click("Save a draft file") })

		fresh := bt.Launch(t, b.Engine)
		fresh.Open(s.App + ui.PathData)
		fresh.OpenDraftFile(fresh.WriteFile("draft.json", data))
		fresh.WaitFor("the draft to be opened", `!!`+bt.SavedDraft)
		if got := fresh.Saved().Details.SenderName; got != "Grace Hopper" {
			t.Errorf("the opened draft has sender %q", got)
		}
		fresh.OpenLetter(s.App, guide.LetterComplaint)
		fresh.PreviewHas("Grace Hopper")
	})
}

// TestEngineOffline: once the app is cached, it reloads and works with the
// server gone, as when a person's phone has no signal, with what was typed
// before.
func TestEngineOffline(t *testing.T) {
	inEachEngine(t, func(t *testing.T, s *bt.Server, b *bt.Browser) {
		b.SeedLetter(s.App, letterCase(), guide.LetterComplaint)
		if !bt.Eval[bool](b, `'serviceWorker' in navigator`) {
			t.Skipf("%s has no service workers on %s, so the app cannot work offline there", b.Engine, s.App)
		}
		b.WaitOfflineReady(s)
		b.Type(senderBox, "Mary Seacole")
		b.PreviewHas("Mary Seacole")
		s.Stop()
		if res, err := http.Get(s.Host + "/healthz"); err == nil {
			res.Body.Close()
			t.Fatal("the server still answers")
		}
		b.OpenLetter(s.App, guide.LetterComplaint)
		b.PreviewHas("Mary Seacole")
		b.Open(s.App + ui.PathPlan)
		b.WaitHeading("Your plan")
	})
}

// TestEngineWidget: the widget on a partner's page on another site starts
// the app in its iframe on the first question the partner's nation leaves,
// with no notice where storage works and Open full screen in its footer;
// the app in it answers and moves on, and the iframe grows to the app's
// height.
func TestEngineWidget(t *testing.T) {
	inEachEngine(t, func(t *testing.T, s *bt.Server, b *bt.Browser) {
		b.Navigate(bt.HostPage(t, `<h1>Partner</h1><div data-putitright></div><script src="`+s.App+`/embed.js" `+partnerAttrs+`></script>`))
		b.StartWidget(0)
		// The whole app in the partner's window: WebKit's WebDriver aims
		// the pointer in the top page's viewport, which scrolling inside
		// the frame does not move.
		b.SetViewport(1280, 2400)
		b.InFrame(bt.Widgets(`W().querySelector('iframe')`), s.App+ui.PathStart, func(f *bt.Browser) {
			f.Ready()
			f.OnPage(bt.QuestionPath(flow.QService))
			if bt.Eval[bool](f, `document.body.textContent.includes('inside another website')`) {
				t.Error("online with storage working, the app in the frame says it is inside another website")
			}
			if !bt.Eval[bool](f, `[...document.querySelectorAll('footer a')].some(a => a.textContent.startsWith('Open full screen'))`) {
				t.Error("the app in the frame has no Open full screen link in its footer")
			}
			f.AnswerPage(guide.Answers{Service: guide.GP}, bt.Mouse, nil)
		})
		b.WaitLong("the iframe to take the app's height", bt.Widgets(`W().querySelector('iframe').getBoundingClientRect().height > 200`), time.Minute)
		b.Shot("engine-widget")
	})
}
