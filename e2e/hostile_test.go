package e2e

// Nothing hostile gets in (issue 7): every free-text field takes a list of
// hostile payloads, and so do partner options in the address and a draft
// file, with no script run anywhere: the letter page, its preview, the plan,
// the printed page and the exports. The page's Content Security Policy is
// turned off for these tests (Page.setBypassCSP), so they prove the app
// itself never turns text into markup, not only that the policy would stop
// it. Forged messages from the host page and from another origin's frame
// change nothing in the app.

import (
	"fmt"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"putitright/app/flow"
	"putitright/app/ui"

	bt "putitright/internal/browsertest"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"putitright/app/draft"
	"putitright/app/guide"
	"putitright/app/letter"
)

// hostilePayloads are typed or pasted into every field.
var hostilePayloads = []string{
	`<script>window.__pwned=1</script>`,
	`"><img src=x onerror="window.__pwned=1">`,
	`javascript:window.__pwned=1`,
	`<svg onload="window.__pwned=1">`,
	`</textarea><script>window.__pwned=1</script>`,
	`<style>body{display:none}</style>`,
	`]]><!ENTITY x SYSTEM "file:///etc/passwd">&x;`,
	`&amp;&lt;`,
	"ctrl:\u0001\u0002\u0007\u0008\t\u000b\u000c\u001b\u001f:end",
	"bidi:\u202e\u2066evil\u2069\u202c:end",
	strings.Repeat("long paste ", 1000)[:10000],
}

// hostileState is what must not change: nothing ran, no markup came in.
type hostileState struct {
	Pwned    bool `json:"pwned"`
	Injected int  `json:"injected"` // elements that only markup from text could make
	JSLinks  int  `json:"jsLinks"`  // links to javascript: addresses
	Hidden   bool `json:"hidden"`   // the body was hidden by injected CSS
}

const hostileStateJS = `({
  pwned: window.__pwned !== undefined,
  injected: document.querySelectorAll('main script, main img, main svg, main style, main iframe, main object, main embed, [onerror], [onload], [onclick]').length,
  jsLinks: [...document.querySelectorAll('a[href]')].filter(a => a.href.trim().toLowerCase().startsWith('javascript:')).length,
  hidden: getComputedStyle(document.body).display === 'none',
})`

// startHostile starts the server and a browser with the page's CSP turned
// off, opens path, and returns the page's state there to compare with.
// Every JavaScript dialog is dismissed, and fails the test.
func startHostile(t *testing.T, path string) (*bt.Server, *bt.Browser, hostileState) {
	s, b := bt.Start(t, bt.Chromium)
	var mu sync.Mutex
	var dialogs []string
	go chromedp.Listen(b.Ctx, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			mu.Lock()
			dialogs = append(dialogs, string(d.Type)+": "+d.Message)
			mu.Unlock()
			go chromedp.Call(b.Ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	})
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		if len(dialogs) > 0 {
			t.Errorf("dialogs opened: %q", dialogs)
		}
	})
	if _, err := chromedp.Call(b.Ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	if path == complaint {
		b.SeedLetter(s.App, letterCase(), guide.LetterComplaint)
	} else {
		b.Open(s.App + path)
	}
	return s, b, bt.Eval[hostileState](b, hostileStateJS)
}

// hosCheck fails if a payload ran or made markup.
func checkHostile(b *bt.Browser, where string, base hostileState) {
	b.T.Helper()
	st := bt.Eval[hostileState](b, hostileStateJS)
	if st.Pwned {
		b.T.Errorf("%s: a payload ran (window.__pwned is set)", where)
	}
	if st.Injected > base.Injected {
		b.T.Errorf("%s: text became markup (%d elements, %d before)", where, st.Injected, base.Injected)
	}
	if st.JSLinks > 0 {
		b.T.Errorf("%s: %d javascript: links", where, st.JSLinks)
	}
	if st.Hidden {
		b.T.Errorf("%s: injected CSS hid the page", where)
	}
}

// short names a payload in messages.
func short(p string) string {
	if len(p) > 40 {
		return p[:40] + "…"
	}
	return p
}

