package e2e

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"putitright/app/draft"
	"putitright/app/guide"
	"putitright/app/letter"
	"putitright/app/ui"
	bt "putitright/internal/browsertest"
)

// The plan on a 390×844 phone: what to do now fits the first screen, the
// rest is folded, and the plan as first shown stays short.

// planPerson is one person whose plan is measured.
type planPerson struct {
	name     string
	a        guide.Answers
	fragment string // partner options, if any
	next     string // the next step, as shown
	help     string // text the free-help line must hold
	urgent   bool   // urgent help comes first
}

func planPeople() []planPerson {
	base := guide.Answers{Nation: guide.England, SocialCareToo: guide.No, Person: guide.Self, Stage: guide.NotRaised,
		Danger: guide.No, Abuse: guide.No, Harm: guide.HarmMinor, Legal: guide.No, Detained: guide.No, Offer: guide.No}
	with := func(f func(*guide.Answers)) guide.Answers { a := base; f(&a); return a }
	return []planPerson{
		{name: "bereaved-hospital", a: with(func(a *guide.Answers) {
			a.Service, a.Person, a.Happened, a.Harm = guide.HospitalInpatient, guide.ForDeceased, monthsAgo(4), guide.HarmDeath
			a.Outcomes = []guide.Outcome{guide.OutExplanation, guide.OutApology, guide.OutProcedures}
		}), next: "Send your complaint to the hospital's complaints team", help: "Ask your council who gives it"},
		{name: "attorney-selffunded-care-home", a: with(func(a *guide.Answers) {
			a.Service, a.Person, a.Authority, a.Happened = guide.SelfFundedCare, guide.ForAdultLacksCapacity, guide.AuthorityLPA, monthsAgo(2)
			a.Outcomes = []guide.Outcome{guide.OutService, guide.OutApology}
		}), next: "Send your complaint to the care home's or care agency's manager", help: "citizensadvice.org.uk"},
		{name: "council-home-care-danger", a: with(func(a *guide.Answers) {
			a.Service, a.Person, a.Happened, a.Stage = guide.CouncilCare, guide.ForAdultConsents, monthsAgo(1), guide.RaisedStaff
			a.Danger, a.Abuse, a.Harm = guide.Yes, guide.Yes, guide.HarmModerate
			a.Outcomes = []guide.Outcome{guide.OutService}
		}), next: "Send your complaint to the council or the care provider", help: "citizensadvice.org.uk", urgent: true},
		{name: "wales-final-response", a: with(func(a *guide.Answers) {
			a.Nation, a.Service, a.Happened, a.Stage = guide.Wales, guide.HospitalOutpatient, monthsAgo(8), guide.FinalResponse
			a.Outcomes = []guide.Outcome{guide.OutExplanation}
		}), next: "Ask the Public Services Ombudsman for Wales to look at it", help: "llaiswales.org"},
		{name: "gp-with-partner", a: with(func(a *guide.Answers) {
			a.Service, a.Happened, a.Harm = guide.GP, monthsAgo(1), guide.HarmNone
			a.Outcomes = []guide.Outcome{guide.OutExplanation, guide.OutApology}
		}), fragment: "partner=Example%20Advocacy&advocacy-phone=0300%20000%200000&advocacy-web=https%3A%2F%2Fadvocacy.example",
			next: "Send your complaint to the GP practice's manager", help: "Call 0300 000 0000"},
		{name: "private-dentist", a: with(func(a *guide.Answers) {
			a.Service, a.Happened = guide.PrivateDentist, monthsAgo(2)
			a.Outcomes = []guide.Outcome{guide.OutMoney, guide.OutPutRight}
		}), next: "Send your complaint to the dental practice's manager", help: "citizensadvice.org.uk"},
	}
}

