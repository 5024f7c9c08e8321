package e2e

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"putitright/app/draft"
	"putitright/app/guide"
	"putitright/app/letter"
)

// The letter pages, tested in Chromium against the real build: the live
// preview, editing, keeping edits when answers change, every export, the
// draft file and deleting everything.

// lCase is a finished plan for someone complaining about their own
// hospital care a few months ago, with nothing typed into letters yet.
func lCase() draft.Case {
	now := time.Now()
	happened := now.AddDate(0, -3, 0)
	a := guide.Answers{
		Nation:        guide.England,
		Service:       guide.HospitalInpatient,
		SocialCareToo: guide.No,
		Person:        guide.Self,
		Happened:      guide.MonthOf(happened.Year(), happened.Month()),
		Stage:         guide.NotRaised,
		Outcomes:      []guide.Outcome{guide.OutExplanation, guide.OutApology},
		Danger:        guide.No,
		Abuse:         guide.No,
		Harm:          guide.HarmMinor,
		Legal:         guide.No,
		Detained:      guide.No,
		Offer:         guide.No,
	}
	return draft.New(a, letter.Details{}, nil, now)
}

// seed writes c into the app's saved draft, as if the person had answered
// every question on this device, and opens path.
func (b *browser) lSeed(s *server, c draft.Case, path string) {
	b.t.Helper()
	raw, err := draft.Marshal(c)
	if err != nil {
		b.t.Fatal(err)
	}
	b.open(s.App + "/privacy")
	eval[bool](b, `localStorage.setItem('putitright-draft', `+jsStr(string(raw))+`), true`)
	b.open(s.App + path)
}

// savedCase reads the draft the app keeps in localStorage.
func (b *browser) lSaved() draft.Case {
	b.t.Helper()
	raw := eval[string](b, `localStorage.getItem('putitright-draft') || ''`)
	if raw == "" {
		b.t.Fatal("no draft in localStorage")
	}
	c, err := draft.Open([]byte(raw))
	if err != nil {
		b.t.Fatalf("the saved draft does not open: %v", err)
	}
	return c
}

// typeInto focuses the field sel, puts the caret at the end (or at the
// offset at, when at >= 0) and types text with real key events.
func (b *browser) lType(sel, text string, at int) {
	b.t.Helper()
	pos := "el.value.length"
	if at >= 0 {
		pos = lInt(at)
	}
	eval[bool](b, `(() => { const el = document.querySelector(`+jsStr(sel)+`); el.focus(); const p = `+pos+`; el.setSelectionRange(p, p); return true })()`)
	b.do(chromedp.KeyEvent(text))
}

func lInt(n int) string { j, _ := json.Marshal(n); return string(j) }

// setValue replaces a field's value as pasting would, firing input.
func (b *browser) lSet(sel, v string) {
	b.t.Helper()
	eval[bool](b, `(() => { const el = document.querySelector(`+jsStr(sel)+`); el.focus(); el.value = `+jsStr(v)+`; el.dispatchEvent(new Event('input', {bubbles: true})); return true })()`)
}

// text returns the text of the first element matching sel ("" if none).
func (b *browser) lText(sel string) string {
	b.t.Helper()
	return eval[string](b, `document.querySelector(`+jsStr(sel)+`)?.innerText ?? ''`)
}

// value returns the value of the form field sel.
func (b *browser) lValue(sel string) string {
	b.t.Helper()
	return eval[string](b, `document.querySelector(`+jsStr(sel)+`)?.value ?? ''`)
}

// click clicks the button or link whose text is label.
func (b *browser) lClick(label string) {
	b.t.Helper()
	ok := eval[bool](b, `(() => { const el = [...document.querySelectorAll('button, a')].find(e => e.textContent.trim() === `+jsStr(label)+`); if (!el) return false; el.click(); return true })()`)
	if !ok {
		b.t.Fatalf("no button or link %q", label)
	}
}

// previewHas waits until the letter preview contains want.
func (b *browser) lPreviewHas(want string) {
	b.t.Helper()
	b.waitFor("the preview to show "+want, `(document.getElementById('letter-preview')?.innerText || '').includes(`+jsStr(want)+`)`)
}

