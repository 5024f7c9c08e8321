package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"

	"putitright/app/flow"
	"putitright/app/guide"
	bt "putitright/internal/browsertest"
)

// TestEarlyAnswerKept: on a slow first visit the prerendered question page
// looks ready long before the app starts. An answer ticked or typed then is
// kept; Continue pressed then says plainly that the app is getting ready,
// and once it has started the app applies the answer and moves on. The wasm
// download is held (CDP Fetch interception) until the test lets it go.
func TestEarlyAnswerKept(t *testing.T) {
	s := bt.StartServer(t)
	next := func(id flow.ID, in flow.Input) string {
		a, err := flow.Apply(bt.English(t), guide.Answers{}, id, in, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		return bt.QuestionPath(flow.Next(a, id))
	}
	walesBox := bt.Choice(string(guide.Wales))
	wales := func(b *bt.Browser) {
		b.ClickOn(`label[for="` + walesBox[1:] + `"]`)
		if !bt.Eval[bool](b, `document.querySelector(`+bt.JS(walesBox)+`).checked`) {
			b.T.Fatal("Wales is not ticked after a click on its label")
		}
	}
	// A click in each box, then the digits put in as a keyboard's input
	// method does.
	june := func(b *bt.Browser) {
		b.ClickOn(`#month`)
		b.Insert(`#month`, "6")
		b.ClickOn(`#year`)
		b.Insert(`#year`, "2025")
	}
	walesKept := `document.querySelector(` + bt.JS(walesBox) + `)?.checked === true`
	juneKept := `document.getElementById('month')?.value === '6' && document.getElementById('year')?.value === '2025'`
	tests := []struct {
		name  string
		page  string
		do    func(*bt.Browser) // what the person does before the app starts
		press bool              // then press Continue
		want  string            // the page once the app has started
		kept  string            // true when the answer shows on page
	}{
		{"ticked only", bt.QuestionPath(flow.QNation), wales, false, bt.QuestionPath(flow.QNation), walesKept},
		{"ticked and Continue pressed", bt.QuestionPath(flow.QNation), wales, true, next(flow.QNation, flow.Input{Values: []string{string(guide.Wales)}}), walesKept},
		{"date typed and Continue pressed", bt.QuestionPath(flow.QHappened), june, true, next(flow.QHappened, flow.Input{Month: "6", Year: "2025"}), juneKept},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := bt.Launch(t, bt.Chromium)
			held := earlyHoldWasm(b)
			b.SetViewport(390, 844)
			b.Navigate(s.App + tt.page)
			var id fetch.RequestID
			select {
			case id = <-held:
			case <-time.After(30 * time.Second):
				t.Fatal("the page never asked for app.wasm")
			}
			b.WaitFor("boot.js", `typeof window.putitrightEarly === 'function' && !!document.getElementById('app-wasm-loader')`)
			tt.do(b)
			if tt.press {
				b.ClickOn(`form button[type=submit]`)
				b.WaitFor("the getting-ready note", `(document.querySelector('.boot-wait[role=status]')?.textContent || '').includes('still getting ready')`)
				if got := bt.Eval[string](b, `document.querySelector('form button[type=submit]').textContent`); got != "Getting ready…" {
					t.Errorf("the pressed button says %q, want Getting ready…", got)
				}
				if got := bt.Eval[string](b, `document.querySelector('form button[type=submit]').getAttribute('aria-disabled') || ''`); got != "true" {
					t.Errorf("the pressed button has aria-disabled %q, want true", got)
				}
				if got := bt.Eval[string](b, `location.pathname + location.search`); got != tt.page {
					t.Errorf("pressing Continue before the app started went to %s", got)
				}
				if i == 1 {
					b.Shot("early-getting-ready")
				}
			}
			b.Do(func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
				if _, err := cdp.Call(ctx, tg, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: id}); err != nil {
					return chromedp.Void{}, err
				}
				_, err := cdp.Call(ctx, tg, fetch.Disable, cdp.Empty{})
				return chromedp.Void{}, err
			})
			b.Ready()
			b.WaitFor("the page "+tt.want, `location.pathname === `+bt.JS(tt.want)+` && document.querySelector('main[data-page=`+bt.JS(tt.want)+`]') !== null`)
			if tt.press {
				// Back on the page, the answer is the one given early.
				bt.Eval[bool](b, `history.back(), true`)
				b.WaitFor("the page "+tt.page+" again", `location.pathname === `+bt.JS(tt.page))
			}
			b.WaitFor("the answer kept", tt.kept)
			if n := bt.Eval[int](b, `document.querySelectorAll('.boot-wait, [data-boot-wait]').length`); n != 0 {
				t.Errorf("%d getting-ready marks left after the app started", n)
			}
			if i < 2 {
				b.Shot("early-after-start-" + map[bool]string{false: "ticked", true: "pressed"}[tt.press])
			}
		})
	}
}

// earlyHoldWasm pauses every request for app.wasm and sends its id on the
// returned channel; the test continues it with Fetch.continueRequest.
func earlyHoldWasm(b *bt.Browser) <-chan fetch.RequestID {
	b.T.Helper()
	held := make(chan fetch.RequestID, 8)
	paused := chromedp.Events(b.Ctx, fetch.RequestPaused)
	go func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			held <- ev.RequestID
		}
	}()
	b.Do(func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, tg, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*/app.wasm*"}}})
		return chromedp.Void{}, err
	})
	return held
}
