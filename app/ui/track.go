package ui

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/guide"
	"putitright/app/jsbridge"
	"putitright/app/track"
)

// PathTrack is the case tracker.
const PathTrack = "/track"

// trackForm is the step being recorded on the tracker page.
type trackForm struct {
	kind   track.Kind
	on     [3]string // day, month, year as typed
	method track.Method
	stage  string // Scotland: "1", "2" or "0" for not sure; "" not chosen
	by     [3]string
	note   string
	err    string
}

// trackState is the tracker page's own state: the form, not the case.
type trackState struct{ form trackForm }

// trackChanged saves the tracker and fills the letters from it.
func (s *Shell) trackChanged(ctx app.Context) {
	if s.kase.Track.ID == "" {
		s.kase.Track.ID = track.NewID()
	}
	s.kase.Answers, s.kase.Details = track.Apply(s.kase.Track, s.kase.Answers, s.kase.Details)
	s.changed(ctx)
}

// trackUnderway reports whether a complaint has been made, so the tracker
// is worth linking to.
func (s *Shell) trackUnderway() bool {
	switch s.kase.Answers.Stage {
	case guide.SentNoAck, guide.Waiting, guide.FinalResponse, guide.WithOmbudsman:
		return true
	}
	return s.kase.Track.Underway() || len(s.kase.Track.Diary) > 0
}

// trackLink is the link to the tracker from other pages.
func (w words) trackLink() app.UI {
	return app.P().Class("no-print").Body(app.A().ID("track-link").Href(PathTrack).Text(w.t("ui.track.link")))
}

// trackPage shows what is due next, the form to record a step, the steps
// so far, the calendar download and the evidence diary.
func (s *Shell) trackPage() app.UI {
	st := track.Work(s.c, s.kase.Track, s.kase.Answers, s.today)
	return app.Div().Class("track").Body(
		app.Div().Class("no-print").Body(
			s.backLink(PathPlan),
			heading(s.t("ui.title.track")),
			app.P().Class("lead").Text(s.t("ui.track.lead")),
			s.dueNext(st),
			s.stepForm(),
			s.stepList(st),
			s.calendarBox(st),
		),
		s.diary(),
	)
}

// dueNext is the box saying what is due next, by when, and what to do if
// it is late.
func (s *Shell) dueNext(st track.Status) app.UI {
	next, ok := st.NextDue()
	var notes []app.UI
	for _, n := range st.Notes {
		notes = append(notes, app.P().Text(n))
	}
	if !ok {
		return app.Div().ID("due-next").Class("inset").Role("region").Aria("label", s.t("ui.track.due")).Body(notes...)
	}
	cls := "inset"
	if next.Late {
		cls = "inset inset-warn"
	}
	return app.Div().ID("due-next").Class(cls).Role("region").Aria("labelledby", "due-next-title").Body(
		app.H2().ID("due-next-title").Class("h2 h2-first").Text(s.t("ui.track.due")),
		app.P().Body(app.Strong().ID("due-next-when").Text(s.dueWhen(next))),
		app.P().Text(next.Text),
		app.If(next.Basis != "", func() app.UI { return app.P().Class("hint").Text(s.f("ui.track.due.basis", "basis", next.Basis)) }),
		app.If(next.Late, func() app.UI {
			return app.Div().ID("due-late").Body(
				app.P().Body(s.rich("ui.track.due.late", "what", next.IfLate, strong)...),
				s.lateLetters(next),
			)
		}).ElseIf(next.Rule == track.RuleNextStep, func() app.UI { return s.lateLetters(next) }),
		app.Div().Body(notes...),
	)
}

// dueWhen says when something is due, in words.
func (s *Shell) dueWhen(d track.Due) string {
	switch {
	case d.Done:
		return s.t("ui.track.done")
	case d.NoData:
		return d.Unsure
	case d.Date.IsZero():
		return s.f("ui.track.no-date", "unsure", d.Unsure)
	case d.About || d.Date.Day == 0:
		return s.f("ui.track.by-about", "date", d.Date.Words(s.c))
	}
	return s.f("ui.track.by", "weekday", s.weekday(d.Date), "date", d.Date.Words(s.c))
}