func TestHostileFields(t *testing.T) {
	s, b, base := startHostile(t, complaint)
	// Control: with the policy off, markup from text would run here.
	bt.Eval[bool](b, `(d => (d.innerHTML = '<img src=x onerror="window.__control=1">', document.body.appendChild(d), window.__controlEl = d, true))(document.createElement('div'))`)
	if !b.Becomes(`window.__control === 1`, 20*time.Second) {
		t.Fatal("control: injected markup did not run with the policy off, so this test could not see an injection")
	}
	bt.Eval[bool](b, `(window.__controlEl.remove(), true)`)
	b.Click("Add an event")
	b.WaitFor("event 1", `!!document.querySelector(`+bt.JS(eventBox)+`)`)
	for _, p := range hostilePayloads {
		name := short(p)
		b.OpenLetter(s.App, guide.LetterComplaint)
		if bt.Eval[bool](b, `[...document.querySelectorAll('button')].some(e => e.textContent.trim() === 'Undo my changes to the words')`) {
			b.Click("Undo my changes to the words")
		}
		for _, f := range textFields(b) {
			if f != "letter-text" {
				b.SetValue("#"+f, p)
			}
		}
		if p == hostilePayloads[0] {
			b.WaitFor("the preview to show "+name+" as text", bt.PreviewEl+`.textContent.includes(`+bt.JS(p)+`)`)
		}
		checkHostile(b, "letter page with "+name, base)
		b.SetValue("#letter-text", "Dear team,\n\n"+p+"\n\nYours")
		// Wait for this payload's edit: "Dear team" alone may still be the
		// previous payload's preview.
		shown := bt.PreviewEl + `.textContent.replace(/\s+/g, ' ').includes(` + bt.JS(strings.Join(strings.Fields(p), " ")) + `)`
		b.WaitFor("the edit in the preview", bt.PreviewEl+`.textContent.includes('Dear team')`)
		if !strings.ContainsAny(p, "\u0001\u000b\u000c") {
			if !b.Becomes(shown, 5*time.Second) {
				t.Errorf("the preview does not show %q as text", name)
			}
		}
		checkHostile(b, "preview with "+name, base)
		_, txt := b.Download(".txt", func() { b.Click("Download as text (.txt)") })
		if !strings.Contains(string(txt), p) {
			t.Errorf(".txt does not hold %q literally", name)
		}
		_, docx := b.Download(".docx", func() { b.Click("Download for Word (.docx)") })
		docxParas(t, docx) // well-formed XML
		b.Media("print")
		b.PrintPDF()
		checkHostile(b, "printed page with "+name, base)
		b.Media("")
		b.Open(s.App + ui.PathPlan)
		checkHostile(b, "plan with "+name, base)
		b.Open(s.App + ui.PathData)
		checkHostile(b, "your data with "+name, base)
	}
}

func TestHostilePartnerOptions(t *testing.T) {
	s, b, base := startHostile(t, ui.PathPrivacy)
	for _, p := range hostilePayloads {
		q := url.Values{}
		for _, k := range []string{"partner", "advocacy-name", "pals-name", "healthwatch-name", "advocacy-phone", "accent", "nation"} {
			q.Set(k, p)
		}
		q.Set("advocacy-web", p)
		q.Set("pals-web", "javascript:window.__pwned=1")
		q.Set("healthwatch-web", "data:text/html,<script>window.__pwned=1</script>")
		b.Open(s.App + "/#" + q.Encode())
		checkHostile(b, "start page with partner option "+short(p), base)
		b.Seed(s.App, letterCase(), ui.PathPlan)
		checkHostile(b, "plan with partner option "+short(p), base)
	}
}

