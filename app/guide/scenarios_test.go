package guide_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
)

// today is the fixed "today" used by the tests.
var today = time.Date(2026, time.November, 21, 15, 4, 5, 0, time.UTC)

func opts() guide.Options { return guide.Options{Today: today} }

// english is the embedded English content.
func english(t testing.TB) *content.Set {
	t.Helper()
	c, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// ids lists every step in a plan as "section:id", so a test can ask for
// a step in a given place.
func ids(p guide.Plan) []string {
	var out []string
	add := func(section string, steps []guide.Step) {
		for _, s := range steps {
			out = append(out, section+":"+s.ID)
		}
	}
	add("urgent", p.Urgent)
	for _, o := range p.Outcomes {
		add("out", o.Routes)
	}
	add("send", p.Complaint.SendTo)
	add("duty", p.Complaint.Duties)
	add("next", []guide.Step{p.Complaint.Next})
	add("esc", p.Escalation)
	add("rep", p.Report)
	add("warn", p.Warnings)
	add("help", p.Help)
	return out
}

func urgentIDs(p guide.Plan) []string {
	var out []string
	for _, s := range p.Urgent {
		out = append(out, s.ID)
	}
	return out
}

func letterIDs(p guide.Plan) []guide.LetterID {
	var out []guide.LetterID
	for _, l := range p.Letters {
		out = append(out, l.ID)
	}
	return out
}

type L = []guide.LetterID

var (
	complaint = guide.LetterComplaint
	pals      = guide.LetterPALS
	consent   = guide.LetterConsent
	records   = guide.LetterRecords
	chaser    = guide.LetterChaser
	meeting   = guide.LetterMeeting
	reply     = guide.LetterReply
	ombudsman = guide.LetterOmbudsman
	regulator = guide.LetterRegulator
	offer     = guide.LetterOffer
)

func outs(o ...guide.Outcome) []guide.Outcome { return o }

var cannotRE = regexp.MustCompile(`(?i)\b(can ?not|can't|unable to|not able to) (make a )?complain`)

func TestScenarios(t *testing.T) {
	y := guide.Yes
	tests := []struct {
		name    string
		a       guide.Answers
		o       *guide.Options
		urgent  []string         // exact
		letters L                // exact
		status  guide.TimeStatus // "" means do not check
		has     []string         // "section:id" that must appear
		not     []string         // "section:id" that must not appear
		text    string           // must appear in TimeLimit.Text
	}{
		{
			name:    "14 months ago but found out recently: inside",
			a:       guide.Answers{Nation: guide.England, Service: guide.GP, Happened: guide.MonthOf(2025, 9), FoundOut: guide.MonthOf(2026, 8)},
			letters: L{complaint}, status: guide.TimeInside,
			has: []string{"send:complaint.provider", "send:complaint.icb", "send:complaint.one-or-other", "esc:route.phso", "duty:duty.acknowledge", "duty:duty.respond", "next:next.not-raised"},
			not: []string{"warn:warn.late"}, text: "1 August 2027",
		},
		{
			name:    "14 months ago and known: passed, still can complain",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalOutpatient, Happened: guide.DayOf(2025, 9, 10)},
			letters: L{complaint}, status: guide.TimePassed,
			has:  []string{"warn:warn.late", "esc:route.phso"},
			text: "You can still complain",
		},
		{
			name: "deceased parent: records under Access to Health Records Act, limitation from death",
			a: guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.ForDeceased, Harm: guide.HarmDeath,
				Happened: guide.MonthOf(2026, 6), Outcomes: outs(guide.OutExplanation, guide.OutMoney)},
			letters: L{complaint, records}, status: guide.TimeInside,
			has: []string{"send:who.deceased", "warn:warn.limitation", "warn:warn.limitation.death",
				"out:outcome.explanation.candour", "help:help.avma"},
			// Already in the explanation card: not repeated as warnings. The
			// death was five months ago: the medical examiner has finished.
			not: []string{"warn:warn.limitation.child", "warn:warn.medical-examiner", "warn:warn.candour",
				"out:outcome.explanation.medical-examiner"},
		},
		{
			name: "young child: parent complains, limitation from 18",
			a: guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.ForChild, Harm: guide.HarmModerate,
				Outcomes: outs(guide.OutExplanation)},
			letters: L{complaint, consent, records}, status: guide.TimeUnknown,
			has: []string{"send:who.child", "warn:warn.limitation", "warn:warn.limitation.child", "out:outcome.explanation.candour", "help:help.advocacy"},
			not: []string{"warn:warn.candour"},
		},
		{
			name:    "teenager complaining alone",
			a:       guide.Answers{Nation: guide.England, Service: guide.MentalHealth, Person: guide.YoungPerson, Outcomes: outs(guide.OutApology)},
			letters: L{complaint},
			has:     []string{"send:who.young-person", "help:help.advocacy", "out:outcome.apology.complaint", "out:outcome.apology.not-liability", "esc:route.phso"},
			not:     []string{"warn:warn.limitation"},
		},
		{
			name:    "NHS patient in a private hospital: PHSO",
			a:       guide.Answers{Nation: guide.England, Service: guide.NHSFundedPrivate, Outcomes: outs(guide.OutProcedures)},
			letters: L{complaint},
			has:     []string{"send:complaint.provider", "send:complaint.icb", "esc:route.phso", "help:help.advocacy", "out:outcome.procedures.report"},
			not:     []string{"esc:route.iscas"},
		},
		{
			name: "self-paid cosmetic surgery: ISCAS or courts, not PHSO, no NHS advocacy",
			a: guide.Answers{Nation: guide.England, Service: guide.PrivateHealthcare, Happened: guide.MonthOf(2026, 5),
				Outcomes: outs(guide.OutMoney), Harm: guide.HarmMinor},
			letters: L{complaint, records}, status: guide.TimeUnknown,
			has: []string{"send:complaint.private", "duty:duty.private", "esc:route.iscas", "esc:route.courts", "out:outcome.money.private",
				"out:outcome.money.legal", "warn:warn.ex-gratia", "help:help.citizens-advice"},
			not: []string{"esc:route.phso", "help:help.advocacy", "out:outcome.money.ombudsman", "send:complaint.icb", "rep:report.nhs-review"},
		},
		{
			name: "self-funded care home with an attorney: LGSCO, LPA",
			a: guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare, Person: guide.ForAdultLacksCapacity,
				Authority: guide.AuthorityLPA, Outcomes: outs(guide.OutProcedures)},
			letters: L{complaint, consent},
			has:     []string{"send:complaint.care-provider", "send:who.lpa", "esc:route.lgsco", "esc:route.lgsco-time", "rep:report.cqc"},
			not:     []string{"esc:route.phso", "help:help.advocacy", "send:complaint.icb", "warn:warn.limitation"},
		},
		{
			name: "council home care failing now: danger, safeguarding, council, LGSCO",
			a: guide.Answers{Nation: guide.England, Service: guide.CouncilCare, Danger: y, Abuse: y, Person: guide.ForAdultConsents,
				Outcomes: outs(guide.OutService)},
			urgent:  []string{"urgent.999", "urgent.care-now", "urgent.safeguarding", "urgent.101", "urgent.111"},
			letters: L{complaint, consent},
			has: []string{"send:complaint.council", "send:who.adult-consents", "esc:route.lgsco", "out:outcome.service.reassess",
				"warn:warn.safeguarding-pause"},
			not: []string{"esc:route.phso", "urgent:urgent.marthas-rule", "help:help.advocacy"},
		},
		{
			name:    "joint hospital discharge and council care: joint team, single response",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, SocialCareToo: y, Outcomes: outs(guide.OutExplanation)},
			letters: L{complaint},
			has:     []string{"send:complaint.joint", "duty:duty.cooperate", "esc:route.joint", "help:help.advocacy"},
			not:     []string{"esc:route.phso", "esc:route.lgsco"},
		},
		{
			name:    "GP: provider or ICB",
			a:       guide.Answers{Nation: guide.England, Service: guide.GP, Outcomes: outs(guide.OutLetKnow)},
			letters: L{complaint},
			has: []string{"send:complaint.provider", "send:complaint.icb", "send:complaint.one-or-other", "esc:route.phso",
				"out:outcome.letknow.feedback", "rep:report.cqc", "rep:report.nhs-review", "rep:report.mp"},
			not: []string{"rep:report.healthwatch"},
		},
		{
			name:    "NHS dentist: no dentist taking patients, ICB",
			a:       guide.Answers{Nation: guide.England, Service: guide.NHSDentist, Outcomes: outs(guide.OutService)},
			letters: L{complaint, pals},
			has:     []string{"out:outcome.service.commissioner", "send:complaint.icb", "esc:route.phso"},
			not:     []string{"esc:route.dcs"},
		},
		{
			name:    "private dentist: Dental Complaints Service",
			a:       guide.Answers{Nation: guide.England, Service: guide.PrivateDentist, Outcomes: outs(guide.OutDiscipline)},
			letters: L{complaint, regulator},
			has:     []string{"esc:route.dcs", "esc:route.courts", "rep:regulator.gdc", "out:outcome.discipline.regulator", "out:outcome.discipline.complaint"},
			not:     []string{"esc:route.phso", "help:help.advocacy"},
		},
		{
			name:    "pharmacy: GPhC, no regulation 20",
			a:       guide.Answers{Nation: guide.England, Service: guide.Pharmacy, Harm: guide.HarmModerate, Outcomes: outs(guide.OutExplanation)},
			letters: L{complaint, records},
			has:     []string{"rep:regulator.gphc", "warn:warn.candour.professional", "esc:route.phso"},
			not:     []string{"warn:warn.candour", "out:outcome.explanation.candour", "rep:report.cqc"},
		},
		{
			name:    "ambulance",
			a:       guide.Answers{Nation: guide.England, Service: guide.Ambulance, Harm: guide.HarmModerate, Outcomes: outs(guide.OutExplanation)},
			letters: L{complaint, records},
			has:     []string{"send:complaint.provider", "send:complaint.icb", "esc:route.phso", "rep:regulator.hcpc", "out:outcome.explanation.candour"},
		},
		{
			name: "moderate harm, only money wanted: the duty of candour is a warning, and after a death the medical examiner",
			a: guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.ForDeceased, Harm: guide.HarmDeath,
				Outcomes: outs(guide.OutMoney)},
			letters: L{complaint, records},
			has:     []string{"warn:warn.candour", "warn:warn.candour.professional"},
			not:     []string{"out:outcome.explanation.candour", "warn:warn.medical-examiner"},
		},
		{
			name:    "detained mental health patient: CQC MHA, IMHA",
			a:       guide.Answers{Nation: guide.England, Service: guide.MentalHealth, Detained: y, Outcomes: outs(guide.OutExplanation)},
			letters: L{complaint},
			has:     []string{"esc:route.phso", "esc:route.cqc-mha", "help:help.imha", "help:help.advocacy"},
		},
		{
			name:    "wants only money",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Outcomes: outs(guide.OutMoney), Harm: guide.HarmMinor},
			letters: L{complaint, records},
			has: []string{"out:outcome.money.complaint", "out:outcome.money.ombudsman", "out:outcome.money.legal", "warn:warn.ex-gratia",
				"warn:warn.limitation", "warn:warn.legal-aid", "help:help.avma"},
			not: []string{"warn:warn.candour", "letter:offer"},
		},
		{
			name:    "alleges assault: police 101, regulator",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Outcomes: outs(guide.OutPolice, guide.OutDiscipline)},
			urgent:  []string{"urgent.101"},
			letters: L{complaint, regulator},
			has: []string{"out:outcome.police.report", "out:outcome.police.complaint", "rep:regulator.gmc", "rep:regulator.nmc",
				"warn:warn.safeguarding-pause"},
		},
		{
			name:    "assault and danger now: 999 first",
			a:       guide.Answers{Nation: guide.England, Service: guide.CouncilCare, Danger: y, Outcomes: outs(guide.OutPolice)},
			urgent:  []string{"urgent.999", "urgent.care-now", "urgent.safeguarding", "urgent.101", "urgent.111"},
			letters: L{complaint},
			has:     []string{"out:outcome.police.safeguarding", "rep:regulator.swe"},
		},
		{
			name: "Wales: Putting Things Right, PSOW, Llais",
			a: guide.Answers{Nation: guide.Wales, Service: guide.HospitalInpatient, Harm: guide.HarmModerate, Happened: guide.MonthOf(2026, 4),
				Outcomes: outs(guide.OutMoney)},
			letters: L{complaint, records}, status: guide.TimeInside,
			has: []string{"send:complaint.wales", "duty:duty.wales", "esc:route.psow", "help:help.llais", "out:outcome.money.wales",
				"warn:warn.candour.wales", "warn:warn.limitation", "rep:report.wales-inspect"},
			not:  []string{"esc:route.phso", "help:help.advocacy", "send:complaint.icb", "warn:warn.candour", "letter:pals", "urgent:urgent.111"},
			text: "In Wales",
		},
		{
			name:    "Wales GP practice: the NHS bodies' duty of candour is not raised",
			a:       guide.Answers{Nation: guide.Wales, Service: guide.GP, Harm: guide.HarmModerate, Happened: guide.MonthOf(2026, 9)},
			letters: L{complaint, records}, status: guide.TimeInside,
			has: []string{"send:complaint.wales", "esc:route.psow"},
			not: []string{"warn:warn.candour.wales", "warn:warn.candour"},
		},
		{
			name:    "Scotland: 6 months, SPSO, PASS",
			a:       guide.Answers{Nation: guide.Scotland, Service: guide.GP, Happened: guide.MonthOf(2026, 3)},
			letters: L{complaint}, status: guide.TimePassed,
			has:  []string{"send:complaint.scotland", "duty:duty.scotland", "esc:route.spso", "help:help.pass", "warn:warn.late"},
			not:  []string{"esc:route.phso", "help:help.advocacy", "rep:report.cqc"},
			text: "1 September 2026",
		},
		{
			name:    "Northern Ireland: HSC procedure, NIPSO, PCC",
			a:       guide.Answers{Nation: guide.NorthernIreland, Service: guide.Pharmacy, Outcomes: outs(guide.OutDiscipline)},
			letters: L{complaint, regulator},
			has:     []string{"send:complaint.ni", "duty:duty.ni", "esc:route.nipso", "help:help.pcc", "rep:regulator.psni"},
			not:     []string{"esc:route.phso", "rep:regulator.gphc", "help:help.advocacy"},
		},
		{
			name:    "final response received and unhappy",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Stage: guide.FinalResponse},
			letters: L{meeting, reply, ombudsman},
			has:     []string{"next:next.final", "esc:route.phso", "send:complaint.after-final"},
			not:     []string{"esc:route.local-first", "send:complaint.icb", "send:complaint.one-or-other", "send:complaint.provider"},
		},
		{
			name:    "no reply after seven months: chaser, ombudsman may accept",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalAE, Stage: guide.Waiting, Sent: guide.DayOf(2026, 4, 10)},
			letters: L{chaser, ombudsman},
			has:     []string{"next:next.overdue"},
		},
		{
			name:    "waiting two months in England: not late yet",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalAE, Stage: guide.Waiting, Sent: guide.DayOf(2026, 9, 1)},
			letters: nil,
			has:     []string{"next:next.waiting"},
		},
		{
			name:    "sent with no acknowledgement",
			a:       guide.Answers{Nation: guide.England, Service: guide.Community, Stage: guide.SentNoAck, Sent: guide.DayOf(2026, 11, 10)},
			letters: L{chaser},
			has:     []string{"next:next.chaser"},
		},
		{
			name:    "children's social care: separate procedure, say less",
			a:       guide.Answers{Nation: guide.England, Service: guide.ChildrenSocialCare, Person: guide.ForChild, Happened: guide.MonthOf(2026, 1)},
			letters: L{complaint, consent}, status: guide.TimeUnknown,
			has: []string{"send:complaint.children", "duty:duty.children", "esc:route.children-lgsco", "send:who.child"},
			not: []string{"esc:route.phso", "help:help.advocacy", "rep:report.cqc", "send:complaint.council"},
		},
		{
			name:    "children's social care, child at risk",
			a:       guide.Answers{Nation: guide.England, Service: guide.ChildrenSocialCare, Danger: y},
			urgent:  []string{"urgent.999", "urgent.safeguarding-child", "urgent.111"},
			letters: L{complaint},
		},
		{
			name:    "unsure nation: check, route generally",
			a:       guide.Answers{Nation: guide.NationUnsure, Service: guide.GP},
			letters: L{complaint},
			has: []string{"send:complaint.unsure-nation", "send:complaint.provider", "esc:route.unsure", "esc:route.phso",
				"help:help.unsure", "duty:duty.unsure"},
			text: "Scotland and Northern Ireland",
		},
		{
			name:    "unsure service",
			a:       guide.Answers{Nation: guide.England, Service: guide.ServiceUnsure},
			letters: L{complaint},
			has:     []string{"send:complaint.unsure-service", "esc:route.phso", "esc:route.lgsco", "help:help.advocacy"},
		},
		{
			name:    "danger now in hospital: Martha's Rule",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Danger: y, Outcomes: outs(guide.OutService)},
			urgent:  []string{"urgent.999", "urgent.hospital-now", "urgent.marthas-rule", "urgent.111"},
			letters: L{complaint, pals},
			has:     []string{"out:outcome.service.marthas-rule", "out:outcome.service.staff"},
		},
		{
			name:    "offered a payment",
			a:       guide.Answers{Nation: guide.England, Service: guide.Maternity, Stage: guide.FinalResponse, Offer: y},
			letters: L{meeting, reply, ombudsman, offer},
			has:     []string{"warn:warn.ex-gratia", "warn:warn.limitation", "help:help.avma"},
		},
		{
			name:    "adult who lacks capacity, no LPA",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.ForAdultLacksCapacity, Authority: guide.AuthorityNone, Harm: guide.HarmModerate},
			letters: L{complaint, consent, records},
			has:     []string{"send:who.no-authority", "warn:warn.limitation.capacity"},
		},
		{
			name:    "private optician: OCCS",
			a:       guide.Answers{Nation: guide.England, Service: guide.PrivateOptician, Stage: guide.FinalResponse},
			letters: L{meeting, reply, ombudsman},
			has:     []string{"esc:route.occs", "esc:route.courts", "next:next.final-private"},
			not:     []string{"esc:route.phso", "rep:report.cqc"},
		},
		{
			name:    "nothing answered yet",
			a:       guide.Answers{},
			letters: L{complaint}, status: guide.TimeUnknown,
			has: []string{"send:complaint.unsure-nation", "esc:route.unsure", "help:help.unsure", "next:next.not-raised"},
		},
		{
			name:    "already with the ombudsman",
			a:       guide.Answers{Nation: guide.England, Service: guide.GP, Stage: guide.WithOmbudsman},
			letters: nil,
			has:     []string{"next:next.ombudsman"},
		},
		{
			name:    "legal action considered",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Legal: y},
			letters: L{complaint, records},
			has:     []string{"warn:warn.legal-complaint", "warn:warn.legal-aid", "esc:warn.ombudsman-court"},
		},
		{
			name:    "Scotland detained patient",
			a:       guide.Answers{Nation: guide.Scotland, Service: guide.MentalHealth, Detained: y},
			letters: L{complaint},
			has:     []string{"esc:route.mha-other", "help:help.mh-advocacy", "help:help.pass"},
			not:     []string{"esc:route.cqc-mha", "help:help.imha"},
		},
		{
			name:    "Wales private dentist",
			a:       guide.Answers{Nation: guide.Wales, Service: guide.PrivateDentist},
			letters: L{complaint},
			has:     []string{"send:complaint.private", "esc:route.dcs"},
			not:     []string{"esc:route.psow"},
		},
		{
			name: "partner contacts and Healthwatch",
			a:    guide.Answers{Nation: guide.England, Service: guide.HospitalAE},
			o: &guide.Options{Today: today, Local: guide.Local{Partner: "Community Action Norfolk",
				Advocacy:    guide.Contact{Phone: "0300 000 0000"},
				PALS:        guide.Contact{Name: "Hospital PALS", Web: "https://example.org/pals"},
				Healthwatch: guide.Contact{Name: "Healthwatch Example", Web: "https://example.org/hw"}}},
			letters: L{complaint},
			has:     []string{"help:help.local.advocacy", "help:help.local.pals", "help:help.local.healthwatch", "rep:report.healthwatch"},
		},
		{
			name:    "Healthwatch switched on without a contact",
			a:       guide.Answers{Nation: guide.England, Service: guide.GP},
			o:       &guide.Options{Today: today, Healthwatch: true},
			letters: L{complaint},
			has:     []string{"rep:report.healthwatch"},
			not:     []string{"help:help.local.healthwatch"},
		},
		// Written from domain.md and its December 2026 review (section 12).
		{
			name:    "self-funded care home, not raised: provider's own procedure and regulation 16, not the 2009 timescales",
			a:       guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare, Happened: guide.DayOf(2026, 10, 1)},
			letters: L{complaint}, status: guide.TimeInside,
			has:  []string{"send:complaint.care-provider", "duty:duty.care-provider", "esc:route.lgsco-self-funded", "esc:route.lgsco-time", "help:help.social-care"},
			not:  []string{"duty:duty.acknowledge", "duty:duty.respond", "send:complaint.icb", "help:help.advocacy", "send:complaint.spoken"},
			text: "LGSCO",
		},
		{
			name:    "self-funded care after the final reply: the LGSCO, no 'send it to the council'",
			a:       guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare, Stage: guide.FinalResponse, Outcomes: outs(guide.OutApology)},
			letters: L{meeting, reply, ombudsman},
			has:     []string{"send:complaint.after-final", "esc:route.lgsco", "out:outcome.apology.after", "next:next.final"},
			not:     []string{"out:outcome.apology.complaint", "send:complaint.council", "esc:route.local-first"},
		},
		{
			name:    "private hospital, self-paid: ISCAS can give an explanation, apology, action and a goodwill payment",
			a:       guide.Answers{Nation: guide.England, Service: guide.PrivateHealthcare, Stage: guide.FinalResponse},
			letters: L{meeting, reply, ombudsman},
			has:     []string{"esc:route.iscas", "esc:route.courts", "next:next.final-private", "send:complaint.private", "duty:duty.private"},
			not:     []string{"esc:route.phso", "esc:route.lgsco", "send:complaint.after-final", "esc:warn.ombudsman-court"},
		},
		{
			name:    "private dentist after the final reply: Dental Complaints Service, no ombudsman card",
			a:       guide.Answers{Nation: guide.England, Service: guide.PrivateDentist, Stage: guide.FinalResponse, Outcomes: outs(guide.OutPutRight)},
			letters: L{meeting, reply, ombudsman},
			has:     []string{"esc:route.dcs", "out:outcome.private-escalation"},
			not:     []string{"out:outcome.ombudsman", "out:outcome.putright.after", "out:outcome.putright.complaint", "esc:route.iscas"},
		},
		{
			name:    "private optician: OCCS, not ISCAS",
			a:       guide.Answers{Nation: guide.Scotland, Service: guide.PrivateOptician, Outcomes: outs(guide.OutMoney)},
			letters: L{complaint, records},
			has:     []string{"esc:route.occs", "out:outcome.money.private", "out:outcome.money.legal"},
			not:     []string{"esc:route.spso", "out:outcome.money.ombudsman", "esc:route.iscas"},
		},
		{
			name: "council home care, money wanted: no PALS, clinical negligence, legal aid or AvMA",
			a: guide.Answers{Nation: guide.England, Service: guide.CouncilCare, Harm: guide.HarmModerate,
				Outcomes: outs(guide.OutService, guide.OutMoney, guide.OutLetKnow)},
			letters: L{complaint, records},
			has: []string{"out:outcome.service.staff", "out:outcome.money.legal-care", "warn:warn.limitation.care", "help:help.social-care",
				"help:help.citizens-advice", "send:complaint.council", "send:complaint.spoken"},
			not: []string{"out:outcome.service.pals", "out:outcome.money.legal", "warn:warn.legal-aid", "help:help.avma", "warn:warn.limitation",
				"letter:pals", "help:help.advocacy", "warn:warn.candour.professional"},
		},
		{
			name:    "self-funded care, legal action thought of: no legal aid or AvMA",
			a:       guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare, Legal: y, Offer: y},
			letters: L{complaint, records, offer},
			has:     []string{"warn:warn.ex-gratia", "warn:warn.limitation.care", "warn:warn.legal-complaint"},
			not:     []string{"warn:warn.legal-aid", "help:help.avma", "warn:warn.limitation"},
		},
		{
			name:    "Wales, final reply: no ICB, ombudsman date from when they knew, not the met complaint deadline",
			a:       guide.Answers{Nation: guide.Wales, Service: guide.HospitalInpatient, Stage: guide.FinalResponse, Happened: guide.DayOf(2026, 2, 10)},
			letters: L{meeting, reply, ombudsman}, status: guide.TimeInside,
			has:  []string{"esc:route.psow", "send:complaint.after-final", "next:next.final"},
			not:  []string{"send:complaint.icb", "send:complaint.one-or-other", "esc:route.local-first", "esc:route.phso"},
			text: "Aim to send it to the ombudsman by 10 February 2027",
		},
		{
			name: "England, final reply, outcome cards speak to the ombudsman stage",
			a: guide.Answers{Nation: guide.England, Service: guide.GP, Stage: guide.FinalResponse, Happened: guide.DayOf(2026, 1, 1),
				Outcomes: outs(guide.OutExplanation, guide.OutProcedures, guide.OutService, guide.OutPutRight)},
			letters: L{meeting, reply, ombudsman}, status: guide.TimeClosing,
			has: []string{"out:outcome.explanation.after", "out:outcome.procedures.after", "out:outcome.service.after", "out:outcome.putright.after",
				"out:outcome.explanation.meeting"},
			not: []string{"out:outcome.explanation.complaint", "out:outcome.procedures.complaint", "out:outcome.service.complaint",
				"out:outcome.service.commissioner", "out:outcome.service.pals", "out:outcome.service.staff", "send:complaint.icb", "letter:pals"},
			text: "1 January 2027",
		},
		{
			name:    "England, final reply, a year and more after they knew: ombudsman date passed, still send it",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalAE, Stage: guide.FinalResponse, Happened: guide.DayOf(2025, 6, 1)},
			letters: L{meeting, reply, ombudsman}, status: guide.TimePassed,
			has:  []string{"esc:route.phso", "esc:route.phso-time"},
			not:  []string{"warn:warn.late"},
			text: "Send it to the ombudsman now anyway",
		},
		{
			name:    "Northern Ireland, final reply: NIPSO 6 months from the reply",
			a:       guide.Answers{Nation: guide.NorthernIreland, Service: guide.HospitalInpatient, Stage: guide.FinalResponse, Responded: guide.DayOf(2026, 9, 1)},
			letters: L{meeting, reply, ombudsman}, status: guide.TimeInside,
			has:  []string{"esc:route.nipso", "send:complaint.after-final"},
			text: "1 March 2027",
		},
		{
			name:    "Scotland, final reply: SPSO date",
			a:       guide.Answers{Nation: guide.Scotland, Service: guide.GP, Stage: guide.FinalResponse, Happened: guide.MonthOf(2026, 3)},
			letters: L{meeting, reply, ombudsman}, status: guide.TimeInside,
			has:  []string{"esc:route.spso"},
			text: "1 March 2027",
		},
		{
			name:    "Northern Ireland council-type care: the HSC Trust, not the council",
			a:       guide.Answers{Nation: guide.NorthernIreland, Service: guide.CouncilCare, Outcomes: outs(guide.OutService)},
			letters: L{complaint},
			has:     []string{"send:complaint.ni", "out:outcome.service.reassess-ni", "esc:route.nipso", "help:help.pcc", "rep:report.ni-inspect"},
			not:     []string{"out:outcome.service.reassess", "send:complaint.council", "esc:route.lgsco", "rep:regulator.swe"},
		},
		{
			name:    "Northern Ireland, danger now: no NHS 111",
			a:       guide.Answers{Nation: guide.NorthernIreland, Service: guide.HospitalAE, Danger: y},
			urgent:  []string{"urgent.999", "urgent.hospital-now", "urgent.gp"},
			letters: L{complaint},
			not:     []string{"urgent:urgent.111", "urgent:urgent.marthas-rule"},
		},
		{
			name:    "Northern Ireland care home, danger now: the Trust's adult social care team",
			a:       guide.Answers{Nation: guide.NorthernIreland, Service: guide.CouncilCare, Danger: y},
			urgent:  []string{"urgent.999", "urgent.care-now-ni", "urgent.safeguarding", "urgent.gp"},
			letters: L{complaint},
		},
		{
			name:    "Scotland, danger now: NHS 24 on 111",
			a:       guide.Answers{Nation: guide.Scotland, Service: guide.GP, Danger: y},
			urgent:  []string{"urgent.999", "urgent.111-scotland"},
			letters: L{complaint},
		},
		{
			name:    "Wales, danger now: NHS 111 Wales, no Martha's Rule",
			a:       guide.Answers{Nation: guide.Wales, Service: guide.HospitalInpatient, Danger: y},
			urgent:  []string{"urgent.999", "urgent.hospital-now", "urgent.111"},
			letters: L{complaint},
		},
		{
			name:    "Wales: Listening to People with early resolution; no England-only lines",
			a:       guide.Answers{Nation: guide.Wales, Service: guide.GP, Outcomes: outs(guide.OutProcedures, guide.OutService)},
			letters: L{complaint},
			has:     []string{"send:complaint.wales", "rep:report.mp", "rep:report.wales-inspect", "help:help.llais"},
			not: []string{"out:outcome.procedures.report", "rep:report.cqc", "rep:report.nhs-review", "out:outcome.service.pals",
				"out:outcome.service.commissioner", "send:complaint.spoken", "duty:duty.acknowledge"},
		},
		{
			name:    "health visitor in England: the council pays, complain to the council, not the ICB",
			a:       guide.Answers{Nation: guide.England, Service: guide.PublicHealth},
			letters: L{complaint},
			has:     []string{"send:complaint.provider", "send:complaint.public-health", "esc:route.phso", "esc:route.lgsco", "duty:duty.acknowledge"},
			not:     []string{"send:complaint.icb"},
		},
		{
			name:    "community services in England: the note on council-funded services",
			a:       guide.Answers{Nation: guide.England, Service: guide.Community},
			letters: L{complaint},
			has:     []string{"send:complaint.public-health", "send:complaint.icb"},
		},
		{
			name:    "care home, danger now with neglect: provider and council now, safeguarding, 999",
			a:       guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare, Danger: y},
			urgent:  []string{"urgent.999", "urgent.care-now", "urgent.safeguarding", "urgent.111"},
			letters: L{complaint},
		},
		{
			name:    "abuse alleged, police not chosen: police still offered",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Abuse: y},
			urgent:  []string{"urgent.safeguarding", "urgent.101"},
			letters: L{complaint},
			has:     []string{"warn:warn.safeguarding-pause"},
		},
		{
			name:    "in hospital, wants care now but no danger: no Martha's Rule",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Outcomes: outs(guide.OutService)},
			letters: L{complaint, pals},
			has:     []string{"out:outcome.service.pals", "out:outcome.service.staff"},
			not:     []string{"out:outcome.service.marthas-rule", "urgent:urgent.marthas-rule"},
		},
		{
			name:    "after a death in hospital: no Martha's Rule, even with danger answered",
			a:       guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.ForDeceased, Danger: y, Outcomes: outs(guide.OutService)},
			urgent:  []string{"urgent.999", "urgent.111"},
			letters: L{complaint, pals, records},
			not:     []string{"out:outcome.service.marthas-rule"},
		},
		{
			name: "death two weeks ago: the medical examiner, and a line of sympathy",
			a: guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.ForDeceased, Harm: guide.HarmDeath,
				Happened: guide.DayOf(2026, 11, 7), Outcomes: outs(guide.OutExplanation)},
			letters: L{complaint, records},
			has:     []string{"out:outcome.explanation.medical-examiner", "send:who.deceased"},
			not:     []string{"warn:warn.medical-examiner"},
		},
		{
			name: "death two weeks ago in Wales: the medical examiner too",
			a: guide.Answers{Nation: guide.Wales, Service: guide.HospitalInpatient, Person: guide.ForDeceased, Harm: guide.HarmDeath,
				Happened: guide.DayOf(2026, 11, 7)},
			letters: L{complaint, records},
			has:     []string{"warn:warn.medical-examiner", "warn:warn.candour.wales", "warn:warn.limitation.death"},
		},
		{
			name: "death in Scotland: no medical examiner, statutory duty of candour",
			a: guide.Answers{Nation: guide.Scotland, Service: guide.HospitalInpatient, Person: guide.ForDeceased, Harm: guide.HarmDeath,
				Happened: guide.DayOf(2026, 11, 7), Outcomes: outs(guide.OutApology)},
			letters: L{complaint, records},
			has:     []string{"warn:warn.candour.scotland", "out:outcome.apology.not-liability", "warn:warn.limitation.other"},
			not:     []string{"warn:warn.medical-examiner", "warn:warn.candour", "out:outcome.explanation.candour", "warn:warn.limitation.death"},
		},
		{
			name:    "Northern Ireland apology: the England and Scotland apology laws are not claimed",
			a:       guide.Answers{Nation: guide.NorthernIreland, Service: guide.GP, Outcomes: outs(guide.OutApology)},
			letters: L{complaint},
			not:     []string{"out:outcome.apology.not-liability"},
		},
		{
			name:    "GP, moderate harm: professional candour for every doctor and nurse",
			a:       guide.Answers{Nation: guide.England, Service: guide.GP, Harm: guide.HarmModerate},
			letters: L{complaint, records},
			has:     []string{"warn:warn.candour", "warn:warn.candour.professional", "rep:regulator.gmc"},
		},
		{
			name:    "adult who lacks capacity: the capacity warning is about when the claim arose",
			a:       guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.ForAdultLacksCapacity, Authority: guide.AuthorityLPA, Legal: y},
			letters: L{complaint, consent, records},
			has:     []string{"warn:warn.limitation.capacity", "send:who.lpa"},
		},
		{
			name:    "children's social care: the statutory procedure and an advocate",
			a:       guide.Answers{Nation: guide.England, Service: guide.ChildrenSocialCare, Person: guide.YoungPerson},
			letters: L{complaint},
			has:     []string{"send:complaint.children", "duty:duty.children", "help:help.children-advocacy", "send:who.young-person"},
			not:     []string{"help:help.social-care", "help:help.advocacy", "time:time.rule.england"},
		},
		{
			name:    "Scottish care home: the Care Inspectorate",
			a:       guide.Answers{Nation: guide.Scotland, Service: guide.SelfFundedCare},
			letters: L{complaint},
			has:     []string{"send:complaint.scotland-social", "rep:report.scotland-inspect", "esc:route.spso"},
			not:     []string{"esc:route.lgsco", "rep:report.cqc", "duty:duty.care-provider", "help:help.social-care"},
		},
		{
			name:    "England NHS, not raised: you can complain by speaking",
			a:       guide.Answers{Nation: guide.England, Service: guide.Maternity},
			letters: L{complaint},
			has:     []string{"send:complaint.spoken", "duty:duty.acknowledge"},
		},
		{
			name:    "England NHS, waiting: no second complaint to the ICB",
			a:       guide.Answers{Nation: guide.England, Service: guide.GP, Stage: guide.Waiting, Sent: guide.DayOf(2026, 10, 1)},
			letters: nil,
			has:     []string{"send:complaint.provider", "esc:route.local-first"},
			not:     []string{"send:complaint.icb", "send:complaint.one-or-other", "send:complaint.spoken", "send:complaint.after-final"},
		},
		{
			name:    "with the ombudsman: no complaint cards",
			a:       guide.Answers{Nation: guide.England, Service: guide.MentalHealth, Stage: guide.WithOmbudsman, Outcomes: outs(guide.OutMoney)},
			letters: L{records},
			has:     []string{"out:outcome.money.ombudsman", "next:next.ombudsman", "send:complaint.after-final"},
			not:     []string{"out:outcome.money.complaint", "send:complaint.provider"},
		},
		{
			name:    "England council care with NHS too: joint response, both ombudsmen together",
			a:       guide.Answers{Nation: guide.England, Service: guide.CouncilCare, SocialCareToo: y},
			letters: L{complaint},
			has:     []string{"send:complaint.joint", "esc:route.joint", "duty:duty.cooperate"},
		},
		{
			name:    "Northern Ireland with health and social care: one process, no joint note",
			a:       guide.Answers{Nation: guide.NorthernIreland, Service: guide.HospitalInpatient, SocialCareToo: y},
			letters: L{complaint},
			has:     []string{"send:complaint.ni", "duty:duty.ni"},
			not:     []string{"send:complaint.joint", "duty:duty.cooperate"},
		},
		{
			name:    "sent, no acknowledgement, in Northern Ireland",
			a:       guide.Answers{Nation: guide.NorthernIreland, Service: guide.GP, Stage: guide.SentNoAck, Sent: guide.DayOf(2026, 11, 10)},
			letters: L{chaser},
			has:     []string{"next:next.chaser", "duty:duty.ni"},
		},
		{
			name:    "closing deadline: send it now, with everything in it",
			a:       guide.Answers{Nation: guide.England, Service: guide.GP, Happened: guide.DayOf(2025, 12, 20)},
			letters: L{complaint}, status: guide.TimeClosing,
			text: "points added later may be treated as a new complaint",
		},
		{
			name:    "Scotland social work: no England regulator",
			a:       guide.Answers{Nation: guide.Scotland, Service: guide.CouncilCare, Outcomes: outs(guide.OutDiscipline)},
			letters: L{complaint, regulator},
			has:     []string{"rep:regulator.social-care-other", "out:outcome.discipline.regulator"},
			not:     []string{"rep:regulator.swe", "out:outcome.discipline.unregistered"},
		},
		{
			name:    "England care worker: not registered, tell employer, CQC and council",
			a:       guide.Answers{Nation: guide.England, Service: guide.CouncilCare, Outcomes: outs(guide.OutDiscipline)},
			letters: L{complaint, regulator},
			has:     []string{"out:outcome.discipline.unregistered", "rep:regulator.swe", "rep:report.cqc"},
		},
		{
			name:    "self-paid private care in Wales: no PSOW for a private clinic, ISCAS",
			a:       guide.Answers{Nation: guide.Wales, Service: guide.PrivateHealthcare, Harm: guide.HarmModerate},
			letters: L{complaint, records},
			has:     []string{"esc:route.iscas", "warn:warn.candour.professional", "warn:warn.limitation", "help:help.avma"},
			not:     []string{"esc:route.psow", "warn:warn.candour.wales", "warn:warn.candour"},
		},
		{
			name:    "unsure nation and care, danger: 999 and NHS 111, not Martha's Rule",
			a:       guide.Answers{Nation: guide.NationUnsure, Danger: y},
			urgent:  []string{"urgent.999", "urgent.care-now", "urgent.111"},
			letters: L{complaint, pals},
		},
		{
			name:    "self-funded nursing home, serious harm: the NMC, not Social Work England",
			a:       guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare, Harm: guide.HarmModerate},
			letters: L{complaint, records},
			has:     []string{"rep:regulator.nmc", "rep:report.cqc", "warn:warn.candour", "warn:warn.limitation.care"},
			not:     []string{"rep:regulator.swe", "warn:warn.candour.professional", "help:help.avma"},
		},
		{
			name:    "Scotland, final reply: no 'raise it with the board' again",
			a:       guide.Answers{Nation: guide.Scotland, Service: guide.HospitalOutpatient, Stage: guide.FinalResponse},
			letters: L{meeting, reply, ombudsman}, status: guide.TimeUnknown,
			has: []string{"send:complaint.after-final", "esc:route.spso", "help:help.pass"},
			not: []string{"send:complaint.scotland", "esc:route.local-first"},
		},
		{
			name:    "self-funded care, 4 months waiting: the provider has had its 12 weeks, LGSCO",
			a:       guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare, Stage: guide.Waiting, Sent: guide.DayOf(2026, 7, 20)},
			letters: L{chaser, ombudsman},
			has:     []string{"next:next.overdue-care", "esc:route.lgsco-self-funded"},
			not:     []string{"next:next.overdue"},
		},
		{
			name:    "self-funded care, sent with no reply: no 3 working days claimed",
			a:       guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare, Stage: guide.SentNoAck, Sent: guide.DayOf(2026, 11, 2)},
			letters: L{chaser},
			has:     []string{"next:next.chaser-own", "duty:duty.care-provider"},
			not:     []string{"next:next.chaser", "duty:duty.acknowledge"},
		},
		{
			name:    "private clinic, 7 months waiting: no ombudsman for it",
			a:       guide.Answers{Nation: guide.England, Service: guide.PrivateHealthcare, Stage: guide.Waiting, Sent: guide.DayOf(2026, 4, 1)},
			letters: nil,
			has:     []string{"next:next.waiting", "esc:route.iscas"},
			not:     []string{"next:next.overdue", "letter:ombudsman"},
		},
		{
			name:    "children's social care: the law sets the time limit, not the council's own policy",
			a:       guide.Answers{Nation: guide.England, Service: guide.ChildrenSocialCare, Person: guide.ForChild},
			letters: L{complaint, consent}, status: guide.TimeUnknown,
			text: "The law sets the steps for children's social care complaints",
		},
	}
	if len(tests) < 80 {
		t.Fatalf("only %d scenarios", len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := opts()
			if tt.o != nil {
				o = *tt.o
			}
			p, err := guide.Build(tt.a, o)
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			if got := urgentIDs(p); !slices.Equal(got, tt.urgent) {
				t.Errorf("urgent = %v, want %v", got, tt.urgent)
			}
			if got := letterIDs(p); !slices.Equal(got, tt.letters) {
				t.Errorf("letters = %v, want %v", got, tt.letters)
			}
			if tt.status != "" && p.Complaint.TimeLimit.Status != tt.status {
				t.Errorf("time status = %s, want %s (%s)", p.Complaint.TimeLimit.Status, tt.status, p.Complaint.TimeLimit.Text)
			}
			if !strings.Contains(p.Complaint.TimeLimit.Text, tt.text) {
				t.Errorf("time text %q does not contain %q", p.Complaint.TimeLimit.Text, tt.text)
			}
			got := ids(p)
			for _, l := range p.Letters {
				got = append(got, "letter:"+string(l.ID))
			}
			for _, w := range tt.has {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s", w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("should not have %s", w)
				}
			}
			checkPlan(t, p)
		})
	}
}

