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

// hosState is what must not change: nothing ran, no markup came in.
type hosState struct {
	Pwned    bool `json:"pwned"`
	Injected int  `json:"injected"` // elements that only markup from text could make
	JSLinks  int  `json:"jsLinks"`  // links to javascript: addresses
	Hidden   bool `json:"hidden"`   // the body was hidden by injected CSS
}

const hosStateJS = `({
  pwned: window.__pwned !== undefined,
  injected: document.querySelectorAll('main script, main img, main svg, main style, main iframe, main object, main embed, [onerror], [onload], [onclick]').length,
  jsLinks: [...document.querySelectorAll('a[href]')].filter(a => a.href.trim().toLowerCase().startsWith('javascript:')).length,
  hidden: getComputedStyle(document.body).display === 'none',
})`

// hosNewBrowser starts a browser with the page's CSP turned off and every
// JavaScript dialog recorded (and dismissed).
func hosNewBrowser(t *testing.T) (*browser, func() []string) {
	b := newBrowser(t)
	var mu sync.Mutex
	var dialogs []string
	go chromedp.Listen(b.ctx, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			mu.Lock()
			dialogs = append(dialogs, string(d.Type)+": "+d.Message)
			mu.Unlock()
			go chromedp.Call(b.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	})
	if _, err := chromedp.Call(b.ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	return b, func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), dialogs...) }
}

// hosCheck fails if a payload ran or made markup.
func (b *browser) hosCheck(where string, base hosState) {
	b.t.Helper()
	st := eval[hosState](b, hosStateJS)
	if st.Pwned {
		b.t.Errorf("%s: a payload ran (window.__pwned is set)", where)
	}
	if st.Injected > base.Injected {
		b.t.Errorf("%s: text became markup (%d elements, %d before)", where, st.Injected, base.Injected)
	}
	if st.JSLinks > 0 {
		b.t.Errorf("%s: %d javascript: links", where, st.JSLinks)
	}
	if st.Hidden {
		b.t.Errorf("%s: injected CSS hid the page", where)
	}
}

// hosXML fails unless data is well-formed XML.
func hosXML(t *testing.T, what, data string) {
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

// hosUpload chooses file in the draft file input, retrying while the
// app re-renders the page under it.
func (b *browser) hosUpload(file string) {
	b.t.Helper()
	var err error
	for range 5 {
		time.Sleep(300 * time.Millisecond)
		if err = chromedp.Do(b.ctx, chromedp.SetUploadFiles("#draft-file", []string{file})); err == nil {
			return
		}
	}
	b.t.Fatal(err)
}

// hosShort names a payload in messages.
func hosShort(p string) string {
	if len(p) > 40 {
		return p[:40] + "…"
	}
	return p
}

func TestHostileFields(t *testing.T) {
	s := startServer(t)
	b, dialogs := hosNewBrowser(t)
	b.secSeed(s, secCase(), "/letters/complaint")
	b.waitFor("the letter page", `!!document.getElementById('letter-preview')`)
	base := eval[hosState](b, hosStateJS)
	// Control: with the policy off, markup from text would run here.
	if !eval[bool](b, `new Promise(r => { const d = document.createElement('div'); d.innerHTML = '<img src=x onerror="window.__control=1">'; document.body.appendChild(d); setTimeout(() => { d.remove(); r(window.__control === 1); }, 1500); })`) {
		t.Fatal("control: injected markup did not run with the policy off, so this test could not see an injection")
	}
	b.secClick("Add an event")
	b.waitFor("event 1", `!!document.getElementById('d-events-1-what')`)
	for _, p := range hostilePayloads {
		name := hosShort(p)
		b.do(chromedp.Navigate(s.App + "/letters/complaint"))
		b.ready()
		if eval[bool](b, `[...document.querySelectorAll('button')].some(e => e.textContent.trim() === 'Undo my changes to the words')`) {
			b.secClick("Undo my changes to the words")
		}
		for _, f := range b.secTextFields() {
			if f != "letter-text" {
				b.secSetValue(f, p)
			}
		}
		if p == hostilePayloads[0] {
			b.waitFor("the preview to show "+name+" as text", `document.getElementById('letter-preview').textContent.includes(`+secJS(p)+`)`)
		}
		b.hosCheck("letter page with "+name, base)
		b.secSetValue("letter-text", "Dear team,\n\n"+p+"\n\nYours")
		// Wait for this payload's edit: "Dear team" alone may still be the
		// previous payload's preview.
		shown := `document.getElementById('letter-preview').textContent.replace(/\s+/g, ' ').includes(` + secJS(strings.Join(strings.Fields(p), " ")) + `)`
		b.waitFor("the edit in the preview", `document.getElementById('letter-preview').textContent.includes('Dear team')`)
		if !strings.ContainsAny(p, "\u0001\u000b\u000c") {
			ok := false
			for deadline := time.Now().Add(5 * time.Second); !ok && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
				ok = eval[bool](b, shown)
			}
			if !ok {
				t.Errorf("the preview does not show %q as text", name)
			}
		}
		b.hosCheck("preview with "+name, base)
		_, txt := b.secDownload(".txt", func() { b.secClick("Download as text (.txt)") })
		if !strings.Contains(string(txt), p) {
			t.Errorf(".txt does not hold %q literally", name)
		}
		_, docx := b.secDownload(".docx", func() { b.secClick("Download for Word (.docx)") })
		hosXML(t, ".docx with "+name, secDocxText(t, docx))
		b.secMedia("print")
		if _, err := chromedp.Call(b.ctx, page.PrintToPDF, page.PrintToPDFParams{}); err != nil {
			t.Fatal(err)
		}
		b.hosCheck("printed page with "+name, base)
		b.secMedia("")
		b.open(s.App + "/plan")
		b.hosCheck("plan with "+name, base)
		b.open(s.App + "/your-data")
		b.hosCheck("your data with "+name, base)
	}
	if d := dialogs(); len(d) > 0 {
		t.Errorf("dialogs opened: %q", d)
	}
}