// lDraftText is the complaint as the app drafts it from c, today.
func lDraftText(t *testing.T, c draft.Case) string {
	t.Helper()
	l, err := letter.Draft(guide.LetterComplaint, c.Answers, c.Details, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return l.Text()
}

// TestLetterDraftEditKeep drafts a complaint from a completed plan, types
// details and sees the preview follow, edits the words, changes an answer
// and keeps the edit — and then changes an answer again and takes the new
// draft.
func TestLetterDraftEditKeep(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	b.lSeed(s, lCase(), "/letters/complaint")
	b.waitHeading("Formal complaint")
	b.lPreviewHas("[your name]")
	if !strings.Contains(b.lText("#writing-help"), "Still to fill in") {
		t.Error("the writing help does not list what is still to fill in")
	}

	// The details form asks only for what this letter needs, with hints.
	for _, id := range []string{"#d-senderName", "#d-senderAddress", "#d-org", "#d-impact", "#d-questions"} {
		if !eval[bool](b, `!!document.querySelector(`+jsStr(id)+`)`) {
			t.Errorf("the complaint's details have no %s", id)
		}
	}
	for _, id := range []string{"#d-offerAmount", "#d-profession", "#d-now"} {
		if eval[bool](b, `!!document.querySelector(`+jsStr(id)+`)`) {
			t.Errorf("the complaint asks for %s, which it does not need", id)
		}
	}
	if hint := b.lText("#d-senderName-hint"); !strings.Contains(hint, "For example") {
		t.Errorf("the name field's hint has no example: %q", hint)
	}

	// The links within the page stay on the page.
	b.do(chromedp.EmulateViewport(390, 844))
	b.lClick("Skip to your letter")
	b.waitFor("the letter to scroll into view", `window.scrollY > 500 && document.getElementById('your-letter').getBoundingClientRect().top < 844`)
	b.lClick("Your name")
	b.waitFor("the name field to be in view", `(r => r.top >= 0 && r.top < 844)(document.getElementById('d-senderName').getBoundingClientRect())`)
	if p := eval[string](b, `location.pathname`); p != "/letters/complaint" || b.heading() != "Formal complaint" {
		t.Errorf("a link within the letter page went to %s", p)
	}

	// Typing into the details updates the preview, key by key.
	b.lType("#d-senderName", "Quill Marker", -1)
	b.lPreviewHas("Quill Marker")
	b.lType("#d-org", "Riverside Hospital Trust", -1)
	b.lPreviewHas("Riverside Hospital Trust")
	b.lType("#d-impact", "I could not sleep for weeks.", -1)
	b.lPreviewHas("I could not sleep for weeks.")
	// With no events yet, there is an empty first one to type in, with
	// nothing to remove.
	b.waitFor("the first event's box", `!!document.getElementById('d-events-1-what')`)
	if eval[bool](b, `[...document.querySelectorAll('button')].some(e => e.textContent.trim() === 'Remove event 1')`) {
		t.Error("the empty first event offers Remove event 1")
	}
	b.lType("#d-events-1-what", "Nobody brought my tablets.", -1)
	b.lPreviewHas("Nobody brought my tablets.")
	// Dates: the day is optional; a date that cannot be right says so.
	b.lType("#d-patientBorn-day", "31", -1)
	b.lType("#d-patientBorn-month", "2", -1)
	b.lType("#d-patientBorn-year", "1941", -1)
	b.waitFor("the date error", `(document.getElementById('d-patientBorn-error')?.textContent || '').includes('real date')`)
	b.lSet("#d-patientBorn-day", "14")
	b.lSet("#d-patientBorn-month", "3")
	b.lPreviewHas("14 March 1941")
	if eval[bool](b, `!!document.getElementById('d-patientBorn-error')`) {
		t.Error("the date error stays after the date is put right")
	}
	if got := b.lValue("#letter-text"); !strings.Contains(got, "Quill Marker") || !strings.Contains(got, "Nobody brought my tablets.") {
		t.Errorf("the letter's text box did not follow the details:\n%s", got)
	}
	words := b.lText("#word-count")
	if !strings.Contains(words, " words") {
		t.Errorf("no word count: %q", words)
	}
	// Gentle flags for threats and abusive words.
	b.lType("#d-impact", " The staff are idiots and I will sue you.", -1)
	b.waitFor("flags that mention the threat and the insult", `(t => t.includes('idiots') && t.includes('sue'))((document.getElementById('letter-flags')?.innerText || '').toLowerCase())`)
	b.lSet("#d-impact", "I could not sleep for weeks.")
	b.waitFor("the flags to go", `!document.getElementById('letter-flags')`)
	b.shot("letter-details")

	// The saved draft has the details.
	c := b.lSaved()
	if c.Details.SenderName != "Quill Marker" || len(c.Details.Events) != 1 {
		t.Errorf("saved details: %+v", c.Details)
	}

	// Edit the words directly, in the middle of the letter: the caret stays
	// where the person types.
	before := b.lValue("#letter-text")
	at := strings.Index(before, "Dear ")
	if at < 0 {
		t.Fatalf("no greeting in the letter:\n%s", before)
	}
	const mine = "My own words Zebra. "
	b.lType("#letter-text", mine, at)
	want := before[:at] + mine + before[at:]
	b.waitFor("the edit", `document.getElementById('letter-text').value === `+jsStr(want))
	b.lPreviewHas("My own words Zebra.")
	if e, ok := b.lSaved().Edits[guide.LetterComplaint]; !ok || e.Text != want {
		t.Errorf("the edit is not saved: %+v", e)
	}

	// Change an answer that changes the draft: add "money" to the outcomes.
	b.open(s.App + "/check")
	b.waitHeading("Check your answers")
	b.do(chromedp.Click(chromedp.CSS(`a[href="/q/outcomes"]`)))
	b.waitFor("the outcomes question", `!!document.getElementById('value-money')`)
	b.waitFor("the outcomes question to be drawn", `document.activeElement?.id === 'main-heading'`)
	b.do(chromedp.Click(chromedp.CSS(`#value-money`)), chromedp.Click(chromedp.CSS(`form button[type=submit]`)))
	b.waitFor("the answer to be saved", `(localStorage.getItem('putitright-draft') || '').includes('"money"')`)
	changed := b.lSaved()
	if lDraftText(t, changed) == changed.Edits[guide.LetterComplaint].Base {
		t.Fatal("adding an outcome did not change the draft; the test needs an answer that does")
	}

	// Back on the letter: the edit is still there, and we are asked.
	b.open(s.App + "/letters/complaint")
	b.waitHeading("Formal complaint")
	b.waitFor("the stale-edit box", `!!document.getElementById('stale-edit')`)
	b.waitFor("the edited letter to be kept after changing an answer", `document.querySelector('#letter-text')?.value === `+jsStr(want))
	b.lPreviewHas("My own words Zebra.")
	box := b.lText("#stale-edit")
	for _, s := range []string{"Keep my edited letter", "Use the new draft instead"} {
		if !strings.Contains(box, s) {
			t.Errorf("the stale-edit box does not offer %q: %q", s, box)
		}
	}
	b.shot("letter-stale")
	b.lClick("Keep my edited letter")
	b.waitFor("the box to go", `!document.getElementById('stale-edit')`)
	if got := b.lValue("#letter-text"); got != want {
		t.Errorf("keeping the edit changed it:\n%s", got)
	}
	kept := b.lSaved()
	if e := kept.Edits[guide.LetterComplaint]; e.Text != want || e.Base != lDraftText(t, kept) {
		t.Errorf("after keep, the saved edit is %+v", e)
	}
	b.open(s.App + "/letters/complaint")
	b.waitHeading("Formal complaint")
	if eval[bool](b, `!!document.getElementById('stale-edit')`) {
		t.Error("asked again after choosing to keep the edit")
	}

	// Change a detail: asked again; this time take the new draft.
	b.lType("#d-senderName", " Jr", -1)
	b.waitFor("the stale-edit box", `!!document.getElementById('stale-edit')`)
	if !b.activeMatches("#d-senderName") {
		t.Errorf("the stale-edit box took focus from the field being typed in (focus: %s)", eval[string](b, `document.activeElement?.id || document.activeElement?.tagName`))
	}
	if got := b.lValue("#d-senderName"); got != "Quill Marker Jr" {
		t.Errorf("the name field has %q after typing", got)
	}
	if got := b.lValue("#letter-text"); got != want {
		t.Errorf("changing a detail changed the edited words:\n%s", got)
	}
	b.lClick("Use the new draft instead")
	b.waitFor("the new draft", `!document.getElementById('stale-edit') && !document.getElementById('letter-text').value.includes('Zebra')`)
	if name := b.lSaved().Details.SenderName; name != "Quill Marker Jr" {
		t.Errorf("the name is saved as %q", name)
	}
	b.lPreviewHas("Quill Marker Jr")
	if _, ok := b.lSaved().Edits[guide.LetterComplaint]; ok {
		t.Error("the edit is still saved after choosing the new draft")
	}
	b.axe("letter page")
}

// TestLetterMailto checks the email link: a short letter goes into the
// link whole; a long one is copied instead, and the page says so.
func TestLetterMailto(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	b.lSeed(s, lCase(), "/letters/complaint")
	b.waitHeading("Formal complaint")

	short := "Dear Sir or Madam,\n\nPlease look into my care on Ward 6 & reply.\n\nYours faithfully,\nQuill Marker"
	b.lSet("#letter-text", short)
	b.waitFor("the email link", `(document.querySelector('a#mailto')?.textContent || '').trim() === 'Write an email with it'`)
	href := eval[string](b, `document.querySelector('a#mailto').getAttribute('href')`)
	u, err := url.Parse(href)
	if err != nil || u.Scheme != "mailto" {
		t.Fatalf("bad mailto link %q: %v", href, err)
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		t.Fatalf("bad mailto query %q: %v", u.RawQuery, err)
	}
	if got := strings.ReplaceAll(q.Get("body"), "\r\n", "\n"); got != short {
		t.Errorf("mailto body:\n%q\nwant\n%q", got, short)
	}
	if q.Get("subject") == "" {
		t.Error("the mailto link has no subject")
	}
	if strings.Contains(href, "+") {
		t.Errorf("the mailto link uses + for spaces: %s", href)
	}

	long := strings.Repeat("This paragraph is long enough to need more than one email link. ", 40)
	b.lSet("#letter-text", long)
	b.waitFor("the too-long message", `!!document.getElementById('mailto-long')`)
	if msg := b.lText("#mailto-long"); !strings.Contains(msg, "too long") {
		t.Errorf("the too-long message: %q", msg)
	}
	href = eval[string](b, `document.querySelector('a#mailto').getAttribute('href')`)
	if strings.Contains(href, "body=") {
		t.Errorf("a too-long letter still has a body in its link: %.200s", href)
	}
	if lbl := strings.TrimSpace(b.lText("a#mailto")); lbl != "Copy it and write an email" {
		t.Errorf("the email link for a long letter says %q", lbl)
	}
}

// downloads makes Chromium save downloads into a new folder, and returns it.
func (b *browser) lDownloads() string {
	b.t.Helper()
	dir := b.t.TempDir()
	_, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir, EventsEnabled: lPtr(true),
	})
	if err != nil {
		b.t.Fatal(err)
	}
	return dir
}

