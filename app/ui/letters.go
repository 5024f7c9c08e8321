package ui

import (
	"reflect"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/guide"
	"putitright/app/jsbridge"
	"putitright/app/letter"
)

// letterTitle is the letter's name for links and page titles, from the
// letter registry, for the person's own answers.
func (s *Shell) letterTitle(id guide.LetterID) string {
	if t := id.Title(s.c, s.kase.Answers); t != "" {
		return t
	}
	return s.t("ui.letter.untitled")
}

// lettersPage lists the letters the plan suggests, then every other letter.
func (s *Shell) lettersPage() app.UI {
	p, _ := s.plan()
	var others []app.UI
	for _, id := range allLetters {
		if !p.HasLetter(id) {
			others = append(others, app.Li().Body(app.A().Href(letterPath(id)).Text(id.Title(s.c, s.kase.Answers))))
		}
	}
	return app.Div().Body(
		s.backLink(PathPlan),
		heading(s.t("ui.letters.heading")),
		app.P().Text(s.t("ui.letters.intro")),
		app.H2().Class("h2").Text(s.t("ui.letters.for-plan")),
		s.letterList(p),
		app.If(len(others) > 0, func() app.UI {
			return app.Details().Class("details").Body(
				app.Summary().Text(s.t("ui.letters.others")),
				app.Ul().Class("list").Body(others...),
			)
		}),
	)
}

// draftLetter drafts letter id from the current answers and details.
func (s *Shell) draftLetter(id guide.LetterID) (letter.Letter, error) {
	return letter.Draft(s.c, id, s.kase.Answers, s.kase.Details, s.today)
}

// letterText returns what the person will send: their own edit if they have
// one, otherwise the draft.
func (s *Shell) letterText(id guide.LetterID, l letter.Letter) string {
	if e, ok := s.kase.Edits[id]; ok {
		return e.Text
	}
	return l.Text()
}

// letterPage is one letter: the details it needs beside a live preview,
// then the words to edit, every way to take it away and the writing help.
// A letterView draws it from what it is given here, so that a key pressed
// on the page draws again only what shows the change.
func (s *Shell) letterPage(id guide.LetterID) app.UI {
	edit, edited := s.kase.Edits[id]
	return &letterView{
		words: s.words, s: s,
		ID: id, Answers: s.kase.Answers, Details: s.kase.Details, Edit: edit, Edited: edited, Today: s.today,
		Over: s.over, Partial: s.partial, LastField: s.lastField,
		Notice: s.notice, NoticeAt: s.noticeAt, Typing: s.flags.typing,
	}
}

// letterView is the page of one letter. Its exported fields are all it
// shows; go-app compares them with those it was last drawn from, and draws
// the page again only when one has changed. The preview and the details
// form are components of their own, and each box in the form, given only
// what they show: a key in the letter's words draws again the preview, the
// box's messages, the word count and the exports, and leaves the details
// alone; a key in a detail draws again that box and what follows the
// letter; a message or a pause leaves the preview alone. The letter is
// drafted again only when the answers or details change. Handlers change
// the Shell's state and save it; the Shell then draws the page again.
//
// State a view is given (the details, the maps of boxes) must be replaced
// when it changes, never changed in place (see changeEvent), or go-app
// sees no change.
type letterView struct {
	app.Compo
	words
	s *Shell   // the state, which the handlers change
	d drafted  // the letter as last drafted
	m mailLink // the email link as last made
	// share says whether the browser has a share sheet, once asked.
	share, askedShare bool

	ID        guide.LetterID
	Answers   guide.Answers
	Details   letter.Details
	Edit      letter.Edit // the person's own words, when Edited
	Edited    bool
	Today     time.Time
	Over      overLimit            // boxes where more was put in than they hold
	Partial   map[string][2]string // dates still being typed (see monthYear)
	LastField string               // the detail box last changed
	Notice    string               // a message next to the controls named by NoticeAt
	NoticeAt  string
	Typing    bool // the person is typing: the flags wait for a pause
}

