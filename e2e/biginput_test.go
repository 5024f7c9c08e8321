package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"putitright/app/draft"
	"putitright/app/guide"
	"putitright/app/letter"
	"putitright/app/ui"
	bt "putitright/internal/browsertest"
)

// Big input: about 1 MB of mixed text pasted into the letter editor or a
// details box, and draft files of every size. The page must say the text
// was too long and keep its first part, and open or refuse any file. How
// long the page froze and the file took are logged (BENCH lines with -v),
// never asserted: these machines are shared and noisy; make bench measures
// typing into a long letter.

// bigMixed is about n bytes of text with quotes, emoji, markup, bidi marks
// and line breaks.
func bigMixed(n int) string {
	const unit = "\u201cShe said \u2018wait\u2019\u201d \U0001F600\U0001F469\u200d\U0001F469\u200d\U0001F467 <b>bold</b> &amp; <script>x()</script> \u202eevil\u202c \u200fRTL \u05e9\u05dc\u05d5\u05dd caf\u00e9 \"quoted\" 'single'\n\n"
	var sb strings.Builder
	for sb.Len() < n {
		sb.WriteString(unit)
	}
	return sb.String()
}

// freezeProbeJS starts measuring the longest time the page's main thread
// was busy: long tasks the browser reports, and the longest gap between
// animation frames.
const freezeProbeJS = `(() => {
	window.__freeze = {longest: 0, gap: 0, last: performance.now(), on: true};
	try {
		new PerformanceObserver(l => { for (const e of l.getEntries()) window.__freeze.longest = Math.max(window.__freeze.longest, e.duration); })
			.observe({type: 'longtask'});
	} catch (e) {}
	const tick = t => {
		const f = window.__freeze;
		f.gap = Math.max(f.gap, t - f.last); f.last = t;
		if (f.on) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	return true;
})()`

// freezeStopJS waits two frames, stops the probe and returns the longest
// freeze seen, in ms.
const freezeStopJS = `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => {
	const f = window.__freeze; f.on = false; r(Math.max(f.longest, f.gap));
})))`

// clip puts text on the clipboard, for paste.
func clip(b *bt.Browser, origin, text string) {
	b.T.Helper()
	b.GrantClipboard(origin)
	if _, err := chromedp.Call(b.Ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		b.T.Fatal(err)
	}
	if got := bt.Eval[string](b, `navigator.clipboard.writeText(`+bt.JS(text)+`).then(() => 'ok', e => String(e))`); got != "ok" {
		b.T.Fatalf("could not fill the clipboard: %s", got)
	}
}

// paste selects everything in the box sel and pastes the clipboard into
// it with Ctrl+V, as a person would: the browser inserts the text, cut to
// the box's maxlength, firing paste, beforeinput and input once each.
func paste(b *bt.Browser, sel string) {
	b.T.Helper()
	bt.Eval[bool](b, `(() => { const el = document.querySelector(`+bt.JS(sel)+`); el.focus(); el.select(); return true })()`)
	key := input.DispatchKeyEventParams{Key: "v", Code: "KeyV", Modifiers: 2, WindowsVirtualKeyCode: 86}
	down, up := key, key
	down.Type, down.Commands = input.DispatchKeyEventTypeKeyDown, []string{"paste"}
	up.Type = input.DispatchKeyEventTypeKeyUp
	for _, k := range []input.DispatchKeyEventParams{down, up} {
		if _, err := chromedp.Call(b.Ctx, input.DispatchKeyEvent, k); err != nil {
			b.T.Fatal(err)
		}
	}
}

