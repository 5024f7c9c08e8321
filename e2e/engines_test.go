package e2e

// The main journeys in each engine people use: Chromium, Firefox ESR and
// WebKitGTK (Safari's engine family). From the start page through the
// questions to the plan and the complaint letter, a .txt export, the email
// link followed as a click; a draft file saved and opened in a fresh
// browser; a reload with the server gone; the widget on another site.

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"putitright/app/ui"
	bt "putitright/internal/browsertest"
)

// walk answers every question, with the mouse, from the first question to
// the check page, as a person would: the first of walkChoices each page
// offers, three months ago for a date.
func walk(b *bt.Browser) {
	b.T.Helper()
	for range 25 {
		if b.Heading() == "Check your answers" {
			return
		}
		if bt.Eval[bool](b, `!!document.getElementById('month')`) {
			m, y := monthsAgo(3)
			b.Answer(m, y)
			continue
		}
		// A new question never answered shows nothing chosen, even though
		// the page before had the same kind of inputs.
		stale := `[...document.querySelectorAll('input[name=value]:checked')].map(e => e.id)`
		if !b.Becomes(stale+`.length === 0`, 2*time.Second) {
			b.T.Errorf("%q, never answered, shows %q as chosen (left over from the page before)", b.Heading(), bt.Eval[[]string](b, stale))
			bt.Eval[bool](b, `document.querySelectorAll('input[name=value]').forEach(e => e.checked = false), true`)
		}
		var pick string
		for _, v := range walkChoices {
			if bt.Eval[bool](b, `!!document.getElementById('value-' + `+bt.JS(v)+`)`) {
				pick = v
				break
			}
		}
		if pick == "" {
			pick = bt.Eval[string](b, `document.querySelector('input[name=value]')?.value || ''`)
		}
		if pick == "" {
			b.T.Fatalf("no answer to choose on %q", b.Heading())
		}
		b.Answer(pick)
	}
	b.T.Fatalf("the questions did not end (last page %q)", b.Heading())
}

// toPlan goes from the start page through the questions to the plan.
func toPlan(b *bt.Browser, s *bt.Server) {
	b.T.Helper()
	b.Open(s.App + ui.PathStart)
	b.WaitHeading(startHeading)
	b.Click("Start now")
	b.WaitFor("the first question", `location.pathname.startsWith('/q/')`)
	walk(b)
	b.ClickOn(`a.button[href="` + ui.PathPlan + `"]`)
	b.WaitHeading("Your plan")
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
	b.ClickOn(`#letters a[href="` + ui.PathLetters + `/complaint"]`)
	b.WaitFor("the complaint letter", `!!document.getElementById(`+bt.JS(ui.IDPreview)+`)`)
}

// checkMailto follows the email link and checks the browser was asked for
// exactly the mailto: address the app built, not one with the app's host.
func checkMailto(t *testing.T, b *bt.Browser, s *bt.Server) {
	t.Helper()
	href := bt.Eval[string](b, `document.getElementById(`+bt.JS(ui.IDMailto)+`)?.getAttribute('href') || ''`)
	if !strings.HasPrefix(href, "mailto:?subject=") {
		t.Fatalf("the email link is %q", href)
	}
	got := b.FollowLink("#" + ui.IDMailto)
	u, _ := url.Parse(s.App)
	if got != href || strings.Contains(got, u.Host) || strings.HasPrefix(got, "mailto://") {
		t.Errorf("%s: following the email link asks for %.120q, want exactly %.120q", b.Engine, got, href)
	}
}

// TestEngineJourney: start → questions → plan → the complaint → .txt
// export, the email link and a phone link, followed.
func TestEngineJourney(t *testing.T) {
	for _, e := range bt.Engines {
		t.Run(string(e), func(t *testing.T) {
			s := bt.StartServer(t)
			b := bt.Launch(t, e)
			toLetter(b, s)
			b.Type("#d-senderName", "Ada Lovelace")
			previewHas(b, "Ada Lovelace")
			b.Shot("engine-letter")
			name, data := b.Download("the .txt export", func() { b.Click("Download as text (.txt)") })
			if !strings.HasSuffix(name, ".txt") || !strings.Contains(string(data), "Ada Lovelace") {
				t.Errorf("the .txt export is %q: %.200q", name, data)
			}
			checkMailto(t, b, s)
			b.Open(s.App + ui.PathStart)
			if !bt.Eval[bool](b, `!!document.querySelector('a[href="tel:999"]')`) {
				t.Fatal("the start page has no tel:999 link")
			}
			if e == bt.Firefox {
				// The profile's web handler takes mailto: links but not tel:
				// ones, which Firefox gives to the desktop's own program.
				t.Log("firefox: the tel: link is not followed: Firefox ESR ignores a test profile's handler for tel:")
				return
			}
			if got := b.FollowLink(`a[href="tel:999"]`); got != "tel:999" {
				t.Errorf("%s: following the 999 link asks for %q, want tel:999", e, got)
			}
		})
	}
}

