package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/guide"
	"putitright/app/jsbridge"
	"putitright/app/letter"
)

// The parts of a letter's page that follow its words (see letterView).

// staleBox asks what to do when the draft changed after the person edited
// it. Until they choose, their own words are kept and shown.
func (v *letterView) staleBox(draft string) app.UI {
	s, id := v.s, v.ID
	return app.Div().ID("stale-edit").Class("inset inset-warn no-print").Role("region").Aria("labelledby", "stale-edit-title").Body(
		app.H2().ID("stale-edit-title").Class("h3").Text(v.t("ui.letter.stale.heading")),
		app.P().Text(v.t("ui.letter.stale.text")),
		app.Details().Class("details").Body(
			app.Summary().Text(v.t("ui.letter.stale.see-draft")),
			app.Div().Class("paper paper-small").Body(paperBody(draft)...),
		),
		app.Div().Class("actions").Body(
			app.Button().Class("button").Text(v.t("ui.letter.stale.keep")).OnClick(func(ctx app.Context, e app.Event) {
				if cur, err := s.draftLetter(id); err == nil {
					if ed, ok := s.kase.Edits[id]; ok {
						s.kase.Edits[id] = ed.Rebase(cur)
					}
					s.say("stale", s.t("ui.letter.stale.kept"))
					s.changed(ctx)
				}
			}, app.EventScope(id)),
			app.Button().Class("button button-secondary").Text(v.t("ui.letter.stale.use-draft")).OnClick(func(ctx app.Context, e app.Event) {
				delete(s.kase.Edits, id)
				s.say("stale", s.t("ui.letter.stale.replaced"))
				s.changed(ctx)
			}, app.EventScope(id)),
		),
		s.feedback("stale"),
	)
}

// letterPreview shows the letter as it will look on paper. The draft is
// shown block by block, so its subject and headings stand out; the
// person's own version is shown paragraph by paragraph. Gaps still to fill
// stand out too. It is a component of its own, the largest part of the
// page: it is drawn again only when the letter changes.
type letterPreview struct {
	app.Compo
	words

	Blocks []letter.Block // the draft
	Text   string         // or the person's own words, when Edited
	Edited bool
}