// TestBigPaste pastes about 1 MB of mixed text into the letter editor and
// into a details box, and checks the page stays responsive, says the text
// was too long next to the box, and keeps the first part.
func TestBigPaste(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	b.SetViewport(390, 844)
	big := bigMixed(1 << 20)
	for _, tc := range []struct {
		name, box string
		max       int
	}{
		{"letter editor", "#letter-text", ui.MaxLetter},
		{"details box", impactBox, ui.MaxText},
		{"one-line box", senderBox, ui.MaxLine},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b.SeedLetter(s.App, letterCase(), guide.LetterComplaint)
			clip(b, s.App, big)
			bt.Eval[bool](b, freezeProbeJS)
			start := time.Now()
			t.Cleanup(func() {
				if t.Failed() {
					for _, c := range b.Console() {
						if strings.Contains(c, "panic") || strings.Contains(c, ".go:") {
							t.Log(c[:min(len(c), 300)])
						}
					}
				}
			})
			paste(b, tc.box)
			count := strings.TrimPrefix(tc.box, "#") + "-count"
			b.WaitFor("the too-long message", `(document.getElementById(`+bt.JS(count)+`)?.innerText || '').includes('too long to fit')`)
			// The preview follows the start of what was pasted.
			b.PreviewHas("She said")
			freeze := bt.Eval[float64](b, freezeStopJS)
			took := time.Since(start)
			got := bt.Eval[int](b, `document.querySelector(`+bt.JS(tc.box)+`).value.length`)
			msg := b.Text("#" + count)
			t.Logf("1 MB paste into the %s: longest freeze %.0f ms, %v until the message; the box kept %d characters; message %q", tc.name, freeze, took.Round(time.Millisecond), got, msg)
			if testing.Verbose() {
				fmt.Printf("BENCH paste/%s freeze-ms=%.0f\n", strings.ReplaceAll(tc.name, " ", "-"), freeze)
			}
			// Never a freeze over 1 s, however loaded the machine: far above
			// the aim (200 ms), which make bench measures.
			if freeze > 1000 {
				t.Errorf("a 1 MB paste into the %s froze the page for %.0f ms", tc.name, freeze)
			}
			if got > tc.max || got < tc.max-2 {
				t.Errorf("the box holds %d characters, want the first %d", got, tc.max)
			}
			if !strings.Contains(msg, "you tried to put in "+thousandsJS(len(utf16.Encode([]rune(big))))) {
				t.Errorf("the message does not say how much was pasted: %q", msg)
			}
			// What is kept is saved, and is the start of what was pasted.
			b.WaitFor("the draft saved", `(`+bt.SavedDraft+` || '').includes('She said')`)
			// Typing on afterwards clears the message once the box has room.
			bt.Eval[bool](b, `(() => { const el = document.querySelector(`+bt.JS(tc.box)+`); el.setSelectionRange(0, el.value.length); return true })()`)
			b.Keys("\b")
			b.WaitFor("the message gone", `!(document.getElementById(`+bt.JS(count)+`)?.innerText || '').includes('too long to fit')`)
		})
	}
}

// TestBigDraftFile opens draft files of growing size: each opens or is
// refused within 2 s, and a file too big to be a draft says so.
func TestBigDraftFile(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	// A valid draft near the limit: long letters the person wrote.
	c := letterCase()
	c.Edits = map[guide.LetterID]letter.Edit{}
	for _, id := range guide.AllLetters() {
		l, err := letter.Draft(bt.English(t), id, c.Answers, c.Details, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		c.Edits[id] = letter.NewEdit(l, bigMixed(ui.MaxLetter)[:ui.MaxLetter/2])
	}
	valid, err := draft.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	// A valid draft just under the limit, as one saved before there were
	// limits could be: one letter of almost 2 MB.
	c2 := letterCase()
	l2, err := letter.Draft(bt.English(t), guide.LetterComplaint, c2.Answers, c2.Details, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	c2.Edits = map[guide.LetterID]letter.Edit{guide.LetterComplaint: letter.NewEdit(l2, strings.Repeat("The nurse did not come. ", (ui.MaxDraftFile-64<<10)/24))}
	nearLimit, err := draft.Marshal(c2)
	if err != nil {
		t.Fatal(err)
	}
	// A JSON file too big to be a draft.
	huge, _ := json.Marshal(map[string]string{"format": "put-it-right-draft", "pad": strings.Repeat("x", ui.MaxDraftFile)})
	for _, tc := range []struct {
		name, file, want string
	}{
		{fmt.Sprintf("valid %d KB", len(valid)>>10), b.WriteFile("valid.json", valid), "Your draft is open"},
		{fmt.Sprintf("valid %d KB near the limit", len(nearLimit)>>10), b.WriteFile("near.json", nearLimit), "Your draft is open"},
		{fmt.Sprintf("oversize %d KB", len(huge)>>10), b.WriteFile("huge.json", huge), "too big"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b.Open(s.App + ui.PathData)
			b.OnPage(ui.PathData)
			start := time.Now()
			b.OpenDraftFile(tc.file)
			b.WaitFor("the message "+tc.want, `(document.getElementById('feedback-open-draft')?.innerText || '').includes(`+bt.JS(tc.want)+`)`)
			took := time.Since(start)
			msg := b.Text("#feedback-open-draft")
			t.Logf("draft file %s: answered in %v: %q", tc.name, took.Round(time.Millisecond), msg)
			if strings.Contains(msg, "try again") {
				t.Errorf("message %q tells the person to try again", msg)
			}
			if tc.want == "Your draft is open" {
				b.WaitFor("the link onward", `!!document.getElementById('opened-carry-on')`)
			}
		})
	}
}

// thousandsJS writes n with commas, as the page does: 816410 is "816,410".
func thousandsJS(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
