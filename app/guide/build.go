package guide

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"putitright/app/content"
)

// Engine builds plans from one content set. It converts the content once,
// so Build does no parsing. An Engine is safe for concurrent use.
type Engine struct {
	steps map[string]Step
}

// New returns an Engine that takes its guidance text from set. It fails
// if an item names a source that set does not hold.
func New(set *content.Set) (*Engine, error) {
	if set == nil {
		return nil, errors.New("guide: New: nil content set")
	}
	items := set.Items()
	e := &Engine{steps: make(map[string]Step, len(items))}
	for _, it := range items {
		st := Step{
			ID:      it.ID,
			Title:   it.Title,
			Text:    it.Text,
			Expect:  it.Expect,
			Cannot:  it.Cannot,
			Contact: Contact{Phone: it.Phone, Web: it.Web},
			Sources: make([]Source, 0, len(it.Sources)),
		}
		for _, id := range it.Sources {
			src, ok := set.Source(id)
			if !ok {
				return nil, fmt.Errorf("guide: New: item %q: unknown source %q", it.ID, id)
			}
			st.Sources = append(st.Sources, Source{Title: src.Title, URL: src.URL})
		}
		e.steps[it.ID] = st
	}
	return e, nil
}

// defaultEngine is built from the embedded content on first use and is
// not changed after.
var defaultEngine = sync.OnceValues(func() (*Engine, error) {
	set, err := content.Default()
	if err != nil {
		return nil, fmt.Errorf("guide: loading content: %w", err)
	}
	return New(set)
})

// Build turns answers into a personal plan using the embedded, reviewed
// content. Every answer is optional. It returns an error if o.Today is
// zero (ErrNoToday) or an answer is invalid, for example a date in the
// future (a *FieldError wrapping ErrFutureDate).
func Build(a Answers, o Options) (Plan, error) {
	e, err := defaultEngine()
	if err != nil {
		return Plan{}, err
	}
	return e.Build(a, o)
}

// Build turns answers into a personal plan. See the package-level Build.
func (e *Engine) Build(a Answers, o Options) (Plan, error) {
	if o.Today.IsZero() {
		return Plan{}, fmt.Errorf("guide: Build: %w", ErrNoToday)
	}
	if err := a.Check(o.Today); err != nil {
		return Plan{}, fmt.Errorf("guide: Build: %w", err)
	}
	y, m, d := o.Today.Date()
	b := &builder{
		e:      e,
		a:      a,
		o:      o,
		today:  time.Date(y, m, d, 0, 0, 0, 0, time.UTC),
		nation: a.Nation,
	}
	if b.nation == "" {
		b.nation = NationUnsure
	}
	b.p.Nation = b.nation
	b.urgent()
	b.outcomes()
	b.complaint()
	b.escalation()
	b.report()
	b.warnings()
	b.help()
	b.letters()
	if b.missing != "" {
		return Plan{}, fmt.Errorf("guide: Build: content item %q is missing", b.missing)
	}
	return b.p, nil
}

// builder holds the state of one Build call.
type builder struct {
	e       *Engine
	a       Answers
	o       Options
	today   time.Time
	nation  Nation
	p       Plan
	missing string // the first content ID not found
}

// step returns the content step for id, noting it if it is missing.
func (b *builder) step(id string) Step {
	st, ok := b.e.steps[id]
	if !ok && b.missing == "" {
		b.missing = id
	}
	return st
}

// steps returns the content steps for ids, in order.
func (b *builder) steps(ids ...string) []Step {
	out := make([]Step, 0, len(ids))
	for _, id := range ids {
		out = append(out, b.step(id))
	}
	return out
}

// Service groups.

func (b *builder) nhs() bool {
	switch b.a.Service {
	case HospitalAE, HospitalInpatient, HospitalOutpatient, Maternity, MentalHealth, Community,
		GP, NHSDentist, Pharmacy, NHSOptician, Ambulance, NHSFundedPrivate:
		return true
	}
	return false
}