// planFigures are what the plan measures at 390×844.
type planFigures struct {
	Height float64  `json:"height"` // document height, px
	Words  int      `json:"words"`  // words shown in the main part of the page
	NowEnd float64  `json:"nowEnd"` // bottom of the "what to do now" box, px from the top
	Urgent float64  `json:"urgent"` // top of the urgent box, or -1
	NowTop float64  `json:"nowTop"` // top of the "what to do now" box
	Next   string   `json:"next"`   // the next step
	Help   string   `json:"help"`   // the free-help line
	Letter string   `json:"letter"` // the first letter button's address
	Folds  []string `json:"folds"`  // folded parts' titles
	Opened int      `json:"opened"` // folds open
	TelOK  bool     `json:"telOK"`  // every tel: link is digits only
}

const planMeasureJS = `(() => {
	const r = id => document.getElementById(id)?.getBoundingClientRect();
	const main = document.getElementById('main');
	const words = main.innerText.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length;
	const now = r('now'), urgent = r('urgent');
	return {
		height: document.documentElement.scrollHeight,
		words,
		nowEnd: now ? now.bottom + scrollY : -1,
		nowTop: now ? now.top + scrollY : -1,
		urgent: urgent ? urgent.top + scrollY : -1,
		next: document.getElementById('next-step')?.innerText || '',
		help: document.getElementById('now-help')?.innerText || '',
		letter: document.getElementById('first-letter')?.getAttribute('href') || '',
		folds: [...document.querySelectorAll('details.fold > summary')].map(s => s.innerText.trim()),
		opened: document.querySelectorAll('details.fold[open]').length,
		telOK: [...document.querySelectorAll('a[href^="tel:"]')].every(a => /^tel:\+?[0-9]+$/.test(a.getAttribute('href'))),
	};
})()`

// TestPlanFirstScreen opens the plan of six people on a phone and checks
// the first screen holds what to do now, and the plan as first shown is at
// most 3 screens and 500 words. It logs the figures, folded and unfolded.
func TestPlanFirstScreen(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	b.SetViewport(390, 844)
	for _, pp := range planPeople() {
		t.Run(pp.name, func(t *testing.T) {
			c := draft.New(pp.a, letter.Details{}, nil, time.Now())
			path := ui.PathPlan
			if pp.fragment != "" {
				path += "#" + pp.fragment
			}
			b.Seed(s.App, c, path)
			b.WaitFor("the plan", `!!document.getElementById('now')`)
			f := bt.Eval[planFigures](b, planMeasureJS)
			if f.Next != pp.next {
				t.Errorf("next step = %q, want %q", f.Next, pp.next)
			}
			if !strings.Contains(f.Help, pp.help) {
				t.Errorf("free help = %q, want it to hold %q", f.Help, pp.help)
			}
			if !strings.HasPrefix(f.Letter, ui.PathLetters+"/") {
				t.Errorf("first letter link = %q", f.Letter)
			}
			if f.NowEnd > 844 {
				t.Errorf("what to do now ends at %.0f px, below the first 844 px screen", f.NowEnd)
			}
			if pp.urgent && (f.Urgent < 0 || f.Urgent > f.NowTop) {
				t.Errorf("urgent help at %.0f px, want it before what to do now (%.0f px)", f.Urgent, f.NowTop)
			}
			if !pp.urgent && f.Urgent >= 0 {
				t.Errorf("urgent help shown with no danger")
			}
			if f.Opened != 0 {
				t.Errorf("%d parts open at first, want all folded", f.Opened)
			}
			if !f.TelOK {
				t.Error("a tel: link holds more than digits")
			}
			screens := f.Height / 844
			if screens > 3 {
				t.Errorf("the plan as first shown is %.1f screens, want at most 3", screens)
			}
			if f.Words > 500 {
				t.Errorf("the plan as first shown has %d words, want at most 500", f.Words)
			}
			b.ShotView(filepath.Join(bt.ScreenshotDir(t), "plan-"+pp.name+"-first-390.png"))
			b.Shot("plan-" + pp.name + "-folded")
			// Printing opens every part, and they fold again afterwards.
			if got := bt.Eval[[]int](b, `(() => {
				const n = () => document.querySelectorAll('details.fold[open]').length;
				dispatchEvent(new Event('beforeprint'));
				const during = n();
				dispatchEvent(new Event('afterprint'));
				return [during, n()];
			})()`); len(f.Folds) == 0 || got[0] != len(f.Folds) || got[1] != 0 {
				t.Errorf("%d parts: %d open while printing, %d after; want all, then none", len(f.Folds), got[0], got[1])
			}

			// Every part opens with one tap on its summary.
			for i := range f.Folds {
				fold := `document.querySelectorAll('details.fold')[` + strconv.Itoa(i) + `]`
				b.ClickElement("the summary of "+f.Folds[i], fold+`.querySelector(':scope > summary')`)
				b.WaitFor(f.Folds[i]+" open", fold+`.open`)
			}
			b.WaitFor("every part open", `[...document.querySelectorAll('details.fold')].every(d => d.open)`)
			u := bt.Eval[planFigures](b, planMeasureJS)
			b.Shot("plan-" + pp.name + "-unfolded")
			t.Logf("plan %s: first shown %.1f screens (%.0f px), %d words; what to do now ends at %.0f px; unfolded %.1f screens, %d words; parts %q",
				pp.name, screens, f.Height, f.Words, f.NowEnd, u.Height/844, u.Words, f.Folds)
			if testing.Verbose() {
				fmt.Printf("BENCH plan/%s screens=%.2f words=%d unfolded-screens=%.2f unfolded-words=%d\n", pp.name, screens, f.Words, u.Height/844, u.Words)
			}
		})
	}
}

