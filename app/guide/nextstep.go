package guide

import "strings"

// NextStep is the one thing to do now, in words that fit the person,
// worked out from their answers and the plan built from them.
type NextStep struct {
	// Text is the step, e.g. "Send your complaint to the GP practice's
	// manager" or "Ask the Public Services Ombudsman for Wales to look at it".
	Text string `json:"text"`
	// By is the date that matters now, when there is one: the complaint
	// time limit while the complaint is still to be sent.
	By Date `json:"by,omitzero"`
	// When says in a sentence what the date or time limit is, or "".
	When string `json:"when,omitempty"`
	// Letter is the letter to write first, or "" when the plan has none.
	Letter LetterID `json:"letter,omitempty"`
}

// Next returns the next step for answers a and the plan p built from them.
func Next(a Answers, p Plan) NextStep {
	var n NextStep
	switch a.Stage {
	case SentNoAck:
		n.Text = "Ask " + recipient(a, p) + " to confirm they have your complaint"
		n.Letter = pick(p, LetterChaser)
	case Waiting:
		n.Text = "Wait for their answer, and chase it if it is late"
		n.Letter = pick(p, LetterChaser)
	case FinalResponse:
		if name := escalationName(p); name != "" {
			n.Text = "Ask the " + name + " to look at it"
		} else {
			n.Text = "Reply to their answer, or take it further"
		}
		n.Letter = pick(p, LetterOmbudsman, LetterReply)
		n.When = escalationTime(p)
	case WithOmbudsman:
		n.Text = "Wait for the ombudsman's decision, and send them anything new"
		n.Letter = pick(p)
	default:
		verb := "Send your complaint to "
		if p.Nation == Wales {
			verb = "Raise your concern with "
		}
		n.Text = verb + recipient(a, p)
		n.Letter = pick(p, LetterComplaint)
		if t := p.Complaint.TimeLimit; t.Status != TimeUnknown && !t.Deadline.IsZero() {
			n.By = t.Deadline
			switch t.Status {
			case TimePassed:
				n.When = "The time limit was " + t.Deadline.Words() + ". You can still complain: say why it is late."
			case TimeClosing:
				n.When = "Send it by " + t.Deadline.Words() + ". That is soon."
			default:
				n.When = "Send it by " + t.Deadline.Words() + "."
			}
		} else if t.Text != "" {
			n.When = firstSentence(t.Text)
		}
	}
	return n
}

// recipient names who the complaint goes to, for the service the person used.
func recipient(a Answers, p Plan) string {
	switch p.Nation {
	case Wales:
		if a.Service.NHSBody() {
			return "the health board or NHS trust"
		}
	case Scotland:
		if a.Service.NHSBody() {
			return "the NHS board"
		}
	case NorthernIreland:
		if a.Service.NHSBody() {
			return "the health and social care trust"
		}
	}
	switch a.Service {
	case HospitalAE, HospitalInpatient, HospitalOutpatient, Maternity:
		return "the hospital's complaints team"
	case MentalHealth, Community, Ambulance:
		return "the NHS trust's complaints team"
	case GP:
		return "the GP practice's manager"
	case NHSDentist, PrivateDentist:
		return "the dental practice's manager"
	case Pharmacy:
		return "the pharmacy's manager"
	case NHSOptician, PrivateOptician:
		return "the optician's manager"
	case NHSFundedPrivate, PrivateHealthcare:
		return "the private hospital or clinic"
	case CouncilCare:
		return "the council or the care provider"
	case SelfFundedCare:
		return "the care home's or care agency's manager"
	case ChildrenSocialCare:
		return "the council's children's services"
	}
	return "the organisation that gave the care"
}

// escalationName is the name of the first body in the plan's escalation
// (an ombudsman or a complaints service), without any bracketed note.
func escalationName(p Plan) string {
	for _, st := range p.Escalation {
		if !strings.HasPrefix(st.ID, "route.") || st.ID == "route.local-first" || strings.HasSuffix(st.ID, "-time") || st.ID == "route.courts" {
			continue
		}
		name, _, _ := strings.Cut(st.Title, " (")
		return strings.TrimPrefix(strings.TrimSpace(name), "The ")
	}
	return ""
}

// escalationTime is the sentence about the escalation's time limit: the
// first sentence of its time-limit step, or the sentence of the body's own
// text that gives a time limit, or "".
func escalationTime(p Plan) string {
	for _, st := range p.Escalation {
		if strings.HasSuffix(st.ID, "-time") && st.Text != "" {
			return firstSentence(st.Text)
		}
	}
	name := escalationName(p)
	for _, st := range p.Escalation {
		if n, _, _ := strings.Cut(st.Title, " ("); name == "" || strings.TrimPrefix(n, "The ") != name {
			continue
		}
		for _, s := range strings.SplitAfter(st.Text, ". ") {
			if s = strings.TrimSpace(s); strings.Contains(s, " within ") {
				return s
			}
		}
	}
	return ""
}

// pick returns the first of want that the plan suggests, else the plan's
// first letter, else "".
func pick(p Plan, want ...LetterID) LetterID {
	for _, id := range want {
		if p.HasLetter(id) {
			return id
		}
	}
	if len(p.Letters) > 0 {
		return p.Letters[0].ID
	}
	return ""
}

// firstSentence returns text up to and including its first full stop.
func firstSentence(text string) string {
	if i := strings.Index(text, ". "); i >= 0 {
		return text[:i+1]
	}
	return text
}