func (b *builder) private() bool {
	switch b.a.Service {
	case PrivateDentist, PrivateOptician, PrivateHealthcare:
		return true
	}
	return false
}

func (b *builder) socialCare() bool {
	return b.a.Service == CouncilCare || b.a.Service == SelfFundedCare
}

func (b *builder) children() bool { return b.a.Service == ChildrenSocialCare }

func (b *builder) serviceUnsure() bool {
	return b.a.Service == "" || b.a.Service == ServiceUnsure
}

// both reports whether NHS and council care were both involved.
func (b *builder) both() bool {
	return b.a.SocialCareToo == Yes && (b.nhs() || b.socialCare() || b.serviceUnsure())
}

// englandRules reports whether England's rules are shown: for England,
// and as the general route when the nation is not known.
func (b *builder) englandRules() bool { return b.nation == England || b.nation == NationUnsure }

func (b *builder) seriousHarm() bool { return b.a.Harm == HarmModerate || b.a.Harm == HarmDeath }

func (b *builder) died() bool { return b.a.Person == ForDeceased || b.a.Harm == HarmDeath }

// candour reports whether the statutory duty of candour (regulation 20)
// is worth raising: serious harm, England, and a provider that is
// normally CQC-registered (not community pharmacy or opticians).
func (b *builder) candour() bool {
	if !b.seriousHarm() || !b.englandRules() {
		return false
	}
	switch b.a.Service {
	case Pharmacy, NHSOptician, PrivateOptician, ChildrenSocialCare:
		return false
	}
	return true
}

// inOutcomes reports whether a route in the outcome cards has content id.
func (b *builder) inOutcomes(id string) bool {
	for _, o := range b.p.Outcomes {
		for _, r := range o.Routes {
			if r.ID == id {
				return true
			}
		}
	}
	return false
}

// urgent adds the urgent actions.
func (b *builder) urgent() {
	a := b.a
	var ids []string
	if a.Danger == Yes {
		ids = append(ids, "urgent.999")
		if b.englandRules() {
			ids = append(ids, "urgent.111")
		} else {
			ids = append(ids, "urgent.gp")
		}
	}
	if a.Wants(OutPolice) {
		ids = append(ids, "urgent.101")
	}
	if b.children() && (a.Abuse == Yes || a.Danger == Yes) {
		ids = append(ids, "urgent.safeguarding-child")
	} else if a.Abuse == Yes {
		ids = append(ids, "urgent.safeguarding")
	}
	if a.Danger == Yes && a.Service == HospitalInpatient && b.englandRules() {
		ids = append(ids, "urgent.marthas-rule")
	}
	if len(ids) > 0 {
		b.p.Urgent = b.steps(ids...)
	}
}

// escalateID is the last outcome route: the ombudsman, or the private
// options.
func (b *builder) escalateID() string {
	if b.private() {
		return "outcome.private-escalation"
	}
	return "outcome.ombudsman"
}

