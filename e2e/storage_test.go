package e2e

// Nothing lost (issue 7): storage full, storage blocked, a corrupt or
// tampered saved draft and a draft saved by a newer version each give a
// clear message; the app keeps working from memory and offers the draft
// file; the person's text is never discarded. Closing the tab abruptly and
// reopening restores the draft.

import (
	"strings"
	"testing"

	"putitright/app/ui"
	bt "putitright/internal/browsertest"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// stAlert returns the text of the app's storage warning (role=alert), or "".
func alertText(b *bt.Browser) string {
	return bt.Eval[string](b, `[...document.querySelectorAll('[role=alert]')].map(e => e.textContent).join(' ').trim()`)
}

// stStillWorks types text into the complaint letter and checks the
// preview shows it: the app works from memory.
func stillWorks(b *bt.Browser, s *bt.Server, text string) {
	b.T.Helper()
	if !strings.HasPrefix(bt.Eval[string](b, `location.pathname`), "/letters/complaint") {
		// Move inside the app, as a link would: loading the page again
		// would start from what is stored, not from memory.
		bt.Eval[bool](b, `(() => { const a = document.createElement('a'); a.href = '/letters/complaint'; document.querySelector('main').appendChild(a); a.click(); return true })()`)
	}
	b.WaitFor("the letter page", `!!document.getElementById('d-senderName')`)
	b.Insert("#d-senderName", text)
	b.WaitFor("the typed name in the preview", bt.PreviewEl+`.textContent.includes(`+bt.JS(text)+`)`)
}

// stSaveFile clicks the warning's "Save a draft file" and returns the file.
func saveDraftFile(b *bt.Browser) []byte {
	b.T.Helper()
	_, data := b.Download("the draft file", func() {
		if !bt.Eval[bool](b, `(() => { const e = [...document.querySelectorAll('[role=alert] button, button')].find(e => e.textContent.trim() === 'Save a draft file'); if (!e) return false; e.click(); return true })()`) {
			b.T.Fatalf("no Save a draft file button on %q", b.Heading())
		}
	})
	return data
}

func TestStorageFull(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	b.Seed(s.App, letterCase(), "/letters/complaint")
	stillWorks(b, s, "Kept Before Full")
	// Fill this site's real storage to the last byte, so the next save
	// fails with the browser's own QuotaExceededError.
	n := bt.Eval[int](b, `(() => {
  let size = 1 << 20, i = 0, total = 0;
  const chunk = (n) => 'x'.repeat(n);
  while (size >= 1) {
    try { localStorage.setItem('filler-' + i, chunk(size)); i++; total += size; } catch (e) { size = Math.floor(size / 2); }
  }
  return total;
})()`)
	t.Logf("filled %d more characters of storage", n)
	b.Insert("#d-senderName", " Typed When Full")
	b.WaitFor("a warning", `document.querySelectorAll('[role=alert]').length > 0`)
	if a := alertText(b); !strings.Contains(a, "full") || !strings.Contains(a, "draft file") {
		t.Errorf("the warning is not clear: %q", a)
	}
	stillWorks(b, s, " And Still Working")
	data := saveDraftFile(b)
	for _, want := range []string{"Kept Before Full", "Typed When Full", "And Still Working"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the draft file is missing %q", want)
		}
	}
	if !bt.Eval[bool](b, `(`+bt.SavedDraft+` || '').includes('Kept Before Full')`) {
		t.Error("the last draft that was saved has been thrown away")
	}
	b.Shot("storage-full")
}

func TestStorageBlocked(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	// The browser refuses this site any storage: reading localStorage
	// throws, as it does when a person blocks site data.
	if _, err := chromedp.Call(b.Ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `Object.defineProperty(window, 'localStorage', {configurable: true, get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); }});`,
	}); err != nil {
		t.Fatal(err)
	}
	b.Open(s.App + "/q/nation")
	b.WaitFor("a warning", `document.querySelectorAll('[role=alert]').length > 0`)
	if a := alertText(b); !strings.Contains(a, "not letting us keep your draft") {
		t.Errorf("the warning is not clear: %q", a)
	}
	// The questions work from memory.
	b.Do(chromedp.Click("#value-england"), chromedp.Click("form button[type=submit]"))
	b.WaitFor("the next question", `location.pathname !== '/q/nation'`)
	stillWorks(b, s, "Blocked Storage Name")
	data := saveDraftFile(b)
	if !strings.Contains(string(data), "Blocked Storage Name") || !strings.Contains(string(data), `"england"`) {
		t.Errorf("the draft file does not hold what was entered: %.300s", data)
	}
	b.Shot("storage-blocked")
}

