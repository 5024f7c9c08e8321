package guide

import (
	"slices"
	"strings"
	"time"
)

// The rules vocabulary, by name, for the conditions in the content's
// texts and letters (content.ParseCond): "died and not wales" chooses a
// paragraph by the same rules the plan uses. Each name is written once,
// here, from the methods above; a test checks every name the content
// uses is known.

// Term is one name of the rules vocabulary and what it means.
type Term struct {
	Name  string // as a condition writes it, e.g. "concern"
	Means string // in plain English, for editors and the review report
	holds func(a Answers, today time.Time) bool
}

// terms are the names with a fixed meaning. The families below add one
// name a value, such as "nation:wales" and "wants:money".
var terms = []Term{
	{"england", "England's rules apply: the care was in England, or the nation is not known", func(a Answers, _ time.Time) bool { return a.RulesNation() == England }},
	{"wales", "the care was in Wales", func(a Answers, _ time.Time) bool { return a.RulesNation() == Wales }},
	{"scotland", "the care was in Scotland", func(a Answers, _ time.Time) bool { return a.RulesNation() == Scotland }},
	{"northern-ireland", "the care was in Northern Ireland", func(a Answers, _ time.Time) bool { return a.RulesNation() == NorthernIreland }},
	{"nation-known", "the person said which nation the care was in", func(a Answers, _ time.Time) bool { return a.NationKnown() }},
	{"concern", "NHS care in Wales, where a complaint is called a concern", func(a Answers, _ time.Time) bool { return a.Concern() }},
	{"statutory-2009", "England's 2009 complaints regulations bind the organisation (NHS and council care in England)", func(a Answers, _ time.Time) bool { return a.Statutory2009() }},

	{"nhs", "NHS or NHS-funded health care", func(a Answers, _ time.Time) bool { return a.Care().NHS() }},
	{"nhs-body", "care from an NHS body itself: a hospital, mental health, community or ambulance trust, or a health board", func(a Answers, _ time.Time) bool { return a.Care() == CareNHSBody }},
	{"private", "health care the person paid for themselves", func(a Answers, _ time.Time) bool { return a.Care().Private() }},
	{"council-care", "adult social care the council arranged or pays for", func(a Answers, _ time.Time) bool { return a.Care() == CareCouncil }},
	{"self-funded", "adult social care the person arranged and pays for", func(a Answers, _ time.Time) bool { return a.Care() == CareSelfFunded }},
	{"children-care", "children's social care", func(a Answers, _ time.Time) bool { return a.Care() == CareChildren }},
	{"social", "social care of any kind, adult or children's", func(a Answers, _ time.Time) bool { return a.Care().Social() }},
	{"adult-social", "adult social care, arranged by the council or by the person", func(a Answers, _ time.Time) bool { return a.Care().AdultSocial() }},
	{"own-procedure", "the provider's own complaints procedure is the first stage (self-paid health care, self-funded social care)", func(a Answers, _ time.Time) bool { return a.Care().OwnProcedure() }},
	{"care-unknown", "the kind of care is not known yet", func(a Answers, _ time.Time) bool { return a.Care() == CareUnknown }},
	{"council-commissioned", "a public health service the council pays for (health visitor, school nurse, sexual health, drug and alcohol)", func(a Answers, _ time.Time) bool { return a.Service.CouncilCommissioned() }},
	{"both", "NHS care and council care both played a part", func(a Answers, _ time.Time) bool { return a.Both() }},
	{"social-care-too", "the person said health and social care were both involved", func(a Answers, _ time.Time) bool { return a.SocialCareToo == Yes }},

	{"someone-else", "the care was someone else's, whether or not the person acts for them", func(a Answers, _ time.Time) bool { return a.AboutSomeoneElse() }},
	{"own-care", "the person writes about their own care, or has not said whose care it was", func(a Answers, _ time.Time) bool { return !a.AboutSomeoneElse() }},
	{"representative", "the person acts for someone else", func(a Answers, _ time.Time) bool { return a.Representative() }},
	{"died", "someone died: the person the care was for, or the harm was a death", func(a Answers, _ time.Time) bool { return a.Died() }},
	{"has-authority", "a lasting power of attorney for health and welfare, or a deputyship", func(a Answers, _ time.Time) bool { return a.HasAuthority() }},

	{"before-complaint", "no formal complaint made yet", func(a Answers, _ time.Time) bool { return a.BeforeComplaint() }},
	{"complained", "a formal complaint has been made", func(a Answers, _ time.Time) bool { return a.Complained() }},
	{"awaiting-response", "the complaint is made and the final response has not come", func(a Answers, _ time.Time) bool { return a.AwaitingResponse() }},
	{"late", "the usual time limit for the complaint has passed (or may have)", func(a Answers, today time.Time) bool { return a.ComplaintLimit(today).Late() }},
	{"late-sure", "the usual time limit for the complaint has surely passed, even counting a month-only date from its last day", func(a Answers, today time.Time) bool {
		l := a.ComplaintLimit(today)
		return l.Late() && l.Sure
	}},
	{"late-outer-only", "late only by the outer limit counted from the events themselves (Scotland and Northern Ireland), not from finding out", func(a Answers, today time.Time) bool {
		l := a.ComplaintLimit(today)
		return l.Late() && l.OuterOnly
	}},
	{"response-overdue", "the response is later than it should be", func(a Answers, today time.Time) bool { return a.ResponseOverdue(today) }},
	{"long-wait", "long enough without a final response to go to the ombudsman", func(a Answers, today time.Time) bool { return a.LongWait(today) }},
	{"ombudsman-may-be-late", "the ombudsman's usual time limit may have passed", func(a Answers, today time.Time) bool { return a.OmbudsmanMayBeLate(today) }},
	{"ombudsman-late", "the ombudsman's usual time limit has passed (or may have), counted from the final response when it has come", func(a Answers, today time.Time) bool { return a.ombudsmanLimitNow(today).Late }},
	{"ombudsman-late-sure", "the ombudsman's usual time limit has surely passed, even counting a month-only date from its last day", func(a Answers, today time.Time) bool {
		l := a.ombudsmanLimitNow(today)
		return l.Late && l.Sure
	}},
	{"listening-to-people", "the NHS Wales concerns process is Listening to People (from 1 April 2026), not Putting Things Right", func(_ Answers, today time.Time) bool { return !today.Before(WalesListeningToPeople) }},

	{"serious-harm", "moderate harm or worse, or a death", func(a Answers, _ time.Time) bool { return a.SeriousHarm() }},
	{"considering-legal", "thinking about legal action, or not sure", func(a Answers, _ time.Time) bool { return a.ConsideringLegal() }},
	{"maybe-offered", "offered money, or not sure", func(a Answers, _ time.Time) bool { return a.MaybeOffered() }},

	{"ombudsman-known", "the ombudsman or scheme for the case is known", func(a Answers, _ time.Time) bool { return a.Ombudsman() != OmbudsmanUnknown }},
	{"ombudsman-public", "a public services ombudsman, not a scheme for private care", func(a Answers, _ time.Time) bool { return a.Ombudsman().Public() }},
	{"members-only", "the scheme looks only at its members (ISCAS)", func(a Answers, _ time.Time) bool { return a.Ombudsman().MembersOnly() }},
	{"candour", "an organisational duty of candour applies", func(a Answers, _ time.Time) bool { return a.Candour() != CandourNone }},
	{"paid-by", "a body that pays for or arranges the care can take the complaint instead", func(a Answers, _ time.Time) bool { return a.PaidBy() != BodyNone }},
	{"advocacy", "free complaints advocacy covers the case", func(a Answers, _ time.Time) bool { return a.Advocacy() != AdvocacyNone }},
}

