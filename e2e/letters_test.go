package e2e

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
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

	"putitright/app/ui"

	bt "putitright/internal/browsertest"

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

// draftText is the complaint as the app drafts it from c, today.
func draftText(t *testing.T, c draft.Case) string {
	t.Helper()
	l, err := letter.Draft(bt.English(t), guide.LetterComplaint, c.Answers, c.Details, time.Now())
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
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	b.Seed(s.App, letterCase(), "/letters/complaint")
	b.WaitHeading("Formal complaint")
	previewHas(b, "[your name]")
	if !strings.Contains(b.Text("#writing-help"), "Still to fill in") {
		t.Error("the writing help does not list what is still to fill in")
	}

	// The details form asks only for what this letter needs, with hints.
	for _, id := range []string{"#d-senderName", "#d-senderAddress", "#d-org", "#d-impact", "#d-questions"} {
		if !bt.Eval[bool](b, `!!document.querySelector(`+bt.JS(id)+`)`) {
			t.Errorf("the complaint's details have no %s", id)
		}
	}
	for _, id := range []string{"#d-offerAmount", "#d-profession", "#d-now"} {
		if bt.Eval[bool](b, `!!document.querySelector(`+bt.JS(id)+`)`) {
			t.Errorf("the complaint asks for %s, which it does not need", id)
		}
	}
	if hint := b.Text("#d-senderName-hint"); !strings.Contains(hint, "For example") {
		t.Errorf("the name field's hint has no example: %q", hint)
	}

	// The links within the page stay on the page.
	b.Do(chromedp.EmulateViewport(390, 844))
	b.Click("Skip to your letter")
	b.WaitFor("the letter to scroll into view", `window.scrollY > 500 && document.getElementById('your-letter').getBoundingClientRect().top < 844`)
	b.Click("Your name")
	b.WaitFor("the name field to be in view", `(r => r.top >= 0 && r.top < 844)(document.getElementById('d-senderName').getBoundingClientRect())`)
	if p := bt.Eval[string](b, `location.pathname`); p != "/letters/complaint" || b.Heading() != "Formal complaint" {
		t.Errorf("a link within the letter page went to %s", p)
	}

	// Typing into the details updates the preview, key by key.
	b.Type("#d-senderName", "Quill Marker")
	previewHas(b, "Quill Marker")
	b.Type("#d-org", "Riverside Hospital Trust")
	previewHas(b, "Riverside Hospital Trust")
	b.Type("#d-impact", "I could not sleep for weeks.")
	previewHas(b, "I could not sleep for weeks.")
	// With no events yet, there is an empty first one to type in, with
	// nothing to remove.
	b.WaitFor("the first event's box", `!!document.getElementById('d-events-1-what')`)
	if bt.Eval[bool](b, `[...document.querySelectorAll('button')].some(e => e.textContent.trim() === 'Remove event 1')`) {
		t.Error("the empty first event offers Remove event 1")
	}
	b.Type("#d-events-1-what", "Nobody brought my tablets.")
	previewHas(b, "Nobody brought my tablets.")
	// Dates: the day is optional; a date that cannot be right says so.
	b.Type("#d-patientBorn-day", "31")
	b.Type("#d-patientBorn-month", "2")
	b.Type("#d-patientBorn-year", "1941")
	b.WaitFor("the date error", `(document.getElementById('d-patientBorn-error')?.textContent || '').includes('real date')`)
	b.SetValue("#d-patientBorn-day", "14")
	b.SetValue("#d-patientBorn-month", "3")
	previewHas(b, "14 March 1941")
	if bt.Eval[bool](b, `!!document.getElementById('d-patientBorn-error')`) {
		t.Error("the date error stays after the date is put right")
	}
	if got := b.Value("#letter-text"); !strings.Contains(got, "Quill Marker") || !strings.Contains(got, "Nobody brought my tablets.") {
		t.Errorf("the letter's text box did not follow the details:\n%s", got)
	}
	words := b.Text("#word-count")
	if !strings.Contains(words, " words") {
		t.Errorf("no word count: %q", words)
	}
	// Gentle flags for threats and abusive words.
	b.Type("#d-impact", " The staff are idiots and I will sue you.")
	b.WaitFor("flags that mention the threat and the insult", `(t => t.includes('idiots') && t.includes('sue'))((document.getElementById('letter-flags')?.innerText || '').toLowerCase())`)
	b.SetValue("#d-impact", "I could not sleep for weeks.")
	b.WaitFor("the flags to go", `!document.getElementById('letter-flags')`)
	b.Shot("letter-details")

	// The saved draft has the details.
	c := b.Saved()
	if c.Details.SenderName != "Quill Marker" || len(c.Details.Events) != 1 {
		t.Errorf("saved details: %+v", c.Details)
	}

	// Edit the words directly, in the middle of the letter: the caret stays
	// where the person types.
	before := b.Value("#letter-text")
	at := strings.Index(before, "Dear ")
	if at < 0 {
		t.Fatalf("no greeting in the letter:\n%s", before)
	}
	const mine = "My own words Zebra. "
	b.Focus("#letter-text", at)
	b.Keys(mine)
	want := before[:at] + mine + before[at:]
	b.WaitFor("the edit", `document.getElementById('letter-text').value === `+bt.JS(want))
	previewHas(b, "My own words Zebra.")
	if e, ok := b.Saved().Edits[guide.LetterComplaint]; !ok || e.Text != want {
		t.Errorf("the edit is not saved: %+v", e)
	}

	// Change an answer that changes the draft: add "money" to the outcomes.
	b.Open(s.App + ui.PathCheck)
	b.WaitHeading("Check your answers")
	b.Do(chromedp.Click(chromedp.CSS(`a[href="/q/outcomes"]`)))
	b.WaitFor("the outcomes question", `!!document.getElementById('value-money')`)
	b.WaitFor("the outcomes question to be drawn", `document.activeElement?.id === `+bt.JS(ui.IDHeading))
	b.Do(chromedp.Click(chromedp.CSS(`#value-money`)), chromedp.Click(chromedp.CSS(`form button[type=submit]`)))
	b.WaitFor("the answer to be saved", `(`+bt.SavedDraft+` || '').includes('"money"')`)
	changed := b.Saved()
	if draftText(t, changed) == changed.Edits[guide.LetterComplaint].Base {
		t.Fatal("adding an outcome did not change the draft; the test needs an answer that does")
	}

	// Back on the letter: the edit is still there, and we are asked.
	b.Open(s.App + ui.PathLetters + "/complaint")
	b.WaitHeading("Formal complaint")
	b.WaitFor("the stale-edit box", `!!document.getElementById('stale-edit')`)
	b.WaitFor("the edited letter to be kept after changing an answer", `document.querySelector('#letter-text')?.value === `+bt.JS(want))
	previewHas(b, "My own words Zebra.")
	box := b.Text("#stale-edit")
	for _, s := range []string{"Keep my edited letter", "Use the new draft instead"} {
		if !strings.Contains(box, s) {
			t.Errorf("the stale-edit box does not offer %q: %q", s, box)
		}
	}
	b.Shot("letter-stale")
	b.Click("Keep my edited letter")
	b.WaitFor("the box to go", `!document.getElementById('stale-edit')`)
	if got := b.Value("#letter-text"); got != want {
		t.Errorf("keeping the edit changed it:\n%s", got)
	}
	kept := b.Saved()
	if e := kept.Edits[guide.LetterComplaint]; e.Text != want || e.Base != draftText(t, kept) {
		t.Errorf("after keep, the saved edit is %+v", e)
	}
	b.Open(s.App + ui.PathLetters + "/complaint")
	b.WaitHeading("Formal complaint")
	if bt.Eval[bool](b, `!!document.getElementById('stale-edit')`) {
		t.Error("asked again after choosing to keep the edit")
	}

	// Change a detail: asked again; this time take the new draft. The
	// saved name is put in its box a frame after the page is drawn.
	b.WaitFor("the saved name in its box", `document.getElementById('d-senderName')?.value === 'Quill Marker'`)
	b.Type("#d-senderName", " Jr")
	b.WaitFor("the stale-edit box", `!!document.getElementById('stale-edit')`)
	if !b.ActiveMatches("#d-senderName") {
		t.Errorf("the stale-edit box took focus from the field being typed in (focus: %s)", bt.Eval[string](b, `document.activeElement?.id || document.activeElement?.tagName`))
	}
	if got := b.Value("#d-senderName"); got != "Quill Marker Jr" {
		t.Errorf("the name field has %q after typing", got)
	}
	if got := b.Value("#letter-text"); got != want {
		t.Errorf("changing a detail changed the edited words:\n%s", got)
	}
	b.Click("Use the new draft instead")
	b.WaitFor("the new draft", `!document.getElementById('stale-edit') && !document.getElementById('letter-text').value.includes('Zebra')`)
	if name := b.Saved().Details.SenderName; name != "Quill Marker Jr" {
		t.Errorf("the name is saved as %q", name)
	}
	previewHas(b, "Quill Marker Jr")
	if _, ok := b.Saved().Edits[guide.LetterComplaint]; ok {
		t.Error("the edit is still saved after choosing the new draft")
	}
	b.Axe("letter page")
}

