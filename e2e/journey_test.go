package e2e

// Journeys through the real app by keyboard only, the browser's Back
// button, Change links, the error summary, accessibility (axe-core on every
// page), small screens and zoom, and the page without its wasm.

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"putitright/app/draft"
	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/letter"
	"putitright/app/ui"
	bt "putitright/internal/browsertest"
)

// checkQuestion checks a question page before it is answered: its
// heading, focus on it, nothing chosen if it is new, and axe.
func checkQuestion(b *bt.Browser, q flow.Question, name string, fresh bool) {
	b.T.Helper()
	b.WaitHeading(q.Heading(bt.English(b.T)))
	b.HeadingFocused(string(q.ID))
	// A question not answered yet shows nothing chosen or typed, even
	// though the page before had the same kind of inputs.
	if got := b.Chosen(); fresh && len(got) > 0 {
		b.T.Errorf("%s: the new question %q arrives with %q already chosen or filled in", name, q.ID, got)
	}
	b.Axe(name + " " + bt.QuestionPath(q.ID))
}

// walkByKeyboard goes from the start page to the plan by keyboard only,
// giving the answers in a. shots names the question pages to photograph.
func walkByKeyboard(b *bt.Browser, name string, a guide.Answers, shots map[flow.ID]string) {
	b.T.Helper()
	b.OnPage(ui.PathStart)
	b.HeadingFocused("the start page")
	b.Axe(name + " /")
	// Shift+Tab works: go past the start button and come back to it.
	b.TabTo("a.button-start")
	b.Keys("\t")
	b.ShiftTab()
	if !b.ActiveMatches("a.button-start") {
		b.T.Fatal("Shift+Tab did not return to the Start now button")
	}
	b.Enter()
	b.WaitFor("the first question", bt.OnQuestion)
	b.AnswerQuestions(a, bt.Keyboard, func(q flow.Question) {
		if shot, ok := shots[q.ID]; ok {
			b.Shot(shot)
		}
		checkQuestion(b, q, name, true)
	})
	b.HeadingFocused("the check page")
	b.Axe(name + " " + ui.PathCheck)
	b.Press(`a.button[href="` + ui.PathPlan + `"]`)
	b.OnPage(ui.PathPlan)
	b.HeadingFocused("the plan")
	b.Axe(name + " " + ui.PathPlan)
}

// planIDs lists the plan's steps as "section:data-id".
func planIDs(b *bt.Browser) []string {
	b.T.Helper()
	return bt.Eval[[]string](b, `[...document.querySelectorAll('main [data-id]')].map(e => (e.closest('section, details.fold')?.id || '?') + ':' + e.dataset.id)`)
}

// journey is one person's way from the start page to their plan by
// keyboard, and what the plan must and must not hold (steps as
// "section:id") and the letters it links to, in order.
type journey struct {
	name     string
	a        guide.Answers
	shots    map[flow.ID]string
	has, not []string
	letters  []string
	then     func(t *testing.T, b *bt.Browser, s *bt.Server)
}

