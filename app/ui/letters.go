package ui

import (
	"strconv"
	"strings"
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
	return "Letter"
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
func (s *Shell) letterPage(id guide.LetterID) app.UI {
	l, err := s.draftLetter(id)
	if err != nil {
		return app.Div().Body(backLink(PathLetters), heading("Letter not found"),
			app.P().Body(app.Text("We do not have that letter. "), app.A().Href(PathLetters).Text("See your letters")))
	}
	edit, edited := s.kase.Edits[id]
	stale := edited && edit.Stale(l)
	s.staleNow = stale
	text := s.letterText(id, l)
	fields := letter.Fields(s.c, id, letter.Refine(s.kase.Answers, s.kase.Details), s.today)
	return app.Div().Class("letter-page").Body(
		app.Div().Class("no-print").Body(backLink(PathLetters)),
		heading(l.Title),
		// The slot is always there, so the box coming and going never moves
		// the form below it: that would take focus from the field being typed in.
		app.Div().ID("stale-slot").Aria("live", "polite").Body(
			app.If(stale, func() app.UI { return s.staleBox(id, l) }),
		),
		app.Div().Class("letter-grid").Body(
			app.Div().Class("letter-form no-print").Body(
				app.H2().Class("h2 h2-first").Text("Your details"),
				app.P().Class("hint").Body(
					app.Text("Fill in what you can. Anything left empty shows in [square brackets] in the letter. "),
					app.A().Href("#your-letter").Text("Skip to your letter"),
				),
				s.detailFields(fields),
			),
			app.Div().Class("letter-side").Body(
				app.H2().ID("your-letter").Class("h2 h2-first no-print").Text("Your letter"),
				app.If(stale, staleNote),
				app.P().Class("hint no-print").Text(previewHint(edited)),
				s.preview(l, text, edited),
			),
		),
		app.Div().Class("letter-grid letter-after no-print").Body(
			app.Div().Body(
				s.letterEditor(id, text, edited),
				s.exports(id, l, text),
			),
			s.writingHelp(id, l, text, edited),
		),
	)
}

func previewHint(edited bool) string {
	if edited {
		return "This is your own version of the letter. It changes as you type in the box below."
	}
	return "This changes as you type. You can change any of the words below."
}

// staleNote repeats, near the fields and the preview, that changes no
// longer reach an edited letter, and links to the choice at the top.
func staleNote() app.UI {
	return app.P().Class("inset inset-warn no-print").Body(
		app.Text("Your changes are not in this letter, because you changed its words. "),
		app.A().Href("#stale-edit").Text("Choose which letter to keep"),
	)
}

// staleBox asks what to do when the draft changed after the person edited
// it. Until they choose, their own words are kept and shown.
func (s *Shell) staleBox(id guide.LetterID, l letter.Letter) app.UI {
	return app.Div().ID("stale-edit").Class("inset inset-warn no-print").Role("region").Aria("labelledby", "stale-edit-title").Body(
		app.H2().ID("stale-edit-title").Class("h3").Text("You changed your answers or details after you edited this letter"),
		app.P().Text("We have kept your own words, so your latest answers and details are not in the letter. Do you want to keep your edited letter, or use a new draft made from your answers? The new draft will not have your changes to the words."),
		app.Details().Class("details").Body(
			app.Summary().Text("See the new draft"),
			app.Div().Class("paper paper-small").Body(paperBody(l.Text())...),
		),
		app.Div().Class("actions").Body(
			app.Button().Class("button").Text("Keep my edited letter").OnClick(func(ctx app.Context, e app.Event) {
				if cur, err := s.draftLetter(id); err == nil {
					if ed, ok := s.kase.Edits[id]; ok {
						s.kase.Edits[id] = ed.Rebase(cur)
					}
					s.say("stale", "Your edited letter is kept.")
					s.changed(ctx)
				}
			}, app.EventScope(id)),
			app.Button().Class("button button-secondary").Text("Use the new draft instead").OnClick(func(ctx app.Context, e app.Event) {
				delete(s.kase.Edits, id)
				s.say("stale", "The new draft is shown. Your edited letter was replaced.")
				s.changed(ctx)
			}, app.EventScope(id)),
		),
		s.feedback("stale"),
	)
}

// preview shows the letter as it will look on paper. The draft is shown
// block by block, so its subject and headings stand out; the person's own
// version is shown paragraph by paragraph. Gaps still to fill stand out too.
func (s *Shell) preview(l letter.Letter, text string, edited bool) app.UI {
	var body []app.UI
	if edited {
		body = paperBody(text)
	} else {
		for _, b := range l.Blocks {
			p := app.P().Body(lineParts(b.Line())...)
			switch b.Kind {
			case letter.KindSubject, letter.KindHeading:
				p = p.Class("paper-strong")
			case letter.KindNumbered, letter.KindBullet:
				p = p.Class("paper-item")
			}
			body = append(body, p)
		}
	}
	return app.Div().ID(IDPreview).Class("paper").Role("region").Aria("label", "Letter preview").TabIndex(0).Body(body...)
}

// paperBody turns plain text into paragraphs: blank lines separate them,
// single line breaks stay inside one.
func paperBody(text string) []app.UI {
	var out []app.UI
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if strings.TrimSpace(p) == "" {
			continue
		}
		out = append(out, app.P().Body(lineParts(p)...))
	}
	return out
}