// TestLetterMailto checks the email link: a short letter goes into the
// link whole; a long one is copied instead, and the page says so.
func TestLetterMailto(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	b.Seed(s.App, letterCase(), "/letters/complaint")
	b.WaitHeading("Formal complaint")

	short := "Dear Sir or Madam,\n\nPlease look into my care on Ward 6 & reply.\n\nYours faithfully,\nQuill Marker"
	b.SetValue("#letter-text", short)
	b.WaitFor("the email link", `(`+bt.MailtoEl+`?.textContent || '').trim() === 'Write an email with it'`)
	href := bt.Eval[string](b, bt.MailtoEl+`.getAttribute('href')`)
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
	// A click asks the browser for exactly that address, for the mail
	// program: not one the app made its own (mailto://host?...).
	if got := b.FollowLink("#" + ui.IDMailto); got != href {
		t.Errorf("following the email link asks for %.150q, want %.150q", got, href)
	}

	long := strings.Repeat("This paragraph is long enough to need more than one email link. ", 40)
	b.SetValue("#letter-text", long)
	b.WaitFor("the too-long message", `!!document.getElementById('mailto-long')`)
	if msg := b.Text("#mailto-long"); !strings.Contains(msg, "too long") {
		t.Errorf("the too-long message: %q", msg)
	}
	href = bt.Eval[string](b, bt.MailtoEl+`.getAttribute('href')`)
	if strings.Contains(href, "body=") {
		t.Errorf("a too-long letter still has a body in its link: %.200s", href)
	}
	if lbl := strings.TrimSpace(b.Text("a#" + ui.IDMailto)); lbl != "Copy it and write an email" {
		t.Errorf("the email link for a long letter says %q", lbl)
	}
	if got := b.FollowLink("#" + ui.IDMailto); got != href {
		t.Errorf("following the long letter's email link asks for %.150q, want %.150q", got, href)
	}
}

