package e2e

// Journeys through the real app by keyboard only, the browser's Back
// button, Change links, the error summary, accessibility (axe-core on every
// page), small screens and zoom, and the page without its wasm.

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"putitright/app/ui"

	bt "putitright/internal/browsertest"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"putitright/app/draft"
	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/letter"
)

// journeyAnswer is what to enter on one question page.
type journeyAnswer struct {
	id     flow.ID
	values []string // radio: one value; checkboxes: values in page order
	ago    int      // month questions: this many months before now
	empty  bool     // month questions: leave both boxes empty
	again  bool     // answered before, so the old answer may show
}

// jChooseRadio selects value in the radio group by keyboard: Tab into the
// group, then the arrow keys (which select as they move) or Space.
func chooseRadio(b *bt.Browser, value string) {
	b.T.Helper()
	b.TabTo(`input[type=radio][name=value]`)
	want := "#value-" + value
	for range 30 {
		if b.ActiveMatches(want) {
			if !b.ActiveMatches(":checked") {
				b.Keys(" ")
			}
			if !bt.Eval[bool](b, `document.querySelector(`+bt.JS(want)+`).checked`) {
				b.T.Fatalf("%s is not checked after Space", want)
			}
			return
		}
		b.Keys(kb.ArrowDown)
	}
	b.T.Fatalf("the arrow keys never reached %s", want)
}

// jTick checks the checkboxes by keyboard: Tab to each and press Space.
func tick(b *bt.Browser, values ...string) {
	b.T.Helper()
	for _, v := range values {
		sel := "#value-" + v
		b.TabTo(sel)
		if !b.ActiveMatches(":checked") {
			b.Keys(" ")
		}
		if !b.ActiveMatches(":checked") {
			b.T.Fatalf("%s is not checked after Space", sel)
		}
	}
}

// jTypeMonth types a month and year into the date boxes by keyboard.
func typeMonth(b *bt.Browser, month, year string) {
	b.T.Helper()
	b.TabTo("#month")
	b.Keys(month)
	b.TabTo("#year")
	b.Keys(year)
}

// jAnswerPage fills in one question page by keyboard and continues. It
// checks the page first: the heading, focus on it, and axe.
func answerPage(b *bt.Browser, a journeyAnswer, name string) {
	b.T.Helper()
	q, ok := flow.Lookup(a.id)
	if !ok {
		b.T.Fatalf("no question %q", a.id)
	}
	b.WaitHeading(q.Heading(bt.English(b.T)))
	b.HeadingFocused(string(a.id))
	if path := bt.Eval[string](b, `location.pathname`); path != "/q/"+string(a.id) {
		b.T.Errorf("question %q is at %s", a.id, path)
	}
	if !a.again {
		// A question not answered yet shows nothing chosen or typed, even
		// though the page before had the same kind of inputs.
		if got := bt.Eval[[]string](b, `[...document.querySelectorAll('main input')].filter(i => i.checked || (i.type === 'text' && i.value !== '')).map(i => i.id)`); len(got) > 0 {
			b.T.Errorf("%s: the new question %q arrives with %q already chosen or filled in", name, a.id, got)
		}
	}
	b.Axe(name + " /q/" + string(a.id))
	switch {
	case q.Kind == flow.Month && !a.empty:
		m, y := monthsAgo(a.ago)
		typeMonth(b, m, y)
	case q.Kind == flow.Radio:
		chooseRadio(b, a.values[0])
	case q.Kind == flow.Checkbox:
		tick(b, a.values...)
	}
	b.Press("form button[type=submit]")
}

// jWalk goes from the start page to the plan by keyboard only. shots names
// the question pages to photograph.
func walkByKeyboard(b *bt.Browser, name string, answers []journeyAnswer, shots map[flow.ID]string) {
	b.T.Helper()
	b.WaitHeading("Get your complaint about NHS or social care heard")
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
	for _, a := range answers {
		if shot, ok := shots[a.id]; ok {
			q, _ := flow.Lookup(a.id)
			b.WaitHeading(q.Heading(bt.English(b.T)))
			b.Shot(shot)
		}
		answerPage(b, a, name)
	}
	b.WaitHeading("Check your answers")
	b.HeadingFocused("the check page")
	b.Axe(name + " /check")
	b.Press(`a.button[href="/plan"]`)
	b.WaitHeading("Your plan")
	b.HeadingFocused("the plan")
	b.Axe(name + " /plan")
}

