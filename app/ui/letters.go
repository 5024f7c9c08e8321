package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/guide"
	"putitright/app/jsbridge"
	"putitright/app/letter"
)

// letterTitle is the letter's name for links and page titles.
func letterTitle(id guide.LetterID) string {
	if t := letter.Title(id, guide.Answers{Nation: guide.England}); t != "" {
		return t
	}
	return "Letter"
}

// lettersPage lists the letters the plan suggests, then every other letter.
func (s *Shell) lettersPage() app.UI {
	p, _ := s.plan()
	var others []app.UI
	for _, id := range allLetters {
		if !p.HasLetter(id) {
			others = append(others, app.Li().Body(app.A().Href(letterPath(id)).Text(letter.Title(id, s.kase.Answers))))
		}
	}
	return app.Div().Body(
		backLink(PathPlan),
		heading("Your letters"),
		app.P().Text("We draft each letter from your answers. You add the details, check it, and change any words you like."),
		app.H2().Class("h2").Text("Letters for your plan"),
		s.letterList(p),
		app.If(len(others) > 0, func() app.UI {
			return app.Details().Class("details").Body(
				app.Summary().Text("Other letters"),
				app.Ul().Class("list").Body(others...),
			)
		}),
	)
}

// draftLetter drafts letter id from the current answers and details.
func (s *Shell) draftLetter(id guide.LetterID) (letter.Letter, error) {
	return letter.Draft(id, s.kase.Answers, s.kase.Details, s.today)
}

// letterText returns what the person will send: their own edit if they have
// one, otherwise the draft.
func (s *Shell) letterText(id guide.LetterID, l letter.Letter) string {
	if e, ok := s.kase.Edits[id]; ok {
		return e.Text
	}
	return l.Text()
}

// letterPage is one letter: the details it needs, a live preview, the
// writing checklist and every way to take it away.
func (s *Shell) letterPage(id guide.LetterID) app.UI {
	l, err := s.draftLetter(id)
	if err != nil {
		return app.Div().Body(backLink(PathLetters), heading("Letter not found"),
			app.P().Body(app.Text("We do not have that letter. "), app.A().Href(PathLetters).Text("See your letters")))
	}
	edit, edited := s.kase.Edits[id]
	stale := edited && edit.Stale(l)
	text := s.letterText(id, l)
	fields := letter.Fields(id, s.kase.Answers, s.today)
	return app.Div().Class("letter-page").Body(
		app.Div().Class("no-print").Body(backLink(PathLetters)),
		heading(l.Title),
		app.Div().Class("letter-grid").Body(
			app.Div().Class("letter-form no-print").Body(
				app.H2().Class("h2").Text("Your details"),
				app.P().Class("hint").Text("Fill in what you can. Anything left empty shows in [square brackets] in the letter."),
				s.detailFields(fields),
			),
			app.Div().Class("letter-side").Body(
				app.If(stale, func() app.UI { return s.staleBox(id, l) }),
				app.H2().Class("h2 no-print").Text("Your letter"),
				s.letterView(id, text, edited),
				s.exports(id, l, text),
				s.writingHelp(id, text),
			),
		),
	)
}

// staleBox asks what to do when the draft changed after the person edited it.
func (s *Shell) staleBox(id guide.LetterID, l letter.Letter) app.UI {
	return app.Div().Class("inset inset-warn no-print").Role("status").Body(
		app.P().Text("You changed your answers or details after you edited this letter. We have kept your edited letter. Your changes are not in it yet."),
		app.Div().Class("actions").Body(
			app.Button().Class("button button-secondary").Text("Keep my edited letter").OnClick(func(ctx app.Context, e app.Event) {
				if cur, err := s.draftLetter(id); err == nil {
					s.kase.Edits[id] = s.kase.Edits[id].Rebase(cur)
					s.changed(ctx)
				}
			}, app.EventScope(id)),
			app.Button().Class("button button-secondary").Text("Use the new draft instead").OnClick(func(ctx app.Context, e app.Event) {
				delete(s.kase.Edits, id)
				s.notice = "The new draft is shown. Your edited letter was replaced."
				s.changed(ctx)
			}, app.EventScope(id)),
		),
	)
}

// letterView shows the letter as a page, or a text box when editing.
func (s *Shell) letterView(id guide.LetterID, text string, edited bool) app.UI {
	var paper []app.UI
	for _, p := range strings.Split(text, "\n\n") {
		lines := strings.Split(p, "\n")
		var parts []app.UI
		for i, ln := range lines {
			if i > 0 {
				parts = append(parts, app.Br())
			}
			parts = append(parts, app.Text(ln))
		}
		paper = append(paper, app.P().Body(parts...))
	}
	return app.Div().Body(
		app.Div().ID("letter-preview").Class("paper").Aria("label", "Letter preview").Body(paper...),
		app.Div().Class("no-print").Body(
			app.Label().For("letter-text").Class("label").Text("Change the words of your letter"),
			app.P().ID("letter-text-hint").Class("hint").Text("Type straight into the letter. Your changes are kept, even if you go back and change an answer."),
			app.Textarea().ID("letter-text").Class("textarea textarea-letter").Rows(14).Aria("describedby", "letter-text-hint").
				Attr("value", text).OnInput(func(ctx app.Context, e app.Event) {
				v := ctx.JSSrc().Get("value").String()
				l, err := s.draftLetter(id)
				if err != nil {
					return
				}
				if s.kase.Edits == nil {
					s.kase.Edits = map[guide.LetterID]letter.Edit{}
				}
				if prev, ok := s.kase.Edits[id]; ok {
					prev.Text = v
					s.kase.Edits[id] = prev
				} else {
					s.kase.Edits[id] = letter.NewEdit(l, v)
				}
				s.changed(ctx)
			}, app.EventScope(id)),
			app.If(edited, func() app.UI {
				return app.Button().Class("button button-secondary button-small").Text("Undo my changes to the words").OnClick(func(ctx app.Context, e app.Event) {
					delete(s.kase.Edits, id)
					s.notice = "Your changes to the words were removed."
					s.changed(ctx)
				}, app.EventScope(id))
			}),
		),
	)
}