// outcomes adds the routes for each chosen outcome.
func (b *builder) outcomes() {
	a := b.a
	seen := make(map[Outcome]bool, len(a.Outcomes))
	for _, o := range a.Outcomes {
		if seen[o] {
			continue
		}
		seen[o] = true
		var ids []string
		switch o {
		case OutService:
			ids = append(ids, "outcome.service.staff")
			if a.Service == HospitalInpatient && b.englandRules() {
				ids = append(ids, "outcome.service.marthas-rule")
			}
			ids = append(ids, "outcome.service.complaint")
			if b.nation == England && (a.Service == GP || a.Service == NHSDentist || a.Service == NHSOptician || a.Service == Pharmacy) {
				ids = append(ids, "outcome.service.commissioner")
			}
			if a.Service == CouncilCare || a.SocialCareToo == Yes {
				ids = append(ids, "outcome.service.reassess")
			}
			ids = append(ids, b.escalateID())
		case OutProcedures:
			ids = append(ids, "outcome.procedures.complaint")
			if b.englandRules() {
				ids = append(ids, "outcome.procedures.report")
			}
			ids = append(ids, b.escalateID())
		case OutExplanation:
			ids = append(ids, "outcome.explanation.complaint", "outcome.explanation.meeting")
			if b.candour() {
				ids = append(ids, "outcome.explanation.candour")
			}
			if b.died() && b.englandRules() {
				ids = append(ids, "outcome.explanation.medical-examiner")
			}
			ids = append(ids, b.escalateID())
		case OutApology:
			ids = append(ids, "outcome.apology.complaint")
			if b.englandRules() && b.nhs() {
				ids = append(ids, "outcome.apology.not-liability")
			}
			if b.candour() {
				ids = append(ids, "outcome.explanation.candour")
			}
			ids = append(ids, b.escalateID())
		case OutDiscipline:
			ids = append(ids, "outcome.discipline.complaint", "outcome.discipline.regulator")
			if b.englandRules() && (b.socialCare() || b.children()) {
				ids = append(ids, "outcome.discipline.unregistered")
			}
		case OutPolice:
			ids = append(ids, "outcome.police.report")
			if a.Abuse == Yes || b.socialCare() {
				ids = append(ids, "outcome.police.safeguarding")
			}
			ids = append(ids, "outcome.police.complaint")
		case OutMoney:
			ids = append(ids, "outcome.money.complaint")
			switch {
			case b.private():
				ids = append(ids, "outcome.money.private")
			case b.nation == Wales && b.nhs():
				ids = append(ids, "outcome.money.wales", "outcome.money.ombudsman")
			default:
				ids = append(ids, "outcome.money.ombudsman")
			}
			ids = append(ids, "outcome.money.legal")
		case OutPutRight:
			ids = append(ids, "outcome.putright.complaint", b.escalateID())
		case OutLetKnow:
			ids = append(ids, "outcome.letknow.feedback", "outcome.letknow.complaint")
		}
		head := b.step("outcome." + outcomeKey(o))
		b.p.Outcomes = append(b.p.Outcomes, OutcomePlan{
			Outcome: o,
			Title:   head.Title,
			Text:    head.Text,
			Routes:  b.steps(ids...),
		})
	}
}

// outcomeKey is the content key for an outcome.
func outcomeKey(o Outcome) string {
	switch o {
	case OutPutRight:
		return "putright"
	case OutLetKnow:
		return "letknow"
	}
	return string(o)
}

// complaint fills in the complaint route.
func (b *builder) complaint() {
	a := b.a
	var ids []string
	switch b.nation {
	case Wales:
		switch {
		case b.private():
			ids = append(ids, "complaint.private")
		case b.socialCare() || b.children():
			ids = append(ids, "complaint.wales-social")
		default:
			ids = append(ids, "complaint.wales")
		}
	case Scotland:
		switch {
		case b.private():
			ids = append(ids, "complaint.private")
		case b.socialCare() || b.children():
			ids = append(ids, "complaint.scotland-social")
		default:
			ids = append(ids, "complaint.scotland")
		}
	case NorthernIreland:
		if a.Service == PrivateHealthcare || a.Service == PrivateDentist || a.Service == PrivateOptician {
			ids = append(ids, "complaint.private")
		} else {
			ids = append(ids, "complaint.ni")
		}
	default:
		if b.nation == NationUnsure {
			ids = append(ids, "complaint.unsure-nation")
		}
		switch {
		case b.nhs():
			ids = append(ids, "complaint.provider", "complaint.icb", "complaint.one-or-other")
		case a.Service == CouncilCare:
			ids = append(ids, "complaint.council")
		case a.Service == SelfFundedCare:
			ids = append(ids, "complaint.care-provider")
		case b.private():
			ids = append(ids, "complaint.private")
		case b.children():
			ids = append(ids, "complaint.children")
		default:
			ids = append(ids, "complaint.provider", "complaint.unsure-service")
		}
	}
	if b.both() && b.nation != NorthernIreland {
		ids = append(ids, "complaint.joint")
	}
	switch a.Person {
	case ForAdultConsents:
		ids = append(ids, "who.adult-consents")
	case ForAdultLacksCapacity:
		if a.Authority == AuthorityLPA || a.Authority == AuthorityDeputy {
			ids = append(ids, "who.lpa")
		} else {
			ids = append(ids, "who.no-authority")
		}
	case ForChild:
		ids = append(ids, "who.child")
	case YoungPerson:
		ids = append(ids, "who.young-person")
	case ForDeceased:
		ids = append(ids, "who.deceased")
	}
	b.p.Complaint.SendTo = b.steps(ids...)
	b.p.Complaint.TimeLimit = b.timeLimit()
	b.p.Complaint.Duties = b.steps(b.dutyIDs()...)
	b.p.Complaint.Next = b.step(b.nextID())
}