// checkPlan checks what must hold for every plan.
func checkPlan(t *testing.T, p guide.Plan) {
	t.Helper()
	steps := slices.Concat(p.Urgent, p.Complaint.SendTo, p.Complaint.Duties, []guide.Step{p.Complaint.Next},
		p.Escalation, p.Report, p.Warnings, p.Help)
	for _, o := range p.Outcomes {
		if o.Title == "" || len(o.Routes) == 0 {
			t.Errorf("outcome %s has no title or routes", o.Outcome)
		}
		steps = append(steps, o.Routes...)
	}
	for _, s := range steps {
		if s.ID == "" || s.Title == "" || s.Text == "" || len(s.Sources) == 0 {
			t.Errorf("incomplete step %+v", s)
		}
		for _, txt := range []string{s.Text, s.Expect, s.Cannot} {
			if cannotRE.MatchString(txt) {
				t.Errorf("%s tells someone they cannot complain: %q", s.ID, txt)
			}
		}
	}
	if len(p.Complaint.SendTo) == 0 || len(p.Complaint.Duties) == 0 || p.Complaint.TimeLimit.Text == "" || p.Complaint.Next.ID == "" {
		t.Error("complaint route incomplete")
	}
	if cannotRE.MatchString(p.Complaint.TimeLimit.Text) {
		t.Errorf("time text tells someone they cannot complain: %q", p.Complaint.TimeLimit.Text)
	}
	for _, l := range p.Letters {
		if l.Why == "" {
			t.Errorf("letter %s has no reason", l.ID)
		}
	}
	for i := 1; i < len(p.Letters); i++ {
		if letterRank(p.Letters[i-1].ID) >= letterRank(p.Letters[i].ID) {
			t.Errorf("letters out of order: %v", letterIDs(p))
		}
	}
	// Partner contacts come first in Help.
	seenOther := false
	for _, h := range p.Help {
		local := strings.HasPrefix(h.ID, "help.local.")
		if local && (seenOther || h.Contact.IsZero()) {
			t.Errorf("local contact %s not first or has no contact", h.ID)
		}
		seenOther = seenOther || !local
	}
}

