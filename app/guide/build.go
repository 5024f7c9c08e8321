package guide

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"putitright/app/content"
)

// Engine builds plans from one content set. It converts the content once,
// so Build does no parsing. An Engine is safe for concurrent use.
type Engine struct {
	c      *content.Set // the content, in its language
	steps  map[string]Step
	scopes map[string]content.Scope // where each step applies
}

// New returns an Engine that takes its guidance text from set. It fails
// if an item names a source that set does not hold.
func New(set *content.Set) (*Engine, error) {
	if set == nil {
		return nil, errors.New("guide: New: nil content set")
	}
	items := set.Items()
	e := &Engine{c: set, steps: make(map[string]Step, len(items)), scopes: make(map[string]content.Scope, len(items))}
	for _, it := range items {
		st := Step{
			ID:      it.ID,
			Title:   it.Title,
			Text:    it.Text,
			Expect:  it.Expect,
			Cannot:  it.Cannot,
			Find:    it.Find,
			Open:    it.Open,
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
		e.scopes[it.ID] = it.Scope
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
	e, err := engineFor(o)
	if err != nil {
		return Plan{}, err
	}
	return e.Build(a, o)
}

// engineFor returns the engine for the content in o: the shared English
// one, or one made for another language.
func engineFor(o Options) (*Engine, error) {
	e, err := defaultEngine()
	if err != nil || o.Content == nil || o.Content == e.c {
		return e, err
	}
	return New(o.Content)
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
	if b.died() {
		for _, st := range b.steps("plan.sympathy") {
			b.p.Sympathy = st.Text
		}
	}
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

// in reports whether content id applies to these answers: its declared
// scope fits them.
func (b *builder) in(id string) bool { return InScope(b.e.scopes[id], b.a) }

// steps returns the content steps for ids, in order, leaving out any
// whose declared scope does not fit the answers. The rules below may
// name several alternatives and let the scopes choose.
func (b *builder) steps(ids ...string) []Step {
	out := make([]Step, 0, len(ids))
	for _, id := range ids {
		st := b.step(id)
		if b.in(id) {
			out = append(out, st)
		}
	}
	return out
}

// Service groups, from the rules vocabulary (care.go, nation.go).

func (b *builder) nhs() bool           { return b.a.Care().NHS() }
func (b *builder) private() bool       { return b.a.Care().Private() }
func (b *builder) socialCare() bool    { return b.a.Care().AdultSocial() }
func (b *builder) children() bool      { return b.a.Care() == CareChildren }
func (b *builder) serviceUnsure() bool { return b.a.Care() == CareUnknown }
func (b *builder) both() bool          { return b.a.Both() }

// after reports whether the final response has come.
func (b *builder) after() bool { return b.a.Stage == FinalResponse || b.a.Stage == WithOmbudsman }

// recentDeath reports whether the person died within about the last
// month, when the medical examiner may still be looking at the death.
func (b *builder) recentDeath() bool {
	return b.died() && !b.a.Happened.IsZero() && !b.a.Happened.Last().Before(b.today.AddDate(0, -1, 0))
}

// englandRules reports whether England's rules are shown: for England,
// and as the general route when the nation is not known.
func (b *builder) englandRules() bool { return b.nation == England || b.nation == NationUnsure }

func (b *builder) seriousHarm() bool { return b.a.SeriousHarm() }

func (b *builder) died() bool { return b.a.Died() }

// candour reports whether the statutory duty of candour (regulation 20)
// is worth raising: see Answers.Candour.
func (b *builder) candour() bool { return b.a.Candour() == CandourEngland }

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

// urgent adds the urgent actions: what to do at once, fitting the care.
func (b *builder) urgent() {
	a := b.a
	var ids []string
	if a.Danger == Yes {
		ids = append(ids, "urgent.999")
		if b.socialCare() || b.serviceUnsure() {
			ids = append(ids, "urgent.care-now", "urgent.care-now-ni")
		}
		ids = append(ids, "urgent.hospital-now", "urgent.marthas-rule")
	}
	switch {
	case b.children() && (a.Abuse == Yes || a.Danger == Yes):
		ids = append(ids, "urgent.safeguarding-child")
	case a.Abuse == Yes || a.Danger == Yes && b.socialCare():
		ids = append(ids, "urgent.safeguarding")
	}
	if a.Abuse == Yes || a.Wants(OutPolice) {
		ids = append(ids, "urgent.101")
	}
	if a.Danger == Yes {
		ids = append(ids, "urgent.111", "urgent.111-scotland", "urgent.gp")
	}
	if len(ids) > 0 {
		b.p.Urgent = b.steps(ids...)
	}
}

// Urgent returns what to do at once, fitting the answers so far, using
// the embedded content. The question flow shows it on the page straight
// after "Is anyone in danger now?" is answered yes, before any other
// question. It is the same list as Plan.Urgent.
func Urgent(a Answers, o Options) ([]Step, error) {
	e, err := engineFor(o)
	if err != nil {
		return nil, err
	}
	return e.Urgent(a, o)
}

// Urgent returns what to do at once. See the package-level Urgent.
func (e *Engine) Urgent(a Answers, o Options) ([]Step, error) {
	p, err := e.Build(a, o)
	if err != nil {
		return nil, err
	}
	return p.Urgent, nil
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
			ids = append(ids, "outcome.service.staff", "outcome.service.pals")
			if a.Danger == Yes {
				// Someone in hospital now and at risk.
				ids = append(ids, "outcome.service.marthas-rule")
			}
			ids = append(ids, "outcome.service.complaint", "outcome.service.after")
			if b.nation == England && a.Care() == CareNHSContractor {
				ids = append(ids, "outcome.service.commissioner")
			}
			if a.Service == CouncilCare || a.SocialCareToo == Yes {
				ids = append(ids, "outcome.service.reassess", "outcome.service.reassess-ni")
			}
			ids = append(ids, b.escalateID())
		case OutProcedures:
			ids = append(ids, "outcome.procedures.complaint", "outcome.procedures.after", "outcome.procedures.report", b.escalateID())
		case OutExplanation:
			ids = append(ids, "outcome.explanation.complaint", "outcome.explanation.after", "outcome.explanation.meeting")
			if b.candour() {
				ids = append(ids, "outcome.explanation.candour")
			}
			if b.recentDeath() {
				ids = append(ids, "outcome.explanation.medical-examiner")
			}
			ids = append(ids, b.escalateID())
		case OutApology:
			ids = append(ids, "outcome.apology.complaint", "outcome.apology.after", "outcome.apology.not-liability")
			if b.candour() {
				ids = append(ids, "outcome.explanation.candour")
			}
			ids = append(ids, b.escalateID())
		case OutDiscipline:
			ids = append(ids, "outcome.discipline.complaint", "outcome.discipline.regulator", "outcome.discipline.unregistered")
		case OutPolice:
			ids = append(ids, "outcome.police.report")
			if a.Abuse == Yes || b.socialCare() {
				ids = append(ids, "outcome.police.safeguarding")
			}
			ids = append(ids, "outcome.police.complaint")
		case OutMoney:
			ids = append(ids, "outcome.money.complaint", "outcome.money.private", "outcome.money.wales", "outcome.money.ombudsman",
				"outcome.money.legal", "outcome.money.legal-care")
		case OutPutRight:
			ids = append(ids, "outcome.putright.complaint", "outcome.putright.after", b.escalateID())
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
		if b.private() {
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
			ids = append(ids, "complaint.provider")
			switch a.PaidBy() {
			case BodyCouncil:
				ids = append(ids, "complaint.public-health")
			case BodyICB:
				// The public health note shows for community services too:
				// see its scope.
				ids = append(ids, "complaint.icb", "complaint.public-health", "complaint.one-or-other")
			}
			ids = append(ids, "complaint.spoken")
		case a.Service == CouncilCare:
			ids = append(ids, "complaint.council", "complaint.spoken")
		case a.Service == SelfFundedCare:
			ids = append(ids, "complaint.care-provider")
		case b.private():
			ids = append(ids, "complaint.private")
		case b.children():
			ids = append(ids, "complaint.children")
		default:
			ids = append(ids, "complaint.provider", "complaint.unsure-service", "complaint.spoken")
		}
	}
	ids = append(ids, "complaint.after-final")
	if b.both() {
		ids = append(ids, "complaint.joint")
	}
	switch a.Person {
	case ForAdultConsents:
		ids = append(ids, "who.adult-consents")
	case ForAdultNoConsent:
		ids = append(ids, "who.adult-no-consent")
	case ForAdultLacksCapacity:
		switch {
		case a.HasAuthority():
			ids = append(ids, "who.lpa")
		case a.Authority == AuthorityLPAProperty:
			ids = append(ids, "who.lpa-property")
		case a.Authority == AuthorityUnsure:
			ids = append(ids, "who.authority-unsure")
		default:
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
	b.p.Complaint.Ombudsman = a.OmbudsmanLimit(a.Responded, b.today)
}

// timeLimit works out the complaint time limit from the dates given, by
// Answers.ComplaintLimit, and words it; after the final response, the
// ombudsman's.
func (b *builder) timeLimit() TimeLimit {
	l := b.a.ComplaintLimit(b.today)
	t := TimeLimit{Status: l.Status, FromEvent: l.FromEvent, FromFoundOut: l.FromFoundOut, Deadline: l.Deadline}
	var rule string
	switch {
	case b.a.Stage == FinalResponse && !b.private():
		return b.ombudsmanLimit()
	case b.private():
		rule = "time.rule.own"
	case b.children():
		rule = "time.rule.children"
	case b.a.Care() == CareSelfFunded && b.englandRules():
		rule = "time.rule.self-funded"
	case b.nation == Wales:
		rule = "time.rule.wales"
	case b.nation == Scotland:
		rule = "time.rule.scotland"
	case b.nation == NorthernIreland:
		rule = "time.rule.ni"
	case b.nation == England:
		rule = "time.rule.england"
	default:
		rule = "time.rule.unsure"
	}
	t.Unsure = l.Late() && !l.Sure
	var status Step
	switch {
	case b.sent():
		status = b.step("time.status.sent")
	case t.Unsure:
		status = b.step("time.status.maybe")
	default:
		status = b.step("time.status." + string(t.Status))
	}
	t.Title = b.step(rule).Title
	text := b.step(rule).Text
	if l.Months > 0 {
		text += " " + b.deadline(status.Text, t.Deadline)
	}
	t.Text = text
	return t
}

// ombudsmanLimit words the date to reach the ombudsman by, once the
// final response has come: see Answers.OmbudsmanLimit.
func (b *builder) ombudsmanLimit() TimeLimit {
	l := b.a.OmbudsmanLimit(b.a.Responded, b.today)
	var rule string
	switch b.nation {
	case Wales:
		rule = "time.ombudsman.wales"
	case Scotland:
		rule = "time.ombudsman.scotland"
	case NorthernIreland:
		rule = "time.ombudsman.ni"
	default:
		rule = "time.ombudsman.england"
	}
	t := TimeLimit{Deadline: l.Deadline, Status: status(l.Deadline, dayOf(b.today)), Ombudsman: true}
	t.Unsure = l.Late && !l.Sure
	st := b.step("time.ombudsman.status." + string(t.Status))
	if t.Unsure {
		st = b.step("time.ombudsman.status.maybe")
	}
	t.Title = b.step(rule).Title
	t.Text = b.step(rule).Text + " " + b.deadline(st.Text, t.Deadline)
	return t
}

// deadline fills in the value {deadline} of guidance words with the date
// d in words. Any other value shows as its name in brackets.
func (b *builder) deadline(words string, d Date) string {
	return content.Render(words, func(name, placeholder string) string {
		if name == "deadline" {
			return d.Words(b.e.c)
		}
		return "[" + name + "]"
	})
}

// sent reports whether the formal complaint has been made.
func (b *builder) sent() bool { return b.a.Complained() }

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
	case b.a.Service == SelfFundedCare:
		return []string{"duty.care-provider"}
	}
	ids := []string{"duty.acknowledge", "duty.respond"}
	if b.both() {
		ids = append(ids, "duty.cooperate")
	}
	return ids
}

// overdue reports whether the response is late: see Answers.ResponseOverdue.
func (b *builder) overdue() bool { return b.a.ResponseOverdue(b.today) }

// selfFundedEngland reports whether this is care the person arranges and
// pays for themselves, under England's rules.
func (b *builder) selfFundedEngland() bool { return b.a.Care() == CareSelfFunded && b.englandRules() }

// nextID returns the next step for the stage reached.
func (b *builder) nextID() string {
	switch b.a.Stage {
	case RaisedStaff:
		return "next.raised-staff"
	case RaisedPALS:
		return "next.pals"
	case SentNoAck:
		if b.private() || b.a.Service == SelfFundedCare {
			return "next.chaser-own"
		}
		return "next.chaser"
	case Waiting:
		switch {
		case b.overdue() && b.selfFundedEngland():
			return "next.overdue-care"
		case b.overdue():
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
			switch a.Ombudsman() {
			case JointPHSOLGSCO:
				ids = append(ids, "route.joint", "route.phso-time", "route.lgsco-time")
			case PHSO:
				ids = append(ids, "route.phso", "route.phso-time")
			case LGSCO:
				if b.children() {
					ids = append(ids, "route.children-lgsco")
				} else {
					ids = append(ids, "route.lgsco-self-funded", "route.lgsco", "route.lgsco-time")
				}
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
	if a.ConsideringLegal() && !b.private() {
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
		// Nurses in care homes; social workers where the council acts.
		return []string{"regulator.nmc", "regulator.swe", "regulator.social-care-other"}
	}
	return []string{"regulator.gmc", "regulator.nmc"}
}

// report adds other places to tell.
func (b *builder) report() {
	a := b.a
	// Each inspector's scope says where it applies.
	ids := []string{"report.not-complaint", "report.cqc", "report.nhs-review",
		"report.wales-inspect", "report.scotland-inspect", "report.ni-inspect"}
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
		switch a.Candour() {
		case CandourEngland:
			if !b.inOutcomes("outcome.explanation.candour") { // else already in the outcome cards
				ids = append(ids, "warn.candour")
			}
		case CandourWales:
			ids = append(ids, "warn.candour.wales")
		case CandourScotland:
			ids = append(ids, "warn.candour.scotland")
		}
		// Every doctor, nurse and other registered health worker.
		ids = append(ids, "warn.candour.professional")
	}
	if b.recentDeath() && !b.inOutcomes("outcome.explanation.medical-examiner") {
		ids = append(ids, "warn.medical-examiner")
	}
	money := a.Wants(OutMoney)
	if money || a.ConsideringLegal() || a.MaybeOffered() || b.seriousHarm() {
		// The scopes choose England and Wales's rules or the others'.
		ids = append(ids, "warn.limitation", "warn.limitation.care", "warn.limitation.other")
		if a.Person == ForChild || a.Person == YoungPerson {
			ids = append(ids, "warn.limitation.child")
		}
		if b.died() {
			ids = append(ids, "warn.limitation.death")
		}
		ids = append(ids, "warn.limitation.capacity")
	}
	if money || a.MaybeOffered() {
		ids = append(ids, "warn.ex-gratia")
	}
	if money || a.ConsideringLegal() {
		ids = append(ids, "warn.legal-aid")
	}
	if a.ConsideringLegal() {
		ids = append(ids, "warn.legal-complaint")
	}
	if len(ids) > 0 {
		b.p.Warnings = b.steps(ids...)
	}
}

// advocacy reports whether free NHS complaints advocacy covers the case:
// NHS or NHS-funded care in England, not private or social-care-only.
func (b *builder) advocacy() bool { return b.a.Advocacy() == AdvocacyNHS }

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
	// Each service's scope says in which nation and for which care it
	// helps; the rules here say when it is needed.
	ids := []string{"help.llais", "help.pass", "help.scotland-social", "help.pcc"}
	if b.advocacy() {
		ids = append(ids, "help.advocacy")
	}
	ids = append(ids, "help.social-care", "help.children-advocacy")
	if a.Detained == Yes {
		ids = append(ids, "help.imha", "help.mh-advocacy")
	}
	// Citizens Advice before AvMA: for care without NHS advocacy it is the
	// more general first help.
	ids = append(ids, "help.citizens-advice", "help.citizens-advice-scotland")
	if b.seriousHarm() || a.ConsideringLegal() || a.Wants(OutMoney) || a.MaybeOffered() {
		ids = append(ids, "help.avma")
	}
	ids = append(ids, "help.unsure")
	b.p.Help = append(out, b.steps(ids...)...)
}

// letters adds the letters to draft, in order, from the letter registry.
func (b *builder) letters() {
	for _, o := range b.a.letterOffers(b.today) {
		b.p.Letters = append(b.p.Letters, LetterRef{ID: o.id, Title: o.id.Title(b.e.c, b.a), Why: b.step(o.why).Text})
	}
}
