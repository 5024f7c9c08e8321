package browsertest

import (
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/chromedp/kb"

	"putitright/app/draft"
	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/letter"
	"putitright/app/ui"
)

// The app's own verbs: its pages by the app's names, answering its
// questions from a case, opening a letter, typing in a letter's details.

// QuestionPath is the address of question id (ui.Pages lists it; a test
// of this package checks).
func QuestionPath(id flow.ID) string { return "/q/" + string(id) }

// LetterPath is the address of letter id's page.
func LetterPath(id guide.LetterID) string { return ui.PathLetters + "/" + string(id) }

// Detail is the CSS selector of the box for a letter's detail f.
func Detail(f letter.FieldID) string { return "#d-" + string(f) }

// Choice is the CSS selector of the option value on a question page.
func Choice(value string) string { return "#value-" + value }

// How is how a person works the page.
type How int

// The ways to answer: the mouse (a real click), the keyboard alone (Tab,
// the arrow keys, Space and Enter), or as assistive technology does
// (el.click() and values set, no pointer and no layout needed).
const (
	Mouse How = iota
	Keyboard
	Assistive
)

// OnPage waits until the app has drawn the page at path and, as it does
// after each move, put focus on it (its heading, or the part of it the
// address points at) and the saved answers and words in its boxes, in
// one step. Browsers move no focus into a cross-site frame the person has
// not touched (the app's focus() there leaves it on the body): in such a
// frame the page drawn is all there is to see.
func (b *Browser) OnPage(path string) {
	b.T.Helper()
	main := `main[data-page=` + jsString(path) + `]`
	b.WaitLong("the app to draw "+path, `!document.getElementById('app-wasm-loader') && location.pathname === `+jsString(path)+
		` && !!document.querySelector(`+jsString(main+" #"+idHeading)+`) && (!!document.activeElement?.closest(`+jsString(main)+`) ||
		window !== top && document.activeElement === document.body)`, time.Minute)
}

// Chosen lists the options ticked and the boxes filled in on the page, as
// CSS selectors by id (Choice(value), "#month").
func (b *Browser) Chosen() []string {
	b.T.Helper()
	return Eval[[]string](b, `[...document.querySelectorAll('main input')].filter(i => i.checked || (i.type === 'text' && i.value !== '')).map(i => '#' + i.id)`)
}

// OnQuestion is JavaScript that is true on a question page.
var OnQuestion = `location.pathname.startsWith(` + jsString(QuestionPath("")) + `)`

// AnswerQuestions answers each question from the one on the page to the
// check page with the answers in a, the way how says, and stops on the
// check page. at, if not nil, is called on each question page once the
// app has drawn it, before it is answered.
func (b *Browser) AnswerQuestions(a guide.Answers, how How, at func(q flow.Question)) {
	b.T.Helper()
	for range 30 {
		if Eval[string](b, `location.pathname`) == ui.PathCheck {
			b.OnPage(ui.PathCheck)
			return
		}
		b.AnswerPage(a, how, at)
	}
	b.T.Fatalf("the questions did not end (last page %q)", b.Heading())
}

// AnswerPage answers the question on the page with its answer in a (a
// month a leaves empty is left empty), and waits for the next page. The
// urgent-help page is passed with its Continue button. at is as for
// AnswerQuestions.
func (b *Browser) AnswerPage(a guide.Answers, how How, at func(q flow.Question)) {
	b.T.Helper()
	path := Eval[string](b, `location.pathname`)
	b.OnPage(path)
	if path == ui.PathUrgent {
		b.press(how, `main a.button[href^="/q/"]`)
		b.WaitFor("the page after "+path, `location.pathname !== `+jsString(path))
		return
	}
	q, ok := flow.Lookup(flow.ID(strings.TrimPrefix(path, "/q/")))
	if !ok {
		b.T.Fatalf("answering questions: %s is not a question page (heading %q)", path, b.Heading())
	}
	if at != nil {
		at(q)
	}
	for try := 0; ; try++ {
		b.answer(q, a, how)
		b.WaitFor("the page after "+path, `location.pathname !== `+jsString(path)+` || !!`+ErrorSummaryEl)
		if Eval[bool](b, `location.pathname !== `+jsString(path)) {
			return
		}
		// In a frame the person has not touched, the app may put the saved
		// answer (none) in the boxes just after the answer was given, as
		// OnPage cannot see: then the answer is gone, and is given again.
		if try == 2 || len(b.Chosen()) > 0 {
			b.T.Fatalf("%s: the answer was refused: %q", path, b.Text("#"+ui.IDErrorSummary))
		}
	}
}