// ownRules reports whether the organisation sets its own time limit and
// timescales: self-paid care, and children's social care, where this
// tool says less.
func (b *builder) ownRules() bool { return b.private() || b.children() }

// timeLimit works out the complaint time limit from the dates given.
func (b *builder) timeLimit() TimeLimit {
	a := b.a
	var t TimeLimit
	var rule string
	months, capped := 12, false
	switch {
	case b.ownRules():
		rule = "time.rule.own"
		months = 0
	case b.nation == Wales:
		rule = "time.rule.wales"
	case b.nation == Scotland:
		rule, months, capped = "time.rule.scotland", 6, true
	case b.nation == NorthernIreland:
		rule, months, capped = "time.rule.ni", 6, true
	case b.nation == England:
		rule = "time.rule.england"
	default:
		rule = "time.rule.unsure"
	}
	if months > 0 {
		if !a.Happened.IsZero() {
			t.FromEvent = limitFrom(a.Happened, months)
		}
		if !a.FoundOut.IsZero() {
			t.FromFoundOut = limitFrom(a.FoundOut, months)
		}
		t.Deadline = t.FromEvent
		if t.Deadline.IsZero() || !t.FromFoundOut.IsZero() && t.Deadline.Before(t.FromFoundOut) {
			t.Deadline = t.FromFoundOut
		}
		if capped && !a.Happened.IsZero() {
			if lim := limitFrom(a.Happened, 12); lim.Before(t.Deadline) {
				t.Deadline = lim
			}
		}
	}
	t.Status = b.status(t.Deadline, b.complainedOn())
	var status Step
	if b.sent() {
		status = b.step("time.status.sent")
	} else {
		status = b.step("time.status." + string(t.Status))
	}
	text := b.step(rule).Text
	if months > 0 {
		text += " " + strings.ReplaceAll(status.Text, "{deadline}", t.Deadline.Words())
	}
	t.Text = text
	return t
}

// sent reports whether the formal complaint has been sent.
func (b *builder) sent() bool {
	switch b.a.Stage {
	case SentNoAck, Waiting, FinalResponse, WithOmbudsman:
		return true
	}
	return false
}

// complainedOn returns the day the time limit is measured on: the
// earliest day the complaint may have been sent, if it has been and the
// date is known, or else today.
func (b *builder) complainedOn() time.Time {
	if b.sent() && !b.a.Sent.IsZero() {
		return b.a.Sent.First()
	}
	return b.today
}

// status compares a deadline with the day on. On the deadline day itself
// the person is still inside the limit; the day after, it has passed.
func (b *builder) status(deadline Date, on time.Time) TimeStatus {
	switch {
	case deadline.IsZero():
		return TimeUnknown
	case on.After(deadline.Last()):
		return TimePassed
	case !on.Before(deadline.AddMonths(-2).Last()):
		return TimeClosing
	}
	return TimeInside
}

// limitFrom returns the last day of a limit of n months from d. With a
// day-precise date it is the same day n months later (clamped to the end
// of a short month). With only a month known, it counts from the last day
// of that month, so nobody is told too early that time has run out.
func limitFrom(d Date, n int) Date {
	out := d.AddMonths(n)
	if d.Day == 0 {
		out.Day = daysIn(out.Year, out.Month)
	}
	return out
}