// writingHelp shows the checklist, the word count and gentle flags.
func (s *Shell) writingHelp(id guide.LetterID, text string) app.UI {
	var tips []app.UI
	for _, c := range letter.Checklist(id, s.kase.Answers) {
		tips = append(tips, app.Li().Text(c))
	}
	words := letter.WordCount(text)
	wc := "About " + strconv.Itoa(words) + " words."
	if words > 900 {
		wc += " That is more than two pages. Could you move some detail into a separate timeline?"
	}
	var flags []app.UI
	for _, f := range letter.Flags(text) {
		flags = append(flags, app.Li().Body(app.Strong().Text("“"+f.Match+"”: "), app.Text(f.Suggestion)))
	}
	return app.Div().Class("help no-print").Body(
		app.H2().Class("h2").Text("Writing tips"),
		app.P().Class("word-count").Text(wc),
		app.If(len(flags) > 0, func() app.UI {
			return app.Div().Class("inset").Body(app.P().Text("You may want to look again at these words:"), app.Ul().Body(flags...))
		}),
		app.Ul().Class("list").Body(tips...),
	)
}

// exports offers every way to take the letter away. Each handler reads
// the letter when clicked, so it always takes the latest words.
func (s *Shell) exports(id guide.LetterID, l letter.Letter, text string) app.UI {
	final := letter.FromText(id, l.Title, l.Subject, text)
	mailto, fits := letter.Mailto(final, "")
	base := "put-it-right-" + string(id)
	scope := app.EventScope(id)
	return app.Div().Class("exports no-print").Body(
		app.H2().Class("h2").Text("Take your letter away"),
		app.Div().Class("actions").Body(
			app.Button().Class("button").Text("Copy the letter").OnClick(func(ctx app.Context, e app.Event) {
				_, text, err := s.final(id)
				if err != nil {
					return
				}
				jsbridge.CopyText(text, func(err error) {
					ctx.Dispatch(func(ctx app.Context) {
						if err != nil {
							s.notice = "We could not copy the letter. Select the text in the box and copy it yourself."
							return
						}
						s.notice = "The letter is copied. You can paste it into an email or document."
					})
				})
			}, scope),
			app.Button().Class("button button-secondary").Text("Print or save as PDF").OnClick(func(ctx app.Context, e app.Event) { s.print(ctx) }),
			app.Button().Class("button button-secondary").Text("Download for Word (.docx)").OnClick(func(ctx app.Context, e app.Event) {
				f, _, err := s.final(id)
				var b []byte
				if err == nil {
					b, err = letter.DOCX(f)
				}
				if err == nil {
					err = jsbridge.Download(base+".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b)
				}
				s.exported(err, "The Word file is downloading.")
			}, scope),
			app.Button().Class("button button-secondary").Text("Download as text (.txt)").OnClick(func(ctx app.Context, e app.Event) {
				_, text, err := s.final(id)
				if err == nil {
					err = jsbridge.Download(base+".txt", "text/plain;charset=utf-8", []byte(text))
				}
				s.exported(err, "The text file is downloading.")
			}, scope),
			app.If(fits, func() app.UI {
				return app.A().Class("button button-secondary").Href(mailto).Text("Write an email with it")
			}).Else(func() app.UI {
				return app.P().Class("hint").Text("This letter is too long to put into an email link. Copy the letter, then paste it into a new email.")
			}),
			app.If(jsbridge.CanShare(), func() app.UI {
				return app.Button().Class("button button-secondary").Text("Share").OnClick(func(ctx app.Context, e app.Event) {
					f, text, err := s.final(id)
					if err != nil {
						return
					}
					jsbridge.Share(f.Subject, text, func(err error) {
						ctx.Dispatch(func(ctx app.Context) {
							if err != nil && !strings.Contains(err.Error(), "Abort") {
								s.notice = "Sharing did not work. You can copy the letter instead."
							}
						})
					})
				}, scope)
			}),
		),
	)
}

func (s *Shell) exported(err error, ok string) {
	if err != nil {
		s.notice = "The download did not work. You can copy the letter instead."
		return
	}
	s.notice = ok
}

// print opens the browser's print dialog.
func (s *Shell) print(ctx app.Context) {
	if err := jsbridge.Print(); err != nil {
		s.notice = "Printing is not available here. Try Open full screen, or download the letter."
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