func letterRank(id guide.LetterID) int {
	return slices.Index([]guide.LetterID{complaint, pals, consent, records, chaser, meeting, reply, ombudsman, regulator, offer}, id)
}

func TestLetterReasons(t *testing.T) {
	p, err := guide.Build(guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.ForDeceased,
		Happened: guide.DayOf(2025, 1, 5)}, opts())
	if err != nil {
		t.Fatal(err)
	}
	why := map[guide.LetterID]string{}
	for _, l := range p.Letters {
		why[l.ID] = l.Why
	}
	if !strings.Contains(why[complaint], "why you did not complain sooner") {
		t.Errorf("late complaint letter reason = %q", why[complaint])
	}
	if !strings.Contains(why[records], "Access to Health Records Act 1990") {
		t.Errorf("deceased records reason = %q", why[records])
	}
}

func TestLocalContacts(t *testing.T) {
	o := guide.Options{Today: today, Local: guide.Local{Partner: "Community Action Norfolk",
		Advocacy: guide.Contact{Phone: "0300 456 2370"}}}
	p, err := guide.Build(guide.Answers{Nation: guide.England, Service: guide.GP}, o)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Help) == 0 || p.Help[0].ID != "help.local.advocacy" {
		t.Fatalf("help = %v, want local advocacy first", p.Help)
	}
	if c := p.Help[0].Contact; c.Name != "Community Action Norfolk" || c.Phone != "0300 456 2370" {
		t.Errorf("local contact = %+v", c)
	}
}