// dutyIDs returns what the organisation must do.
func (b *builder) dutyIDs() []string {
	switch {
	case b.private():
		return []string{"duty.private"}
	case b.nation == Wales:
		if b.socialCare() || b.children() {
			return []string{"duty.ask"}
		}
		return []string{"duty.wales"}
	case b.nation == Scotland:
		if b.socialCare() || b.children() {
			return []string{"duty.ask"}
		}
		return []string{"duty.scotland"}
	case b.nation == NorthernIreland:
		return []string{"duty.ni"}
	case b.children():
		return []string{"duty.children"}
	case b.nation == NationUnsure:
		return []string{"duty.unsure"}
	}
	ids := []string{"duty.acknowledge", "duty.respond"}
	if b.both() {
		ids = append(ids, "duty.cooperate")
	}
	return ids
}

// overdue reports whether the response is late: past 6 months from
// sending in England (or where unsure), past 2 months elsewhere, where
// the usual timescales are much shorter.
func (b *builder) overdue() bool {
	if b.a.Stage != Waiting || b.a.Sent.IsZero() {
		return false
	}
	months := 6
	if b.nation == Wales || b.nation == Scotland || b.nation == NorthernIreland {
		months = 2
	}
	return b.today.After(limitFrom(b.a.Sent, months).Last())
}

// longWait reports whether they have waited more than 6 months for a
// response, when the ombudsman may agree to look at it.
func (b *builder) longWait() bool {
	return b.a.Stage == Waiting && !b.a.Sent.IsZero() && b.today.After(limitFrom(b.a.Sent, 6).Last())
}

// nextID returns the next step for the stage reached.
func (b *builder) nextID() string {
	switch b.a.Stage {
	case RaisedStaff:
		return "next.raised-staff"
	case RaisedPALS:
		return "next.pals"
	case SentNoAck:
		return "next.chaser"
	case Waiting:
		if b.overdue() {
			return "next.overdue"
		}
		return "next.waiting"
	case FinalResponse:
		if b.private() {
			return "next.final-private"
		}
		return "next.final"
	case WithOmbudsman:
		return "next.ombudsman"
	}
	return "next.not-raised"
}

// escalation adds the ombudsman or other bodies that can look at it next.
func (b *builder) escalation() {
	a := b.a
	var ids []string
	if b.private() {
		switch a.Service {
		case PrivateDentist:
			ids = append(ids, "route.dcs")
		case PrivateOptician:
			ids = append(ids, "route.occs")
		default:
			ids = append(ids, "route.iscas")
		}
		ids = append(ids, "route.courts")
	} else {
		ids = append(ids, "route.local-first")
		switch b.nation {
		case Wales:
			ids = append(ids, "route.psow")
		case Scotland:
			ids = append(ids, "route.spso")
		case NorthernIreland:
			ids = append(ids, "route.nipso")
		default:
			if b.nation == NationUnsure {
				ids = append(ids, "route.unsure")
			}
			switch {
			case b.both():
				ids = append(ids, "route.joint", "route.phso-time", "route.lgsco-time")
			case b.nhs():
				ids = append(ids, "route.phso", "route.phso-time")
			case b.socialCare():
				ids = append(ids, "route.lgsco", "route.lgsco-time")
			case b.children():
				ids = append(ids, "route.children-lgsco")
			default:
				ids = append(ids, "route.phso", "route.phso-time", "route.lgsco", "route.lgsco-time")
			}
		}
	}
	if a.Detained == Yes {
		if b.englandRules() {
			ids = append(ids, "route.cqc-mha")
		} else {
			ids = append(ids, "route.mha-other")
		}
	}
	if a.Legal == Yes && !b.private() {
		ids = append(ids, "warn.ombudsman-court")
	}
	b.p.Escalation = b.steps(ids...)
}

// healthwatch reports whether local Healthwatch is shown.
func (b *builder) healthwatch() bool {
	return b.englandRules() && (b.o.Healthwatch || !b.o.Local.Healthwatch.IsZero())
}