func TestJourneyKeyboard(t *testing.T) {
	s := bt.StartServer(t)
	base := guide.Answers{Nation: guide.England, SocialCareToo: guide.No, Danger: guide.No, Abuse: guide.No, Person: guide.Self,
		Stage: guide.NotRaised, Legal: guide.No}
	with := func(f func(*guide.Answers)) guide.Answers { a := base; f(&a); return a }
	for _, j := range []journey{{
		name: "gp",
		a: with(func(a *guide.Answers) {
			a.Service, a.Happened, a.Harm = guide.GP, monthsAgo(3), guide.HarmMinor
			a.Outcomes = []guide.Outcome{guide.OutExplanation, guide.OutApology}
		}),
		shots: map[flow.ID]string{flow.QNation: "journey-q-nation", flow.QService: "journey-q-service", flow.QHappened: "journey-q-happened", flow.QOutcomes: "journey-q-outcomes"},
		has: []string{"complaint:complaint.provider", "complaint:complaint.icb", "complaint:complaint.one-or-other",
			"complaint:duty.acknowledge", "complaint:duty.respond", "complaint:next.not-raised",
			"escalation:route.phso", "report:report.cqc", "help:help.advocacy"},
		not:     []string{"escalation:route.lgsco", "warnings:warn.late", "warnings:warn.limitation.death"},
		letters: []string{"complaint"},
		then:    journeyGP,
	}, {
		name: "bereaved",
		a: with(func(a *guide.Answers) {
			a.Service, a.Person, a.Happened, a.FoundOut = guide.HospitalInpatient, guide.ForDeceased, monthsAgo(14), monthsAgo(2)
			a.Stage, a.Sent, a.Responded = guide.FinalResponse, monthsAgo(1), monthsAgo(0)
			a.Outcomes, a.Harm, a.Legal, a.Offer = []guide.Outcome{guide.OutExplanation, guide.OutMoney}, guide.HarmDeath, guide.Yes, guide.No
		}),
		shots: map[flow.ID]string{flow.QPerson: "journey-q-person"},
		has: []string{"complaint:who.deceased", "complaint:next.final", "complaint:complaint.after-final", "escalation:route.phso",
			"warnings:warn.limitation", "warnings:warn.limitation.death", "outcomes:outcome.explanation.candour",
			"outcomes:outcome.explanation.after", "warnings:warn.legal-complaint", "help:help.avma"},
		// The duty of candour is in the explanation card, so it is not
		// repeated as a warning. The death was 14 months ago, so the
		// medical examiner has finished; the final reply has come, so the
		// organisation's first chance is over.
		not: []string{"complaint:next.not-raised", "escalation:route.lgsco", "warnings:warn.limitation.child",
			"warnings:warn.candour", "warnings:warn.medical-examiner", "outcomes:outcome.explanation.medical-examiner",
			"escalation:route.local-first", "complaint:complaint.icb"},
		letters: []string{"records", "meeting", "reply", "ombudsman"},
		then:    journeyFold,
	}, {
		name: "care-home",
		a: with(func(a *guide.Answers) {
			a.Service, a.SocialCareToo, a.Person, a.Authority = guide.SelfFundedCare, "", guide.ForAdultLacksCapacity, guide.AuthorityLPA
			a.Happened, a.Outcomes, a.Harm = monthsAgo(5), []guide.Outcome{guide.OutProcedures}, guide.HarmNone
		}),
		shots:   map[flow.ID]string{flow.QAuthority: "journey-q-authority"},
		has:     []string{"complaint:complaint.care-provider", "complaint:who.lpa", "escalation:route.lgsco", "escalation:route.lgsco-time", "report:report.cqc"},
		not:     []string{"escalation:route.phso", "complaint:complaint.icb", "help:help.advocacy", "warnings:warn.limitation"},
		letters: []string{"complaint", "consent"},
	}} {
		t.Run(j.name, func(t *testing.T) {
			b := bt.Launch(t, bt.Chromium)
			b.Open(s.App + ui.PathStart)
			if j.name == "gp" {
				b.Shot("journey-start")
			}
			walkByKeyboard(b, j.name, j.a, j.shots)
			ids := planIDs(b)
			letters := bt.Eval[[]string](b, `[...document.querySelectorAll('#letters a[href^="`+ui.PathLetters+`/"]')].map(a => a.getAttribute('href').slice(`+fmt.Sprint(len(ui.PathLetters)+1)+`))`)
			t.Logf("plan: %q\nletters: %q", ids, letters)
			for _, id := range ids {
				if strings.HasPrefix(id, "urgent:") {
					t.Errorf("urgent step %s with no one in danger", id)
				}
			}
			for _, h := range j.has {
				if !slices.Contains(ids, h) {
					t.Errorf("the plan has no %s", h)
				}
			}
			for _, n := range j.not {
				if slices.Contains(ids, n) {
					t.Errorf("the plan should not have %s", n)
				}
			}
			if !slices.Equal(letters, j.letters) {
				t.Errorf("letters: got %q, want %q", letters, j.letters)
			}
			b.Shot("journey-plan-" + j.name)
			if j.then != nil {
				j.then(t, b, s)
			}
		})
	}
}

