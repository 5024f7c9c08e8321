package letter

import (
	"slices"
	"strings"
	"testing"
	"time"

	"putitright/app/guide"
)

// dateCase is one set of dates, and the day the plan and letters are
// made on.
type dateCase struct {
	name               string
	today              time.Time
	happened, foundOut guide.Date
	sent, responded    guide.Date
	event              guide.Date // the first event in the letter's details, if any
}

func on(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 11, 0, 0, 0, time.UTC) }

// dateCases spreads the dates over the edges of the rules: no dates,
// month-only dates well inside, on the boundary and surely late, exactly
// 12 months and a day more, a leap day, finding out later, and a
// month-only date made exact by a letter's event.
var dateCases = []dateCase{
	{name: "no dates", today: on(2026, 11, 21)},
	{name: "month recent", today: on(2026, 11, 21), happened: guide.MonthOf(2026, 8), sent: guide.DayOf(2026, 9, 1)},
	{name: "month on the boundary", today: on(2026, 11, 21), happened: guide.MonthOf(2025, 11), sent: guide.MonthOf(2026, 11)},
	{name: "month surely late", today: on(2026, 11, 21), happened: guide.MonthOf(2025, 6), sent: guide.MonthOf(2026, 3), responded: guide.MonthOf(2026, 5)},
	{name: "exactly 12 months", today: on(2026, 11, 21), happened: guide.DayOf(2025, 11, 21), sent: guide.DayOf(2026, 4, 2)},
	{name: "12 months and a day", today: on(2026, 11, 21), happened: guide.DayOf(2025, 11, 20), sent: guide.DayOf(2025, 12, 20), responded: guide.DayOf(2026, 5, 21)},
	{name: "leap day, last day", today: on(2025, 2, 28), happened: guide.DayOf(2024, 2, 29), sent: guide.DayOf(2024, 8, 1)},
	{name: "leap day, day after", today: on(2025, 3, 1), happened: guide.DayOf(2024, 2, 29), sent: guide.DayOf(2024, 4, 1), responded: guide.DayOf(2024, 8, 31)},
	{name: "found out later", today: on(2026, 11, 21), happened: guide.MonthOf(2023, 5), foundOut: guide.MonthOf(2026, 3), sent: guide.DayOf(2026, 5, 5)},
	{name: "month made exact by an event", today: on(2026, 11, 21), happened: guide.MonthOf(2025, 11), event: guide.DayOf(2025, 11, 25)},
}

var (
	nations  = []guide.Nation{"", guide.England, guide.Wales, guide.Scotland, guide.NorthernIreland, guide.NationUnsure}
	services = []guide.Service{"", guide.HospitalAE, guide.HospitalInpatient, guide.HospitalOutpatient, guide.Maternity,
		guide.MentalHealth, guide.Community, guide.PublicHealth, guide.GP, guide.NHSDentist, guide.PrivateDentist, guide.Pharmacy,
		guide.NHSOptician, guide.PrivateOptician, guide.Ambulance, guide.NHSFundedPrivate, guide.PrivateHealthcare,
		guide.CouncilCare, guide.SelfFundedCare, guide.ChildrenSocialCare, guide.ServiceUnsure}
	stages = []guide.Stage{"", guide.NotRaised, guide.RaisedStaff, guide.RaisedPALS, guide.SentNoAck, guide.Waiting,
		guide.FinalResponse, guide.WithOmbudsman}
	harms = []guide.Harm{"", guide.HarmNone, guide.HarmMinor, guide.HarmModerate, guide.HarmDeath}
)

// person is who is complaining, with the authority held.
type person struct {
	p    guide.Person
	auth guide.Authority
}

var people = []person{{"", ""}, {guide.Self, ""}, {guide.ForAdultConsents, ""}, {guide.ForAdultNoConsent, ""},
	{guide.ForAdultLacksCapacity, guide.AuthorityLPA}, {guide.ForAdultLacksCapacity, guide.AuthorityLPAProperty}, {guide.ForAdultLacksCapacity, guide.AuthorityUnsure},
	{guide.ForAdultLacksCapacity, guide.AuthorityDeputy}, {guide.ForAdultLacksCapacity, guide.AuthorityNone},
	{guide.ForChild, ""}, {guide.YoungPerson, ""}, {guide.ForDeceased, ""}}