// TestPlanFeedbackAndResume checks what a button did is said next to it,
// "Add an event" puts the cursor in the new event's first box, a letter
// page can save a draft file, and "Carry on where you left off" goes back
// to the page the person was on.
func TestPlanFeedbackAndResume(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	b.SetViewport(390, 844)
	b.SeedLetter(s.App, letterCase(), guide.LetterComplaint)

	// Downloading: said next to the export buttons, not at the top.
	b.Click("Download as text (.txt)")
	b.WaitFor("the download feedback", `(document.getElementById('feedback-exports')?.innerText || '').includes('Downloading')`)
	near := bt.Eval[float64](b, `Math.abs(document.getElementById('feedback-exports').getBoundingClientRect().top - document.querySelector('#exports .actions').getBoundingClientRect().bottom)`)
	if near > 60 {
		t.Errorf("the feedback is %.0f px from the export buttons", near)
	}
	if got := bt.Eval[string](b, `document.getElementById('feedback-exports').getAttribute('role')`); got != "status" {
		t.Errorf("the feedback has role %q, want status (read out by screen readers)", got)
	}
	if bt.Eval[bool](b, `[...document.querySelectorAll('.banners .notice')].some(e => e.innerText.trim() !== '')`) {
		t.Error("the feedback is shown at the top of the page too")
	}

	// Save a draft file from the letter page.
	b.Click("Save a draft file")
	b.WaitFor("the save feedback", `(document.getElementById('feedback-letter-save')?.innerText || '').includes('Downloading your draft file')`)

	// Add an event: the cursor goes to the new event's day.
	b.Type(eventBox, "The nurse did not come.")
	b.Click("Add an event")
	b.WaitFor("the cursor in event 2's day", `document.activeElement === document.querySelector(`+bt.JS(bt.Detail(letter.FEvents)+"-2-day")+`)`)
	b.Shot("letter-feedback")

	// Carry on where you left off: back to this letter.
	b.Open(s.App + ui.PathStart)
	b.WaitFor("the carry-on button", `!!document.getElementById('carry-on')`)
	if got := bt.Eval[string](b, `document.getElementById('carry-on').getAttribute('href')`); got != complaint {
		t.Errorf("carry on goes to %q, want %s", got, complaint)
	}
	b.Click("Carry on where you left off")
	b.WaitHeading("Formal complaint")
}
