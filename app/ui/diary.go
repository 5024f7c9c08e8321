package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/guide"
	"putitright/app/jsbridge"
	"putitright/app/letter"
	"putitright/app/track"
)

// diary is the evidence diary: what happened and who said what, and the
// evidence held. Every entry can be changed at any time; each change is
// saved as it is typed. The timeline preview is what prints.
func (s *Shell) diary() app.UI {
	var entries, evidence []app.UI
	for i, e := range s.kase.Track.Diary {
		if e.Kind == track.Evidence {
			evidence = append(evidence, s.diaryEntry(i, len(evidence)+1, e))
		} else {
			entries = append(entries, s.diaryEntry(i, len(entries)+1, e))
		}
	}
	tl := track.Timeline(s.c, s.kase.Track, "")
	return app.Div().ID("diary").Body(
		app.Section().Class("section no-print").Aria("labelledby", "diary-title").Body(
			app.H2().ID("diary-title").Class("h2").Text(s.t("ui.diary.title")),
			app.P().Text(s.t("ui.diary.intro")),
			app.Div().Body(entries...),
			app.Button().ID("diary-add").Class("button button-secondary").Text(s.t("ui.diary.add")).OnClick(func(ctx app.Context, e app.Event) {
				s.addEntry(ctx, track.Contact)
			}),
			app.H3().Class("h3").Text(s.t("ui.diary.evidence")),
			app.P().Class("hint").Text(s.t("ui.diary.evidence.hint")),
			app.Div().Body(evidence...),
			app.Button().ID("evidence-add").Class("button button-secondary").Text(s.t("ui.diary.evidence.add")).OnClick(func(ctx app.Context, e app.Event) {
				s.addEntry(ctx, track.Evidence)
			}),
		),
		app.Section().ID("timeline").Class("section").Aria("labelledby", "timeline-title").Body(
			app.H2().ID("timeline-title").Class("h2 no-print").Text(s.t("ui.diary.timeline")),
			app.P().Class("hint no-print").Text(s.t("ui.diary.timeline.hint")),
			app.Div().ID("timeline-preview").Class("paper").Role("region").Aria("label", s.t("ui.diary.timeline.preview")).TabIndex(0).Body(s.paperBlocks(tl)...),
			app.Div().Class("actions no-print").Body(
				app.Button().Class("button button-secondary").Text(s.t("ui.diary.timeline.print")).OnClick(func(ctx app.Context, e app.Event) { s.print(ctx) }),
				app.Button().ID("timeline-docx").Class("button button-secondary").Text(s.t("ui.diary.timeline.docx")).OnClick(func(ctx app.Context, e app.Event) {
					b, err := letter.DOCX(track.Timeline(s.c, s.kase.Track, ""))
					if err == nil {
						err = jsbridge.Download("put-it-right-timeline.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b)
					}
					s.exported(err, s.t("ui.diary.timeline.downloading"))
				}),
				app.Button().ID("timeline-txt").Class("button button-secondary").Text(s.t("ui.diary.timeline.txt")).OnClick(func(ctx app.Context, e app.Event) {
					err := jsbridge.Download("put-it-right-timeline.txt", "text/plain;charset=utf-8", []byte(track.Timeline(s.c, s.kase.Track, "").Text()))
					s.exported(err, s.t("ui.diary.timeline.downloading"))
				}),
				app.If(len(track.LetterEvents(s.c, s.kase.Track)) > 0, func() app.UI {
					return app.Button().ID("diary-to-letter").Class("button button-secondary").Text(s.t("ui.diary.to-letter")).OnClick(s.diaryToLetter)
				}),
			),
		),
	)
}

// paperBlocks shows a document block by block.
func (s *Shell) paperBlocks(l letter.Letter) []app.UI {
	var body []app.UI
	for _, b := range l.Blocks {
		p := app.P().Body(lineParts(b.Line())...)
		switch b.Kind {
		case letter.KindSubject, letter.KindHeading:
			p = p.Class("paper-strong")
		case letter.KindBullet:
			p = p.Class("paper-item")
		}
		body = append(body, p)
	}
	return body
}

// addEntry adds an empty diary entry and moves to it.
func (s *Shell) addEntry(ctx app.Context, k track.EntryKind) {
	s.kase.Track.Diary = append(s.kase.Track.Diary, track.Entry{Kind: k})
	id := "diary-" + strconv.Itoa(len(s.kase.Track.Diary)-1) + "-what"
	s.trackChanged(ctx)
	ctx.Defer(func(app.Context) { focusID(id) })
}

// diaryEntry is entry i, the nth of its kind, with its boxes saved as
// they are typed.
func (s *Shell) diaryEntry(i, nth int, e track.Entry) app.UI {
	base := "diary-" + strconv.Itoa(i)
	at := func(ctx app.Context) *track.Entry {
		if i < len(s.kase.Track.Diary) {
			return &s.kase.Track.Diary[i]
		}
		return &track.Entry{}
	}
	text := func(id, label, hint, v string, rows int, set func(*track.Entry, string)) app.UI {
		full := base + "-" + id
		on := func(ctx app.Context, ev app.Event) {
			set(at(ctx), ctx.JSSrc().Get("value").String())
			s.trackChanged(ctx)
		}
		var box app.UI
		if rows > 1 {
			box = app.Textarea().ID(full).Class("textarea").Rows(rows).Attr("value", s.bind(full, v)).OnInput(on, app.EventScope(full))
		} else {
			box = app.Input().ID(full).Type("text").Class("input").Value(s.bind(full, v)).OnInput(on, app.EventScope(full))
		}
		return app.Div().Class("group").Body(
			app.Label().For(full).Class("label").Text(label),
			app.If(hint != "", func() app.UI { return app.P().Class("hint").Text(hint) }),
			box,
		)
	}
	title := s.f("ui.diary.entry", "n", strconv.Itoa(nth))
	what, who := s.t("ui.diary.what"), s.t("ui.diary.who")
	if e.Kind == track.Evidence {
		title = s.f("ui.diary.entry.evidence", "n", strconv.Itoa(nth))
		what, who = s.t("ui.diary.evidence.what"), s.t("ui.diary.evidence.from")
	}
	return app.Div().ID(base).Class("card").Body(
		app.H3().Class("h3").Text(title),
		app.FieldSet().Class("fieldset group").Body(
			app.Legend().Class("label legend").Text(s.t("ui.diary.when")),
			app.P().Class("hint").Text(s.t("ui.diary.when-hint")),
			s.monthYear(base+"-on", base+"-on", e.On, func(ctx app.Context, d guide.Date) {
				at(ctx).On = d
				s.trackChanged(ctx)
			}),
		),
		app.If(e.Kind == track.Contact, func() app.UI {
			return app.Div().Body(
				text("who", who, s.t("ui.diary.who-hint"), e.Who, 1, func(x *track.Entry, v string) { x.Who = v }),
				text("what", what, "", e.What, 3, func(x *track.Entry, v string) { x.What = v }),
			)
		}).Else(func() app.UI {
			return app.Div().Body(
				text("what", what, "", e.What, 3, func(x *track.Entry, v string) { x.What = v }),
				text("who", who, "", e.Who, 1, func(x *track.Entry, v string) { x.Who = v }),
			)
		}),
		app.If(e.Kind == track.Contact, func() app.UI {
			return text("promised", s.t("ui.diary.promised"), "", e.Promised, 2, func(x *track.Entry, v string) { x.Promised = v })
		}),
		app.Button().Class("button button-secondary button-small").Text(s.t("ui.diary.delete")).Aria("label", s.f("ui.diary.delete-label", "entry", title)).
			OnClick(func(ctx app.Context, ev app.Event) {
				if i < len(s.kase.Track.Diary) {
					s.kase.Track.Diary = append(s.kase.Track.Diary[:i], s.kase.Track.Diary[i+1:]...)
					s.partial = nil
					s.say("", s.t("ui.diary.deleted"))
					s.trackChanged(ctx)
				}
			}, app.EventScope("del-entry", i)),
	)
}

// diaryToLetter adds the diary's events to the complaint letter's "What
// happened", leaving out any already there.
func (s *Shell) diaryToLetter(ctx app.Context, e app.Event) {
	have := map[string]bool{}
	for _, ev := range s.kase.Details.Events {
		have[ev.When.String()+"\x00"+ev.What] = true
	}
	n := 0
	for _, ev := range track.LetterEvents(s.c, s.kase.Track) {
		if !have[ev.When.String()+"\x00"+ev.What] {
			s.kase.Details.Events = append(s.kase.Details.Events, ev)
			n++
		}
	}
	switch n {
	case 0:
		s.say("", s.t("ui.diary.to-letter.none"))
	case 1:
		s.say("", s.t("ui.diary.to-letter.one"))
	default:
		s.say("", s.f("ui.diary.to-letter.other", "n", strconv.Itoa(n)))
	}
	s.changed(ctx)
}