var outcomeSets = [][]guide.Outcome{nil, {guide.OutExplanation, guide.OutApology}, {guide.OutService},
	{guide.OutService, guide.OutProcedures, guide.OutExplanation, guide.OutApology, guide.OutDiscipline,
		guide.OutPolice, guide.OutMoney, guide.OutPutRight, guide.OutLetKnow}, {guide.OutMoney, guide.OutDiscipline}}

var yesNoUnsure = []guide.YesNo{"", guide.Yes, guide.No, guide.Unsure}

// TestAnswerSpaceAgreement walks every nation × kind of care × person ×
// stage, and every nation × kind of care × harm × date case, builds the
// plan and every letter it offers (and the complaint and ombudsman
// letters always), and checks that they agree: whether the complaint is
// late, who it can go to, which ombudsman, the letters' titles, the duty
// of candour and free advocacy.
func TestAnswerSpaceAgreement(t *testing.T) {
	n := 0
	walkAnswers(func(a guide.Answers, dc dateCase) {
		n++
		d := Details{}
		if !dc.event.IsZero() {
			d.Events = []Event{{When: dc.event, What: "It happened."}}
		}
		agree(t, a, d, dc.today)
	})
	t.Logf("%d sets of answers checked", n)
}

// walkAnswers calls check with every nation, kind of care, person and
// stage, the other answers turning over so that each meets many of the
// others, then with every nation, kind of care, harm and date case.
func walkAnswers(check func(a guide.Answers, dc dateCase)) {
	i := 0
	for _, nat := range nations {
		for _, s := range services {
			for _, per := range people {
				for _, st := range stages {
					i++
					dc := dateCases[i%len(dateCases)]
					check(answers(nat, s, per, st, harms[i%len(harms)], dc, i), dc)
				}
			}
		}
	}
	for _, nat := range nations {
		for _, s := range services {
			for _, h := range harms {
				for _, dc := range dateCases {
					i++
					check(answers(nat, s, people[i%len(people)], stages[i%len(stages)], h, dc, i), dc)
				}
			}
		}
	}
}

// answers makes one set of answers; i turns over the answers not walked.
func answers(nat guide.Nation, s guide.Service, per person, st guide.Stage, h guide.Harm, dc dateCase, i int) guide.Answers {
	a := guide.Answers{Nation: nat, Service: s, Person: per.p, Authority: per.auth, Stage: st, Harm: h,
		Happened: dc.happened, FoundOut: dc.foundOut, Outcomes: outcomeSets[i%len(outcomeSets)],
		Legal: yesNoUnsure[i%4], Offer: yesNoUnsure[(i/4)%4], Danger: yesNoUnsure[(i/2)%3]}
	if a.Complained() {
		a.Sent = dc.sent
	}
	if st == guide.FinalResponse || st == guide.WithOmbudsman {
		a.Responded = dc.responded
	}
	if i%3 == 0 {
		a.SocialCareToo = guide.Yes
	}
	if s == guide.MentalHealth && i%2 == 0 {
		a.Detained = guide.Yes
	}
	return a
}

// ombudsmanRoutes names the ombudsman each escalation route is.
var ombudsmanRoutes = map[string]guide.Ombudsman{
	"route.phso": guide.PHSO, "route.lgsco": guide.LGSCO, "route.joint": guide.JointPHSOLGSCO,
	"route.children-lgsco": guide.LGSCO, "route.psow": guide.PSOW, "route.spso": guide.SPSO,
	"route.nipso": guide.NIPSO, "route.iscas": guide.ISCAS, "route.dcs": guide.DCS, "route.occs": guide.OCCS,
}

