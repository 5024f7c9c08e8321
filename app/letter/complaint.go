package letter

import (
	"strconv"

	"putitright/app/guide"
)

// noun is what the complaint is called: a concern for NHS Wales.
func (b *builder) noun() string {
	if b.a.Concern() {
		return "concern"
	}
	return "complaint"
}

// procedure returns the sentence asking for the complaint to be handled
// under the right procedure.
func (b *builder) procedure() string {
	a := b.a
	c := a.Care()
	both := a.Both()
	switch a.RulesNation() {
	case guide.Wales:
		if (c == guide.CareCouncil || c == guide.CareChildren) && !both {
			return "Please deal with it under your social services complaints procedure."
		}
		if c.OwnProcedure() {
			return "Please deal with it under your complaints procedure."
		}
		if guide.WalesSchemeOn(b.today) == guide.PuttingThingsRight {
			return "Please deal with it under the NHS Wales concerns process, Putting Things Right (the National Health Service (Concerns, Complaints and Redress Arrangements) (Wales) Regulations 2011). I would welcome a conversation about my concern and the outcome I hope for."
		}
		return "Please deal with it under the NHS Wales concerns process, Listening to People (the National Health Service (Concerns, Complaints and Redress Arrangements) (Wales) Regulations 2011, as amended from 1 April 2026). If it can be resolved early, I am happy for that. I would welcome a conversation about my concern and the outcome I hope for."
	case guide.Scotland:
		s := "Please deal with it under the NHS Scotland complaints handling procedure."
		if c.Social() || c.Private() {
			s = "Please deal with it under your complaints handling procedure."
		}
		if a.Harm == guide.HarmModerate || a.Harm == guide.HarmDeath {
			return s + " Because this is serious, please investigate it at stage 2 rather than trying to resolve it at stage 1."
		}
		return s + " If it cannot be resolved quickly at stage 1, please investigate it at stage 2."
	case guide.NorthernIreland:
		if c.Private() {
			return "Please deal with it under your complaints procedure."
		}
		return "Please deal with it under the Health and Social Care (HSC) complaints procedure."
	}
	switch {
	case both:
		return "Please investigate it under the NHS and adult social care complaints procedure (" + regs2009 + ")."
	case c == guide.CareCouncil:
		return "Please investigate it under the adult social care complaints procedure (" + regs2009 + ")."
	case c == guide.CareSelfFunded:
		return "Please investigate it under your complaints procedure, which registered care providers must have under regulation 16 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."
	case c == guide.CareChildren:
		return "Please investigate it under your children's social care complaints procedure."
	case c.Private():
		return "Please investigate it under your complaints procedure."
	case c.NHS():
		return "Please investigate it under the NHS complaints procedure (" + regs2009 + ")."
	}
	return "Please investigate it under your complaints procedure (for NHS and adult social care, this is " + regs2009 + ")."
}

// outcome returns a chosen outcome phrased as a request, or "".
func (b *builder) outcome(o guide.Outcome) string {
	who := b.who()
	switch o {
	case guide.OutExplanation:
		return "A full explanation of what happened and why, including answers to my questions."
	case guide.OutApology:
		return "An apology."
	case guide.OutService:
		if b.other() {
			return "For " + who + " to get the care or treatment they need, as soon as possible. Please tell me what you will do and when."
		}
		return "For me to get the care or treatment I need, as soon as possible. Please tell me what you will do and when."
	case guide.OutProcedures:
		return "To know what you will change so that this does not happen to anyone else, and when the changes will be made."
	case guide.OutDiscipline:
		return "To know what action you will take about the concerns I have raised about the staff involved."
	case guide.OutPolice:
		if b.a.RulesNation() == guide.NorthernIreland {
			// Adult safeguarding in Northern Ireland is run by the HSC Trusts.
			return "To know whether what happened has been reported to the police or to the Health and Social Care Trust's adult safeguarding team."
		}
		return "To know whether what happened has been reported to the police or to the council's safeguarding team."
	case guide.OutMoney:
		return "Please consider refunding the costs this has caused, or making an ex-gratia payment in recognition of what happened."
	case guide.OutPutRight:
		return "A commitment that you will provide, or pay for, the treatment needed to put right the effects of what happened."
	case guide.OutLetKnow:
		return "To know that my " + b.noun() + " has been read and shared with the staff and managers responsible, so that they can learn from it."
	}
	return ""
}

// outcomes adds the outcomes wanted, each as a request, then the person's
// own words.
func (b *builder) outcomes() { b.outcomesAs(b.outcome) }