// regulatorIDs returns the professional regulators for the service.
func (b *builder) regulatorIDs() []string {
	switch b.a.Service {
	case NHSDentist, PrivateDentist:
		return []string{"regulator.gdc"}
	case Pharmacy:
		if b.nation == NorthernIreland {
			return []string{"regulator.psni"}
		}
		return []string{"regulator.gphc"}
	case NHSOptician, PrivateOptician:
		return []string{"regulator.goc"}
	case Ambulance:
		return []string{"regulator.hcpc", "regulator.nmc"}
	case CouncilCare, SelfFundedCare, ChildrenSocialCare:
		if b.englandRules() {
			return []string{"regulator.swe"}
		}
		return []string{"regulator.social-care-other"}
	}
	return []string{"regulator.gmc", "regulator.nmc"}
}

// report adds other places to tell.
func (b *builder) report() {
	a := b.a
	ids := []string{"report.not-complaint"}
	if b.englandRules() {
		switch a.Service {
		case Pharmacy, NHSOptician, PrivateOptician, ChildrenSocialCare:
		default:
			ids = append(ids, "report.cqc")
		}
		if b.nhs() {
			ids = append(ids, "report.nhs-review")
		}
	}
	if b.nation == Wales {
		ids = append(ids, "report.wales-inspect")
	}
	if a.Wants(OutDiscipline) || a.Wants(OutPolice) || b.seriousHarm() {
		ids = append(ids, b.regulatorIDs()...)
	}
	hw := b.healthwatch()
	if hw {
		ids = append(ids, "report.healthwatch")
	}
	ids = append(ids, "report.mp")
	b.p.Report = b.steps(ids...)
	if hw && !b.o.Local.Healthwatch.IsZero() {
		for i := range b.p.Report {
			if b.p.Report[i].ID == "report.healthwatch" {
				b.p.Report[i].Contact = b.local(b.o.Local.Healthwatch)
			}
		}
	}
}

// warnings adds legal and money warnings.
func (b *builder) warnings() {
	a := b.a
	var ids []string
	if b.p.Complaint.TimeLimit.Status == TimePassed && !b.sent() {
		ids = append(ids, "warn.late")
	}
	if a.Abuse == Yes || a.Wants(OutPolice) {
		ids = append(ids, "warn.safeguarding-pause")
	}
	if b.seriousHarm() {
		switch {
		case b.candour() && b.inOutcomes("outcome.explanation.candour"):
			// Already in the outcome cards: not again.
		case b.candour():
			ids = append(ids, "warn.candour")
		case a.Service == Pharmacy && b.nation != NorthernIreland:
			ids = append(ids, "warn.candour.professional")
		case b.nation == Wales && a.Service.NHSBody():
			ids = append(ids, "warn.candour.wales")
		}
	}
	if b.died() && b.englandRules() && !b.inOutcomes("outcome.explanation.medical-examiner") {
		ids = append(ids, "warn.medical-examiner")
	}
	money := a.Wants(OutMoney)
	if money || a.Legal == Yes || a.Offer == Yes || b.seriousHarm() {
		if b.nation == Scotland || b.nation == NorthernIreland {
			ids = append(ids, "warn.limitation.other")
		} else {
			ids = append(ids, "warn.limitation")
			if a.Person == ForChild || a.Person == YoungPerson {
				ids = append(ids, "warn.limitation.child")
			}
			if b.died() {
				ids = append(ids, "warn.limitation.death")
			}
			if a.Person == ForAdultLacksCapacity {
				ids = append(ids, "warn.limitation.capacity")
			}
		}
	}
	if money || a.Offer == Yes {
		ids = append(ids, "warn.ex-gratia")
	}
	if (money || a.Legal == Yes) && (b.englandRules() || b.nation == Wales) {
		ids = append(ids, "warn.legal-aid")
	}
	if a.Legal == Yes {
		ids = append(ids, "warn.legal-complaint")
	}
	if len(ids) > 0 {
		b.p.Warnings = b.steps(ids...)
	}
}