// agree builds the plan and the letters for a and d and reports where
// they disagree.
func agree(t *testing.T, a guide.Answers, d Details, today time.Time) {
	t.Helper()
	// The UI builds the plan from the answers the details make exact.
	p, err := guide.Build(Refine(a, d), guide.Options{Today: today})
	if err != nil {
		t.Fatalf("Build(%+v): %v", a, err)
	}
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf("%+v: "+format, append([]any{a}, args...)...)
	}
	draft := func(id guide.LetterID) Letter {
		l, err := Draft(en, id, a, d, today)
		if err != nil {
			t.Fatalf("Draft(%s): %v", id, err)
		}
		return l
	}
	has := func(steps []guide.Step, id string) bool {
		return slices.ContainsFunc(steps, func(s guide.Step) bool { return s.ID == id })
	}
	var outcomeRoutes []guide.Step
	for _, o := range p.Outcomes {
		outcomeRoutes = append(outcomeRoutes, o.Routes...)
	}

	// Every letter offered has the title the plan shows.
	for _, ref := range p.Letters {
		if l := draft(ref.ID); l.Title != ref.Title || ref.Title == "" {
			fail("letter %s: plan title %q, letter title %q", ref.ID, ref.Title, l.Title)
		}
	}

	// Late or not: the plan's status, the complaint letter's paragraph and
	// the questions it asks.
	complaint := draft(guide.LetterComplaint)
	text := complaint.Text()
	tl := p.Complaint.TimeLimit
	if tl.Ombudsman {
		// After the final response the plan's date is the ombudsman's.
		ol := Refine(a, d).OmbudsmanLimit(a.Responded, today)
		if tl.Deadline != ol.Deadline || (tl.Status == guide.TimePassed) != ol.Late {
			fail("the plan's ombudsman date %v (%s) is not the rules' %v (late %v)", tl.Deadline, tl.Status, ol.Deadline, ol.Late)
		}
		if a.Stage != guide.FinalResponse {
			fail("the plan gives the ombudsman's date at stage %q", a.Stage)
		}
		return
	}
	late := tl.Status == guide.TimePassed
	if got := strings.Contains(text, "I ask you to use your discretion"); got != late {
		fail("plan time status %s, but the complaint letter's late paragraph = %v", p.Complaint.TimeLimit.Status, got)
	}
	asksWhy := slices.ContainsFunc(Fields(en, guide.LetterComplaint, Refine(a, d), today), func(f Field) bool { return f.ID == FWhyLate })
	if asksWhy != late {
		fail("plan time status %s, but the complaint letter asks why it is late = %v", p.Complaint.TimeLimit.Status, asksWhy)
	}
	if a.OwnLimit() && (late || !p.Complaint.TimeLimit.Deadline.IsZero()) {
		fail("the organisation sets its own time limit, but the plan gives a deadline %v", p.Complaint.TimeLimit.Deadline)
	}
	if i := slices.IndexFunc(p.Letters, func(l guide.LetterRef) bool { return l.ID == guide.LetterComplaint }); i >= 0 {
		if strings.Contains(p.Letters[i].Why, "why you did not complain sooner") != late {
			fail("the plan's reason for the complaint letter does not match the time status %s", p.Complaint.TimeLimit.Status)
		}
	}

	// Which ombudsman: every one the plan names is the one the letters
	// write to (for care of an unknown kind, the letter names both).
	omb := draft(guide.LetterOmbudsman)
	recipient := ""
	for _, b := range omb.Blocks {
		if b.Kind == KindRecipient {
			recipient = b.Text
		}
	}
	for _, st := range p.Escalation {
		o, ok := ombudsmanRoutes[st.ID]
		if !ok {
			continue
		}
		name := o.Name(en)
		if o == guide.JointPHSOLGSCO || a.Ombudsman() == guide.OmbudsmanUnknown {
			name = strings.TrimPrefix(name, "the ")
		} else if want := a.Ombudsman(); want != o {
			fail("the plan escalates to %s, the letters to %s", o, want)
		}
		if !strings.Contains(strings.ToLower(recipient), strings.ToLower(strings.TrimPrefix(name, "the "))) {
			fail("the plan names %s, but the ombudsman letter is to %q", o.Name(en), recipient)
		}
	}
	if o := a.Ombudsman(); o != guide.OmbudsmanUnknown && !slices.ContainsFunc(p.Escalation, func(s guide.Step) bool { return ombudsmanRoutes[s.ID] == o }) {
		fail("the letters write to %s, but the plan's escalation does not name it", o.Name(en))
	}
	// The ombudsman's time limit: the plan's and the letter's.
	if a.Stage == guide.FinalResponse {
		if got := strings.Contains(omb.Text(), "Why I am writing now"); got != p.Complaint.Ombudsman.Late {
			fail("plan: the ombudsman's limit passed = %v (%+v), but the letter explains why it is late = %v", p.Complaint.Ombudsman.Late, p.Complaint.Ombudsman, got)
		}
	}
	// Self-paid care: after the final response, the letter to the scheme
	// for it, which asks only for what the scheme can give.
	if a.Care().Private() {
		scheme := a.Ombudsman()
		if offered, want := p.HasLetter(guide.LetterOmbudsman), a.Stage == guide.FinalResponse; offered != want {
			fail("self-paid care at stage %q: the plan offers the letter to %s = %v", a.Stage, scheme.Name(en), offered)
		}
		if !strings.HasSuffix(omb.Title, scheme.Name(en)) || strings.Contains(omb.Title, "ombudsman") {
			fail("the letter for self-paid care is titled %q, want one to %s", omb.Title, scheme.Name(en))
		}
		t := omb.Text()
		for _, bad := range []string{"Ombudsman", "ex-gratia", "compensation", "action you will take about the concerns I have raised about the staff"} {
			if strings.Contains(t, bad) {
				fail("the letter to %s says %q", scheme.Name(en), bad)
			}
		}
		if a.Stage == guide.FinalResponse && !strings.Contains(t, "Their final response") {
			fail("the letter to %s does not enclose the final response", scheme.Name(en))
		}
		if a.Wants(guide.OutMoney) && (scheme == guide.ISCAS) != strings.Contains(t, "goodwill payment") {
			fail("the letter to %s: goodwill payment = %v", scheme.Name(en), !strings.Contains(t, "goodwill payment"))
		}
	}

	// Who it goes to: the ICB, or for council-paid public health services
	// the council, in the plan and in the letter's tips.
	tips := strings.Join(Checklist(en, guide.LetterComplaint, a), "\n")
	icb := has(p.Complaint.SendTo, "complaint.icb")
	if a.BeforeComplaint() && icb != strings.Contains(tips, "integrated care board") {
		fail("plan sends to the ICB = %v, letter tips say %q", icb, tips)
	}
	if icb && a.Service.CouncilCommissioned() {
		fail("a council-paid public health service is sent to the ICB")
	}
	if a.BeforeComplaint() && a.Service.CouncilCommissioned() && a.RulesNation() == guide.England && !has(p.Complaint.SendTo, "complaint.public-health") {
		fail("a council-paid public health service in England is not sent to the council")
	}

	// Duty of candour: the same duty in the plan and the complaint letter.
	reg20 := has(outcomeRoutes, "outcome.explanation.candour") || has(p.Warnings, "warn.candour")
	if got := strings.Contains(text, "regulation 20"); got != reg20 {
		fail("plan raises regulation 20 = %v, complaint letter = %v", reg20, got)
	}
	scot := has(p.Warnings, "warn.candour.scotland")
	if got := strings.Contains(text, "(Scotland) Act 2016"); got != scot {
		fail("plan raises the Scotland duty of candour = %v, complaint letter = %v", scot, got)
	}
	wales := has(p.Warnings, "warn.candour.wales")
	if got := strings.Contains(text, "(Wales) Act 2020"); got != wales {
		fail("plan raises the Wales duty of candour = %v, complaint letter = %v", wales, got)
	}

	// Advocacy: the same free help in the plan and the letter's tips.
	for id, phrase := range map[string]string{"help.advocacy": "NHS complaints advocacy", "help.llais": "Llais",
		"help.pass": "(PASS)", "help.pcc": "Patient and Client Council"} {
		if got, want := strings.Contains(tips, phrase), has(p.Help, id); got != want {
			fail("plan help %s = %v, letter tips mention %q = %v", id, want, phrase, got)
		}
	}

	// Consent and records follow who is writing.
	if p.HasLetter(guide.LetterConsent) != (a.Representative() && a.Person != guide.ForDeceased) {
		fail("consent form offered = %v", p.HasLetter(guide.LetterConsent))
	}
	if a.Person == guide.ForAdultNoConsent && (p.HasLetter(guide.LetterRecords) || strings.Contains(text, "I enclose their signed consent")) {
		fail("an adult who has not agreed: no records request and no claim of consent")
	}
	// The letter states only the authority held.
	if a.Person == guide.ForAdultLacksCapacity {
		hw := strings.Contains(text, "lasting power of attorney for their health and welfare")
		if hw != (a.Authority == guide.AuthorityLPA) {
			fail("complaint letter claims a health and welfare LPA = %v", hw)
		}
		if a.Authority == guide.AuthorityUnsure {
			for _, id := range p.Letters {
				if t := draft(id.ID).Text(); strings.Contains(t, "power of attorney for") || strings.Contains(t, "I am their deputy") {
					fail("not sure of the authority, but the %s letter claims one", id.ID)
				}
			}
		}
	}
}