// journeyGP: the time limit box gives a deadline; the ombudsman, in two
// outcome cards (explanation and apology), is explained once, under "If
// you are still not happy", and the cards link there; the complaint
// letter, still by keyboard; the other pages, opened directly.
func journeyGP(t *testing.T, b *bt.Browser, s *bt.Server) {
	if txt := bt.Eval[string](b, `document.querySelector('#complaint .time-limit')?.textContent || ''`); !strings.Contains(txt, "Your deadline is") {
		t.Errorf("the time limit box says %q, want a deadline", txt)
	}
	if n := bt.Eval[int](b, `[...document.querySelectorAll('#outcomes .route')].filter(e => e.textContent.includes('ombudsman') && e.querySelector('.expect, .cannot')).length`); n != 0 {
		t.Errorf("the ombudsman route is explained %d times in the outcome cards, want 0", n)
	}
	if n := bt.Eval[int](b, `document.querySelectorAll('#outcomes a[href="#escalation"]').length`); n != 2 {
		t.Errorf("%d outcome cards link to the ombudsman under If you are still not happy, want 2", n)
	}
	if !bt.Eval[bool](b, `document.getElementById('letters').open`) {
		b.Press(`#letters > summary`)
		b.WaitFor("the letters part open", `document.getElementById('letters').open`)
	}
	complaint := bt.LetterPath(guide.LetterComplaint)
	b.Press(`#letters a[href="` + complaint + `"]`)
	b.OnPage(complaint)
	b.HeadingFocused("the complaint letter")
	b.Axe(complaint)
	b.Shot("journey-letter-complaint")
	for _, p := range []struct{ path, heading, shot string }{
		{ui.PathLetters, "Your letters", "journey-letters"},
		{ui.PathData, "Your draft and this device", "journey-your-data"},
		{ui.PathPrivacy, "Privacy", "journey-privacy"},
	} {
		b.Open(s.App + p.path)
		b.WaitHeading(p.heading)
		b.Axe(p.path)
		b.Shot(p.shot)
	}
}

// journeyFold: a folded part of the plan opens with Enter on its heading;
// focus stays there, and Tab then goes into it.
func journeyFold(t *testing.T, b *bt.Browser, s *bt.Server) {
	b.Press(`#warnings > summary`)
	b.WaitFor("the warnings part open", `document.getElementById('warnings').open`)
	if h := b.Heading(); h != "Your plan" {
		t.Errorf("after opening a part the heading is %q", h)
	}
	if !b.ActiveMatches("#warnings > summary") {
		t.Errorf("opening a part moved focus to %s", bt.Eval[string](b, `document.activeElement?.outerHTML.slice(0, 80) || ''`))
	}
	b.Keys("\t")
	b.WaitFor("focus in the warnings part after Tab", `!!document.activeElement?.closest('#warnings .fold-body')`)
	b.Axe("/plan with a part open")
}

