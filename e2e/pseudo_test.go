package e2e

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"putitright/app/content"
	"putitright/app/draft"
	"putitright/app/guide"
	"putitright/app/letter"
	"putitright/app/track"
	"putitright/app/ui"
	bt "putitright/internal/browsertest"
)

// readable is JavaScript giving everything a person can read or hear on
// the page: the title, each text on it (shown or for screen readers
// only), and the labels, titles, alt text and placeholders read out. Code
// to copy (the partner page's snippets) is not words.
const readable = `(() => {
  const out = [document.title];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n; (n = walk.nextNode());) {
    if (!n.parentElement.closest('script,style,noscript,template,textarea,pre,code') && n.data.trim()) out.push(n.data.trim());
  }
  for (const el of document.querySelectorAll('[aria-label],[title],[alt],[placeholder]')) {
    for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
      if (el.getAttribute(a)) out.push(el.getAttribute(a));
    }
  }
  return out;
})()`

// plainWord is two or more plain ASCII letters together: in the
// pseudo-language, a word that did not come from the content.
var plainWord = regexp.MustCompile(`[A-Za-z]{2,}`)

// webAddress is a web address or an email address, held as data.
var webAddress = regexp.MustCompile(`\b[a-z0-9.-]+@[a-z0-9.-]+\b|(https?://)?\b[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?`)

// pseudoCase is a case with something on every page: a danger, a formal
// complaint sent and acknowledged, details in its letters, a diary.
func pseudoCase() (draft.Case, []string) {
	d := letter.Details{
		SenderName: "Jo Smith", SenderAddress: []string{"12 Long Lane", "Norwich"}, SenderEmail: "jo@example.com",
		Org: "Norfolk Hospital", Reference: "COM-1", Advocate: "Sam Patel",
		Events:    []letter.Event{{When: monthsAgo(3), What: "Left without water"}},
		Questions: []string{"Why was Mum left?"}, Impact: "Upset", Wants: "Change",
	}
	a := guide.Answers{
		Nation: guide.England, Service: guide.HospitalInpatient, SocialCareToo: guide.No,
		Danger: guide.Yes, Abuse: guide.No, Person: guide.Self, Happened: monthsAgo(3),
		Stage: guide.Waiting, Sent: monthsAgo(2), Harm: guide.HarmModerate, Legal: guide.Unsure, Offer: guide.Yes,
		Outcomes: []guide.Outcome{guide.OutExplanation, guide.OutApology, guide.OutMoney, guide.OutDiscipline},
	}
	c := draft.New(a, d, nil, time.Now())
	sent := monthsAgo(2)
	sent.Day = 3
	c.Track = track.Case{
		Events: []track.Event{{Kind: track.Sent, On: sent, Method: track.ByEmail, Note: "By email"}},
		Diary:  []track.Entry{{Kind: track.Contact, On: sent, Who: "PALS", What: "Called"}},
	}
	typed := []string{"Jo Smith", "12 Long Lane", "Norwich", "jo@example.com", "Norfolk Hospital", "COM-1", "Sam Patel",
		"Left without water", "Why was Mum left?", "Upset", "Change", "By email", "PALS", "Called"}
	return c, typed
}

// TestPseudoLanguagePages opens every page of the app in the
// pseudo-language, in which every word from the content is accented, and
// fails on any word a person can read or hear that is still plain
// English: a word that did not come from the content. The letters'
// exports are checked natively (app/letter), and every page in more
// states by app/ui's TestPseudoLanguage; this is the real app, as a
// browser draws it.
func TestPseudoLanguagePages(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	c, typed := pseudoCase()
	b.Seed(s.Host, c, ui.PathStart)
	b.OnPage(ui.PathStart)
	// The same reading of the page in English finds the English words.
	if words := plainWord.FindAllString(strings.Join(bt.Eval[[]string](b, readable), " "), -1); len(words) < 50 {
		t.Fatalf("the start page in English reads as %d words: %q", len(words), words)
	}
	// A page loaded afresh with the option (not a move within the page).
	b.Open(s.Host + ui.PathPrivacy)
	b.Open(s.Host + ui.PathStart + "#lang=" + content.Pseudo)
	b.OnPage(ui.PathStart)
	b.WaitFor("the pseudo-language", `document.documentElement.lang === `+bt.JS(content.Pseudo))
	check := func(where string) {
		t.Helper()
		for _, line := range bt.Eval[[]string](b, readable) {
			rest := webAddress.ReplaceAllString(line, " ")
			for _, v := range typed {
				rest = strings.ReplaceAll(rest, v, " ")
			}
			if plainWord.MatchString(rest) {
				t.Errorf("%s: not from the content: %q", where, line)
			}
		}
	}
	check(ui.PathStart)
	for _, p := range ui.Pages() {
		if p == ui.PathStart {
			continue
		}
		if p == ui.PathPartners || p == ui.PathPartnersAbout {
			// The partner pages take no saved options: the address says.
			b.Open(s.Host + p + "#lang=" + content.Pseudo)
			b.WaitFor("the partner page in the pseudo-language", `document.documentElement.lang === `+bt.JS(content.Pseudo)+` && !document.getElementById('app-wasm-loader')`)
		} else {
			b.Open(s.Host + p)
			b.OnPage(p)
		}
		check(p)
	}
	// A question answered with nothing: its error messages.
	b.Seed(s.Host, draft.New(guide.Answers{}, letter.Details{}, nil, time.Now()), bt.QuestionPath("nation"))
	b.OnPage(bt.QuestionPath("nation"))
	b.ClickOn("main button[type=submit]")
	b.WaitFor("the error summary", `!!document.getElementById(`+bt.JS(ui.IDErrorSummary)+`)`)
	check("a question with no answer")
	b.Shot("pseudo-language-error")
}
