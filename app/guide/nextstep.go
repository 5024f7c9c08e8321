package guide

import (
	"strings"

	"putitright/app/content"
)

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

// Next returns the next step for answers a and the plan p built from
// them, in the language of c.
func Next(c *content.Set, a Answers, p Plan) NextStep {
	var n NextStep
	switch a.Stage {
	case SentNoAck:
		n.Text = "Ask " + recipient(a, p) + " to confirm they have your complaint"
		n.Letter = pick(p, LetterChaser)
	case Waiting:
		n.Text = "Wait for their answer, and chase it if it is late"
		n.Letter = pick(p, LetterChaser)
	case FinalResponse:
		n.Text = "Reply to their answer, or take it further"
		switch o := a.Ombudsman(); {
		case o == JointPHSOLGSCO:
			n.Text = "Ask the ombudsmen's joint team for health and social care to look at it"
		case o.MembersOnly():
			n.Text = "Ask ISCAS to look at it, if the provider is a member"
		case o != OmbudsmanUnknown:
			n.Text = "Ask " + o.Name(c) + " to look at it"
		}
		n.Letter = pick(p, LetterOmbudsman, LetterReply)
		t := p.Complaint.TimeLimit
		switch {
		case t.Ombudsman && !t.Deadline.IsZero():
			n.By = t.Deadline
			n.When = when(c, t, "Ask them by ", "You can still ask them: say why it took longer.")
		case t.Text != "":
			n.When = firstSentence(t.Text)
		}
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
			n.When = when(c, t, "Send it by ", "You can still complain: say why it is late.")
		} else if t.Text != "" {
			n.When = firstSentence(t.Text)
		}
	}
	return n
}

// when says what the date of time limit t means now: "Send it by …",
// that it is soon, or that it has (or may have) passed and what to do.
func when(c *content.Set, t TimeLimit, by, still string) string {
	d := t.Deadline.Words(c)
	switch {
	case t.Unsure:
		return "The usual time limit may have passed (" + d + "). " + still
	case t.Status == TimePassed:
		return "The usual time limit was " + d + ". " + still
	case t.Status == TimeClosing:
		return by + d + ". That is soon."
	}
	return by + d + "."
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
		if a.PaidBy() == BodyHSCTrust {
			return "the Health and Social Care Trust or the care provider"
		}
		return "the council or the care provider"
	case SelfFundedCare:
		return "the care home's or care agency's manager"
	case ChildrenSocialCare:
		return "the council's children's services"
	}
	return "the organisation that gave the care"
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