func TestHostilePartnerOptions(t *testing.T) {
	s := startServer(t)
	b, dialogs := hosNewBrowser(t)
	b.open(s.App + "/privacy")
	base := eval[hosState](b, hosStateJS)
	for _, p := range hostilePayloads {
		q := url.Values{}
		for _, k := range []string{"partner", "advocacy-name", "pals-name", "healthwatch-name", "advocacy-phone", "accent", "nation"} {
			q.Set(k, p)
		}
		q.Set("advocacy-web", p)
		q.Set("pals-web", "javascript:window.__pwned=1")
		q.Set("healthwatch-web", "data:text/html,<script>window.__pwned=1</script>")
		b.open(s.App + "/#" + q.Encode())
		b.hosCheck("start page with partner option "+hosShort(p), base)
		b.secSeed(s, secCase(), "/plan")
		b.hosCheck("plan with partner option "+hosShort(p), base)
	}
	if d := dialogs(); len(d) > 0 {
		t.Errorf("dialogs opened: %q", d)
	}
}

func TestHostileDraftFile(t *testing.T) {
	s := startServer(t)
	b, dialogs := hosNewBrowser(t)
	b.open(s.App + "/your-data")
	base := eval[hosState](b, hosStateJS)
	dir := t.TempDir()
	for i, p := range hostilePayloads {
		c := secCase()
		c.Details = letter.Details{SenderName: p, Events: []letter.Event{{What: p}}}
		l, err := letter.Draft(guide.LetterComplaint, c.Answers, c.Details, time.Now())
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
		b.open(s.App + "/your-data")
		b.hosUpload(file)
		b.waitFor("the draft to open", `document.body.textContent.includes('Your draft is open')`)
		b.open(s.App + "/letters/complaint")
		b.waitFor("the letter", `document.getElementById('letter-preview').textContent.includes('Dear team')`)
		b.hosCheck("draft file with "+hosShort(p), base)
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
		b.open(s.App + "/your-data")
		b.hosUpload(file)
		time.Sleep(time.Second)
		b.hosCheck("bad draft file "+hosShort(bad), base)
		if eval[bool](b, `({}).polluted !== undefined`) {
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
	s := startServer(t)
	b := newBrowser(t)
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
	b.do(chromedp.Navigate(host))
	f := b.appFrame(s.App+"/", "partner=P")
	direct := b.appFrame(s.App + "/privacy")
	state := `location.href + ' | ' + document.getElementById('main-heading').textContent + ' | ' + history.length + ' | ' + document.querySelector('main').textContent`
	time.Sleep(3 * time.Second) // let both frames settle before the messages
	before := feval[string](f, state)
	beforeDirect := feval[string](direct, state)
	for range 10 {
		eval[bool](b, hjs(`(() => { const w = W(0).querySelector('iframe').contentWindow; for (const m of `+msgs+`) w.postMessage(m, '*'); return true })()`))
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(time.Second)
	if after := feval[string](f, state); before != after {
		t.Errorf("forged messages from the host page changed the app: %q became %q", before, after)
	}
	if after := feval[string](direct, state); beforeDirect != after {
		t.Errorf("forged messages from another origin's frame changed the app: %q became %q", beforeDirect, after)
	}
	for _, fr := range []*frame{f, direct} {
		if feval[bool](fr, `window.__pwned !== undefined || ({}).polluted !== undefined`) {
			t.Error("a forged message ran code in the app")
		}
	}
	if n := eval[int](b, `frames.length`); n < 2 {
		t.Errorf("control: the host page has %d frames; the other origin's frame cannot reach the app", n)
	}
	if got := eval[int](b, hjs(`Math.round(W(0).querySelector('iframe').getBoundingClientRect().height)`)); got > 20000 {
		t.Errorf("a forged height message made the frame %dpx tall", got)
	}
}