// weekday is the day of the week of d, in words.
func (w words) weekday(d guide.Date) string {
	return w.t("ui.track.weekday." + strconv.Itoa(int(d.First().Weekday())))
}

// lateLetters links to the letters to write, filled in from the case.
func (s *Shell) lateLetters(d track.Due) app.UI {
	var links []app.UI
	for i, id := range d.Letters {
		cls := "button button-secondary"
		if i == 0 {
			cls = "button"
		}
		links = append(links, app.A().ID("late-"+string(id)).Class(cls).Href(letterPath(id)).Text(s.letterTitle(id)))
	}
	return app.Div().Class("actions").Body(links...)
}

// stepForm records one step at a time: what happened, when, and the
// details that step needs.
func (s *Shell) stepForm() app.UI {
	f := &s.trk.form
	var kinds []app.UI
	for _, k := range track.Kinds() {
		id := "step-" + string(k)
		in := app.Input().ID(id).Name("step").Type("radio").Class("choice-input").Value(string(k)).
			OnChange(func(ctx app.Context, e app.Event) { f.kind, f.err = k, "" }, app.EventScope(k))
		if f.kind == k || app.IsClient {
			in = in.Checked(f.kind == k)
		}
		kinds = append(kinds, app.Div().Class("choice").Body(in, app.Label().For(id).Class("choice-label").Text(track.KindLabel(s.c, k))))
	}
	return app.Section().ID("record").Class("section").Aria("labelledby", "record-title").Body(
		app.H2().ID("record-title").Class("h2").Text(s.t("ui.track.record")),
		app.Div().ID("step-error-slot").Body(app.If(f.err != "", func() app.UI {
			return app.P().ID("step-error").Class("error-message").Role("alert").Text(f.err)
		})),
		app.FieldSet().Class("fieldset group").Body(
			app.Legend().Class("label legend").Text(s.t("ui.track.record.what")),
			app.Div().Class("choices").Body(kinds...),
		),
		app.If(f.kind != "", func() app.UI { return s.stepDetails() }),
	)
}

// stepDetails asks for the date and the details of the chosen step.
func (s *Shell) stepDetails() app.UI {
	f := &s.trk.form
	radios := func(name string, opts [][2]string, cur string, set func(string)) app.UI {
		var out []app.UI
		for _, o := range opts {
			id := name + "-" + o[0]
			v := o[0]
			in := app.Input().ID(id).Name(name).Type("radio").Class("choice-input").Value(v).
				OnChange(func(ctx app.Context, e app.Event) { set(v) }, app.EventScope(name, v))
			if cur == v || app.IsClient {
				in = in.Checked(cur == v)
			}
			out = append(out, app.Div().Class("choice").Body(in, app.Label().For(id).Class("choice-label").Text(o[1])))
		}
		return app.Div().Class("choices").Body(out...)
	}
	return app.Div().ID("step-details").Body(
		app.FieldSet().ID("step-on").Class("fieldset group").Aria("describedby", "step-on-hint").Body(
			app.Legend().Class("label legend").Text(s.t("ui.track.record.when")),
			app.P().ID("step-on-hint").Class("hint").Text(s.t("ui.track.record.when-hint")),
			s.dayInput("step-on", &f.on),
		),
		app.If(f.kind == track.Sent, func() app.UI {
			return app.FieldSet().Class("fieldset group").Body(
				app.Legend().Class("label legend").Text(s.t("ui.track.record.method")),
				radios("step-method", [][2]string{
					{string(track.ByPost), s.t("ui.track.method.post")},
					{string(track.ByEmail), s.t("ui.track.method.email")},
					{string(track.BySpoken), s.t("ui.track.method.spoken")}},
					string(f.method), func(v string) { f.method = track.Method(v) }),
			)
		}),
		app.If(f.kind == track.Sent && s.kase.Answers.Nation == guide.Scotland, func() app.UI {
			return app.FieldSet().Class("fieldset group").Body(
				app.Legend().Class("label legend").Text(s.t("ui.track.record.stage")),
				radios("step-stage", [][2]string{{"1", s.t("ui.track.stage.1")}, {"2", s.t("ui.track.stage.2")}, {"0", s.t("ui.track.stage.0")}},
					f.stage, func(v string) { f.stage = v }),
			)
		}),
		app.If(f.kind == track.Promised || f.kind == track.Extension, func() app.UI {
			return app.FieldSet().ID("step-by").Class("fieldset group").Body(
				app.Legend().Class("label legend").Text(s.t("ui.track.record.by")),
				s.dayInput("step-by", &f.by),
			)
		}),
		app.Div().Class("group").Body(
			app.Label().For("step-note").Class("label").Text(s.t("ui.track.record.note")),
			app.Textarea().ID("step-note").Class("textarea").Rows(3).Attr("value", s.bind("step-note", f.note)).
				OnInput(func(ctx app.Context, e app.Event) { f.note = ctx.JSSrc().Get("value").String() }),
		),
		app.Button().ID("step-save").Class("button").Text(s.t("ui.track.record.save")).OnClick(s.saveStep),
	)
}