// planIDs lists the plan's steps as "section:data-id".
func planIDs(b *bt.Browser) []string {
	b.T.Helper()
	return bt.Eval[[]string](b, `[...document.querySelectorAll('main [data-id]')].map(e => (e.closest('section, details.fold')?.id || '?') + ':' + e.dataset.id)`)
}

// planLetters lists the letters the plan links to, in order.
func planLetters(b *bt.Browser) []string {
	b.T.Helper()
	return bt.Eval[[]string](b, `[...document.querySelectorAll('#letters a[href^="/letters/"]')].map(a => a.getAttribute('href').slice(9))`)
}

func checkPlan(t *testing.T, ids, letters []string, urgent []string, has, not []string, wantLetters []string) {
	t.Helper()
	t.Logf("plan: %q", ids)
	t.Logf("letters: %q", letters)
	var gotUrgent []string
	for _, id := range ids {
		if sec, id, _ := strings.Cut(id, ":"); sec == "urgent" {
			gotUrgent = append(gotUrgent, id)
		}
	}
	if !slices.Equal(gotUrgent, urgent) {
		t.Errorf("urgent steps: got %q, want %q", gotUrgent, urgent)
	}
	for _, h := range has {
		if !slices.Contains(ids, h) {
			t.Errorf("the plan has no %s", h)
		}
	}
	for _, n := range not {
		if slices.Contains(ids, n) {
			t.Errorf("the plan should not have %s", n)
		}
	}
	if !slices.Equal(letters, wantLetters) {
		t.Errorf("letters: got %q, want %q", letters, wantLetters)
	}
}

func TestJourneyKeyboardGP(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	b.Open(s.App + ui.PathStart)
	b.Shot("journey-start")
	walkByKeyboard(b, "GP", []journeyAnswer{
		{id: flow.QNation, values: []string{"england"}},
		{id: flow.QService, values: []string{"gp"}},
		{id: flow.QSocialCare, values: []string{"no"}},
		{id: flow.QDanger, values: []string{"no"}},
		{id: flow.QAbuse, values: []string{"no"}},
		{id: flow.QPerson, values: []string{"self"}},
		{id: flow.QHappened, ago: 3},
		{id: flow.QFoundOut, empty: true},
		{id: flow.QStage, values: []string{"not-raised"}},
		{id: flow.QOutcomes, values: []string{"explanation", "apology"}},
		{id: flow.QHarm, values: []string{"minor"}},
		{id: flow.QLegal, values: []string{"no"}},
	}, map[flow.ID]string{flow.QNation: "journey-q-nation", flow.QService: "journey-q-service", flow.QHappened: "journey-q-happened", flow.QOutcomes: "journey-q-outcomes"})
	checkPlan(t, planIDs(b), planLetters(b), nil,
		[]string{"complaint:complaint.provider", "complaint:complaint.icb", "complaint:complaint.one-or-other",
			"complaint:duty.acknowledge", "complaint:duty.respond", "complaint:next.not-raised",
			"escalation:route.phso", "report:report.cqc", "help:help.advocacy"},
		[]string{"escalation:route.lgsco", "warnings:warn.late", "warnings:warn.limitation.death"},
		[]string{"complaint"})
	if txt := bt.Eval[string](b, `document.querySelector('#complaint .time-limit')?.textContent || ''`); !strings.Contains(txt, "Your deadline is") {
		t.Errorf("the time limit box says %q, want a deadline", txt)
	}
	b.Shot("journey-plan-gp")

	// The ombudsman, in two outcome cards (explanation and apology), is
	// explained once, under "If you are still not happy"; the cards link there.
	if n := bt.Eval[int](b, `[...document.querySelectorAll('#outcomes .route')].filter(e => e.textContent.includes('ombudsman') && e.querySelector('.expect, .cannot')).length`); n != 0 {
		t.Errorf("the ombudsman route is explained %d times in the outcome cards, want 0", n)
	}
	if n := bt.Eval[int](b, `document.querySelectorAll('#outcomes a[href="#escalation"]').length`); n != 2 {
		t.Errorf("%d outcome cards link to the ombudsman under If you are still not happy, want 2", n)
	}

	// On to the complaint letter, still by keyboard: open the letters part.
	if !bt.Eval[bool](b, `document.getElementById('letters').open`) {
		b.Press(`#letters > summary`)
		b.WaitFor("the letters part open", `document.getElementById('letters').open`)
	}
	b.Press(`#letters a[href="/letters/complaint"]`)
	b.WaitFor("the complaint letter", `location.pathname === '/letters/complaint' && !!`+bt.PreviewEl)
	b.HeadingFocused("the complaint letter")
	b.Axe("/letters/complaint")
	b.Shot("journey-letter-complaint")

	// The other pages, opened directly.
	for _, p := range []struct{ path, heading, shot string }{
		{"/letters", "Your letters", "journey-letters"},
		{"/your-data", "Your draft and this device", "journey-your-data"},
		{"/privacy", "Privacy", "journey-privacy"},
	} {
		b.Open(s.App + p.path)
		b.WaitHeading(p.heading)
		b.Axe(p.path)
		b.Shot(p.shot)
	}
}