// TestJourneyBackAndChange: the browser's Back button goes to the previous
// question with its answer still selected, and a Change link on the check
// page goes to the question and comes back to the check page.
func TestJourneyBackAndChange(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	a := guide.Answers{Nation: guide.Scotland, Service: guide.GP, SocialCareToo: guide.No, Danger: guide.No, Abuse: guide.No, Person: guide.Self,
		Happened: monthsAgo(2), Stage: guide.NotRaised, Outcomes: []guide.Outcome{guide.OutApology}, Harm: guide.HarmNone, Legal: guide.No}
	b.Open(s.App + bt.QuestionPath(flow.QNation))
	b.AnswerPage(a, bt.Keyboard, nil)
	b.AnswerPage(a, bt.Keyboard, nil)
	b.OnPage(bt.QuestionPath(flow.QSocialCare))
	// Back and Forward: the page before, its answer still the only one chosen.
	step := func(move chromedp.Action[chromedp.Void], id flow.ID, chosen string) {
		t.Helper()
		b.Do(move)
		b.OnPage(bt.QuestionPath(id))
		if got := b.Chosen(); !slices.Equal(got, []string{bt.Choice(chosen)}) {
			t.Errorf("%s shows %q chosen, want only %s", id, got, chosen)
		}
	}
	step(chromedp.NavigateBack(), flow.QService, string(guide.GP))
	step(chromedp.NavigateBack(), flow.QNation, string(guide.Scotland))
	step(chromedp.NavigateForward(), flow.QService, string(guide.GP))

	// Carry on by keyboard from the service page to the check page.
	b.AnswerQuestions(a, bt.Keyboard, func(q flow.Question) { checkQuestion(b, q, "change", q.ID != flow.QService) })
	b.Axe("/check (change)")
	b.Shot("journey-check")
	row := func(short string) string {
		return bt.Eval[string](b, `(() => { for (const r of document.querySelectorAll('.summary-row')) {
			if (r.querySelector('.summary-key').textContent.trim() === `+bt.JS(short)+`) return r.querySelector('.summary-value').innerText.trim(); }
			return 'NO ROW'; })()`)
	}
	if got := row("How serious the harm was"); got != "No harm" {
		t.Errorf("harm row says %q before the change", got)
	}

	// Change the harm: the question, with the old answer selected, then back to the check page.
	b.Press(`a[href="` + bt.QuestionPath(flow.QHarm) + `"]`)
	b.OnPage(bt.QuestionPath(flow.QHarm))
	b.HeadingFocused("the harm question")
	if got := b.Chosen(); !slices.Equal(got, []string{bt.Choice(string(guide.HarmNone))}) {
		t.Errorf("after Change the harm question shows %q chosen, want the old answer", got)
	}
	if href := bt.Eval[string](b, `document.querySelector('main a.back')?.getAttribute('href') || ''`); href != ui.PathCheck {
		t.Errorf("the back link after Change goes to %q, want %s", href, ui.PathCheck)
	}
	a.Harm = guide.HarmModerate
	b.AnswerPage(a, bt.Keyboard, nil)
	b.OnPage(ui.PathCheck)
	b.HeadingFocused("the check page after a change")
	if got := row("How serious the harm was"); got != "Moderate or serious harm" {
		t.Errorf("harm row says %q after the change", got)
	}

	// A change that makes a new question matter asks it before going back.
	b.Press(`a[href="` + bt.QuestionPath(flow.QOutcomes) + `"]`)
	b.OnPage(bt.QuestionPath(flow.QOutcomes))
	b.HeadingFocused("the outcomes question after Change")
	a.Outcomes = append(a.Outcomes, guide.OutMoney)
	b.AnswerPage(a, bt.Keyboard, nil)
	b.OnPage(bt.QuestionPath(flow.QOffer))
	b.HeadingFocused("the new question about money")
	a.Offer = guide.No
	b.AnswerPage(a, bt.Keyboard, nil)
	b.OnPage(ui.PathCheck)
	if got := row("What you want"); got != "An apology\nMoney" {
		t.Errorf("outcomes row says %q after the change", got)
	}
	if got := row("Offered money"); got != "No" {
		t.Errorf("offer row says %q after the change", got)
	}
	// Scotland: the plan routes to the SPSO.
	b.Press(`a.button[href="` + ui.PathPlan + `"]`)
	b.OnPage(ui.PathPlan)
	ids := planIDs(b)
	for _, want := range []string{"complaint:complaint.scotland", "escalation:route.spso", "help:help.pass"} {
		if !slices.Contains(ids, want) {
			t.Errorf("the Scottish plan has no %s: %q", want, ids)
		}
	}
	if slices.Contains(ids, "escalation:route.phso") {
		t.Error("the Scottish plan sends people to the PHSO")
	}
	b.Axe("/plan (Scotland)")
	b.Shot("journey-plan-scotland")
}