// answer gives q's answer from a and presses Continue.
func (b *Browser) answer(q flow.Question, a guide.Answers, how How) {
	b.T.Helper()
	if q.Kind == flow.Month {
		if d := flow.Date(a, q.ID); !d.IsZero() {
			b.fill(how, "#month", strconv.Itoa(int(d.Month)))
			b.fill(how, "#year", strconv.Itoa(d.Year))
		}
	} else {
		for _, v := range flow.Values(a, q.ID) {
			b.choose(how, q.Kind == flow.Radio, Choice(v))
		}
	}
	b.press(how, "form button[type=submit]")
}

// fill types text into the empty box sel.
func (b *Browser) fill(how How, sel, text string) {
	b.T.Helper()
	switch how {
	case Keyboard:
		b.TabTo(sel)
		b.Keys(text)
	case Assistive:
		b.SetValue(sel, text)
	default:
		b.Type(sel, text)
	}
}

// choose ticks the option sel (a radio button when radio), unless it is
// ticked already.
func (b *Browser) choose(how How, radio bool, sel string) {
	b.T.Helper()
	ticked := bySel(sel) + `?.checked === true`
	if Eval[bool](b, ticked) {
		return
	}
	switch {
	case how == Keyboard && radio:
		// Tab into the group, then the arrow keys, which select as they
		// move, or Space on the first.
		b.TabTo(`input[type=radio][name=value]`)
		for range 30 {
			if b.ActiveMatches(sel) {
				break
			}
			b.Keys(kb.ArrowDown)
		}
		if !b.ActiveMatches(sel) {
			b.T.Fatalf("the arrow keys never reached %s", sel)
		}
		if !b.ActiveMatches(":checked") {
			b.Keys(" ")
		}
	case how == Keyboard:
		b.TabTo(sel)
		if !b.ActiveMatches(":checked") {
			b.Keys(" ")
		}
	case how == Assistive:
		b.DOMClick(sel)
	default:
		b.ClickOn(sel)
	}
	b.WaitFor(sel+" to be chosen", ticked)
}

// press presses the button or link sel.
func (b *Browser) press(how How, sel string) {
	b.T.Helper()
	switch how {
	case Keyboard:
		b.Press(sel)
	case Assistive:
		b.DOMClick(sel)
	default:
		b.ClickOn(sel)
	}
}

// OpenLetter opens letter id's page from the origin app and waits until the
// app has drawn it with the saved details in their boxes.
func (b *Browser) OpenLetter(app string, id guide.LetterID) {
	b.T.Helper()
	b.Open(app + LetterPath(id))
	b.OnPage(LetterPath(id))
	b.WaitFor("the letter's preview", `!!`+PreviewEl)
}

// SeedLetter stores c as the saved draft and opens letter id's page.
func (b *Browser) SeedLetter(app string, c draft.Case, id guide.LetterID) {
	b.T.Helper()
	b.Seed(app, c, "")
	b.OpenLetter(app, id)
}

// PreviewHas waits until the letter preview contains want.
func (b *Browser) PreviewHas(want string) {
	b.T.Helper()
	b.WaitFor("the preview to show "+want, `(`+PreviewEl+`?.innerText || '').includes(`+jsString(want)+`)`)
}

// Notice waits until the app's status notice says want.
func (b *Browser) Notice(want string) {
	b.T.Helper()
	js := `(document.querySelector('.notice')?.textContent || '').includes(` + jsString(want) + `)`
	if !b.Becomes(js, 20*time.Second) {
		b.T.Fatalf("the notice never said %q; it says %q", want, b.Text(".notice"))
	}
}