func lPtr[T any](v T) *T { return &v }

// lWaitFile waits for a finished download called name in dir.
func lWaitFile(t *testing.T, dir, name string) []byte {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil && len(b) > 0 {
			if _, err := os.Stat(filepath.Join(dir, name+".crdownload")); err != nil {
				return b
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	t.Fatalf("no download %s (folder has %q)", name, names)
	return nil
}

// lDocxParas returns the text of each paragraph of word/document.xml,
// with w:br as a line break.
func lDocxParas(t *testing.T, b []byte) []string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("the .docx is not a zip: %v", err)
	}
	var doc []byte
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			doc, _ = io.ReadAll(rc)
			rc.Close()
		}
	}
	if doc == nil {
		t.Fatal("the .docx has no word/document.xml")
	}
	const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var paras []string
	var cur strings.Builder
	inT := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("word/document.xml is not XML: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			switch {
			case el.Name.Space == w && el.Name.Local == "p":
				cur.Reset()
			case el.Name.Space == w && el.Name.Local == "br":
				cur.WriteString("\n")
			case el.Name.Space == w && el.Name.Local == "t":
				inT = true
			}
		case xml.EndElement:
			switch {
			case el.Name.Space == w && el.Name.Local == "p":
				paras = append(paras, cur.String())
			case el.Name.Space == w && el.Name.Local == "t":
				inT = false
			}
		case xml.CharData:
			if inT {
				cur.Write(el)
			}
		}
	}
	return paras
}