// TestUrgentInterrupts (issue 11): answering yes to "Is anyone in danger
// now?" shows what to do at once on the next page, before any other
// question, fitting the care; Continue carries on, and Back from the next
// question returns to it.
func TestUrgentInterrupts(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	// A son whose mother pays for her own care home.
	c := draft.New(guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare}, letter.Details{}, nil, time.Now())
	b.Seed(s.App, c, bt.QuestionPath(flow.QDanger))
	b.ClickOn(bt.Choice(string(guide.Yes)))
	b.WaitFor("the get-help-now card", `!!document.querySelector('.care-card')`)
	b.ClickOn("form button[type=submit]")
	b.OnPage(ui.PathUrgent)
	b.WaitHeading("Get help now")
	if got := bt.Eval[string](b, `document.querySelector('main a[href^="tel:"]').getAttribute('href')`); got != "tel:999" {
		t.Errorf("the first number to call is %q, want tel:999", got)
	}
	steps := bt.Eval[[]string](b, `[...document.querySelectorAll('main .step')].map(e => e.dataset.id)`)
	for _, want := range []string{"urgent.999", "urgent.care-now", "urgent.safeguarding"} {
		if !slices.Contains(steps, want) {
			t.Errorf("urgent page steps %q lack %s", steps, want)
		}
	}
	b.Axe(ui.PathUrgent)
	b.Shot("urgent")

	b.ClickOn(`main a.button[href="` + bt.QuestionPath(flow.QAbuse) + `"]`)
	b.OnPage(bt.QuestionPath(flow.QAbuse))
	b.ClickOn("a.back")
	b.OnPage(ui.PathUrgent)
}

// TestJourneyLinkToPartOfPage: the start page's "See who can help" goes
// to the help on the plan, opened, not to the top of the plan.
func TestJourneyLinkToPartOfPage(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	b.Open(s.App + ui.PathStart)
	b.Press(`main a[href="` + ui.PathPlan + `#help"]`)
	b.OnPage(ui.PathPlan)
	b.WaitFor("focus in the help part, open", `!!document.activeElement?.closest('details#help[open]')`)
	b.WaitFor("the help part in view", `(r => r.top >= -5 && r.top < innerHeight / 2)(document.getElementById('help').getBoundingClientRect())`)
}

// TestJourneyErrors: an empty answer and a future date show the error
// summary, focused, linking to the field, with "Error:" in the title.
func TestJourneyErrors(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	type state struct{ Title, Link, Message, Inline string }
	// submit presses Continue and returns the page's error state once the
	// error summary has focus.
	submit := func() state {
		t.Helper()
		b.Press("form button[type=submit]")
		b.WaitFor("the error summary to take focus", `document.activeElement?.id === `+bt.JS(ui.IDErrorSummary))
		return bt.Eval[state](b, `(a => ({Title: document.title, Link: a?.getAttribute('href') || '', Message: a?.textContent || '',
			Inline: document.querySelector('.error-message')?.textContent || ''}))(`+bt.ErrorSummaryEl+`?.querySelector('a'))`)
	}
	nation := bt.QuestionPath(flow.QNation)
	b.Open(s.App + nation)
	b.OnPage(nation)
	if got, want := submit(), (state{"Error: Where was the care given? - Put It Right", bt.Choice(string(guide.England)), "Select where the care was given", "Error: Select where the care was given"}); got != want {
		t.Errorf("no answer: %+v, want %+v", got, want)
	}
	if h := b.Heading(); h != "Where was the care given?" {
		t.Errorf("heading %q", h)
	}
	if d := bt.Eval[string](b, `document.querySelector('fieldset').getAttribute('aria-describedby')`); !strings.Contains(d, "error") {
		t.Errorf("the fieldset is not described by the error: %q", d)
	}
	b.Axe(nation + " with an error")
	b.Shot("journey-q-nation-error")
	// The link in the summary moves focus to the first option, keeping the
	// page as it was, error and all.
	b.Keys("\t")
	if !b.ActiveMatches("#" + ui.IDErrorSummary + " a") {
		t.Fatal("Tab from the error summary does not reach its link")
	}
	b.Enter()
	b.WaitFor("focus on the first option", `document.activeElement === document.querySelector(`+bt.JS(bt.Choice(string(guide.England)))+`)`)
	if !bt.Eval[bool](b, `!!`+bt.ErrorSummaryEl+` && !!document.querySelector('.error-message') && document.title.startsWith('Error: ')`) {
		t.Error("following the error summary link cleared the error")
	}
	// Choosing an answer and continuing clears the error.
	b.Keys(" ")
	b.Press("form button[type=submit]")
	b.OnPage(bt.QuestionPath(flow.QService))
	if bt.Eval[bool](b, `!!`+bt.ErrorSummaryEl+` || document.title.startsWith('Error')`) {
		t.Errorf("the error is still there on the next page: %q", bt.Eval[string](b, `document.title`))
	}

	// A date in the future: its error, with what was typed kept.
	happened := bt.QuestionPath(flow.QHappened)
	next := strconv.Itoa(time.Now().Year() + 1)
	b.Open(s.App + happened)
	b.OnPage(happened)
	b.TabTo("#month")
	b.Keys("12")
	b.TabTo("#year")
	b.Keys(next)
	if got := submit(); !strings.HasPrefix(got.Title, "Error: ") || got.Link != "#month" || got.Message != "The date must be today or in the past" {
		t.Errorf("a future date: %+v", got)
	}
	if !bt.Eval[bool](b, `document.getElementById('month').getAttribute('aria-invalid') === 'true'`) {
		t.Error("the month box is not marked invalid")
	}
	if v := b.Value("#year"); v != next {
		t.Errorf("the typed year was lost: %q", v)
	}
	b.Axe(happened + " with a future date")
	b.Shot("journey-q-happened-error")
	// A month that is not a month, on a 320 px screen, which the error
	// does not make wider.
	b.SetViewport(320, 640)
	b.TabTo("#month")
	b.Keys(kb.End + kb.Backspace + kb.Backspace + "13")
	if got := submit(); got.Message != "Enter the month as a number from 1 to 12" {
		t.Errorf("month 13: %+v", got)
	}
	if sw := bt.Eval[int](b, `document.documentElement.scrollWidth`); sw > 320 {
		t.Errorf("%s with an error at 320 px is %d px wide", happened, sw)
	}
}