// TestEveryCombination builds a plan for many combinations of answers to
// prove every content ID the rules can reach exists and every plan is
// sound.
func TestEveryCombination(t *testing.T) {
	nations := []guide.Nation{"", guide.England, guide.Wales, guide.Scotland, guide.NorthernIreland, guide.NationUnsure}
	services := []guide.Service{"", guide.HospitalAE, guide.HospitalInpatient, guide.HospitalOutpatient, guide.Maternity,
		guide.MentalHealth, guide.Community, guide.GP, guide.NHSDentist, guide.PrivateDentist, guide.Pharmacy,
		guide.NHSOptician, guide.PrivateOptician, guide.Ambulance, guide.NHSFundedPrivate, guide.PrivateHealthcare,
		guide.CouncilCare, guide.SelfFundedCare, guide.ChildrenSocialCare, guide.ServiceUnsure}
	stages := []guide.Stage{"", guide.NotRaised, guide.RaisedStaff, guide.RaisedPALS, guide.SentNoAck, guide.Waiting, guide.FinalResponse, guide.WithOmbudsman}
	people := []guide.Person{"", guide.Self, guide.ForAdultConsents, guide.ForAdultLacksCapacity, guide.ForChild, guide.YoungPerson, guide.ForDeceased}
	all := []guide.Outcome{guide.OutService, guide.OutProcedures, guide.OutExplanation, guide.OutApology, guide.OutDiscipline,
		guide.OutPolice, guide.OutMoney, guide.OutPutRight, guide.OutLetKnow}
	n := 0
	for i, nation := range nations {
		for j, s := range services {
			for k, st := range stages {
				for _, l := range []int{(i + j + k) % len(people), (i + 2*j + 3*k + 1) % len(people)} {
					per := people[l]
					flip := (i + j + k + l) % 2
					a := guide.Answers{Nation: nation, Service: s, Stage: st, Person: per,
						Happened: guide.MonthOf(2025, time.Month(1+j%12)), Sent: guide.DayOf(2026, time.Month(1+k), 3)}
					if flip == 1 {
						a.Outcomes, a.Danger, a.Abuse, a.Harm, a.Legal, a.Detained, a.Offer, a.SocialCareToo, a.Authority =
							all, guide.Yes, guide.Yes, guide.HarmDeath, guide.Yes, guide.Yes, guide.Yes, guide.Yes, guide.AuthorityDeputy
						a.FoundOut = guide.MonthOf(2026, 2)
					} else {
						a.Harm = guide.HarmModerate
					}
					p, err := guide.Build(a, opts())
					if err != nil {
						t.Fatalf("Build(%+v): %v", a, err)
					}
					checkPlan(t, p)
					n++
				}
			}
		}
	}
	t.Logf("%d combinations built", n)
}

// TestRouteLimits checks that routes say what they cannot do.
func TestRouteLimits(t *testing.T) {
	p, err := guide.Build(guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient,
		Outcomes: outs(guide.OutMoney, guide.OutDiscipline)}, opts())
	if err != nil {
		t.Fatal(err)
	}
	cannot := map[string]string{}
	for _, o := range p.Outcomes {
		for _, r := range o.Routes {
			cannot[r.ID] = r.Cannot
		}
	}
	for id, want := range map[string]string{
		"outcome.money.complaint":      "not designed to pay compensation",
		"outcome.discipline.complaint": "will not always lead to anyone being disciplined",
		"outcome.discipline.regulator": "cannot get you money",
		"outcome.money.ombudsman":      "does not award damages",
	} {
		if !strings.Contains(cannot[id], want) {
			t.Errorf("%s cannot = %q, want it to say %q", id, cannot[id], want)
		}
	}
}