// TestLetterExports downloads the letter as .docx and .txt and checks the
// files, copies it to the clipboard, and prints it.
func TestLetterExports(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	c := lCase()
	c.Details = letter.Details{
		SenderName: "Quill Marker", SenderAddress: []string{"1 Test Row", "Norwich", "NR1 1AA"},
		Org: "Riverside Hospital Trust", Impact: "I could not sleep for weeks & I was frightened.",
		Events: []letter.Event{{What: "Nobody brought my tablets on Ward <6>."}},
	}
	b.lSeed(s, c, "/letters/complaint")
	b.waitHeading("Formal complaint")
	b.lPreviewHas("Quill Marker")
	// An edit, so the exports must take the person's words.
	b.lType("#letter-text", "\n\nPS: Edited for export.", -1)
	b.lPreviewHas("PS: Edited for export.")
	text := b.lValue("#letter-text")

	dir := b.lDownloads()
	b.lClick("Download as text (.txt)")
	txt := lWaitFile(t, dir, "put-it-right-complaint.txt")
	if string(txt) != text {
		t.Errorf("the .txt is not the letter shown:\n%q\nwant\n%q", txt, text)
	}
	b.lClick("Download for Word (.docx)")
	docx := lWaitFile(t, dir, "put-it-right-complaint.docx")
	got := lDocxParas(t, docx)
	var want []string
	for _, p := range strings.Split(text, "\n\n") {
		want = append(want, p)
	}
	if !slices.Equal(got, want) {
		t.Errorf("the .docx paragraphs differ from the letter:\n%q\nwant\n%q", got, want)
	}

	// Copy: with clipboard permission, read it back.
	origin := s.App
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		_, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
			Permission: &cdpbrowser.PermissionDescriptor{Name: name},
			Setting:    cdpbrowser.PermissionSettingGranted, Origin: origin,
		})
		if err != nil {
			t.Fatalf("granting %s: %v", name, err)
		}
	}
	b.do(chromedp.Click(chromedp.CSS(`#exports .actions button`))) // "Copy the letter", a real click for the user gesture
	b.waitFor("the copied notice", `(document.querySelector('.notice')?.textContent || '').toLowerCase().includes('copied')`)
	clip := eval[string](b, `navigator.clipboard.readText()`)
	if clip != text {
		t.Errorf("the clipboard has:\n%q\nwant\n%q", clip, text)
	}

	// Print: only the letter is visible, on A4.
	_, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	if err != nil {
		t.Fatal(err)
	}
	visible := eval[[]string](b, `(() => {
		const out = [];
		for (const el of document.querySelectorAll('body *')) {
			if (el.closest('#letter-preview') || el.contains(document.getElementById('letter-preview'))) continue;
			const r = el.getBoundingClientRect();
			const cs = getComputedStyle(el);
			if (r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && (el.innerText || '').trim() !== '' ) out.push(el.tagName + '#' + el.id + '.' + el.className + ': ' + el.innerText.slice(0, 40));
		}
		return out;
	})()`)
	if len(visible) > 0 {
		t.Errorf("in print, more than the letter shows: %q", visible)
	}
	if !eval[bool](b, `document.getElementById('letter-preview').getBoundingClientRect().height > 100`) {
		t.Error("in print, the letter itself is not shown")
	}
	for _, sel := range []string{"header", "footer", ".letter-form", "#exports", "#letter-text", ".back", "#main-heading"} {
		if d := eval[string](b, `(() => { const el = document.querySelector(`+jsStr(sel)+`); if (!el) return 'none'; let e = el; while (e) { if (getComputedStyle(e).display === 'none') return 'none'; e = e.parentElement } return 'shown' })()`); d != "none" {
			t.Errorf("in print, %s is shown", sel)
		}
	}
	b.shot("letter-print")
	res, err := chromedp.Call(b.ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: lPtr(true)})
	if err != nil {
		t.Fatal(err)
	}
	pdf := res.Data
	pages := regexp.MustCompile(`/Type\s*/Page\b`).FindAll(pdf, -1)
	if !bytes.HasPrefix(pdf, []byte("%PDF")) || len(pages) < 1 {
		t.Errorf("the PDF has no pages (%d bytes)", len(pdf))
	}
	// Every page is A4: 595×842 points.
	for _, m := range regexp.MustCompile(`/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]`).FindAllSubmatch(pdf, -1) {
		w, _ := strconv.ParseFloat(string(m[1]), 64)
		h, _ := strconv.ParseFloat(string(m[2]), 64)
		if math.Abs(w-595.3) > 1.5 || math.Abs(h-841.9) > 1.5 {
			t.Errorf("a PDF page is %.1f×%.1f points, not A4", w, h)
		}
	}
	t.Logf("printed to %d A4 pages", len(pages))
	os.WriteFile(filepath.Join(screenshotDir(t), "letter-print.pdf"), pdf, 0o644)
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}
}