// drafted is a letter drafted from some answers and details, with what the
// page shows of it, kept until they change.
type drafted struct {
	ok      bool
	id      guide.LetterID
	answers guide.Answers
	details letter.Details
	today   time.Time

	l      letter.Letter
	err    error
	text   string         // the draft as text
	fields []letter.Field // the details it asks for
	gaps   []gap          // the details still to fill in, in the order the letter needs them
	tips   []string       // the checklist
}

// gap is a detail still to fill in: the address of its box, and its name.
type gap struct{ anchor, label string }

// draft returns the letter drafted from the view's answers and details,
// drafting it again only when they have changed.
func (v *letterView) draft() *drafted {
	d := &v.d
	if d.ok && d.id == v.ID && d.today.Equal(v.Today) && reflect.DeepEqual(d.answers, v.Answers) && reflect.DeepEqual(d.details, v.Details) {
		return d
	}
	l, err := letter.Draft(v.c, v.ID, v.Answers, v.Details, v.Today)
	*d = drafted{ok: true, id: v.ID, answers: v.Answers, details: v.Details, today: v.Today, l: l, err: err}
	if err != nil {
		return d
	}
	d.text = l.Text()
	d.fields = letter.Fields(v.c, v.ID, letter.Refine(v.Answers, v.Details), v.Today)
	names := map[letter.FieldID]string{}
	for _, f := range d.fields {
		names[f.ID] = f.Label
	}
	for _, m := range l.Missing {
		if name, ok := names[m]; ok {
			d.gaps = append(d.gaps, gap{anchor: fieldAnchor(m), label: name})
		}
	}
	d.tips = letter.Checklist(v.c, v.ID, v.Answers)
	return d
}

// OnMount puts the letter's words in its box once it is drawn.
func (v *letterView) OnMount(ctx app.Context) { keepBoxes(ctx, "letter-text", v.text()) }

// OnUpdate puts the letter's words in its box when they change.
func (v *letterView) OnUpdate(ctx app.Context) { keepBoxes(ctx, "letter-text", v.text()) }

// text returns the letter's words: the person's own, or the draft.
func (v *letterView) text() string {
	if v.Edited {
		return v.Edit.Text
	}
	return v.draft().text
}

// mailLink is an email link made from a letter's words and subject.
type mailLink struct {
	text, subject string
	href          string
	fits          bool // the words are in the link; else only the subject
}

// mailto returns the email link for letter l with the words text. Making
// it cleans up the words, which takes a few milliseconds on a long letter:
// while the person types one, it is made again only when they pause. A
// letter that long does not fit in a link, whose subject alone does not
// change as they type.
func (v *letterView) mailto(l letter.Letter, text string) (string, bool) {
	m := &v.m
	long := len(text) > 4*letter.MaxMailto && len(m.text) > 4*letter.MaxMailto
	if m.href == "" || m.subject != l.Subject || m.text != text && !(v.Typing && long) {
		href, fits := letter.Mailto(letter.FromText(v.ID, l.Title, l.Subject, text), "")
		*m = mailLink{text: text, subject: l.Subject, href: href, fits: fits}
	}
	return m.href, m.fits
}

// canShare reports whether the browser has a share sheet. It asks once:
// asking takes longer than drawing the buttons.
func (v *letterView) canShare() bool {
	if !v.askedShare {
		v.share, v.askedShare = jsbridge.CanShare(), true
	}
	return v.share
}