// outcomesAs adds the outcomes wanted, each as ask words it (an empty
// string leaves it out), then the person's own words, or a placeholder
// when there is nothing.
func (b *builder) outcomesAs(ask func(guide.Outcome) string) {
	n := 0
	for _, o := range b.a.Outcomes {
		if s := ask(o); s != "" {
			b.bullet(s)
			n++
		}
	}
	if b.d.Wants != "" {
		b.para(b.d.Wants)
	} else if n == 0 {
		b.miss(FWants)
		b.bullet("[what you would like to happen]")
	}
}

// complaint writes the formal complaint (a concern in Wales).
func (b *builder) complaint() {
	a := b.a
	b.sender()
	person := b.recipient("Complaints Manager")
	kind := "Formal complaint"
	switch {
	case a.Concern():
		kind = "Concern"
	case a.Person == guide.ForAdultNoConsent:
		kind = "Concerns"
	}
	b.subjectLine(kind + " about the care of " + b.ids())
	b.greet(person)

	org := b.v(FOrg, b.d.Org, "organisation name")
	opening := "I am writing to make a formal complaint about the care "
	switch {
	case a.Concern():
		opening = "I am writing to raise a concern about the care "
	case a.Person == guide.ForAdultNoConsent:
		opening = "I am writing to raise concerns about the care "
	}
	if b.other() {
		b.para(opening + b.named() + " received from " + org + ". " + b.procedure())
	} else {
		b.para(opening + "I received from " + org + ". " + b.procedure())
	}
	b.representative(b.noun())
	if l := a.ComplaintLimit(b.today); l.Late() {
		b.lateParagraph(l)
	}

	b.heading("What happened")
	b.events()

	if b.other() {
		b.heading("How this has affected " + b.who())
	} else {
		b.heading("How this has affected me")
	}
	b.para(b.v(FImpact, b.d.Impact, "how this affected you, for example your health, pain, worry, money or time"))

	b.heading("My questions")
	b.questions()

	b.heading("What I would like to happen")
	b.outcomes()
	if s := candour(a, b.who()); s != "" {
		b.para(s)
	}
	if a.SocialCareToo == guide.Yes {
		other := b.v(FOtherOrg, b.d.OtherOrg, "the other organisation")
		if a.RulesNation() == guide.England {
			b.para("Both health and social care were involved, including " + other + ". The regulations require the organisations to co-operate, so please work with " + other + " and send me a single, co-ordinated response.")
		} else {
			b.para("Both health and social care were involved, including " + other + ". Please work with " + other + " and send me a single, co-ordinated response.")
		}
	}

	b.heading("How I would like this handled")
	switch a.RulesNation() {
	case guide.England:
		b.bullet("Please acknowledge my " + b.noun() + " within 3 working days.")
		b.bullet("Please contact me to discuss how it will be handled and how long it is likely to take.")
	case guide.Scotland:
		b.bullet("Please acknowledge my " + b.noun() + " within 3 working days.")
		b.bullet("Please tell me who is dealing with it and when I can expect your response.")
	case guide.NorthernIreland:
		// The HSC complaints procedure: acknowledge within 2 working
		// days (the plan's duty.ni). Self-paid care has its own.
		ack := "as soon as you can."
		if !a.Care().Private() {
			ack = "within 2 working days."
		}
		b.bullet("Please acknowledge my " + b.noun() + " " + ack)
		b.bullet("Please tell me who is dealing with it and when I can expect your response.")
	default:
		b.bullet("Please acknowledge my " + b.noun() + " as soon as you can.")
		b.bullet("Please tell me who is dealing with it and when I can expect your response.")
	}
	b.bullet("Please keep me informed of progress.")
	b.bullet("I would welcome a meeting if it would help to talk things through.")
	b.bullet("Please send me a full written response when you have finished.")
	b.advocate()
	b.para("Thank you for your help. I look forward to hearing from you.")
	b.close()
}

// lateParagraph explains why the complaint is late and why it can still
// be looked into. It never denies the person the right to complain, and
// says "may be" when a month-only date leaves it unsure.
func (b *builder) lateParagraph(l guide.Limit) {
	months := "12"
	if l.Months == 6 {
		months = "6"
	}
	since := months + " months since these events and since I found out about them"
	if l.OuterOnly {
		// Late only by the outer limit from the events themselves.
		since = strconv.Itoa(l.OuterMonths) + " months since these events"
	}
	know := "I know it is more than "
	if !l.Sure {
		know = "I know it may be more than "
	}
	why := oneBlock(b.v(FWhyLate, b.d.WhyLate, "why you could not complain sooner"))
	fair := oneBlock(b.v(FStillFair, b.d.StillFair, "why it can still be looked into fairly, for example the records still exist"))
	s := know + since + ". I could not raise this sooner because: " + why + "\nI believe it is still possible to investigate fairly because: " + fair + "\nI ask you to use your discretion to look into my " + b.noun() + "."
	b.para(s)
}