// lineParts renders text with line breaks, marking each [placeholder] so
// the gaps still to fill stand out on screen.
func lineParts(text string) []app.UI {
	var parts []app.UI
	for i, ln := range strings.Split(text, "\n") {
		if i > 0 {
			parts = append(parts, app.Br())
		}
		for ln != "" {
			open := strings.IndexByte(ln, '[')
			if open < 0 {
				parts = append(parts, app.Text(ln))
				break
			}
			shut := strings.IndexByte(ln[open:], ']')
			if shut < 0 {
				parts = append(parts, app.Text(ln))
				break
			}
			if open > 0 {
				parts = append(parts, app.Text(ln[:open]))
			}
			parts = append(parts, app.Mark().Class("gap").Text(ln[open:open+shut+1]))
			ln = ln[open+shut+1:]
		}
	}
	return parts
}

// letterEditor is the text box holding the letter's words.
func (s *Shell) letterEditor(id guide.LetterID, text string, edited bool) app.UI {
	return app.Div().Class("group").Body(
		app.H2().Class("h2 h2-first").Text("Change the words"),
		app.Label().For("letter-text").Class("label").Text("The words of your letter"),
		app.P().ID("letter-text-hint").Class("hint").Text("Type straight into the letter. The preview above changes as you type. Your words are kept, even if you go back and change an answer."),
		s.textarea("letter-text", text).ID("letter-text").Class("textarea textarea-letter").Rows(16).Aria("describedby", "letter-text-hint").MaxLength(MaxLetter).OnInput(s.onText("letter-text", func(ctx app.Context, v string) {
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
		}), app.EventScope(id)),
		s.limitMessage("letter-text", text, MaxLetter),
		app.If(edited, func() app.UI {
			return app.Button().Class("button button-secondary button-small").Text("Undo my changes to the words").OnClick(func(ctx app.Context, e app.Event) {
				delete(s.kase.Edits, id)
				s.say("editor", "Your changes to the words were removed. The letter is drafted from your answers and details again.")
				s.changed(ctx)
			}, app.EventScope(id))
		}),
		s.feedback("editor"),
	)
}