func (v *letterView) Render() app.UI {
	d := v.draft()
	if d.err != nil {
		return app.Div().Body(v.backLink(PathLetters), heading(v.t("ui.letter.not-found")),
			app.P().Body(v.rich("ui.letter.not-found.text",
				"link", app.A().Href(PathLetters).Text(v.t("ui.letter.not-found.link")),
			)...))
	}
	stale := v.Edited && v.Edit.Stale(d.l)
	text, blocks, gaps := v.text(), d.l.Blocks, d.gaps
	if v.Edited {
		blocks, gaps = nil, nil
	}
	staleField := ""
	if stale {
		staleField = v.LastField
	}
	previewHint := "ui.letter.preview.hint"
	if v.Edited {
		previewHint = "ui.letter.preview.hint-edited"
	}
	return app.Div().Class("letter-page").Body(
		app.Div().Class("no-print").Body(v.backLink(PathLetters)),
		heading(d.l.Title),
		// The slot is always there, so the box coming and going never moves
		// the form below it: that would take focus from the field being typed in.
		app.Div().ID("stale-slot").Aria("live", "polite").Body(
			app.If(stale, func() app.UI { return v.staleBox(d.text) }),
		),
		app.Div().Class("letter-grid").Body(
			app.Div().Class("letter-form no-print").Body(
				app.H2().Class("h2 h2-first").Text(v.t("ui.letter.details.heading")),
				app.P().Class("hint").Body(v.rich("ui.letter.details.hint",
					"skip", app.A().Href("#your-letter").Text(v.t("ui.letter.details.skip")),
				)...),
				&detailsForm{words: v.words, s: v.s, Fields: d.fields, Details: v.Details,
					Over: v.Over, Partial: v.Partial, Stale: staleField},
			),
			app.Div().Class("letter-side").Body(
				app.H2().ID("your-letter").Class("h2 h2-first no-print").Text(v.t("ui.letter.heading")),
				app.If(stale, v.staleNote),
				app.P().Class("hint no-print").Text(v.t(previewHint)),
				&letterPreview{words: v.words, Blocks: blocks, Text: v.Edit.Text, Edited: v.Edited},
			),
		),
		app.Div().Class("letter-grid letter-after no-print").Body(
			app.Div().Body(v.editor(text), v.exports(d.l, text)),
			v.writingHelp(text, gaps, d.tips),
		),
	)
}

// staleNote repeats, near the fields and the preview, that changes no
// longer reach an edited letter, and links to the choice at the top.
func (w words) staleNote() app.UI {
	return app.P().Class("inset inset-warn no-print").Body(w.rich("ui.letter.stale.note",
		"choose", app.A().Href("#stale-edit").Text(w.t("ui.letter.stale.choose")),
	)...)
}

// Checking a letter for flags takes several milliseconds in the browser,
// too long to repeat on every key. While the person is typing, the flags
// found a moment ago stay on screen; once they pause for flagPause, the
// page is drawn again and the flags are worked out for the new words.
const flagPause = 400 * time.Millisecond

// flagState keeps the flags found in a letter, so they are worked out
// again only when the person pauses in their typing.
type flagState struct {
	ok     bool
	text   string
	flags  []letter.Flag
	typing bool
	gen    int // counts changes; a pause is seen when no change followed
}

// letterFlags returns the flags for text, or while the person is typing,
// the flags for the words as they were when they last paused.
func (s *Shell) letterFlags(text string) []letter.Flag {
	f := &s.flags
	if f.ok && (f.text == text || f.typing) {
		return f.flags
	}
	f.ok, f.text, f.flags = true, text, letter.Flags(s.c, text)
	return f.flags
}

// typing notes a change, so the flags are worked out again when the
// person pauses.
func (s *Shell) typing(ctx app.Context) {
	s.flags.gen++
	g := s.flags.gen
	s.flags.typing = true
	ctx.After(flagPause, func(app.Context) {
		if s.flags.gen == g {
			s.flags.typing = false
		}
	})
}

// fieldAnchor is the address of the input for a detail on this page.
func fieldAnchor(id letter.FieldID) string {
	if id == letter.FEvents {
		return "#d-events"
	}
	return "#d-" + string(id)
}

// exported says how a download went.
func (s *Shell) exported(err error, ok string) {
	if err != nil {
		s.say("exports", s.t("ui.letter.export.failed"))
		return
	}
	s.say("exports", ok)
}

// print opens the browser's print dialog.
func (s *Shell) print(ctx app.Context) {
	if err := jsbridge.Print(); err != nil {
		s.say("", s.t("ui.letter.print.failed"))
	}
}

// final returns the letter as it will be sent — the person's edit if they
// have one — worked out when they act, so no export uses stale text.
func (s *Shell) final(id guide.LetterID) (letter.Letter, string, error) {
	l, err := s.draftLetter(id)
	if err != nil {
		return l, "", err
	}
	text := s.letterText(id, l)
	return letter.FromText(id, l.Title, l.Subject, text), text, nil
}