// docxParas returns the text of each paragraph of word/document.xml,
// with w:br as a line break.
func docxParas(t *testing.T, b []byte) []string {
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
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	c := letterCase()
	c.Details = letter.Details{
		SenderName: "Quill Marker", SenderAddress: []string{"1 Test Row", "Norwich", "NR1 1AA"},
		Org: "Riverside Hospital Trust", Impact: "I could not sleep for weeks & I was frightened.",
		Events: []letter.Event{{What: "Nobody brought my tablets on Ward <6>."}},
	}
	b.Seed(s.App, c, "/letters/complaint")
	b.WaitHeading("Formal complaint")
	previewHas(b, "Quill Marker")
	// An edit, so the exports must take the person's words.
	b.Type("#letter-text", "\n\nPS: Edited for export.")
	previewHas(b, "PS: Edited for export.")
	text := b.Value("#letter-text")

	name, txt := b.Download("the .txt", func() { b.Click("Download as text (.txt)") })
	if name != "put-it-right-complaint.txt" {
		t.Errorf("the .txt is called %q", name)
	}
	if string(txt) != text {
		t.Errorf("the .txt is not the letter shown:\n%q\nwant\n%q", txt, text)
	}
	name, docx := b.Download("the .docx", func() { b.Click("Download for Word (.docx)") })
	if name != "put-it-right-complaint.docx" {
		t.Errorf("the .docx is called %q", name)
	}
	got := docxParas(t, docx)
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
		_, err := chromedp.CallBrowser(b.Ctx, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
			Permission: &cdpbrowser.PermissionDescriptor{Name: name},
			Setting:    cdpbrowser.PermissionSettingGranted, Origin: origin,
		})
		if err != nil {
			t.Fatalf("granting %s: %v", name, err)
		}
	}
	b.Do(chromedp.Click(chromedp.CSS(`#exports .actions button`))) // "Copy the letter", a real click for the user gesture
	b.WaitFor("the copied notice", `(document.querySelector('.notice')?.textContent || '').toLowerCase().includes('copied')`)
	clip := bt.Eval[string](b, `navigator.clipboard.readText()`)
	if clip != text {
		t.Errorf("the clipboard has:\n%q\nwant\n%q", clip, text)
	}

	// Print: only the letter is visible, on A4.
	_, err := chromedp.Call(b.Ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	if err != nil {
		t.Fatal(err)
	}
	visible := bt.Eval[[]string](b, `(() => {
		const out = [];
		for (const el of document.querySelectorAll('body *')) {
			if (el.closest('#letter-preview') || el.contains(`+bt.PreviewEl+`)) continue;
			const r = el.getBoundingClientRect();
			const cs = getComputedStyle(el);
			if (r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && (el.innerText || '').trim() !== '' ) out.push(el.tagName + '#' + el.id + '.' + el.className + ': ' + el.innerText.slice(0, 40));
		}
		return out;
	})()`)
	if len(visible) > 0 {
		t.Errorf("in print, more than the letter shows: %q", visible)
	}
	if !bt.Eval[bool](b, bt.PreviewEl+`.getBoundingClientRect().height > 100`) {
		t.Error("in print, the letter itself is not shown")
	}
	for _, sel := range []string{"header", "footer", ".letter-form", "#exports", "#letter-text", ".back", "#" + ui.IDHeading} {
		if d := bt.Eval[string](b, `(() => { const el = document.querySelector(`+bt.JS(sel)+`); if (!el) return 'none'; let e = el; while (e) { if (getComputedStyle(e).display === 'none') return 'none'; e = e.parentElement } return 'shown' })()`); d != "none" {
			t.Errorf("in print, %s is shown", sel)
		}
	}
	b.Shot("letter-print")
	res, err := chromedp.Call(b.Ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: new(true)})
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
	os.WriteFile(filepath.Join(bt.ScreenshotDir(t), "letter-print.pdf"), pdf, 0o644)
	if _, err := chromedp.Call(b.Ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}
}

