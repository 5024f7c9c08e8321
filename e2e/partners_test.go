package e2e

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"putitright/app/flow"
	"putitright/app/partner"
	"putitright/app/ui"

	bt "putitright/internal/browsertest"
)

// The snippet builder at /partners (issue 15): the form, its messages, the
// live preview, the code to copy, and the copied code on a partner's page.

// setField types a value into a builder box and leaves it, as a person
// would: the code follows on input, the preview and messages on change.
func setField(b *bt.Browser, attr, value string) {
	b.T.Helper()
	bt.Eval[bool](b, `(() => {
		const el = document.getElementById('opt-' + `+bt.JS(attr)+`);
		el.focus();
		el.value = `+bt.JS(value)+`;
		el.dispatchEvent(new Event('input', {bubbles: true}));
		el.dispatchEvent(new Event('change', {bubbles: true}));
		return true;
	})()`)
}

// code returns the text of one of the builder's code boxes.
func code(b *bt.Browser, id string) string {
	b.T.Helper()
	return bt.Eval[string](b, `document.getElementById('code-`+id+`')?.value || ''`)
}

// pjs wraps a JavaScript expression that may use P(), the shadow root of
// the widget in the builder's preview.
func pjs(expr string) string {
	return `(() => { const P = () => document.getElementById('preview')?.contentDocument?.querySelector('putitright-widget')?.shadowRoot; return (` + expr + `) })()`
}

// card describes a widget's Start card, to compare two.
type card struct {
	Text, Button, Label string
}

const cardJS = `((r) => r && r.querySelector('.card') ? {Text: r.querySelector('.card').innerText,
	Button: getComputedStyle(r.querySelector('button')).backgroundColor, Label: r.querySelector('.card').getAttribute('aria-label')} : null)`

// docShot writes a screenshot of the viewport at 1280×800 for
// docs/embed.md, to docs/images/NAME.png, so the guide's pictures are the
// app as it is.
func docShot(b *bt.Browser, name string) {
	b.T.Helper()
	b.SetViewport(1280, 800)
	dir := filepath.Join(bt.Root(b.T), "docs", "images")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.T.Fatal(err)
	}
	b.ShotView(filepath.Join(dir, name+".png"))
}

// scrollTo puts the element id at the top of the viewport.
func scrollTo(b *bt.Browser, id string) {
	b.T.Helper()
	bt.Eval[bool](b, `(document.getElementById(`+bt.JS(id)+`).scrollIntoView({block: 'start'}), true)`)
	b.Drawn()
}

var settings = map[string]string{
	"partner-name":      "Healthwatch Example",
	"nation":            "wales",
	"advocacy-name":     "Example Advocacy",
	"advocacy-phone":    "0300 000 0000",
	"advocacy-web":      "https://advocacy.example.org",
	"pals-phone":        "0100 000 0001",
	"healthwatch-name":  "Healthwatch Example",
	"healthwatch-web":   "https://healthwatch.example.org/",
	"accent":            "#6B1D5C",
	"height":            "560",
	"title":             "Plan your complaint",
	"healthwatch-phone": "",
}