// dayInput is a day, month and year typed as numbers, read when saved.
func (s *Shell) dayInput(id string, p *[3]string) app.UI {
	part := func(i int, suffix, label, cls string, size int) app.UI {
		return app.Div().Class("date-item").Body(
			app.Label().For(id+suffix).Class("label").Text(label),
			app.Input().ID(id+suffix).Type("text").Attr("inputmode", "numeric").MaxLength(size).Class(cls).
				Value(s.bind(id+suffix, p[i])).OnInput(func(ctx app.Context, e app.Event) {
				p[i] = strings.TrimSpace(ctx.JSSrc().Get("value").String())
			}, app.EventScope(id, suffix)),
		)
	}
	return app.Div().Class("date").Body(
		part(0, "-day", s.t("ui.date.day"), "input input-w2", 2),
		part(1, "-month", s.t("ui.date.month"), "input input-w2", 2),
		part(2, "-year", s.t("ui.date.year"), "input input-w4", 4),
	)
}

// parseDay reads a typed day, month and year; ok is false unless all
// three make a real date.
func parseDay(p [3]string) (guide.Date, bool) {
	var n [3]int
	for i, v := range p {
		x, err := strconv.Atoi(v)
		if err != nil {
			return guide.Date{}, false
		}
		n[i] = x
	}
	d := guide.DayOf(n[2], time.Month(n[1]), n[0])
	if n[0] < 1 || d.Check(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)) != nil {
		return guide.Date{}, false
	}
	return d, true
}

// saveStep checks the form and records the step.
func (s *Shell) saveStep(ctx app.Context, e app.Event) {
	f := &s.trk.form
	on, okOn := parseDay(f.on)
	by, okBy := parseDay(f.by)
	needBy := f.kind == track.Promised || f.kind == track.Extension
	switch {
	case f.kind == "":
		f.err = s.t("ui.track.error.what")
	case !okOn:
		f.err = s.t("ui.track.error.on")
	case on.Check(s.today) != nil:
		f.err = s.t("ui.track.error.future")
	case f.kind == track.Sent && f.method == "":
		f.err = s.t("ui.track.error.method")
	case needBy && !okBy:
		f.err = s.t("ui.track.error.by")
	default:
		f.err = ""
	}
	if f.err != "" {
		ctx.Defer(func(app.Context) { focusID("step-error") })
		return
	}
	stage, _ := strconv.Atoi(f.stage)
	ev := track.Event{Kind: f.kind, On: on, Method: f.method, Stage: stage, By: by, Note: strings.TrimSpace(f.note)}
	if f.kind != track.Sent {
		ev.Method, ev.Stage = "", 0
	}
	if f.kind != track.Promised && f.kind != track.Extension {
		ev.By = guide.Date{}
	}
	s.kase.Track.Events = append(s.kase.Track.Events, ev)
	s.trk.form = trackForm{}
	s.say("", s.f("ui.track.saved", "step", track.Describe(s.c, ev)))
	s.trackChanged(ctx)
}