// TestLetterShare checks the share button: it shows only where the
// browser has a share sheet (navigator.share), and shares the letter's
// words with its subject as the title.
func TestLetterShare(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	c := lCase()
	c.Details = letter.Details{SenderName: "Quill Marker"}
	b.lSeed(s, c, "/letters/complaint")
	b.waitHeading("Formal complaint")
	b.lPreviewHas("Quill Marker")
	hasShare := eval[bool](b, `typeof navigator.share === 'function'`)
	shown := eval[bool](b, `[...document.querySelectorAll('button')].some(e => e.textContent.trim() === 'Share')`)
	if shown != hasShare {
		t.Errorf("navigator.share is there: %v, but the Share button is shown: %v", hasShare, shown)
	}

	// A browser with a share sheet (stubbed, as headless Chromium on Linux has none).
	if _, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };`,
	}); err != nil {
		t.Fatal(err)
	}
	b.open(s.App + "/letters/complaint")
	b.waitHeading("Formal complaint")
	b.lPreviewHas("Quill Marker")
	b.lType("#letter-text", "\n\nShared PS.", -1)
	b.lPreviewHas("Shared PS.")
	text := b.lValue("#letter-text")
	b.lClick("Share")
	b.waitFor("the share sheet", `!!window.__shared`)
	got := eval[map[string]string](b, `window.__shared`)
	if got["text"] != text {
		t.Errorf("shared text:\n%q\nwant\n%q", got["text"], text)
	}
	l, _ := letter.Draft(guide.LetterComplaint, c.Answers, c.Details, time.Now())
	if got["title"] != l.Subject {
		t.Errorf("shared title %q, want the subject %q", got["title"], l.Subject)
	}
}

// TestDraftFileAndDelete saves a draft file, deletes everything, opens the
// file again, refuses bad files without changing anything, and checks
// that "do not keep anything" stops saving.
func TestDraftFileAndDelete(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	c := lCase()
	c.Details = letter.Details{SenderName: "Quill Marker", Impact: "Marker-Kestrel-42 lost sleep."}
	c.Edits = map[guide.LetterID]letter.Edit{}
	b.lSeed(s, c, "/your-data")
	b.waitHeading("Your draft and this device")

	// Save a draft file.
	dir := b.lDownloads()
	b.lClick("Save a draft file")
	name := draft.FileName(time.Now())
	raw := lWaitFile(t, dir, name)
	saved, err := draft.Open(raw)
	if err != nil {
		t.Fatalf("the saved draft file does not open: %v", err)
	}
	if saved.Details.Impact != c.Details.Impact || !slices.Equal(saved.Answers.Outcomes, c.Answers.Outcomes) {
		t.Errorf("the draft file holds %+v", saved)
	}

	// Delete everything: storage holds nothing of the case.
	b.lClick("Delete everything from this device")
	b.waitFor("the confirm button", `!!document.getElementById('confirm-delete')`)
	b.do(chromedp.Click(chromedp.CSS("#confirm-delete")))
	b.waitFor("the deleted notice", `(document.querySelector('.notice')?.textContent || '').includes('deleted')`)
	b.lNoTrace("Marker-Kestrel-42")
	b.open(s.App + "/letters/complaint")
	b.waitHeading("Formal complaint")
	if strings.Contains(b.lText("#letter-preview"), "Quill Marker") {
		t.Error("the letter still shows the deleted details after a reload")
	}
	b.lNoTrace("Marker-Kestrel-42")

	// Open the draft file: everything is back.
	b.open(s.App + "/your-data")
	b.waitHeading("Your draft and this device")
	file := filepath.Join(dir, name)
	b.lUpload(file)
	b.waitFor("the opened notice", `(document.querySelector('.notice')?.textContent || '').includes('Your draft is open')`)
	back := b.lSaved()
	if back.Details.Impact != c.Details.Impact || back.Answers.Service != c.Answers.Service {
		t.Errorf("after opening the file the draft is %+v", back)
	}
	before := eval[string](b, `localStorage.getItem('putitright-draft')`)

	// Bad files: a clear message, and nothing changes.
	bad := map[string]struct{ body, msg string }{
		"damaged.json": {`{"format": "putitright-draft", "version": 1, "answers": {`, "damaged"},
		"foreign.json": {`{"name": "my shopping list", "items": ["eggs"]}`, "not a Put It Right draft"},
		"newer.json":   {`{"format": "putitright-draft", "version": 99, "answers": {}}`, "newer version"},
	}
	for fname, f := range bad {
		p := filepath.Join(t.TempDir(), fname)
		if err := os.WriteFile(p, []byte(f.body), 0o644); err != nil {
			t.Fatal(err)
		}
		b.lUpload(p)
		b.lWaitNotice(fname, f.msg)
		if msg := b.lText(".notice"); !strings.Contains(msg, "Nothing has been changed") {
			t.Errorf("%s: the message does not say nothing changed: %q", fname, msg)
		}
		if now := eval[string](b, `localStorage.getItem('putitright-draft')`); now != before {
			t.Errorf("%s changed the saved draft", fname)
		}
		b.open(s.App + "/letters/complaint")
		b.waitHeading("Formal complaint")
		b.lPreviewHas("Quill Marker")
		b.open(s.App + "/your-data")
		b.waitHeading("Your draft and this device")
	}

	// "Do not keep anything on this device" stops the saving.
	b.do(chromedp.Click(chromedp.CSS("#no-store")))
	b.waitFor("the draft to be removed", `localStorage.getItem('putitright-draft') === null`)
	b.open(s.App + "/letters/complaint")
	b.waitHeading("Formal complaint")
	// Nothing is loaded (the draft was removed); typing keeps nothing here.
	b.lType("#d-senderName", "Marker-Osprey-7", -1)
	b.lPreviewHas("Marker-Osprey-7")
	time.Sleep(300 * time.Millisecond)
	b.lNoTrace("Marker-Osprey-7")
	if v := eval[string](b, `localStorage.getItem('putitright-no-store') || ''`); v != "1" {
		t.Errorf("the no-store choice is not remembered: %q", v)
	}
	b.open(s.App + "/your-data")
	b.waitHeading("Your draft and this device")
	// The choice is read when the app starts, just after the first frame.
	b.waitFor("the no-store box to be ticked after a reload", `document.getElementById('no-store')?.checked === true`)
}

// lWaitNotice waits for the status notice to include want.
func (b *browser) lWaitNotice(what, want string) {
	b.t.Helper()
	js := `(document.querySelector('.notice')?.textContent || '').includes(` + jsStr(want) + `)`
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if eval[bool](b, js) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.t.Fatalf("%s: the notice never said %q; it says %q (files chosen: %q)", what, want, b.lText(".notice"),
		eval[string](b, `[...(document.getElementById('draft-file')?.files || [])].map(f => f.name + ' ' + f.size).join(', ')`))
}

// upload chooses file in the draft file input.
func (b *browser) lUpload(file string) {
	b.t.Helper()
	// Right after a page loads, the app may still replace the prerendered
	// input; choose the file again if it landed on the old one.
	// The app empties the input once it has read the file, so count the
	// change events instead of looking at the input.
	eval[bool](b, `(() => { if (!window.__uploads) { window.__uploads = 0;
		document.addEventListener('change', (e) => { if (e.target.id === 'draft-file') window.__uploads++ }, true) } return true })()`)
	for range 5 {
		before := eval[int](b, `window.__uploads`)
		ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
		err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS(`#draft-file`), []string{file}))
		cancel()
		if err != nil {
			b.t.Logf("choosing the file: %v; trying again", err)
		}
		deadline := time.Now().Add(2 * time.Second)
		for time.Now().Before(deadline) {
			if eval[int](b, `window.__uploads`) > before {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	b.t.Fatal("could not choose a file in #draft-file")
}

// checkNoTrace fails when marker is anywhere in localStorage,
// sessionStorage, IndexedDB, Cache Storage or cookies.
func (b *browser) lNoTrace(marker string) {
	b.t.Helper()
	found := eval[[]string](b, `(async () => {
		const m = `+jsStr(marker)+`, out = [];
		for (const [name, st] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]]) {
			for (let i = 0; i < st.length; i++) { const k = st.key(i); if ((k + st.getItem(k)).includes(m)) out.push(name + ' ' + k); }
		}
		if (document.cookie.includes(m)) out.push('cookie');
		for (const info of (await indexedDB.databases())) {
			const db = await new Promise((ok, fail) => { const r = indexedDB.open(info.name); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
			for (const store of db.objectStoreNames) {
				const all = await new Promise((ok) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => ok(r.result); r.onerror = () => ok([]); });
				if (JSON.stringify(all).includes(m)) out.push('indexedDB ' + info.name + '/' + store);
			}
			db.close();
		}
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const req of await cache.keys()) { if (req.url.includes(m)) out.push('cache ' + req.url); }
		}
		return out;
	})()`)
	if len(found) > 0 {
		b.t.Errorf("%q is still on the device: %q", marker, found)
	}
	if n := eval[int](b, `localStorage.length + sessionStorage.length`); n > 0 {
		keys := eval[[]string](b, `[...Object.keys(localStorage), ...Object.keys(sessionStorage)]`)
		if slices.Contains(keys, "putitright-draft") {
			b.t.Errorf("storage still has the draft: %q", keys)
		}
	}
}

// TestBenchPreviewKeystroke prints how long the letter preview takes to
// show each key typed into a detail, with the CPU slowed 4×, as on a
// cheap phone. It runs only from make bench (PUTITRIGHT_BENCH=1) and
// never fails on timings.
func TestBenchPreviewKeystroke(t *testing.T) {
	if os.Getenv("PUTITRIGHT_BENCH") != "1" {
		t.Skip("set PUTITRIGHT_BENCH=1 (make bench) to run")
	}
	s := startServer(t)
	b := newBrowser(t)
	c := lCase()
	c.Details = letter.Details{
		SenderName: "Jo Smith", SenderAddress: []string{"12 Long Lane", "Norwich", "NR1 2AB"},
		SenderEmail: "jo@example.com", Org: "Norfolk and Norwich University Hospitals NHS Foundation Trust",
		OrgAddress: []string{"Colney Lane", "Norwich", "NR4 7UY"}, Place: "Ward 6",
		Events: []letter.Event{
			{When: c.Answers.Happened, What: "I was admitted with a chest infection and put on Ward 6."},
			{When: c.Answers.Happened, What: "I asked three times for my inhaler and nobody brought it. I was breathless all night."},
			{When: c.Answers.Happened, What: "A nurse told me to stop pressing the call bell because they were busy."},
			{When: c.Answers.Happened, What: "I was sent home without my discharge letter or my tablets."},
		},
		Impact:    "I was frightened and exhausted. I had to go back to my GP the next day and needed a second course of antibiotics.",
		Questions: []string{"Why was my inhaler not given?", "What is the policy on answering call bells?", "Why was I discharged without my tablets?"},
		Wants:     "I want the ward to make sure inhalers are given when asked for.",
	}
	b.lSeed(s, c, "/letters/complaint")
	b.waitHeading("Formal complaint")
	b.lPreviewHas("second course of antibiotics")
	b.lSet("#d-impact", c.Details.Impact+" Bx")
	b.lPreviewHas("Bx")
	// In the page: note the time of each keydown; when the preview first
	// holds the text typed so far, record the time to that DOM change and
	// to the next frame.
	eval[bool](b, `(() => {
		window.__lat = []; window.__frame = []; window.__pending = null; window.__want = '';
		document.addEventListener('keydown', () => { window.__pending = performance.now(); }, true);
		new MutationObserver(() => {
			if (window.__pending === null) return;
			const p = document.getElementById('letter-preview');
			if (!p || !p.textContent.includes(window.__want)) return;
			const t0 = window.__pending; window.__pending = null;
			window.__lat.push(performance.now() - t0);
			requestAnimationFrame(() => setTimeout(() => window.__frame.push(performance.now() - t0), 0));
		}).observe(document.getElementById('main'), {subtree: true, childList: true, characterData: true});
		return true;
	})()`)
	b.do(chromedp.Click(chromedp.CSS("#d-impact")))
	eval[bool](b, `(() => { const el = document.getElementById('d-impact'); el.setSelectionRange(el.value.length, el.value.length); return true })()`)
	const typed = "thequickbrownfoxjumpsoverthelazydogpackmyboxwithfivedozenliquorjugs"
	sofar := "Bx"
	run := func(rate float64) {
		if _, err := chromedp.Call(b.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: rate}); err != nil {
			t.Fatal(err)
		}
		eval[bool](b, `window.__lat = [], window.__frame = [], true`)
		for i := range len(typed) {
			sofar += typed[i : i+1]
			eval[bool](b, `window.__want = `+jsStr(sofar)+`, true`)
			b.do(chromedp.KeyEvent(typed[i : i+1]))
			b.waitFor("key "+typed[i:i+1], `window.__frame.length === `+lInt(i+1))
		}
		lat := eval[[]float64](b, `window.__lat`)
		frame := eval[[]float64](b, `window.__frame`)
		cpu := fmt.Sprintf("CPU slowed %g×", rate)
		if rate == 1 {
			cpu = "CPU not slowed"
		}
		t.Logf("preview re-render per keystroke, %s, %d keys into a %d-word complaint:", cpu, len(typed), letter.WordCount(b.lValue("#letter-text")))
		t.Logf("  key to preview updated:  median %.1f ms, p90 %.1f ms, max %.1f ms", lPercentile(lat, 50), lPercentile(lat, 90), lPercentile(lat, 100))
		t.Logf("  key to next frame:       median %.1f ms, p90 %.1f ms, max %.1f ms", lPercentile(frame, 50), lPercentile(frame, 90), lPercentile(frame, 100))
	}
	run(4)
	run(1)
	if got := b.lValue("#d-impact"); !strings.HasSuffix(got, sofar) {
		t.Errorf("keys were lost while typing: the field ends %q", got[max(0, len(got)-80):])
	}
	if l, err := os.ReadFile("/proc/loadavg"); err == nil {
		t.Logf("  (load average while measuring: %s; these machines are shared, so compare runs with care)", strings.TrimSpace(string(l)))
	}
}

// lPercentile returns the p-th percentile of v (nearest rank).
func lPercentile(v []float64, p float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	i := int(float64(len(s))*p/100+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}