// TestEngineDraftFile: a draft file saved in one browser opens in a fresh
// one, with the letter's details.
func TestEngineDraftFile(t *testing.T) {
	for _, e := range bt.Engines {
		t.Run(string(e), func(t *testing.T) {
			s := bt.StartServer(t)
			b := bt.Launch(t, e)
			b.Seed(s.App, letterCase(), ui.PathLetters+"/complaint")
			b.Type("#d-senderName", "Grace Hopper")
			previewHas(b, "Grace Hopper")
			b.Open(s.App + ui.PathData)
			_, data := b.Download("the draft file", func() { b.Click("Save a draft file") })
			file := b.WriteFile("draft.json", data)

			fresh := bt.Launch(t, e)
			fresh.Open(s.App + ui.PathData)
			fresh.OpenDraftFile(file)
			fresh.WaitFor("the draft to be opened", `!!localStorage.getItem(`+bt.JS(ui.KeyDraft)+`)`)
			if got := fresh.Saved().Details.SenderName; got != "Grace Hopper" {
				t.Errorf("the opened draft has sender %q", got)
			}
			fresh.Open(s.App + ui.PathLetters + "/complaint")
			previewHas(fresh, "Grace Hopper")
		})
	}
}

// TestEngineOffline: once the app is cached, it reloads and works with the
// server gone, as when a person's phone has no signal.
func TestEngineOffline(t *testing.T) {
	for _, e := range bt.Engines {
		t.Run(string(e), func(t *testing.T) {
			s := bt.StartServer(t)
			b := bt.Launch(t, e)
			b.Seed(s.App, letterCase(), ui.PathLetters+"/complaint")
			if !bt.Eval[bool](b, `'serviceWorker' in navigator`) {
				t.Skipf("%s has no service workers on %s, so the app cannot work offline there", e, s.App)
			}
			b.WaitOfflineReady(s)
			b.Type("#d-senderName", "Mary Seacole")
			previewHas(b, "Mary Seacole")
			s.Stop()
			if res, err := http.Get(s.Host + "/healthz"); err == nil {
				res.Body.Close()
				t.Fatal("the server still answers")
			}
			b.Open(s.App + ui.PathLetters + "/complaint")
			previewHas(b, "Mary Seacole")
			b.Open(s.App + ui.PathPlan)
			b.WaitHeading("Your plan")
		})
	}
}

// TestEngineWidget: the widget on a partner's page on another site starts
// the app in its iframe on the first question the partner's nation leaves,
// and the iframe grows to the app's height; the app in it answers and
// moves on.
func TestEngineWidget(t *testing.T) {
	for _, e := range bt.Engines {
		t.Run(string(e), func(t *testing.T) {
			s := bt.StartServer(t)
			b := bt.Launch(t, e)
			host := hostPage(t, `<h1>Partner</h1><div data-putitright></div><script src="`+s.App+`/embed.js" `+partnerAttrs+`></script>`)
			b.Navigate(host)
			b.WaitFor("the widget", hjs(`!!W()?.querySelector('button')`))
			b.ClickElement("the widget's Start button", hjs(`W().querySelector('button')`))
			b.WaitFor("the app's iframe", hjs(`(W().querySelector('iframe')?.src || '').startsWith(`+bt.JS(s.App+ui.PathStart)+`)`))
			// The whole app in the partner's window: WebKit's WebDriver aims
			// the pointer in the top page's viewport, which scrolling inside
			// the frame does not move.
			b.SetViewport(1280, 2400)
			b.InFrame(hjs(`W().querySelector('iframe')`), s.App+ui.PathStart, func(f *bt.Browser) {
				f.Ready()
				// Inside a partner's page the app opens on the first question
				// (the partner's nation skips "Where was the care given?").
				f.WaitLong("the first question", `location.pathname.startsWith('/q/')`, time.Minute)
				f.WaitHeading("What kind of service is it about?")
				// Online, with storage working, the inside-another-website
				// notice stays away; Open full screen is a footer link.
				if bt.Eval[bool](f, `document.body.textContent.includes('inside another website')`) {
					t.Error("online with storage working, the app in the frame says it is inside another website")
				}
				if !bt.Eval[bool](f, `[...document.querySelectorAll('footer a')].some(a => a.textContent.startsWith('Open full screen'))`) {
					t.Error("the app in the frame has no Open full screen link in its footer")
				}
				app := bt.Eval[int](f, `Math.ceil(document.documentElement.getBoundingClientRect().height)`)
				f.Answer("gp")
				f.WaitFor("the next question", `location.pathname !== `+bt.JS("/q/service"))
				t.Logf("%s: the app in the frame is %dpx tall on its first question", e, app)
			})
			b.WaitFor("the iframe to take the app's height", hjs(`W().querySelector('iframe').getBoundingClientRect().height > 200`))
			b.Shot("engine-widget")
		})
	}
}