// TestLetterShare checks the share button: it shows only where the
// browser has a share sheet (navigator.share), and shares the letter's
// words with its subject as the title.
func TestLetterShare(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	c := letterCase()
	c.Details = letter.Details{SenderName: "Quill Marker"}
	b.Seed(s.App, c, "/letters/complaint")
	b.WaitHeading("Formal complaint")
	previewHas(b, "Quill Marker")
	hasShare := bt.Eval[bool](b, `typeof navigator.share === 'function'`)
	shown := bt.Eval[bool](b, `[...document.querySelectorAll('button')].some(e => e.textContent.trim() === 'Share')`)
	if shown != hasShare {
		t.Errorf("navigator.share is there: %v, but the Share button is shown: %v", hasShare, shown)
	}

	// A browser with a share sheet (stubbed, as headless Chromium on Linux has none).
	if _, err := chromedp.Call(b.Ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };`,
	}); err != nil {
		t.Fatal(err)
	}
	b.Open(s.App + ui.PathLetters + "/complaint")
	b.WaitHeading("Formal complaint")
	previewHas(b, "Quill Marker")
	b.Type("#letter-text", "\n\nShared PS.")
	previewHas(b, "Shared PS.")
	text := b.Value("#letter-text")
	b.Click("Share")
	b.WaitFor("the share sheet", `!!window.__shared`)
	got := bt.Eval[map[string]string](b, `window.__shared`)
	if got["text"] != text {
		t.Errorf("shared text:\n%q\nwant\n%q", got["text"], text)
	}
	l, _ := letter.Draft(bt.English(t), guide.LetterComplaint, c.Answers, c.Details, time.Now())
	if got["title"] != l.Subject {
		t.Errorf("shared title %q, want the subject %q", got["title"], l.Subject)
	}
}

// TestDraftFileAndDelete saves a draft file, deletes everything, opens the
// file again, refuses bad files without changing anything, and checks
// that "do not keep anything" stops saving.
func TestDraftFileAndDelete(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	c := letterCase()
	c.Details = letter.Details{SenderName: "Quill Marker", Impact: "Marker-Kestrel-42 lost sleep."}
	c.Edits = map[guide.LetterID]letter.Edit{}
	b.Seed(s.App, c, "/your-data")
	b.WaitHeading("Your draft and this device")

	// Save a draft file.
	got, raw := b.Download("the draft file", func() { b.Click("Save a draft file") })
	name := draft.FileName(time.Now())
	if got != name {
		t.Errorf("the draft file is called %q, want %q", got, name)
	}
	saved, err := draft.Open(bt.English(t), raw)
	if err != nil {
		t.Fatalf("the saved draft file does not open: %v", err)
	}
	if saved.Details.Impact != c.Details.Impact || !slices.Equal(saved.Answers.Outcomes, c.Answers.Outcomes) {
		t.Errorf("the draft file holds %+v", saved)
	}

	// Delete everything: storage holds nothing of the case.
	b.Click("Delete everything from this device")
	b.WaitFor("the confirm button", `!!document.getElementById('confirm-delete')`)
	b.Do(chromedp.Click(chromedp.CSS("#confirm-delete")))
	b.WaitFor("the deleted notice", `(document.querySelector('.notice')?.textContent || '').includes('deleted')`)
	noTrace(b, "Marker-Kestrel-42")
	b.Open(s.App + ui.PathLetters + "/complaint")
	b.WaitHeading("Formal complaint")
	if strings.Contains(b.Text("#"+ui.IDPreview), "Quill Marker") {
		t.Error("the letter still shows the deleted details after a reload")
	}
	noTrace(b, "Marker-Kestrel-42")

	// Open the draft file: everything is back.
	b.Open(s.App + ui.PathData)
	b.WaitHeading("Your draft and this device")
	b.OpenDraftFile(b.WriteFile(name, raw))
	b.WaitFor("the opened notice", `(document.querySelector('.notice')?.textContent || '').includes('Your draft is open')`)
	back := b.Saved()
	if back.Details.Impact != c.Details.Impact || back.Answers.Service != c.Answers.Service {
		t.Errorf("after opening the file the draft is %+v", back)
	}
	before := bt.Eval[string](b, bt.SavedDraft)

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
		b.OpenDraftFile(p)
		waitNotice(b, fname, f.msg)
		if msg := b.Text(".notice"); !strings.Contains(msg, "Nothing has been changed") {
			t.Errorf("%s: the message does not say nothing changed: %q", fname, msg)
		}
		if now := bt.Eval[string](b, bt.SavedDraft); now != before {
			t.Errorf("%s changed the saved draft", fname)
		}
		b.Open(s.App + ui.PathLetters + "/complaint")
		b.WaitHeading("Formal complaint")
		previewHas(b, "Quill Marker")
		b.Open(s.App + ui.PathData)
		b.WaitHeading("Your draft and this device")
	}

	// "Do not keep anything on this device" stops the saving.
	b.Do(chromedp.Click(chromedp.CSS("#" + ui.IDNoStore)))
	b.WaitFor("the draft to be removed", bt.SavedDraft+` === null`)
	b.Open(s.App + ui.PathLetters + "/complaint")
	b.WaitHeading("Formal complaint")
	// Nothing is loaded (the draft was removed); typing keeps nothing here.
	b.Type("#d-senderName", "Marker-Osprey-7")
	previewHas(b, "Marker-Osprey-7")
	b.Holds("nothing typed is kept", `!JSON.stringify({...localStorage}).includes('Marker-Osprey-7')`, 300*time.Millisecond)
	noTrace(b, "Marker-Osprey-7")
	if v := bt.Eval[string](b, `localStorage.getItem('putitright-no-store') || ''`); v != "1" {
		t.Errorf("the no-store choice is not remembered: %q", v)
	}
	b.Open(s.App + ui.PathData)
	b.WaitHeading("Your draft and this device")
	// The choice is read when the app starts, just after the first frame.
	b.WaitFor("the no-store box to be ticked after a reload", bt.NoStoreEl+`?.checked === true`)
}

// waitNotice waits for the status notice to include want.
func waitNotice(b *bt.Browser, what, want string) {
	b.T.Helper()
	js := `(document.querySelector('.notice')?.textContent || '').includes(` + bt.JS(want) + `)`
	if b.Becomes(js, 20*time.Second) {
		return
	}
	b.T.Fatalf("%s: the notice never said %q; it says %q (files chosen: %q)", what, want, b.Text(".notice"),
		bt.Eval[string](b, `[...(`+bt.DraftFileEl+`?.files || [])].map(f => f.name + ' ' + f.size).join(', ')`))
}

// checkNoTrace fails when marker is anywhere in localStorage,
// sessionStorage, IndexedDB, Cache Storage or cookies.
func noTrace(b *bt.Browser, marker string) {
	b.T.Helper()
	found := bt.Eval[[]string](b, `(async () => {
		const m = `+bt.JS(marker)+`, out = [];
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
		b.T.Errorf("%q is still on the device: %q", marker, found)
	}
	if n := bt.Eval[int](b, `localStorage.length + sessionStorage.length`); n > 0 {
		keys := bt.Eval[[]string](b, `[...Object.keys(localStorage), ...Object.keys(sessionStorage)]`)
		if slices.Contains(keys, ui.KeyDraft) {
			b.T.Errorf("storage still has the draft: %q", keys)
		}
	}
}