// TestJourneySmallScreens: at 320 CSS px wide, and at 640 px with 200%
// zoom, no page scrolls sideways, and every tap target is at least 24×24.
func TestJourneySmallScreens(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	b.Seed(s.App, draft.New(guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, SocialCareToo: guide.No, Danger: guide.Yes,
		Abuse: guide.No, Person: guide.ForDeceased, Happened: monthsAgo(14), FoundOut: monthsAgo(2), Stage: guide.FinalResponse, Sent: monthsAgo(1),
		Outcomes: []guide.Outcome{guide.OutExplanation, guide.OutMoney, guide.OutDiscipline}, Harm: guide.HarmDeath, Legal: guide.Yes, Offer: guide.Yes}, letter.Details{}, nil, time.Now()), "")
	metrics := func(w, h int64, scale float64) chromedp.Action[chromedp.Void] {
		return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
			_, err := cdp.Call(ctx, t, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
				Width: w, Height: h, DeviceScaleFactor: scale, Mobile: true,
			})
			return chromedp.Void{}, err
		}
	}
	// Tap targets smaller than 24×24, but for links inside a sentence.
	const small = `[...document.querySelectorAll('button, input:not([type=hidden]):not(.choice-input), select, textarea, summary, label.choice-label, main a, .foot a, .top a:not(.skip)')]
		.filter(el => { const r = el.getBoundingClientRect(); return (r.width > 0 || r.height > 0) && (r.width < 24 || r.height < 24) &&
			!(el.tagName === 'A' && [...el.parentElement.childNodes].some(n => n !== el && n.nodeType === 3 && n.textContent.trim() !== '')) })
		.map(el => { const r = el.getBoundingClientRect(), where = e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : '');
			return where(el.parentElement.parentElement) + ' > ' + where(el.parentElement) + ' > ' + el.outerHTML.slice(0, 100) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height) })`
	pages := []string{ui.PathStart, bt.QuestionPath(flow.QNation), bt.QuestionPath(flow.QService), bt.QuestionPath(flow.QOutcomes), bt.QuestionPath(flow.QHappened),
		ui.PathCheck, ui.PathPlan, ui.PathLetters, complaint, bt.LetterPath(guide.LetterOmbudsman), ui.PathData, ui.PathPrivacy}
	for _, sz := range []struct {
		name  string
		w, h  int64
		scale float64
	}{{"320", 320, 640, 1}, {"zoom200", 640, 400, 2}} {
		for _, p := range pages {
			b.Open(s.App + p)
			b.Do(metrics(sz.w, sz.h, sz.scale))
			b.Drawn()
			if sw := bt.Eval[int](b, `document.documentElement.scrollWidth`); sw > int(sz.w) {
				wide := bt.Eval[[]string](b, `[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > `+fmt.Sprint(sz.w)+` + 0.5).slice(0, 5).map(e => e.outerHTML.slice(0, 100))`)
				t.Errorf("%s at %s: the page is %d px wide, want at most %d; too wide: %q", p, sz.name, sw, sz.w, wide)
			}
			if sz.name == "320" {
				for _, bad := range bt.Eval[[]string](b, small) {
					t.Errorf("%s at 320 px: tap target smaller than 24×24: %s", p, bad)
				}
			}
		}
	}
	b.Do(func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, t, emulation.ClearDeviceMetricsOverride, cdp.Empty{})
		return chromedp.Void{}, err
	})
	b.Shot("journey-plan-danger")
}