func TestJourneyKeyboardBereaved(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	b.Open(s.App + ui.PathStart)
	walkByKeyboard(b, "bereaved", []journeyAnswer{
		{id: flow.QNation, values: []string{"england"}},
		{id: flow.QService, values: []string{"hospital-inpatient"}},
		{id: flow.QSocialCare, values: []string{"no"}},
		{id: flow.QDanger, values: []string{"no"}},
		{id: flow.QAbuse, values: []string{"no"}},
		{id: flow.QPerson, values: []string{"deceased"}},
		{id: flow.QHappened, ago: 14},
		{id: flow.QFoundOut, ago: 2},
		{id: flow.QStage, values: []string{"final-response"}},
		{id: flow.QSent, ago: 1},
		{id: flow.QResponded, ago: 0},
		{id: flow.QOutcomes, values: []string{"explanation", "money"}},
		{id: flow.QHarm, values: []string{"death"}},
		{id: flow.QLegal, values: []string{"yes"}},
		{id: flow.QOffer, values: []string{"no"}},
	}, map[flow.ID]string{flow.QPerson: "journey-q-person"})
	checkPlan(t, planIDs(b), planLetters(b), nil,
		[]string{"complaint:who.deceased", "complaint:next.final", "complaint:complaint.after-final", "escalation:route.phso",
			"warnings:warn.limitation", "warnings:warn.limitation.death", "outcomes:outcome.explanation.candour",
			"outcomes:outcome.explanation.after", "warnings:warn.legal-complaint", "help:help.avma"},
		// The duty of candour is in the explanation card, so it is not
		// repeated as a warning. The death was 14 months ago, so the
		// medical examiner has finished; the final reply has come, so the
		// organisation's first chance is over.
		[]string{"complaint:next.not-raised", "escalation:route.lgsco", "warnings:warn.limitation.child",
			"warnings:warn.candour", "warnings:warn.medical-examiner", "outcomes:outcome.explanation.medical-examiner",
			"escalation:route.local-first", "complaint:complaint.icb"},
		[]string{"records", "meeting", "reply", "ombudsman"})
	b.Shot("journey-plan-bereaved")

	// A folded part of the plan opens with Enter on its heading; focus
	// stays there, and Tab then goes into it.
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

func TestJourneyKeyboardCareHomeLPA(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	b.Open(s.App + ui.PathStart)
	walkByKeyboard(b, "care home", []journeyAnswer{
		{id: flow.QNation, values: []string{"england"}},
		{id: flow.QService, values: []string{"self-funded-care"}},
		{id: flow.QDanger, values: []string{"no"}},
		{id: flow.QAbuse, values: []string{"no"}},
		{id: flow.QPerson, values: []string{"adult-no-capacity"}},
		{id: flow.QAuthority, values: []string{"lpa"}},
		{id: flow.QHappened, ago: 5},
		{id: flow.QFoundOut, empty: true},
		{id: flow.QStage, values: []string{"not-raised"}},
		{id: flow.QOutcomes, values: []string{"procedures"}},
		{id: flow.QHarm, values: []string{"none"}},
		{id: flow.QLegal, values: []string{"no"}},
	}, map[flow.ID]string{flow.QAuthority: "journey-q-authority"})
	checkPlan(t, planIDs(b), planLetters(b), nil,
		[]string{"complaint:complaint.care-provider", "complaint:who.lpa", "escalation:route.lgsco", "escalation:route.lgsco-time", "report:report.cqc"},
		[]string{"escalation:route.phso", "complaint:complaint.icb", "help:help.advocacy", "warnings:warn.limitation"},
		[]string{"complaint", "consent"})
	b.Shot("journey-plan-care-home")
}

// TestJourneyBackAndChange: the browser's Back button goes to the previous
// question with its answer still selected, and a Change link on the check
// page goes to the question and comes back to the check page.
func TestJourneyBackAndChange(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	b.Open(s.App + "/q/nation")
	answerPage(b, journeyAnswer{id: flow.QNation, values: []string{"scotland"}}, "back")
	answerPage(b, journeyAnswer{id: flow.QService, values: []string{"gp"}}, "back")
	social, _ := flow.Lookup(flow.QSocialCare)
	b.WaitHeading(social.Heading(bt.English(t)))

	back := func(id flow.ID, checked string) {
		t.Helper()
		b.Do(chromedp.NavigateBack())
		q, _ := flow.Lookup(id)
		b.WaitHeading(q.Heading(bt.English(t)))
		b.WaitFor(checked+" still selected", `!!document.querySelector('#value-`+checked+`')?.checked`)
		if n := bt.Eval[int](b, `document.querySelectorAll('input[name=value]:checked').length`); n != 1 {
			t.Errorf("%d options are selected on %s, want 1", n, id)
		}
	}
	back(flow.QService, "gp")
	back(flow.QNation, "scotland")
	b.Do(chromedp.NavigateForward())
	b.WaitHeading("What kind of service is it about?")
	b.WaitFor("gp still selected", `!!document.querySelector('#value-gp')?.checked`)

	// Carry on by keyboard from the service page to the check page.
	for _, a := range []journeyAnswer{
		{id: flow.QService, values: []string{"gp"}, again: true},
		{id: flow.QSocialCare, values: []string{"no"}},
		{id: flow.QDanger, values: []string{"no"}},
		{id: flow.QAbuse, values: []string{"no"}},
		{id: flow.QPerson, values: []string{"self"}},
		{id: flow.QHappened, ago: 2},
		{id: flow.QFoundOut, empty: true},
		{id: flow.QStage, values: []string{"not-raised"}},
		{id: flow.QOutcomes, values: []string{"apology"}},
		{id: flow.QHarm, values: []string{"none"}},
		{id: flow.QLegal, values: []string{"no"}},
	} {
		answerPage(b, a, "change")
	}
	b.WaitHeading("Check your answers")
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
	b.Press(`a[href="/q/harm"]`)
	b.WaitHeading("How serious was the harm?")
	b.HeadingFocused("the harm question")
	if !bt.Eval[bool](b, `document.getElementById('value-none').checked`) {
		t.Error("the old answer is not selected after Change")
	}
	if href := bt.Eval[string](b, `document.querySelector('main a.back')?.getAttribute('href') || ''`); href != "/check" {
		t.Errorf("the back link after Change goes to %q, want /check", href)
	}
	chooseRadio(b, "moderate")
	b.Press("form button[type=submit]")
	b.WaitHeading("Check your answers")
	b.HeadingFocused("the check page after a change")
	if got := row("How serious the harm was"); got != "Moderate or serious harm" {
		t.Errorf("harm row says %q after the change", got)
	}

	// A change that makes a new question matter asks it before going back.
	b.Press(`a[href="/q/outcomes"]`)
	b.WaitHeading("What do you want to happen?")
	b.HeadingFocused("the outcomes question after Change")
	tick(b, "money")
	b.Press("form button[type=submit]")
	b.WaitHeading("Have they offered you money?")
	b.HeadingFocused("the new question about money")
	chooseRadio(b, "no")
	b.Press("form button[type=submit]")
	b.WaitHeading("Check your answers")
	if got := row("What you want"); got != "An apology\nMoney" {
		t.Errorf("outcomes row says %q after the change", got)
	}
	if got := row("Offered money"); got != "No" {
		t.Errorf("offer row says %q after the change", got)
	}
	// Scotland: the plan routes to the SPSO.
	b.Press(`a.button[href="/plan"]`)
	b.WaitHeading("Your plan")
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

// TestJourneyLinkToPartOfPage: the start page's "See who can help" goes
// to the help on the plan, not to the top of the plan.
func TestJourneyLinkToPartOfPage(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	b.Open(s.App + ui.PathStart)
	b.Press(`main a[href="/plan#help"]`)
	b.WaitHeading("Your plan")
	b.WaitFor("focus in the help section", `!!document.activeElement?.closest('#help')`)
	b.WaitFor("the help section in view", `(r => r.top >= -5 && r.top < innerHeight / 2)(document.getElementById('help').getBoundingClientRect())`)
}

// TestJourneyErrors: an empty answer and a future date show the error
// summary, focused, linking to the field, with "Error:" in the title.
func TestJourneyErrors(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	b.Open(s.App + "/q/nation")
	b.HeadingFocused("/q/nation")
	b.Press("form button[type=submit]")
	b.WaitFor("the error summary to take focus", `document.activeElement?.id === `+bt.JS(ui.IDErrorSummary))
	if title := bt.Eval[string](b, `document.title`); !strings.HasPrefix(title, "Error: ") {
		t.Errorf("title %q does not start with Error:", title)
	}
	if h := b.Heading(); h != "Where was the care given?" {
		t.Errorf("heading %q", h)
	}
	link := bt.Eval[string](b, `document.querySelector(`+bt.JS("#"+ui.IDErrorSummary+" a")+`)?.getAttribute('href') || ''`)
	if link != "#value-england" {
		t.Errorf("the error summary links to %q, want #value-england", link)
	}
	if msg := bt.Eval[string](b, `document.querySelector(`+bt.JS("#"+ui.IDErrorSummary+" a")+`).textContent`); msg != "Select where the care was given" {
		t.Errorf("error message %q", msg)
	}
	if msg := bt.Eval[string](b, `document.querySelector('.error-message')?.textContent || ''`); msg != "Error: Select where the care was given" {
		t.Errorf("inline error %q", msg)
	}
	if d := bt.Eval[string](b, `document.querySelector('fieldset').getAttribute('aria-describedby')`); !strings.Contains(d, "error") {
		t.Errorf("the fieldset is not described by the error: %q", d)
	}
	b.Axe("/q/nation with an error")
	b.Shot("journey-q-nation-error")
	// The link in the summary moves focus to the first option.
	b.Keys("\t")
	if !b.ActiveMatches("#error-summary a") {
		t.Fatal("Tab from the error summary does not reach its link")
	}
	b.Enter()
	b.WaitFor("focus on the first option", `document.activeElement?.id === 'value-england'`)
	// Following the link keeps the page as it was, error and all.
	if !bt.Eval[bool](b, `!!`+bt.ErrorSummaryEl+` && !!document.querySelector('.error-message')`) {
		t.Error("following the error summary link cleared the error")
	}
	if title := bt.Eval[string](b, `document.title`); !strings.HasPrefix(title, "Error: ") {
		t.Errorf("after following the error link the title is %q", title)
	}
	// Choosing an answer and continuing clears the error.
	b.Keys(" ")
	b.Press("form button[type=submit]")
	b.WaitHeading("What kind of service is it about?")
	if bt.Eval[bool](b, `!!`+bt.ErrorSummaryEl) {
		t.Error("the error summary is still there on the next page")
	}
	if title := bt.Eval[string](b, `document.title`); strings.HasPrefix(title, "Error") {
		t.Errorf("the next page's title is %q", title)
	}

	// A date in the future.
	b.Open(s.App + "/q/happened")
	b.HeadingFocused("/q/happened")
	typeMonth(b, "12", strconv.Itoa(time.Now().Year()+1))
	b.Press("form button[type=submit]")
	b.WaitFor("the error summary to take focus", `document.activeElement?.id === `+bt.JS(ui.IDErrorSummary))
	if msg := bt.Eval[string](b, `document.querySelector(`+bt.JS("#"+ui.IDErrorSummary+" a")+`).textContent`); msg != "The date must be today or in the past" {
		t.Errorf("future date error %q", msg)
	}
	if link := bt.Eval[string](b, `document.querySelector(`+bt.JS("#"+ui.IDErrorSummary+" a")+`).getAttribute('href')`); link != "#month" {
		t.Errorf("the future date error links to %q, want #month", link)
	}
	if !bt.Eval[bool](b, `document.getElementById('month').getAttribute('aria-invalid') === 'true'`) {
		t.Error("the month box is not marked invalid")
	}
	if v := bt.Eval[string](b, `document.getElementById('year').value`); v != strconv.Itoa(time.Now().Year()+1) {
		t.Errorf("the typed year was lost: %q", v)
	}
	if title := bt.Eval[string](b, `document.title`); !strings.HasPrefix(title, "Error: ") {
		t.Errorf("title %q does not start with Error:", title)
	}
	b.Axe("/q/happened with a future date")
	b.Shot("journey-q-happened-error")

	// A month that is not a month.
	b.TabTo("#month")
	b.Do(chromedp.KeyEvent(kb.Backspace), chromedp.KeyEvent(kb.Backspace))
	b.Keys("13")
	b.Press("form button[type=submit]")
	b.WaitFor("the month error", `(document.querySelector(`+bt.JS("#"+ui.IDErrorSummary+" a")+`)?.textContent || '') === 'Enter the month as a number from 1 to 12'`)
}

// layoutPages are the pages the small-screen checks visit.
var layoutPages = []string{"/", "/q/nation", "/q/service", "/q/outcomes", "/q/happened", "/check", "/plan", "/letters", "/letters/complaint", "/letters/ombudsman", "/your-data", "/privacy"}

// TestJourneySmallScreens: at 320 CSS px wide, and at 640 px with 200%
// zoom, no page scrolls sideways, and every tap target is at least 24×24.
func TestJourneySmallScreens(t *testing.T) {
	s := bt.StartServer(t)
	b := bt.Launch(t, bt.Chromium)
	now := time.Now()
	m := func(n int) guide.Date {
		d := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
		return guide.MonthOf(d.Year(), d.Month())
	}
	b.Seed(s.App, draft.New(guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, SocialCareToo: guide.No, Danger: guide.Yes,
		Abuse: guide.No, Person: guide.ForDeceased, Happened: m(14), FoundOut: m(2), Stage: guide.FinalResponse, Sent: m(1),
		Outcomes: []guide.Outcome{guide.OutExplanation, guide.OutMoney, guide.OutDiscipline}, Harm: guide.HarmDeath, Legal: guide.Yes, Offer: guide.Yes}, letter.Details{}, nil, time.Now()), "")

	metrics := func(w, h int64, scale float64) chromedp.Action[chromedp.Void] {
		return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
			_, err := cdp.Call(ctx, t, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
				Width: w, Height: h, DeviceScaleFactor: scale, Mobile: true,
			})
			return chromedp.Void{}, err
		}
	}
	type size struct {
		name  string
		w, h  int64
		scale float64
	}
	const targets = `(() => {
		const bad = [];
		const inSentence = (el) => {
			const p = el.parentElement;
			if (!p) return false;
			for (const n of p.childNodes) {
				if (n !== el && n.nodeType === 3 && n.textContent.trim() !== '') return true;
			}
			return false;
		};
		for (const el of document.querySelectorAll('button, input:not([type=hidden]):not(.choice-input), select, textarea, summary, label.choice-label, main a, .foot a, .top a:not(.skip)')) {
			const r = el.getBoundingClientRect();
			if (r.width === 0 && r.height === 0) continue; // not shown
			if (el.tagName === 'A' && inSentence(el)) continue; // inline in a sentence: exempt
			const where = (e) => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : '');
			if (r.width < 24 || r.height < 24) bad.push(where(el.parentElement.parentElement) + ' > ' + where(el.parentElement) + ' > ' + el.outerHTML.slice(0, 100) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
		}
		return bad;
	})()`
	for _, sz := range []size{{"320", 320, 640, 1}, {"zoom200", 640, 400, 2}} {
		b.Do(metrics(sz.w, sz.h, sz.scale))
		for _, p := range layoutPages {
			b.Open(s.App + p)
			b.Do(metrics(sz.w, sz.h, sz.scale))
			b.Drawn()
			sw := bt.Eval[int](b, `document.documentElement.scrollWidth`)
			if sw > int(sz.w) {
				wide := bt.Eval[[]string](b, `[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > `+fmt.Sprint(sz.w)+` + 0.5).slice(0, 5).map(e => e.outerHTML.slice(0, 100))`)
				t.Errorf("%s at %s: the page is %d px wide, want at most %d; too wide: %q", p, sz.name, sw, sz.w, wide)
			}
			if sz.name == "320" {
				for _, bad := range bt.Eval[[]string](b, targets) {
					t.Errorf("%s at 320 px: tap target smaller than 24×24: %s", p, bad)
				}
			}
		}
	}
	// A question in its error state at 320 px.
	b.Open(s.App + "/q/happened")
	b.Do(metrics(320, 640, 1))
	b.TabTo("#month")
	b.Do(chromedp.KeyEvent(kb.End), chromedp.KeyEvent(kb.Backspace), chromedp.KeyEvent(kb.Backspace))
	b.Keys("13")
	b.Press("form button[type=submit]")
	b.WaitFor("the error summary", `!!`+bt.ErrorSummaryEl)
	if sw := bt.Eval[int](b, `document.documentElement.scrollWidth`); sw > 320 {
		t.Errorf("/q/happened with an error at 320 px is %d px wide", sw)
	}
	b.Do(func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, t, emulation.ClearDeviceMetricsOverride, cdp.Empty{})
		return chromedp.Void{}, err
	})
	b.Shot("journey-plan-danger")
}

