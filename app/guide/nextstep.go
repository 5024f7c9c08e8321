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
// them, in the language of c: the texts "next.now.*" for the step,
// "next.to.*" for who to send it to and "next.when.*" for the date.
func Next(c *content.Set, a Answers, p Plan) NextStep {
	var n NextStep
	to := c.T("next.to." + recipient(a, p))
	switch a.Stage {
	case SentNoAck:
		n.Text = c.F("next.now.confirm", "recipient", to)
		n.Letter = pick(p, LetterChaser)
	case Waiting:
		n.Text = c.T("next.now.wait")
		n.Letter = pick(p, LetterChaser)
	case FinalResponse:
		switch o := a.Ombudsman(); {
		case o == JointPHSOLGSCO:
			n.Text = c.T("next.now.joint")
		case o.MembersOnly():
			n.Text = c.T("next.now.members-only")
		case o != OmbudsmanUnknown:
			n.Text = c.F("next.now.ombudsman", "ombudsman", o.Name(c))
		default:
			n.Text = c.T("next.now.reply")
		}
		n.Letter = pick(p, LetterOmbudsman, LetterReply)
		t := p.Complaint.TimeLimit
		switch {
		case t.Ombudsman && !t.Deadline.IsZero():
			n.By = t.Deadline
			n.When = when(c, t, "next.when.ombudsman.")
		case t.Text != "":
			n.When = firstSentence(t.Text)
		}
	case WithOmbudsman:
		n.Text = c.T("next.now.with-ombudsman")
		n.Letter = pick(p)
	default:
		id := "next.now.complain"
		if p.Nation == Wales {
			id = "next.now.concern"
		}
		n.Text = c.F(id, "recipient", to)
		n.Letter = pick(p, LetterComplaint)
		if t := p.Complaint.TimeLimit; t.Status != TimeUnknown && !t.Deadline.IsZero() {
			n.By = t.Deadline
			n.When = when(c, t, "next.when.complaint.")
		} else if t.Text != "" {
			n.When = firstSentence(t.Text)
		}
	}
	return n
}

// when says what the date of time limit t means now, from the text
// prefix+"inside", "closing", "passed" or "maybe" (the limit may have
// passed): "Send it by …", that it is soon, or that it has (or may have)
// passed and what to do.
func when(c *content.Set, t TimeLimit, prefix string) string {
	status := "inside"
	switch {
	case t.Unsure:
		status = "maybe"
	case t.Status == TimePassed:
		status = "passed"
	case t.Status == TimeClosing:
		status = "closing"
	}
	return c.F(prefix+status, "date", t.Deadline.Words(c))
}

// recipients holds the last part of each "next.to.*" text ID.
var recipients = []string{"wales-nhs", "scotland-nhs", "ni-trust", "hospital", "nhs-trust", "gp", "dentist", "pharmacy",
	"optician", "private", "ni-council-care", "council-care", "self-funded", "children", "organisation"}

// recipient says who the complaint goes to, for the service the person
// used: the last part of a "next.to.*" text ID.
func recipient(a Answers, p Plan) string {
	switch p.Nation {
	case Wales:
		if a.Service.NHSBody() {
			return "wales-nhs"
		}
	case Scotland:
		if a.Service.NHSBody() {
			return "scotland-nhs"
		}
	case NorthernIreland:
		if a.Service.NHSBody() {
			return "ni-trust"
		}
	}
	switch a.Service {
	case HospitalAE, HospitalInpatient, HospitalOutpatient, Maternity:
		return "hospital"
	case MentalHealth, Community, Ambulance:
		return "nhs-trust"
	case GP:
		return "gp"
	case NHSDentist, PrivateDentist:
		return "dentist"
	case Pharmacy:
		return "pharmacy"
	case NHSOptician, PrivateOptician:
		return "optician"
	case NHSFundedPrivate, PrivateHealthcare:
		return "private"
	case CouncilCare:
		if a.PaidBy() == BodyHSCTrust {
			return "ni-council-care"
		}
		return "council-care"
	case SelfFundedCare:
		return "self-funded"
	case ChildrenSocialCare:
		return "children"
	}
	return "organisation"
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