// advocacy reports whether free NHS complaints advocacy covers the case:
// NHS or NHS-funded care in England, not private or social-care-only.
func (b *builder) advocacy() bool {
	return b.englandRules() && (b.nhs() || b.serviceUnsure() || b.both())
}

// local returns a partner contact, named after the partner if it has no
// name of its own.
func (b *builder) local(c Contact) Contact {
	if c.Name == "" {
		c.Name = b.o.Local.Partner
	}
	return c
}

// help adds where to get help, the partner's own contacts first.
func (b *builder) help() {
	a := b.a
	out := b.localHelp()
	var ids []string
	avma := b.seriousHarm() || a.Legal == Yes || a.Wants(OutMoney) || a.Offer == Yes
	switch b.nation {
	case Wales:
		ids = append(ids, "help.llais")
		if a.Detained == Yes {
			ids = append(ids, "help.imha")
		}
		if avma {
			ids = append(ids, "help.avma")
		}
	case Scotland:
		ids = append(ids, "help.pass")
		if a.Detained == Yes {
			ids = append(ids, "help.mh-advocacy")
		}
	case NorthernIreland:
		ids = append(ids, "help.pcc")
		if a.Detained == Yes {
			ids = append(ids, "help.mh-advocacy")
		}
	default:
		if b.advocacy() {
			ids = append(ids, "help.advocacy")
		}
		if a.Detained == Yes {
			ids = append(ids, "help.imha")
		}
		if avma {
			ids = append(ids, "help.avma")
		}
		ids = append(ids, "help.citizens-advice")
		if b.nation == NationUnsure {
			ids = append(ids, "help.unsure")
		}
	}
	b.p.Help = append(out, b.steps(ids...)...)
}

// letters adds the letters to draft, in order.
func (b *builder) letters() {
	a := b.a
	add := func(id LetterID, content string) {
		b.p.Letters = append(b.p.Letters, LetterRef{ID: id, Why: b.step(content).Text})
	}
	before := a.Stage == "" || a.Stage == NotRaised || a.Stage == RaisedStaff || a.Stage == RaisedPALS
	if before {
		if b.p.Complaint.TimeLimit.Status == TimePassed {
			add(LetterComplaint, "letter.complaint.late")
		} else {
			add(LetterComplaint, "letter.complaint")
		}
	}
	if b.englandRules() && (b.nhs() || b.serviceUnsure()) && (a.Danger == Yes || a.Wants(OutService)) &&
		a.Stage != FinalResponse && a.Stage != WithOmbudsman {
		add(LetterPALS, "letter.pals")
	}
	switch a.Person {
	case ForAdultConsents:
		add(LetterConsent, "letter.consent")
	case ForAdultLacksCapacity:
		add(LetterConsent, "letter.consent.capacity")
	case ForChild:
		add(LetterConsent, "letter.consent.child")
	}
	switch {
	case a.Person == ForDeceased:
		add(LetterRecords, "letter.records.deceased")
	case b.seriousHarm() || a.Legal == Yes || a.Wants(OutMoney):
		add(LetterRecords, "letter.records")
	}
	switch {
	case a.Stage == SentNoAck:
		add(LetterChaser, "letter.chaser")
	case b.overdue():
		add(LetterChaser, "letter.chaser.late")
	}
	if a.Stage == FinalResponse {
		add(LetterMeeting, "letter.meeting")
		add(LetterReply, "letter.reply")
	}
	if !b.private() {
		switch {
		case a.Stage == FinalResponse:
			add(LetterOmbudsman, "letter.ombudsman")
		case b.longWait():
			add(LetterOmbudsman, "letter.ombudsman.delay")
		}
	}
	if a.Wants(OutDiscipline) {
		add(LetterRegulator, "letter.regulator")
	}
	if a.Offer == Yes {
		add(LetterOffer, "letter.offer-reply")
	}
}