// stepList shows the steps so far and every date worked out.
func (s *Shell) stepList(st track.Status) app.UI {
	if len(s.kase.Track.Events) == 0 {
		return app.Text("")
	}
	var rows []app.UI
	for i, e := range s.kase.Track.Events {
		line := s.rich("ui.track.step", "date", strong(e.On.Words(s.c)), "step", track.Describe(s.c, e))
		rows = append(rows, app.Li().Class("event").Body(append(line,
			app.If(e.Note != "", func() app.UI { return app.Span().Text(" " + e.Note) }),
			app.Text(" "),
			app.Button().Class("button button-secondary button-small").Text(s.t("ui.track.step.delete")).Aria("label", s.f("ui.track.step.delete-label", "step", track.Describe(s.c, e))).
				OnClick(func(ctx app.Context, ev app.Event) {
					if i < len(s.kase.Track.Events) {
						s.kase.Track.Events = append(s.kase.Track.Events[:i], s.kase.Track.Events[i+1:]...)
						s.say("", s.t("ui.track.step.deleted"))
						s.trackChanged(ctx)
					}
				}, app.EventScope("del-step", i)),
		)...))
	}
	var dues []app.UI
	for _, d := range st.Dues {
		status := s.dueWhen(d)
		if d.Late {
			status = s.f("ui.track.late", "date", d.Date.Words(s.c))
		}
		dues = append(dues, app.Li().Body(s.rich("ui.track.date-item",
			"step", strong(d.Name),
			"when", status,
		)...))
	}
	return app.Section().ID("steps").Class("section").Aria("labelledby", "steps-title").Body(
		app.H2().ID("steps-title").Class("h2").Text(s.t("ui.track.steps")),
		app.Ul().Class("list").Body(rows...),
		app.H3().Class("h3").Text(s.t("ui.track.dates")),
		app.Ul().ID("all-dates").Class("list").Body(dues...),
	)
}

// calendarBox offers the dates as a calendar file.
func (s *Shell) calendarBox(st track.Status) app.UI {
	_, any := track.ICS(s.c, s.kase.Track, st, time.Now())
	if !any {
		return app.Text("")
	}
	return app.Section().ID("calendar").Class("section").Aria("labelledby", "calendar-title").Body(
		app.H2().ID("calendar-title").Class("h2").Text(s.t("ui.track.calendar")),
		app.P().Text(s.f("ui.track.calendar.text", "days", strconv.Itoa(track.AlarmDaysBefore))),
		app.Div().Class("group").Body(
			app.Label().For("cal-label").Class("label").Text(s.t("ui.track.calendar.label")),
			app.P().ID("cal-label-hint").Class("hint").Text(s.t("ui.track.calendar.hint")),
			app.Input().ID("cal-label").Type("text").Class("input").Aria("describedby", "cal-label-hint").MaxLength(60).
				Value(s.bind("cal-label", s.kase.Track.Label)).OnInput(func(ctx app.Context, e app.Event) {
				s.kase.Track.Label = ctx.JSSrc().Get("value").String()
				s.trackChanged(ctx)
			}),
		),
		app.Button().ID("cal-download").Class("button").Text(s.t("ui.track.calendar.button")).OnClick(func(ctx app.Context, e app.Event) {
			if s.kase.Track.ID == "" {
				s.trackChanged(ctx)
			}
			now := time.Now()
			data, _ := track.ICS(s.c, s.kase.Track, track.Work(s.c, s.kase.Track, s.kase.Answers, now), now)
			s.exported(jsbridge.Download(track.ICSFileName, "text/calendar;charset=utf-8", data), s.t("ui.track.calendar.downloading"))
		}),
	)
}

// capital returns s with its first letter in capitals.
func capital(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
