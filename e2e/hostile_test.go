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
	"encoding/xml"
	"errors"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

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

// launchHostile starts a browser with the page's CSP turned off and every
// JavaScript dialog recorded (and dismissed).
func launchHostile(t *testing.T) (*bt.Browser, func() []string) {
	b := bt.Launch(t, bt.Chromium)
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
	if _, err := chromedp.Call(b.Ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	return b, func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), dialogs...) }
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

// checkXML fails unless data is well-formed XML.
func checkXML(t *testing.T, what, data string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(data))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Errorf("%s is not well-formed XML: %v", what, err)
			return
		}
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
	s := bt.StartServer(t)
	b, dialogs := launchHostile(t)
	b.Seed(s.App, letterCase(), "/letters/complaint")
	b.WaitFor("the letter page", `!!`+bt.PreviewEl)
	base := bt.Eval[hostileState](b, hostileStateJS)
	// Control: with the policy off, markup from text would run here.
	if !bt.Eval[bool](b, `new Promise(r => { const d = document.createElement('div'); d.innerHTML = '<img src=x onerror="window.__control=1">'; document.body.appendChild(d); setTimeout(() => { d.remove(); r(window.__control === 1); }, 1500); })`) {
		t.Fatal("control: injected markup did not run with the policy off, so this test could not see an injection")
	}
	b.Click("Add an event")
	b.WaitFor("event 1", `!!document.getElementById('d-events-1-what')`)
	for _, p := range hostilePayloads {
		name := short(p)
		b.Do(chromedp.Navigate(s.App + ui.PathLetters + "/complaint"))
		b.Ready()
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
		checkXML(t, ".docx with "+name, docxText(t, docx))
		emulateMedia(b, "print")
		if _, err := chromedp.Call(b.Ctx, page.PrintToPDF, page.PrintToPDFParams{}); err != nil {
			t.Fatal(err)
		}
		checkHostile(b, "printed page with "+name, base)
		emulateMedia(b, "")
		b.Open(s.App + ui.PathPlan)
		checkHostile(b, "plan with "+name, base)
		b.Open(s.App + ui.PathData)
		checkHostile(b, "your data with "+name, base)
	}
	if d := dialogs(); len(d) > 0 {
		t.Errorf("dialogs opened: %q", d)
	}
}

func TestHostilePartnerOptions(t *testing.T) {
	s := bt.StartServer(t)
	b, dialogs := launchHostile(t)
	b.Open(s.App + ui.PathPrivacy)
	base := bt.Eval[hostileState](b, hostileStateJS)
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
		b.Seed(s.App, letterCase(), "/plan")
		checkHostile(b, "plan with partner option "+short(p), base)
	}
	if d := dialogs(); len(d) > 0 {
		t.Errorf("dialogs opened: %q", d)
	}
}

func TestHostileDraftFile(t *testing.T) {
	s := bt.StartServer(t)
	b, dialogs := launchHostile(t)
	b.Open(s.App + ui.PathData)
	base := bt.Eval[hostileState](b, hostileStateJS)
	dir := t.TempDir()
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
		file := filepath.Join(dir, "draft"+string(rune('a'+i))+".json")
		if err := os.WriteFile(file, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		b.Open(s.App + ui.PathData)
		b.OpenDraftFile(file)
		b.WaitFor("the draft to open", `document.body.textContent.includes('Your draft is open')`)
		b.Open(s.App + ui.PathLetters + "/complaint")
		b.WaitFor("the letter", bt.PreviewEl+`.textContent.includes('Dear team')`)
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
		file := filepath.Join(dir, "bad"+string(rune('a'+i))+".json")
		if err := os.WriteFile(file, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		b.Open(s.App + ui.PathData)
		b.OpenDraftFile(file)
		b.WaitFor("the app's answer to the file", `(document.querySelector('.notice')?.textContent || '').trim() !== ''`)
		checkHostile(b, "bad draft file "+short(bad), base)
		if bt.Eval[bool](b, `({}).polluted !== undefined`) {
			t.Error("a draft file polluted Object.prototype")
		}
	}
	if d := dialogs(); len(d) > 0 {
		t.Errorf("dialogs opened: %q", d)
	}
}

// TestHostileMessages posts forged messages to the app's frame from the
// partner's page and from a frame of a third origin: the app ignores them.
func TestHostileMessages(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	msgs := `[{type: 'putitright:height', height: 1e9}, 'putitright:height', {type: 'navigate', path: '/your-data'}, {type: 'navigate', url: 'javascript:window.__pwned=1'},
  {type: 'putitright:delete'}, {type: 'go', path: '/plan'}, null, 42, '<img src=x onerror=window.__pwned=1>', {__proto__: {polluted: 1}}, [1, 2, 3]]`
	other := hostPage(t, `<script>
const msgs = `+msgs+`;
window.__posted = 0;
setInterval(() => { for (let i = 0; i < parent.frames.length; i++) { if (parent.frames[i] === window) continue; for (const m of msgs) { try { parent.frames[i].postMessage(m, '*'); window.__posted++; } catch (e) {} } } }, 200);
</script>`)
	host := hostPage(t, `<h1>Partner</h1><script src="`+s.App+`/embed.js" data-start="inline" data-partner-name="P"></script>
<iframe id="direct" title="app" src="`+s.App+`/privacy#embed=1"></iframe>
<iframe id="other" title="other" src="`+other+`"></iframe>`)
	b.Do(chromedp.Navigate(host))
	f := b.FrameTarget(s.App+ui.PathStart, "partner=P")
	direct := b.FrameTarget(s.App + ui.PathPrivacy)
	state := `location.href + ' | ' + ` + bt.HeadingEl + `.textContent + ' | ' + history.length + ' | ' + document.querySelector('main').textContent`
	// Let both frames settle: their state is the same twice running.
	// (Drawn frames cannot tell: Chromium draws no off-screen cross-site
	// frame, and the direct frame is below the widget.)
	settled := `(() => { const s = ` + state + `; const same = window.__last === s; window.__last = s; return same })()`
	f.WaitFor("the widget's app to settle", settled)
	direct.WaitFor("the direct frame to settle", settled)
	before := bt.Eval[string](f, state)
	beforeDirect := bt.Eval[string](direct, state)
	for range 10 {
		bt.Eval[bool](b, hjs(`(() => { const w = W(0).querySelector('iframe').contentWindow; for (const m of `+msgs+`) w.postMessage(m, '*'); return true })()`))
	}
	// The third-origin frame posts five times a second meanwhile.
	f.Holds("forged messages from the host page leave the app alone", state+` === `+bt.JS(before), time.Second)
	if after := bt.Eval[string](direct, state); beforeDirect != after {
		t.Errorf("forged messages from another origin's frame changed the app: %q became %q", beforeDirect, after)
	}
	for _, fr := range []*bt.Browser{f, direct} {
		if bt.Eval[bool](fr, `window.__pwned !== undefined || ({}).polluted !== undefined`) {
			t.Error("a forged message ran code in the app")
		}
	}
	if n := bt.Eval[int](b, `frames.length`); n < 2 {
		t.Errorf("control: the host page has %d frames; the other origin's frame cannot reach the app", n)
	}
	if got := bt.Eval[int](b, hjs(`Math.round(W(0).querySelector('iframe').getBoundingClientRect().height)`)); got > 20000 {
		t.Errorf("a forged height message made the frame %dpx tall", got)
	}
}