// getBody fetches a page with plain HTTP, as a browser without JavaScript would.
func getBody(t *testing.T, url string) string {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != 200 {
		t.Fatalf("GET %s: %s", url, res.Status)
	}
	return string(body)
}

// TestJourneyWithoutWasm: the prerendered pages carry the essentials, and
// when the wasm cannot load the page stays readable with a plain message.
func TestJourneyWithoutWasm(t *testing.T) {
	s := bt.StartServer(t)
	start := getBody(t, s.App+ui.PathStart)
	for _, want := range []string{"If someone is in danger now", `href="tel:999"`, `href="tel:111"`, "Start now", `id="` + ui.IDHeading + `"`} {
		if !strings.Contains(start, want) {
			t.Errorf("the prerendered start page has no %q", want)
		}
	}
	nation := getBody(t, s.App+"/q/nation")
	for _, want := range []string{"Where was the care given?", `id="value-england"`, "<title>Where was the care given? - Put It Right</title>"} {
		if !strings.Contains(nation, want) {
			t.Errorf("the prerendered /q/nation has no %q", want)
		}
	}

	var b *bt.Browser
	for _, p := range []struct{ path, text string }{
		{"/", "If someone is in danger now"},
		{"/q/nation", "Where was the care given?"},
	} {
		// A first visit each time: a service worker installed by an earlier
		// visit could serve the wasm from its cache.
		b = bt.Launch(t, bt.Chromium)
		b.Do(func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
			_, err := cdp.Call(ctx, t, network.SetBlockedURLs, network.SetBlockedURLsParams{
				URLPatterns: []*network.BlockPattern{{URLPattern: "*://*:*/*.wasm*", Block: true}},
			})
			return chromedp.Void{}, err
		})
		b.Do(chromedp.Navigate(s.App + p.path))
		b.WaitFor("the failure message on "+p.path, `!!document.getElementById('boot-failed')`)
		box := bt.Eval[string](b, `document.getElementById('boot-failed').innerText`)
		if role := bt.Eval[string](b, `document.getElementById('boot-failed').getAttribute('role')`); role != "alert" {
			t.Errorf("%s: the failure message has role %q, want alert", p.path, role)
		}
		if !strings.Contains(box, "999") || !strings.Contains(box, "111") {
			t.Errorf("%s: the failure message does not give 999 and 111: %q", p.path, box)
		}
		text := bt.Eval[string](b, `document.body.innerText`)
		if !strings.Contains(text, p.text) {
			t.Errorf("%s: the page without the app does not show %q: %q", p.path, p.text, text)
		}
		if !bt.Eval[bool](b, `(() => { const h = `+bt.HeadingEl+`; if (!h) return false; const r = h.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(h).visibility !== 'hidden'; })()`) {
			t.Errorf("%s: the prerendered heading is not visible without the app", p.path)
		}
		b.Axe(p.path + " without the app")
	}
	b.Shot("journey-no-wasm")
}
