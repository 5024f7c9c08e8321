package e2e

import (
	"bytes"
	"math"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"putitright/app/draft"
	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/letter"
	"putitright/app/ui"
	bt "putitright/internal/browsertest"
)

// The letter pages, tested in Chromium against the real build: the live
// preview, editing, keeping edits when answers change, every export, the
// draft file and deleting everything.

// The complaint letter's page, and boxes of its details.
var (
	complaint = bt.LetterPath(guide.LetterComplaint)
	senderBox = bt.Detail(letter.FSenderName)
	impactBox = bt.Detail(letter.FImpact)
	eventBox  = bt.Detail(letter.FEvents) + "-1-what" // the first event's
)

// TestLetterDraftEditKeep drafts a complaint from a completed plan, types
// details and sees the preview follow, edits the words, changes an answer
// and keeps the edit — and then changes an answer again and takes the new
// draft.
func TestLetterDraftEditKeep(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	b.SetViewport(390, 844)
	b.SeedLetter(s.App, letterCase(), guide.LetterComplaint)
	b.PreviewHas("[your name]")
	if !strings.Contains(b.Text("#writing-help"), "Still to fill in") {
		t.Error("the writing help does not list what is still to fill in")
	}

	// The details form asks only for what this letter needs, with hints.
	for _, f := range []letter.FieldID{letter.FSenderName, letter.FSenderAddress, letter.FOrg, letter.FImpact, letter.FQuestions, letter.FOfferAmount, letter.FProfession, letter.FNow} {
		want := !slices.Contains([]letter.FieldID{letter.FOfferAmount, letter.FProfession, letter.FNow}, f)
		if got := bt.Eval[bool](b, `!!document.querySelector(`+bt.JS(bt.Detail(f))+`)`); got != want {
			t.Errorf("the complaint asks for %s: %v, want %v", f, got, want)
		}
	}
	if hint := b.Text(senderBox + "-hint"); !strings.Contains(hint, "For example") {
		t.Errorf("the name field's hint has no example: %q", hint)
	}

	// The links within the page stay on the page.
	b.Click("Skip to your letter")
	b.WaitFor("the letter to scroll into view", `window.scrollY > 500 && document.getElementById('your-letter').getBoundingClientRect().top < 844`)
	b.Click("Your name")
	b.WaitFor("the name field to be in view", `(r => r.top >= 0 && r.top < 844)(document.querySelector(`+bt.JS(senderBox)+`).getBoundingClientRect())`)
	if p := bt.Eval[string](b, `location.pathname`); p != complaint || b.Heading() != "Formal complaint" {
		t.Errorf("a link within the letter page went to %s", p)
	}

	// Typing into the details updates the preview, key by key.
	for _, f := range []struct{ sel, text string }{
		{senderBox, "Quill Marker"}, {bt.Detail(letter.FOrg), "Riverside Hospital Trust"}, {impactBox, "I could not sleep for weeks."},
	} {
		b.Type(f.sel, f.text)
		b.PreviewHas(f.text)
	}
	// With no events yet, there is an empty first one to type in, with
	// nothing to remove.
	b.WaitFor("the first event's box", `!!document.querySelector(`+bt.JS(eventBox)+`)`)
	if bt.Eval[bool](b, `[...document.querySelectorAll('button')].some(e => e.textContent.trim() === 'Remove event 1')`) {
		t.Error("the empty first event offers Remove event 1")
	}
	b.Type(eventBox, "Nobody brought my tablets.")
	b.PreviewHas("Nobody brought my tablets.")
	// Dates: the day is optional; a date that cannot be right says so.
	born := bt.Detail(letter.FPatientBorn)
	b.Type(born+"-day", "31")
	b.Type(born+"-month", "2")
	b.Type(born+"-year", "1941")
	b.WaitFor("the date error", `(document.querySelector(`+bt.JS(born+"-error")+`)?.textContent || '').includes('real date')`)
	b.SetValue(born+"-day", "14")
	b.SetValue(born+"-month", "3")
	b.PreviewHas("14 March 1941")
	b.WaitFor("the date error to go once the date is put right", `!document.querySelector(`+bt.JS(born+"-error")+`)`)
	b.WaitFor("the letter's text box to follow the details", `(t => t.includes('Quill Marker') && t.includes('Nobody brought my tablets.'))(document.getElementById('letter-text').value)`)
	if words := b.Text("#word-count"); !strings.Contains(words, " words") {
		t.Errorf("no word count: %q", words)
	}
	// Gentle flags for threats and abusive words.
	b.Type(impactBox, " The staff are idiots and I will sue you.")
	b.WaitFor("flags that mention the threat and the insult", `(t => t.includes('idiots') && t.includes('sue'))((document.getElementById('letter-flags')?.innerText || '').toLowerCase())`)
	b.SetValue(impactBox, "I could not sleep for weeks.")
	b.WaitFor("the flags to go", `!document.getElementById('letter-flags')`)
	b.Shot("letter-details")
	if c := b.Saved(); c.Details.SenderName != "Quill Marker" || len(c.Details.Events) != 1 {
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
	edited := `document.getElementById('letter-text')?.value === ` + bt.JS(want)
	b.WaitFor("the edit", edited)
	b.PreviewHas("My own words Zebra.")
	b.SavedWhen("the edit to be saved", func(c draft.Case) bool { return c.Edits[guide.LetterComplaint].Text == want })

	// Change an answer that changes the draft: add "money" to the outcomes.
	b.Open(s.App + ui.PathCheck)
	b.ClickOn(`a[href="` + bt.QuestionPath(flow.QOutcomes) + `"]`)
	b.OnPage(bt.QuestionPath(flow.QOutcomes))
	b.AnswerPage(guide.Answers{Outcomes: []guide.Outcome{guide.OutExplanation, guide.OutApology, guide.OutMoney}}, bt.Mouse, nil)
	b.WaitFor("the answer to be saved", `(`+bt.SavedDraft+` || '').includes('"money"')`)
	changed := b.Saved()
	if draftText(t, changed) == changed.Edits[guide.LetterComplaint].Base {
		t.Fatal("adding an outcome did not change the draft; the test needs an answer that does")
	}

	// Back on the letter: the edit is still there, and we are asked.
	b.OpenLetter(s.App, guide.LetterComplaint)
	b.WaitFor("the stale-edit box", `!!document.getElementById('stale-edit')`)
	b.WaitFor("the edited letter to be kept after changing an answer", edited)
	b.PreviewHas("My own words Zebra.")
	for _, offer := range []string{"Keep my edited letter", "Use the new draft instead"} {
		if box := b.Text("#stale-edit"); !strings.Contains(box, offer) {
			t.Errorf("the stale-edit box does not offer %q: %q", offer, box)
		}
	}
	b.Shot("letter-stale")
	b.Click("Keep my edited letter")
	b.WaitFor("the box to go, the edit kept", `!document.getElementById('stale-edit') && `+edited)
	if e := b.Saved().Edits[guide.LetterComplaint]; e.Text != want || e.Base != draftText(t, b.Saved()) {
		t.Errorf("after keep, the saved edit is %+v", e)
	}
	b.OpenLetter(s.App, guide.LetterComplaint)
	if bt.Eval[bool](b, `!!document.getElementById('stale-edit')`) {
		t.Error("asked again after choosing to keep the edit")
	}

	// Change a detail: asked again; this time take the new draft.
	b.Type(senderBox, " Jr")
	b.WaitFor("the stale-edit box", `!!document.getElementById('stale-edit')`)
	if !b.ActiveMatches(senderBox) {
		t.Errorf("the stale-edit box took focus from the field being typed in (focus: %s)", bt.Eval[string](b, `document.activeElement?.id || document.activeElement?.tagName`))
	}
	if got := b.Value(senderBox); got != "Quill Marker Jr" {
		t.Errorf("the name field has %q after typing", got)
	}
	if got := b.Value("#letter-text"); got != want {
		t.Errorf("changing a detail changed the edited words:\n%s", got)
	}
	b.Click("Use the new draft instead")
	b.WaitFor("the new draft", `!document.getElementById('stale-edit') && !document.getElementById('letter-text').value.includes('Zebra')`)
	b.PreviewHas("Quill Marker Jr")
	if c := b.Saved(); c.Details.SenderName != "Quill Marker Jr" {
		t.Errorf("the name is saved as %q", c.Details.SenderName)
	} else if _, ok := c.Edits[guide.LetterComplaint]; ok {
		t.Error("the edit is still saved after choosing the new draft")
	}
	b.Axe("letter page")
}

// TestLetterMailto checks the email link: a short letter goes into the
// link whole; a long one is copied instead, and the page says so. A click
// asks the browser for exactly that address, for the mail program: not one
// the app made its own (mailto://host?...).
func TestLetterMailto(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	b.SeedLetter(s.App, letterCase(), guide.LetterComplaint)
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
	if got := strings.ReplaceAll(q.Get("body"), "\r\n", "\n"); got != short || q.Get("subject") == "" || strings.Contains(href, "+") {
		t.Errorf("mailto link %q: want a subject, %%20 for spaces and the body\n%q", href, short)
	}
	if got := b.FollowLink("#" + ui.IDMailto); got != href {
		t.Errorf("following the email link asks for %.150q, want %.150q", got, href)
	}

	b.SetValue("#letter-text", strings.Repeat("This paragraph is long enough to need more than one email link. ", 40))
	b.WaitFor("the too-long message", `!!document.getElementById('mailto-long')`)
	if msg := b.Text("#mailto-long"); !strings.Contains(msg, "too long") {
		t.Errorf("the too-long message: %q", msg)
	}
	href = bt.Eval[string](b, bt.MailtoEl+`.getAttribute('href')`)
	if strings.Contains(href, "body=") {
		t.Errorf("a too-long letter still has a body in its link: %.200s", href)
	}
	if lbl := strings.TrimSpace(b.Text("#" + ui.IDMailto)); lbl != "Copy it and write an email" {
		t.Errorf("the email link for a long letter says %q", lbl)
	}
	if got := b.FollowLink("#" + ui.IDMailto); got != href {
		t.Errorf("following the long letter's email link asks for %.150q, want %.150q", got, href)
	}
}

// TestLetterExports downloads the letter as .docx and .txt and checks the
// files, copies it to the clipboard, prints it, and shares it where the
// browser has a share sheet.
func TestLetterExports(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	c := withDetails(letter.Details{
		SenderName: "Quill Marker", SenderAddress: []string{"1 Test Row", "Norwich", "NR1 1AA"},
		Org: "Riverside Hospital Trust", Impact: "I could not sleep for weeks & I was frightened.",
		Events: []letter.Event{{What: "Nobody brought my tablets on Ward <6>."}},
	})
	b.SeedLetter(s.App, c, guide.LetterComplaint)
	b.PreviewHas("Quill Marker")
	// The share button shows only where the browser has a share sheet
	// (navigator.share), which headless Chromium on Linux has not.
	if shown, has := bt.Eval[bool](b, `[...document.querySelectorAll('button')].some(e => e.textContent.trim() === 'Share')`), bt.Eval[bool](b, `typeof navigator.share === 'function'`); shown != has {
		t.Errorf("navigator.share is there: %v, but the Share button is shown: %v", has, shown)
	}
	// An edit, so the exports must take the person's words.
	b.Type("#letter-text", "\n\nPS: Edited for export.")
	b.PreviewHas("PS: Edited for export.")
	text := b.Value("#letter-text")

	name, txt := b.Download("the .txt", func() { b.Click("Download as text (.txt)") })
	if name != "put-it-right-complaint.txt" || string(txt) != text {
		t.Errorf("the .txt is called %q and is not the letter shown:\n%q\nwant\n%q", name, txt, text)
	}
	name, docx := b.Download("the .docx", func() { b.Click("Download for Word (.docx)") })
	if got, want := docxParas(t, docx), strings.Split(text, "\n\n"); name != "put-it-right-complaint.docx" || !slices.Equal(got, want) {
		t.Errorf("the .docx is called %q and its paragraphs differ from the letter:\n%q\nwant\n%q", name, got, want)
	}

	// Copy: with clipboard permission, read it back.
	b.GrantClipboard(s.App)
	b.ClickOn(`#exports .actions button`) // "Copy the letter", a real click for the user gesture
	b.Notice("Copied")
	if clip := bt.Eval[string](b, `navigator.clipboard.readText()`); clip != text {
		t.Errorf("the clipboard has:\n%q\nwant\n%q", clip, text)
	}

	// Print: only the letter is visible, on A4.
	b.Media("print")
	visible := bt.Eval[[]string](b, `[...document.querySelectorAll('body *')].filter(el => !el.closest('#letter-preview') && !el.contains(`+bt.PreviewEl+`) &&
		(r => r.width > 0 && r.height > 0)(el.getBoundingClientRect()) && getComputedStyle(el).visibility !== 'hidden' && (el.innerText || '').trim() !== '')
		.map(el => el.tagName + '#' + el.id + '.' + el.className + ': ' + el.innerText.slice(0, 40))`)
	if len(visible) > 0 {
		t.Errorf("in print, more than the letter shows: %q", visible)
	}
	if !bt.Eval[bool](b, bt.PreviewEl+`.getBoundingClientRect().height > 100`) {
		t.Error("in print, the letter itself is not shown")
	}
	for _, sel := range []string{"header", "footer", ".letter-form", "#exports", "#letter-text", ".back", "#" + ui.IDHeading} {
		if bt.Eval[bool](b, `(() => { for (let e = document.querySelector(`+bt.JS(sel)+`); e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return false; return true })()`) {
			t.Errorf("in print, %s is shown", sel)
		}
	}
	b.Shot("letter-print")
	pdf := b.PrintPDF()
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
	b.Media("")

	// A browser with a share sheet (stubbed) shares the letter's words with
	// its subject as the title.
	b.BeforeScripts(`navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };`)
	b.OpenLetter(s.App, guide.LetterComplaint)
	b.Click("Share")
	b.WaitFor("the share sheet", `!!window.__shared`)
	got := bt.Eval[map[string]string](b, `window.__shared`)
	l, _ := letter.Draft(bt.English(t), guide.LetterComplaint, c.Answers, c.Details, time.Now())
	if got["text"] != text || got["title"] != l.Subject {
		t.Errorf("shared %q, want the title %q and the text\n%q", got, l.Subject, text)
	}
}

// TestDraftFileAndDelete saves a draft file, deletes everything, opens the
// file again, refuses bad files without changing anything, and checks
// that "do not keep anything" stops saving.
func TestDraftFileAndDelete(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	c := withDetails(letter.Details{SenderName: "Quill Marker", Impact: "Marker-Kestrel-42 lost sleep."})
	noTrace := func(marker string) {
		t.Helper()
		if inv, hits := storageDump(b, marker); len(hits) > 0 || slices.Contains(inv, "localStorage "+ui.KeyDraft) {
			t.Errorf("%q is still on the device: %q; storage holds %q", marker, hits, inv)
		}
	}
	b.Seed(s.App, c, ui.PathData)

	// Save a draft file.
	got, raw := b.Download("the draft file", func() { b.Click("Save a draft file") })
	if want := draft.FileName(time.Now()); got != want {
		t.Errorf("the draft file is called %q, want %q", got, want)
	}
	if saved, err := draft.Open(bt.English(t), raw); err != nil || saved.Details.Impact != c.Details.Impact || !slices.Equal(saved.Answers.Outcomes, c.Answers.Outcomes) {
		t.Fatalf("the saved draft file does not open as the draft: %v, %+v", err, saved)
	}

	// Delete everything: storage holds nothing of the case, also after a reload.
	b.Click("Delete everything from this device")
	b.WaitFor("the confirm button", `!!document.getElementById('confirm-delete')`)
	b.ClickOn("#confirm-delete")
	b.Notice("deleted")
	noTrace("Marker-Kestrel-42")
	b.OpenLetter(s.App, guide.LetterComplaint)
	if strings.Contains(b.Text("#"+ui.IDPreview), "Quill Marker") {
		t.Error("the letter still shows the deleted details after a reload")
	}
	noTrace("Marker-Kestrel-42")

	// Open the draft file: everything is back.
	b.Open(s.App + ui.PathData)
	b.OpenDraftFile(b.WriteFile(got, raw))
	b.Notice("Your draft is open")
	if back := b.Saved(); back.Details.Impact != c.Details.Impact || back.Answers.Service != c.Answers.Service {
		t.Errorf("after opening the file the draft is %+v", back)
	}
	before := bt.Eval[string](b, bt.SavedDraft)

	// Bad files: a clear message, and nothing changes.
	for file, f := range map[string]struct{ body, msg string }{
		"damaged.json": {`{"format": "putitright-draft", "version": 1, "answers": {`, "damaged"},
		"foreign.json": {`{"name": "my shopping list", "items": ["eggs"]}`, "not a Put It Right draft"},
		"newer.json":   {`{"format": "putitright-draft", "version": 99, "answers": {}}`, "newer version"},
	} {
		b.OpenDraftFile(b.WriteFile(file, []byte(f.body)))
		b.Notice(f.msg)
		if msg := b.Text(".notice"); !strings.Contains(msg, "Nothing has been changed") {
			t.Errorf("%s: the message does not say nothing changed: %q", file, msg)
		}
		if now := bt.Eval[string](b, bt.SavedDraft); now != before {
			t.Errorf("%s changed the saved draft", file)
		}
		b.OpenLetter(s.App, guide.LetterComplaint)
		b.PreviewHas("Quill Marker")
		b.Open(s.App + ui.PathData)
	}

	// "Do not keep anything on this device" stops the saving: the draft is
	// removed, and what is typed then is shown but kept nowhere.
	b.ClickOn("#" + ui.IDNoStore)
	b.WaitFor("the draft to be removed", bt.SavedDraft+` === null`)
	b.OpenLetter(s.App, guide.LetterComplaint)
	b.Type(senderBox, "Marker-Osprey-7")
	b.PreviewHas("Marker-Osprey-7")
	noTrace("Marker-Osprey-7")
	if v := bt.Eval[string](b, `localStorage.getItem(`+bt.JS(ui.KeyNoStore)+`) || ''`); v != "1" {
		t.Errorf("the no-store choice is not remembered: %q", v)
	}
	// The choice is read when the app starts.
	b.Open(s.App + ui.PathData)
	b.OnPage(ui.PathData)
	if !bt.Eval[bool](b, bt.NoStoreEl+`?.checked === true`) {
		t.Error("the no-store box is not ticked after a reload")
	}
}
