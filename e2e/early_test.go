//go:build porting

package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"putitright/app/flow"
	"putitright/app/guide"
)

// TestEarlyAnswerKept: on a slow first visit the prerendered question page
// looks ready long before the app starts. An answer ticked or typed then is
// kept; Continue pressed then says plainly that the app is getting ready,
// and once it has started the app applies the answer and moves on. The wasm
// download is held (CDP Fetch interception) until the test lets it go.
func TestEarlyAnswerKept(t *testing.T) {
	s := startServer(t)
	next := func(id flow.ID, in flow.Input) string {
		a, err := flow.Apply(guide.Answers{}, id, in, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		return "/q/" + string(flow.Next(a, id))
	}
	wales := func(b *browser) {
		earlyMouseClick(b, `label[for="value-wales"]`)
		if !eval[bool](b, `document.getElementById('value-wales').checked`) {
			b.t.Fatal("Wales is not ticked after a click on its label")
		}
	}
	june := func(b *browser) {
		earlyMouseClick(b, `#month`)
		earlyType(b, "6")
		earlyMouseClick(b, `#year`)
		earlyType(b, "2025")
	}
	const walesKept = `document.getElementById('value-wales')?.checked === true`
	const juneKept = `document.getElementById('month')?.value === '6' && document.getElementById('year')?.value === '2025'`
	tests := []struct {
		name  string
		page  string
		do    func(*browser) // what the person does before the app starts
		press bool           // then press Continue
		want  string         // the page once the app has started
		kept  string         // true when the answer shows on page
	}{
		{"ticked only", "/q/nation", wales, false, "/q/nation", walesKept},
		{"ticked and Continue pressed", "/q/nation", wales, true, next(flow.QNation, flow.Input{Values: []string{"wales"}}), walesKept},
		{"date typed and Continue pressed", "/q/happened", june, true, next(flow.QHappened, flow.Input{Month: "6", Year: "2025"}), juneKept},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBrowser(t)
			held := earlyHoldWasm(b)
			b.do(chromedp.EmulateViewport(390, 844), chromedp.Navigate(s.App+tt.page))
			var id fetch.RequestID
			select {
			case id = <-held:
			case <-time.After(30 * time.Second):
				t.Fatal("the page never asked for app.wasm")
			}
			b.waitFor("boot.js", `typeof window.putitrightEarly === 'function' && !!document.getElementById('app-wasm-loader')`)
			tt.do(b)
			if tt.press {
				earlyMouseClick(b, `form button[type=submit]`)
				b.waitFor("the getting-ready note", `(document.querySelector('.boot-wait[role=status]')?.textContent || '').includes('still getting ready')`)
				if got := eval[string](b, `document.querySelector('form button[type=submit]').textContent`); got != "Getting ready…" {
					t.Errorf("the pressed button says %q, want Getting ready…", got)
				}
				if got := eval[string](b, `document.querySelector('form button[type=submit]').getAttribute('aria-disabled') || ''`); got != "true" {
					t.Errorf("the pressed button has aria-disabled %q, want true", got)
				}
				if got := eval[string](b, `location.pathname + location.search`); got != tt.page {
					t.Errorf("pressing Continue before the app started went to %s", got)
				}
				if i == 1 {
					b.shot("early-getting-ready")
				}
			}
			b.do(func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
				if _, err := cdp.Call(ctx, tg, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: id}); err != nil {
					return chromedp.Void{}, err
				}
				_, err := cdp.Call(ctx, tg, fetch.Disable, cdp.Empty{})
				return chromedp.Void{}, err
			})
			b.ready()
			b.waitFor("the page "+tt.want, `location.pathname === `+jsStr(tt.want)+` && document.querySelector('main[data-page=`+jsStr(tt.want)+`]') !== null`)
			if tt.press {
				// Back on the page, the answer is the one given early.
				eval[bool](b, `history.back(), true`)
				b.waitFor("the page "+tt.page+" again", `location.pathname === `+jsStr(tt.page))
			}
			b.waitFor("the answer kept", tt.kept)
			if n := eval[int](b, `document.querySelectorAll('.boot-wait, [data-boot-wait]').length`); n != 0 {
				t.Errorf("%d getting-ready marks left after the app started", n)
			}
			if i < 2 {
				b.shot("early-after-start-" + map[bool]string{false: "ticked", true: "pressed"}[tt.press])
			}
		})
	}
}

// earlyType types text into the focused field, as a keyboard would.
func earlyType(b *browser, text string) {
	b.t.Helper()
	b.do(func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: text})
		return chromedp.Void{}, err
	})
}

// earlyHoldWasm pauses every request for app.wasm and sends its id on the
// returned channel; the test continues it with Fetch.continueRequest.
func earlyHoldWasm(b *browser) <-chan fetch.RequestID {
	b.t.Helper()
	held := make(chan fetch.RequestID, 8)
	paused := chromedp.Events(b.ctx, fetch.RequestPaused)
	go func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			held <- ev.RequestID
		}
	}()
	b.do(func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, tg, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*/app.wasm*"}}})
		return chromedp.Void{}, err
	})
	return held
}

// earlyMouseClick clicks the middle of the element sel with the mouse, as
// a person would (a script's click() would not show what a tap does).
func earlyMouseClick(b *browser, sel string) {
	b.t.Helper()
	xy := eval[[]float64](b, `(() => { const r = document.querySelector(`+jsStr(sel)+`).getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()`)
	b.do(func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		for _, typ := range []input.DispatchMouseEventType{input.DispatchMouseEventTypeMousePressed, input.DispatchMouseEventTypeMouseReleased} {
			p := input.DispatchMouseEventParams{Type: typ, X: xy[0], Y: xy[1], Button: input.MouseButtonLeft, ClickCount: 1}
			if _, err := cdp.Call(ctx, tg, input.DispatchMouseEvent, p); err != nil {
				return chromedp.Void{}, err
			}
		}
		return chromedp.Void{}, nil
	})
}