func (p *letterPreview) Render() app.UI {
	var body []app.UI
	if p.Edited {
		body = paperBody(p.Text)
	} else {
		for _, b := range p.Blocks {
			el := app.P().Body(lineParts(b.Line())...)
			switch b.Kind {
			case letter.KindSubject, letter.KindHeading:
				el = el.Class("paper-strong")
			case letter.KindNumbered, letter.KindBullet:
				el = el.Class("paper-item")
			}
			body = append(body, el)
		}
	}
	return app.Div().ID(IDPreview).Class("paper").Role("region").Aria("label", p.t("ui.letter.preview.label")).TabIndex(0).Body(body...)
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

// editor is the text box holding the letter's words, text. The view puts
// them in (see OnMount).
func (v *letterView) editor(text string) app.UI {
	s, id := v.s, v.ID
	return app.Div().Class("group").Body(
		app.H2().Class("h2 h2-first").Text(v.t("ui.letter.editor.heading")),
		app.Label().For("letter-text").Class("label").Text(v.t("ui.letter.editor.label")),
		app.P().ID("letter-text-hint").Class("hint").Text(v.t("ui.letter.editor.hint")),
		textArea().ID("letter-text").Class("textarea textarea-letter").Rows(16).Aria("describedby", "letter-text-hint").MaxLength(MaxLetter).OnInput(s.onText("letter-text", func(ctx app.Context, typed string) {
			if s.kase.Edits == nil {
				s.kase.Edits = map[guide.LetterID]letter.Edit{}
			}
			if prev, ok := s.kase.Edits[id]; ok {
				prev.Text = typed
				s.kase.Edits[id] = prev
			} else if l, err := s.draftLetter(id); err == nil {
				s.kase.Edits[id] = letter.NewEdit(l, typed)
			} else {
				return
			}
			s.changed(ctx)
		}), app.EventScope(id)),
		v.limitMessage("letter-text", text, MaxLetter, v.Over["letter-text"]),
		app.If(v.Edited, func() app.UI {
			return app.Button().Class("button button-secondary button-small").Text(v.t("ui.letter.editor.undo")).OnClick(func(ctx app.Context, ev app.Event) {
				delete(s.kase.Edits, id)
				s.say("editor", s.t("ui.letter.editor.undone"))
				s.changed(ctx)
			}, app.EventScope(id))
		}),
		s.feedback("editor"),
	)
}

// writingHelp shows what is still to fill in (gaps, while the letter is
// the draft), the word count of text, gentle flags for words that may work
// against the person, and the checklist.
func (v *letterView) writingHelp(text string, gaps []gap, tips []string) app.UI {
	var checklist []app.UI
	for _, c := range tips {
		checklist = append(checklist, app.Li().Text(c))
	}
	n := letter.WordCount(text)
	var flags []app.UI
	for _, f := range v.s.letterFlags(text) {
		flags = append(flags, app.Li().Body(v.rich("ui.letter.flag",
			"words", app.Strong().Text(v.f("ui.letter.flag.words", "words", f.Match)),
			"suggestion", app.Text(f.Suggestion),
		)...))
	}
	// What is still in [square brackets]: linked to its field while the
	// letter is the draft, counted in the person's own words otherwise.
	var todo []app.UI
	for _, g := range gaps {
		todo = append(todo, app.Li().Body(app.A().Href(g.anchor).Text(g.label)))
	}
	brackets := strings.Contains(text, "[")
	advice := "ui.letter.count.aim"
	if n > letter.LongWords {
		advice = "ui.letter.count.long"
	}
	return app.Div().ID("writing-help").Class("help no-print").Body(
		app.H2().Class("h2 h2-first").Text(v.t("ui.letter.help.heading")),
		app.P().ID("word-count").Body(v.rich("ui.letter.count",
			"count", app.Strong().Class("word-count").Text(v.f(plural("ui.letter.count", n), "count", strconv.Itoa(n))),
			"advice", app.Text(v.f(advice, "words", strconv.Itoa(letter.LongWords))),
		)...),
		app.If(len(todo) > 0, func() app.UI {
			return app.Div().Class("gaps").Body(
				app.P().Text(v.t("ui.letter.gaps")),
				app.Ul().Class("list").Body(todo...),
			)
		}).ElseIf(brackets, func() app.UI {
			return app.P().Class("gaps").Text(v.t("ui.letter.brackets"))
		}),
		app.If(len(flags) > 0, func() app.UI {
			return app.Div().ID("letter-flags").Class("inset").Body(
				app.P().Text(v.t("ui.letter.flags")),
				app.Ul().Class("list").Body(flags...),
			)
		}),
		app.H3().Class("h3").Text(v.t("ui.letter.tips")),
		app.Ul().Class("list checklist").Body(checklist...),
	)
}

// exports offers every way to take the letter away. Each handler reads
// the letter when clicked, so it always takes the latest words; the email
// link is made from text (see Render).
func (v *letterView) exports(l letter.Letter, text string) app.UI {
	s, id := v.s, v.ID
	mailto, fits := v.mailto(l, text)
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
					s.say("exports", s.t("ui.letter.export.copy-failed"))
					return
				}
				s.say("exports", done)
			})
		})
	}
	return app.Div().ID("exports").Class("exports no-print").Body(
		app.H2().Class("h2").Text(v.t("ui.letter.export.heading")),
		app.Div().Class("actions").Body(
			app.Button().Class("button").Text(v.t("ui.letter.export.copy")).OnClick(func(ctx app.Context, e app.Event) {
				copyLetter(ctx, s.t("ui.letter.export.copied"))
			}, scope),
			app.Button().Class("button button-secondary").Text(v.t("ui.letter.export.print")).OnClick(func(ctx app.Context, e app.Event) { s.print(ctx) }),
			app.Button().Class("button button-secondary").Text(v.t("ui.letter.export.docx")).OnClick(func(ctx app.Context, e app.Event) {
				f, _, err := s.final(id)
				var b []byte
				if err == nil {
					b, err = letter.DOCX(f)
				}
				if err == nil {
					err = jsbridge.Download(base+".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b)
				}
				s.exported(err, s.t("ui.letter.export.docx-done"))
			}, scope),
			app.Button().Class("button button-secondary").Text(v.t("ui.letter.export.txt")).OnClick(func(ctx app.Context, e app.Event) {
				_, text, err := s.final(id)
				if err == nil {
					err = jsbridge.Download(base+".txt", "text/plain;charset=utf-8", []byte(text))
				}
				s.exported(err, s.t("ui.letter.export.txt-done"))
			}, scope),
			app.If(fits, func() app.UI {
				return app.A().ID(IDMailto).Class("button button-secondary").Href(mailto).Text(v.t("ui.letter.export.email"))
			}).Else(func() app.UI {
				// Too long for a mailto link: copy the letter, then open an
				// email with just the subject, ready to paste into.
				return app.A().ID(IDMailto).Class("button button-secondary").Href(mailto).Aria("describedby", "mailto-long").
					Text(v.t("ui.letter.export.email-copy")).OnClick(func(ctx app.Context, e app.Event) {
					copyLetter(ctx, s.t("ui.letter.export.copied-email"))
				}, scope)
			}),
			app.If(v.canShare(), func() app.UI {
				return app.Button().Class("button button-secondary").Text(v.t("ui.letter.export.share")).OnClick(func(ctx app.Context, e app.Event) {
					f, text, err := s.final(id)
					if err != nil {
						return
					}
					jsbridge.Share(f.Subject, text, func(err error) {
						ctx.Dispatch(func(ctx app.Context) {
							if err != nil && !strings.Contains(err.Error(), "Abort") {
								s.say("exports", s.t("ui.letter.export.share-failed"))
							}
						})
					})
				}, scope)
			}),
		),
		s.feedback("exports"),
		app.If(!fits, func() app.UI {
			return app.P().ID("mailto-long").Class("hint").Text(v.t("ui.letter.export.email-long"))
		}),
		app.H3().Class("h3").Text(v.t("ui.letter.save.heading")),
		app.P().Class("hint").Text(v.t("ui.letter.save.hint")),
		app.Div().Class("actions").Body(
			app.Button().ID("letter-save-draft").Class("button button-secondary").Text(v.t("ui.letter.save.button")).OnClick(s.saveDraftFile("letter-save")),
		),
		s.feedback("letter-save"),
	)
}