// family is a set of names made from one answer or rule and its values:
// "nation:wales", "wants:money".
type family struct {
	prefix string
	means  string
	values []string
	of     func(a Answers, today time.Time) []string // the values that hold
}

var families = []family{
	{"nation", "the nation answered (unsure when not answered)",
		[]string{"england", "wales", "scotland", "northern-ireland", "unsure"},
		func(a Answers, _ time.Time) []string { return []string{orUnsure(a.Nation)} }},
	{"service", "the service answered",
		[]string{"hospital-ae", "hospital-inpatient", "hospital-outpatient", "maternity", "mental-health", "community",
			"public-health", "gp", "nhs-dentist", "private-dentist", "pharmacy", "nhs-optician", "private-optician",
			"ambulance", "nhs-funded-private", "private-healthcare", "council-care", "self-funded-care", "children-social-care", "unsure"},
		func(a Answers, _ time.Time) []string { return []string{orUnsure(a.Service)} }},
	{"person", "who the complaint is for (unsure when not answered)",
		[]string{"self", "adult-consents", "adult-no-consent", "adult-no-capacity", "child", "young-person", "deceased", "unsure"},
		func(a Answers, _ time.Time) []string { return []string{orUnsure(a.Person)} }},
	{"authority", "the legal authority answered",
		[]string{"lpa", "lpa-property", "deputy", "none", "unsure"},
		func(a Answers, _ time.Time) []string { return []string{orUnsure(a.Authority)} }},
	{"stage", "how far the complaint has got, and its group: before, during or after",
		[]string{"not-raised", "raised-with-staff", "pals", "sent-no-ack", "waiting", "final-response", "ombudsman", "before", "during", "after"},
		func(a Answers, _ time.Time) []string { return StageWords(a.Stage) }},
	{"harm", "how serious the harm was (unsure when not answered)",
		[]string{"none", "minor", "moderate", "death", "unsure"},
		func(a Answers, _ time.Time) []string { return []string{orUnsure(a.Harm)} }},
	{"wants", "an outcome the person chose",
		[]string{"service", "procedures", "explanation", "apology", "discipline", "police", "money", "put-right", "let-know"},
		func(a Answers, _ time.Time) []string {
			out := make([]string, len(a.Outcomes))
			for i, o := range a.Outcomes {
				out[i] = string(o)
			}
			return out
		}},
	{"legal", "the answer to thinking about legal action",
		[]string{"yes", "no", "unsure"}, func(a Answers, _ time.Time) []string { return []string{string(a.Legal)} }},
	{"offer", "the answer to being offered money",
		[]string{"yes", "no", "unsure"}, func(a Answers, _ time.Time) []string { return []string{string(a.Offer)} }},
	{"danger", "the answer to someone being in danger now",
		[]string{"yes", "no"}, func(a Answers, _ time.Time) []string { return []string{string(a.Danger)} }},
	{"abuse", "the answer to an adult being abused or neglected",
		[]string{"yes", "no"}, func(a Answers, _ time.Time) []string { return []string{string(a.Abuse)} }},
	{"detained", "the answer to being detained under the Mental Health Act",
		[]string{"yes", "no"}, func(a Answers, _ time.Time) []string { return []string{string(a.Detained)} }},
	{"ombudsman", "the ombudsman or scheme that looks at the complaint last",
		[]string{string(PHSO), string(LGSCO), string(JointPHSOLGSCO), string(PSOW), string(SPSO), string(NIPSO), string(ISCAS), string(DCS), string(OCCS)},
		func(a Answers, _ time.Time) []string { return []string{string(a.Ombudsman())} }},
	{"candour", "the duty of candour that applies",
		[]string{string(CandourEngland), string(CandourWales), string(CandourScotland)},
		func(a Answers, _ time.Time) []string { return []string{string(a.Candour())} }},
	{"paid-by", "the body that pays for or arranges the care",
		[]string{string(BodyICB), string(BodyCouncil), string(BodyHSCTrust), string(BodyHealthBoard)},
		func(a Answers, _ time.Time) []string { return []string{string(a.PaidBy())} }},
	{"advocacy", "the free complaints advocacy for the case",
		[]string{string(AdvocacyNHS), string(Llais), string(PASS), string(PCC)},
		func(a Answers, _ time.Time) []string { return []string{string(a.Advocacy())} }},
}