// TestJourneyWithoutWasm: the prerendered pages carry the essentials, and
// when the wasm cannot load the page stays readable with a plain message
// that gives 999 and 111.
func TestJourneyWithoutWasm(t *testing.T) {
	s := bt.StartServer(t)
	nation := bt.QuestionPath(flow.QNation)
	for _, p := range []struct {
		path string
		has  []string
	}{
		{ui.PathStart, []string{"If someone is in danger now", `href="tel:999"`, `href="tel:111"`, "Start now", `id="` + ui.IDHeading + `"`}},
		{nation, []string{"Where was the care given?", `id="` + bt.Choice(string(guide.England))[1:] + `"`, "<title>Where was the care given? - Put It Right</title>"}},
	} {
		res, page := bt.HTTPGet(t, "GET", s.App+p.path)
		for _, want := range p.has {
			if res.StatusCode != 200 || !strings.Contains(string(page), want) {
				t.Errorf("the prerendered %s (%d) has no %q", p.path, res.StatusCode, want)
			}
		}
		// A first visit each time: a service worker installed by an earlier
		// visit could serve the wasm from its cache.
		b := bt.Launch(t, bt.Chromium)
		b.Do(func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
			_, err := cdp.Call(ctx, t, network.SetBlockedURLs, network.SetBlockedURLsParams{
				URLPatterns: []*network.BlockPattern{{URLPattern: "*://*:*/*.wasm*", Block: true}},
			})
			return chromedp.Void{}, err
		})
		b.Navigate(s.App + p.path)
		b.WaitFor("the failure message on "+p.path, `!!document.getElementById('boot-failed')`)
		type shown struct {
			Role, Box, Text string
			Heading         bool
		}
		got := bt.Eval[shown](b, `(f => ({Role: f.getAttribute('role'), Box: f.innerText, Text: document.body.innerText,
			Heading: (h => !!h && (r => r.width > 0 && r.height > 0)(h.getBoundingClientRect()) && getComputedStyle(h).visibility !== 'hidden')(`+bt.HeadingEl+`)}))(document.getElementById('boot-failed'))`)
		if got.Role != "alert" || !strings.Contains(got.Box, "999") || !strings.Contains(got.Box, "111") || !strings.Contains(got.Text, p.has[0]) || !got.Heading {
			t.Errorf("%s without the app: the message (role %q) says %q; the page shows the heading: %v, %q: %q", p.path, got.Role, got.Box, got.Heading, p.has[0], got.Text)
		}
		b.Axe(p.path + " without the app")
		if p.path == nation {
			b.Shot("journey-no-wasm")
		}
	}
}