func TestPartnerBuilder(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	b.SetViewport(1280, 800)
	b.Open(s.App + ui.PathPartners)
	b.WaitHeading("Add Put It Right to your website")
	b.WaitFor("the preview card", pjs(`!!P()?.querySelector('button')`))
	docShot(b, "partners-builder")

	// Fill the form: the code and the preview follow.
	for attr, v := range settings {
		setField(b, attr, v)
	}
	options := map[string]partner.Option{}
	for _, o := range partner.Options(bt.English(t)) {
		options[o.Attr] = o
	}
	var wants []string
	for attr, v := range settings {
		if clean, _ := options[attr].Check(v); clean != "" {
			wants = append(wants, `data-`+attr+`="`+html.EscapeString(clean)+`"`)
		}
	}
	b.WaitFor("the code to follow the form", `(() => { const c = document.getElementById('code-snippet').value;
		return `+bt.JS(strings.Join(wants, "\n"))+`.split('\n').every((w) => c.includes(w)) })()`)
	snippet := code(b, "snippet")
	if n := strings.Count(snippet, "data-"); n != len(wants)+1 { // and data-putitright
		t.Errorf("code has %d data- attributes, want %d:\n%s", n-1, len(wants), snippet)
	}
	if !strings.HasPrefix(snippet, "<div data-putitright></div>\n<script async src=\""+s.App+"/embed.js\"") {
		t.Errorf("code starts wrong:\n%s", snippet)
	}
	if p := code(b, "pinned"); !strings.Contains(p, `integrity="sha384-`) || !strings.Contains(p, s.App+"/embed-") {
		t.Errorf("pinned code:\n%s", p)
	}
	if c := code(b, "csp"); c != "script-src "+s.App+"\nframe-src "+s.App {
		t.Errorf("CSP lines = %q", c)
	}
	b.WaitFor("the preview to follow", pjs(`!!(P()?.querySelector('.card')?.innerText.includes('Offered by Healthwatch Example') && P().querySelector('.title').textContent === 'Plan your complaint')`))
	preview := bt.Eval[card](b, pjs(cardJS+`(P())`))
	if preview.Button != "rgb(107, 29, 92)" || preview.Label != "Plan your complaint" {
		t.Errorf("preview card = %+v", preview)
	}
	if note := bt.Eval[string](b, `document.getElementById('opt-accent-note')?.textContent || ''`); !strings.Contains(note, "contrast of") {
		t.Errorf("accent note = %q, want the contrast in words", note)
	}
	b.Axe("/partners filled")
	b.Shot("partners-filled")
	scrollTo(b, "preview-title")
	docShot(b, "partners-preview")

	// Copy: the clipboard gets the code, and the button says so.
	bt.Eval[bool](b, `(() => { window.copiedText = null; navigator.clipboard.writeText = (t) => { window.copiedText = t; return Promise.resolve(); }; return true })()`)
	bt.Eval[bool](b, `document.getElementById('copy-snippet').click(), true`)
	b.WaitFor("the copy confirmation", `(document.getElementById('copied-snippet')?.textContent || '').startsWith('Copied')`)
	copied := bt.Eval[string](b, `window.copiedText || ''`)
	if copied != snippet {
		t.Errorf("copied %q, want the code %q", copied, snippet)
	}
	scrollTo(b, "snippet-title")
	docShot(b, "partners-code")

	// The copied code on a partner's page on another site gives the same
	// widget as the preview, and Start goes straight to the first question
	// the partner's nation leaves.
	b.Navigate(bt.HostPage(t, `<h1>Complaints</h1><p>Our free tool helps you plan a complaint.</p>`+copied))
	b.WaitFor("the widget on the partner's page", bt.Widgets(`!!W()?.querySelector('button')`))
	onPage := bt.Eval[card](b, bt.Widgets(cardJS+`(W())`))
	if onPage != preview {
		t.Errorf("on the partner's page the card is %+v, in the preview %+v", onPage, preview)
	}
	docShot(b, "partner-page-card")
	b.StartWidget(0)
	f := b.FrameTarget(s.App+ui.PathStart, "title=Plan")
	f.OnPage(bt.QuestionPath(flow.QService)) // Wales skips the first question
	docShot(b, "partner-page-app")

	// The frame-only code, for sites that allow no scripts.
	b.Open(s.App + ui.PathPartners)
	for attr, v := range settings {
		setField(b, attr, v)
	}
	frameOnly := code(b, "frame")
	b.Navigate(bt.HostPage(t, `<h1>No scripts here</h1>`+frameOnly))
	ff := b.FrameTarget(s.App+ui.PathStart, "accent=%236b1d5c")
	ff.OnPage(bt.QuestionPath(flow.QService))
	if got := bt.Eval[string](ff, `document.querySelector('.partner')?.textContent || ''`); got != "with Healthwatch Example" {
		t.Errorf("frame-only code: header says %q", got)
	}
}