func TestHostileDraftFile(t *testing.T) {
	s, b, base := startHostile(t, ui.PathData)
	for i, p := range hostilePayloads {
		c := letterCase()
		c.Details = letter.Details{SenderName: p, Events: []letter.Event{{What: p}}}
		l, err := letter.Draft(bt.English(t), guide.LetterComplaint, c.Answers, c.Details, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		c.Edits = map[guide.LetterID]letter.Edit{guide.LetterComplaint: letter.NewEdit(l, "Dear team,\n\n"+p)}
		raw, err := draft.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		b.Open(s.App + ui.PathData)
		b.OpenDraftFile(b.WriteFile(fmt.Sprintf("draft%d.json", i), raw))
		b.Notice("Your draft is open")
		b.OpenLetter(s.App, guide.LetterComplaint)
		b.PreviewHas("Dear team")
		checkHostile(b, "draft file with "+short(p), base)
	}
	// Files that are not drafts change nothing and are never shown as markup.
	for i, bad := range []string{
		`<script>window.__pwned=1</script>`,
		`{"format":"putitright-draft","version":1,"answers":{"nation":"<img src=x onerror=window.__pwned=1>"}}`,
		`{"format":"<svg onload=window.__pwned=1>","version":1}`,
		`{"__proto__":{"polluted":1},"format":"putitright-draft","version":1}`,
		`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY x SYSTEM "file:///etc/passwd">]><x>&x;</x>`,
	} {
		b.Open(s.App + ui.PathData)
		b.OpenDraftFile(b.WriteFile(fmt.Sprintf("bad%d.json", i), []byte(bad)))
		b.WaitFor("the app's answer to the file", `(document.querySelector('.notice')?.textContent || '').trim() !== ''`)
		checkHostile(b, "bad draft file "+short(bad), base)
		if bt.Eval[bool](b, `({}).polluted !== undefined`) {
			t.Error("a draft file polluted Object.prototype")
		}
	}
}

// TestHostileMessages: forged messages from the partner's page and from a
// frame of a third origin, to the app's frames (the widget's, and one the
// page made itself) and to the page. The app listens to no messages, so
// nothing changes in it; embed.js takes a height only from its own frame.
// Each sender ends with a mark: once a window has the marks, it has had
// every forged message before them. (The third origin's frame finds the
// page's own frame in window.frames, but not the widget's, which is in a
// shadow root.)
func TestHostileMessages(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	post := `const post = (w, mark) => { for (const m of [{type: 'putitright:height', height: 4321}, {type: 'putitright:height', height: 1e9}, 'putitright:height',
		{type: 'putitright:navigate', path: '/plan'}, '/plan', {path: '/plan'}, {type: 'navigate', url: 'javascript:window.__pwned=1'}, {type: 'putitright:delete'},
		{type: 'go', path: '/plan'}, null, 42, '<img src=x onerror=window.__pwned=1>', {__proto__: {polluted: 1}}, [1, 2, 3], {embed: 0}]) w.postMessage(m, '*');
		w.postMessage('mark:' + mark, '*') };`
	other := bt.HostPage(t, `<script>`+post+` addEventListener('message', e => { if (e.data !== 'go') return;
		for (let i = 0; i < parent.frames.length; i++) if (parent.frames[i] !== window) post(parent.frames[i], 'other'); post(parent, 'other') })</script>`)
	b.Navigate(bt.HostPage(t, `<h1>Partner</h1><script src="`+s.App+`/embed.js" data-start="inline" data-partner-name="P"></script>
		<iframe id="direct" title="app" src="`+s.App+ui.PathPrivacy+`#embed=1"></iframe><iframe id="other" title="other" src="`+other+`"></iframe>`))
	frames := []*bt.Browser{b.FrameTarget(s.App+ui.PathStart, "partner=P"), b.FrameTarget(s.App + ui.PathPrivacy)}
	state := `[location.href, ` + bt.HeadingEl + `.textContent, history.length, document.querySelector('main').textContent, ` + bt.SavedDraft + `].join(' | ')`
	var before []string
	for i, f := range frames {
		f.OnPage([]string{bt.QuestionPath(flow.QNation), ui.PathPrivacy}[i])
		f.ListenMarks()
		before = append(before, bt.Eval[string](f, state))
	}
	checkHeight(b, frames[0], 0, "before forged messages")
	height := b.WidgetHeight(0)
	b.ListenMarks()
	bt.Eval[bool](b, bt.Widgets(`(() => { `+post+` post(W().querySelector('iframe').contentWindow, 'host'); post(document.getElementById('direct').contentWindow, 'host');
		post(window, 'host'); document.getElementById('other').contentWindow.postMessage('go', '*'); return true })()`))
	for i, w := range append(frames, b) {
		// The third origin's frame reaches the frames of the page, not the
		// widget's, inside a shadow root: frames leaves it out.
		if i == 0 {
			w.WaitMarks("host")
		} else {
			w.WaitMarks("host", "other")
		}
		if w == b {
			continue
		}
		w.Drawn()
		if after := bt.Eval[string](w, state); after != before[i] {
			t.Errorf("forged messages changed the app: %q became %q", before[i], after)
		}
		if bt.Eval[bool](w, `window.__pwned !== undefined || ({}).polluted !== undefined`) {
			t.Error("a forged message ran code in the app")
		}
	}
	if got := b.WidgetHeight(0); got != height {
		t.Errorf("forged messages resized the app's iframe from %d to %dpx", height, got)
	}
	checkHeight(b, frames[0], 0, "after forged messages")
}