// writingHelp shows what is still to fill in, the word count, gentle
// flags for words that may work against the person, and the checklist.
func (s *Shell) writingHelp(id guide.LetterID, l letter.Letter, text string, edited bool) app.UI {
	var tips []app.UI
	for _, c := range letter.Checklist(s.c, id, s.kase.Answers) {
		tips = append(tips, app.Li().Text(c))
	}
	words := letter.WordCount(text)
	wc := strconv.Itoa(words) + " words"
	if words == 1 {
		wc = "1 word"
	}
	long := words > letter.LongWords
	var flags []app.UI
	for _, f := range s.letterFlags(text) {
		flags = append(flags, app.Li().Body(app.Strong().Text("“"+f.Match+"”"), app.Text(" — "+f.Suggestion)))
	}
	// What is still in [square brackets]: linked to its field while the
	// letter is the draft, counted in the person's own words otherwise.
	var gaps []app.UI
	if !edited {
		names := map[letter.FieldID]string{}
		for _, f := range letter.Fields(s.c, id, letter.Refine(s.kase.Answers, s.kase.Details), s.today) {
			names[f.ID] = f.Label
		}
		for _, m := range l.Missing {
			if name, ok := names[m]; ok {
				gaps = append(gaps, app.Li().Body(app.A().Href(fieldAnchor(m)).Text(name)))
			}
		}
	}
	brackets := strings.Count(text, "[")
	return app.Div().ID("writing-help").Class("help no-print").Body(
		app.H2().Class("h2 h2-first").Text("Check your letter"),
		app.P().ID("word-count").Body(
			app.Strong().Class("word-count").Text(wc+"."),
			app.Text(" "),
			app.If(long, func() app.UI {
				return app.Text("That is more than two pages. Could you move some of the detail into a separate timeline?")
			}).Else(func() app.UI {
				return app.Text("Try to keep it under about " + strconv.Itoa(letter.LongWords) + " words, which is two pages.")
			}),
		),
		app.If(len(gaps) > 0, func() app.UI {
			return app.Div().Class("gaps").Body(
				app.P().Text("Still to fill in:"),
				app.Ul().Class("list").Body(gaps...),
			)
		}).ElseIf(brackets > 0, func() app.UI {
			return app.P().Class("gaps").Text("Your letter still has words in [square brackets]. Fill them in or take them out before you send it.")
		}),
		app.If(len(flags) > 0, func() app.UI {
			return app.Div().ID("letter-flags").Class("inset").Body(
				app.P().Text("You may want to look again at these words:"),
				app.Ul().Class("list").Body(flags...),
			)
		}),
		app.H3().Class("h3").Text("Tips"),
		app.Ul().Class("list checklist").Body(tips...),
	)
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

// exports offers every way to take the letter away. Each handler reads
// the letter when clicked, so it always takes the latest words.
func (s *Shell) exports(id guide.LetterID, l letter.Letter, text string) app.UI {
	final := letter.FromText(id, l.Title, l.Subject, text)
	mailto, fits := letter.Mailto(final, "")
	base := "put-it-right-" + string(id)
	scope := app.EventScope(id)
	copyLetter := func(ctx app.Context, done string) {
		_, text, err := s.final(id)
		if err != nil {
			return
		}
		jsbridge.CopyText(text, func(err error) {
			ctx.Dispatch(func(ctx app.Context) {
				if err != nil {
					s.say("exports", "We could not copy the letter. Select the words in the box and copy them yourself.")
					return
				}
				s.say("exports", done)
			})
		})
	}
	return app.Div().ID("exports").Class("exports no-print").Body(
		app.H2().Class("h2").Text("Take your letter away"),
		app.Div().Class("actions").Body(
			app.Button().Class("button").Text("Copy the letter").OnClick(func(ctx app.Context, e app.Event) {
				copyLetter(ctx, "Copied. You can paste the letter into an email or a document.")
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
				s.exported(err, "Downloading the Word file. Look in your downloads.")
			}, scope),
			app.Button().Class("button button-secondary").Text("Download as text (.txt)").OnClick(func(ctx app.Context, e app.Event) {
				_, text, err := s.final(id)
				if err == nil {
					err = jsbridge.Download(base+".txt", "text/plain;charset=utf-8", []byte(text))
				}
				s.exported(err, "Downloading the text file. Look in your downloads.")
			}, scope),
			app.If(fits, func() app.UI {
				return app.A().ID(IDMailto).Class("button button-secondary").Href(mailto).Text("Write an email with it")
			}).Else(func() app.UI {
				// Too long for a mailto link: copy the letter, then open an
				// email with just the subject, ready to paste into.
				return app.A().ID(IDMailto).Class("button button-secondary").Href(mailto).Aria("describedby", "mailto-long").
					Text("Copy it and write an email").OnClick(func(ctx app.Context, e app.Event) {
					copyLetter(ctx, "Copied. Paste the letter into the new email.")
				}, scope)
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
								s.say("exports", "Sharing did not work. You can copy the letter instead.")
							}
						})
					})
				}, scope)
			}),
		),
		s.feedback("exports"),
		app.If(!fits, func() app.UI {
			return app.P().ID("mailto-long").Class("hint").Text("This letter is too long to go into an email link. So this button copies the letter, then opens a new email with the subject filled in: paste the letter into it.")
		}),
		app.H3().Class("h3").Text("Keep everything safe"),
		app.P().Class("hint").Text("A draft file has all your answers, details and letters. You can open it again later, on this or another device."),
		app.Div().Class("actions").Body(
			app.Button().ID("letter-save-draft").Class("button button-secondary").Text("Save a draft file").OnClick(s.saveDraftFile("letter-save")),
		),
		s.feedback("letter-save"),
	)
}

func (s *Shell) exported(err error, ok string) {
	if err != nil {
		s.say("exports", "The download did not work. You can copy the letter instead.")
		return
	}
	s.say("exports", ok)
}

// print opens the browser's print dialog.
func (s *Shell) print(ctx app.Context) {
	if err := jsbridge.Print(); err != nil {
		s.say("", "Printing is not available here. Try Open full screen, or download the letter.")
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