// checkDamaged loads the app over a saved draft it cannot open, and checks
// the message, that the app works, and that the saved text is kept and
// offered as a file, also after a reload.
func checkDamaged(t *testing.T, saved, wantMessage string) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	b.Open(s.App + ui.PathPrivacy)
	bt.Eval[bool](b, `localStorage.setItem(`+bt.JS(ui.KeyDraft)+`, `+bt.JS(saved)+`), true`)
	b.Open(s.App + ui.PathLetters + "/complaint")
	b.WaitFor("a warning", `document.querySelectorAll('[role=alert]').length > 0`)
	if a := alertText(b); !strings.Contains(a, wantMessage) || !strings.Contains(a, "Save a draft file") {
		t.Errorf("the warning is not clear: %q", a)
	}
	if got := bt.Eval[string](b, bt.DamagedDraft+` || `+bt.SavedDraft+` || ''`); got != saved {
		t.Errorf("the saved draft was not kept as it was: %.200q", got)
	}
	// The app works from memory and keeps the new work.
	stillWorks(b, s, "Typed After Damage")
	// After a reload the old draft is still there and still offered.
	b.Open(s.App + ui.PathLetters + "/complaint")
	b.WaitFor("what was typed after the damaged draft was found, after a reload", `!!document.getElementById('d-senderName')?.value.includes('Typed After Damage')`)
	if bt.Eval[string](b, bt.DamagedDraft+` || ''`) != saved {
		t.Error("after a reload, the damaged draft is no longer kept")
	}
	if a := alertText(b); !strings.Contains(a, "Save a draft file") {
		t.Errorf("after a reload, the damaged draft is kept but no longer offered (warning: %q)", a)
	}
	// The file offered is the old draft, byte for byte.
	if alertText(b) != "" {
		if got := string(saveDraftFile(b)); got != saved {
			t.Errorf("after a reload, the file offered is not the saved draft: %.200q", got)
		}
	}
	// Straight after the damaged draft is found, the file offered is the
	// old draft, byte for byte.
	bt.Eval[bool](b, `localStorage.setItem(`+bt.JS(ui.KeyDraft)+`, `+bt.JS(saved)+`), true`)
	b.Open(s.App + ui.PathLetters + "/complaint")
	b.WaitFor("a warning", `document.querySelectorAll('[role=alert]').length > 0`)
	if got := string(saveDraftFile(b)); got != saved {
		t.Errorf("the file offered is not the saved draft: %.200q", got)
	}
	stillWorks(b, s, "Typed After Damage")
	b.Open(s.App + ui.PathData)
	_, now := b.Download("the current draft", func() { b.Click("Save a draft file") })
	if !strings.Contains(string(now), "Typed After Damage") {
		t.Errorf("the current draft file lost the new work: %.200s", now)
	}
}

func TestStorageCorruptDraft(t *testing.T) {
	checkDamaged(t, `{not json "Corrupt Draft Text`, "could not open it")
}

func TestStorageTamperedDraft(t *testing.T) {
	checkDamaged(t, `{"format":"putitright-draft","version":1,"saved":"not a date","answers":{"nation":"england"},"details":{"senderName":"Tampered Draft Text"}}`, "could not open it")
}

func TestStorageNewerDraft(t *testing.T) {
	checkDamaged(t, `{"format":"putitright-draft","version":99,"saved":"2030-01-01T00:00:00Z","answers":{"nation":"england"},"details":{"senderName":"Newer Draft Text"},"future":{"x":1}}`, "newer version")
}

// TestStorageAbruptClose types and closes the tab at once, without waiting
// or leaving the page properly, then opens the app in a new tab.
func TestStorageAbruptClose(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	b.Seed(s.App, letterCase(), "/letters/complaint")
	// A second tab on the same profile: the first stays open so the
	// browser keeps running; the second is the one closed abruptly.
	ctx, cancel := chromedp.NewContext(b.Ctx)
	tab := b.Target(ctx)
	tab.Open(s.App + ui.PathLetters + "/complaint")
	tab.WaitFor("the letter page", `!!document.getElementById('d-senderName')`)
	tab.Insert("#d-senderName", "Typed Earlier")
	tab.WaitFor("the name to be saved", `(localStorage.getItem(`+bt.JS(ui.KeyDraft)+`) || '').includes('Typed Earlier')`)
	tab.Insert("#d-impact", "Typed Last Before Closing")
	cancel() // closes the tab at once
	b.Open(s.App + ui.PathLetters + "/complaint")
	b.WaitFor("the letter page", `!!document.getElementById('d-senderName')`)
	b.WaitFor("text typed seconds before the tab closed", `!!document.getElementById('d-senderName')?.value.includes('Typed Earlier')`)
	if !bt.Eval[bool](b, `document.getElementById('d-impact').value.includes('Typed Last Before Closing')`) {
		t.Log("note: the very last words typed before closing were not restored (allowed: the last few seconds)")
	}
}