func TestPartnerBuilderMessages(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	b.SetViewport(390, 844)
	b.Open(s.App + ui.PathPartners)
	b.WaitFor("the preview card", pjs(`!!P()?.querySelector('button')`))
	bad := map[string]string{
		"partner-name":      strings.Repeat("a", 81),
		"advocacy-name":     "\u200f\u0001",
		"advocacy-phone":    "0300 CALL NOW",
		"advocacy-web":      "http://advocacy.example.org/",
		"pals-name":         strings.Repeat("p", 90),
		"pals-phone":        "12345",
		"pals-web":          "https://user:pass@pals.example/",
		"healthwatch-name":  strings.Repeat("h", 100),
		"healthwatch-phone": "<script>",
		"healthwatch-web":   "javascript:alert(1)",
		"accent":            "#ffdd00",
		"height":            "tall",
		"title":             strings.Repeat("t", 121),
	}
	for attr, v := range bad {
		setField(b, attr, v)
	}
	b.WaitFor("a message for every refused value", fmt.Sprintf(`document.querySelectorAll('.error-summary-list li').length === %d`, len(bad)))
	snippet := code(b, "snippet")
	for _, o := range partner.Options(bt.English(t)) {
		v, ok := bad[o.Attr]
		if !ok {
			continue
		}
		_, want := o.Check(v)
		if want == "" {
			t.Fatalf("%s %q: the builder's rules accept it", o.Attr, v)
		}
		got := bt.Eval[string](b, `document.getElementById('opt-`+o.Attr+`-error')?.textContent || ''`)
		if got != "Error: "+want {
			t.Errorf("%s %q: message %q, want %q", o.Attr, v, got, want)
		}
		if !bt.Eval[bool](b, `document.getElementById('opt-`+o.Attr+`').getAttribute('aria-describedby').includes('opt-`+o.Attr+`-error') && document.getElementById('opt-`+o.Attr+`').getAttribute('aria-invalid') === 'true'`) {
			t.Errorf("%s: the box is not tied to its message", o.Attr)
		}
		if strings.Contains(snippet, "data-"+o.Attr+"=") {
			t.Errorf("%s: the refused value is in the code:\n%s", o.Attr, snippet)
		}
	}
	if n := bt.Eval[int](b, `document.querySelectorAll('.error-summary-list li').length`); n != len(bad) {
		t.Errorf("%d values listed as left out, want %d", n, len(bad))
	}
	if msg := bt.Eval[string](b, `document.getElementById('opt-accent-error').textContent`); !strings.Contains(msg, "1.34 to 1") || !strings.Contains(msg, "4.5 to 1") {
		t.Errorf("accent message %q does not explain the contrast", msg)
	}
	b.Axe("/partners with errors")
	b.Shot("partners-errors")
	// Put right, a message goes.
	setField(b, "accent", "#6b1d5c")
	b.WaitFor("the accent message to go", `!document.getElementById('opt-accent-error')`)

	// The page for trustees.
	b.Open(s.App + ui.PathPartnersAbout)
	b.WaitHeading("Put It Right: for trustees and partners")
	b.Axe("/partners/about")
	b.Shot("partners-about")
}

// TestPartnerBuilderOffline: once the app has been opened, the setup page
// and its preview work with no network and no server.
func TestPartnerBuilderOffline(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	b.Open(s.App + ui.PathStart)
	b.WaitOfflineReady(s)
	s.Stop()
	b.SetOffline(true)
	b.Open(s.App + ui.PathPartners)
	b.WaitHeading("Add Put It Right to your website")
	setField(b, "partner-name", "Offline Partner")
	b.WaitFor("the preview with no network", pjs(`!!(P()?.querySelector('.card')?.innerText.includes('Offered by Offline Partner'))`))
	if c := code(b, "snippet"); !strings.Contains(c, `data-partner-name="Offline Partner"`) {
		t.Errorf("code offline:\n%s", c)
	}
}