// ombudsmanLimitNow is the ombudsman's usual time limit on the day today,
// counted from the final response when it has come (a complaint still
// waiting for one has no response date).
func (a Answers) ombudsmanLimitNow(today time.Time) OmbudsmanLimit {
	r := a.Responded
	if a.AwaitingResponse() {
		r = Date{}
	}
	return a.OmbudsmanLimit(r, today)
}

// Terms returns every name of the rules vocabulary, with what it means.
func Terms() []Term {
	out := append([]Term(nil), terms...)
	for _, f := range families {
		for _, v := range f.values {
			out = append(out, Term{Name: f.prefix + ":" + v, Means: f.means + ": " + v})
		}
	}
	return out
}

// KnownTerm reports whether name is in the rules vocabulary.
func KnownTerm(name string) bool {
	if prefix, v, ok := strings.Cut(name, ":"); ok {
		for _, f := range families {
			if f.prefix == prefix {
				return slices.Contains(f.values, v)
			}
		}
		return false
	}
	return slices.ContainsFunc(terms, func(t Term) bool { return t.Name == name })
}

// Is returns the rules vocabulary for the answers on the day today: for
// each name, whether it holds. An unknown name never holds.
func (a Answers) Is(today time.Time) func(name string) bool {
	return func(name string) bool {
		if prefix, v, ok := strings.Cut(name, ":"); ok {
			for _, f := range families {
				if f.prefix == prefix {
					return slices.Contains(f.of(a, today), v)
				}
			}
			return false
		}
		for _, t := range terms {
			if t.Name == name {
				return t.holds(a, today)
			}
		}
		return false
	}
}
