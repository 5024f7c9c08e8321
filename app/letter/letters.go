package letter

import (
	"strings"
	"time"

	"putitright/app/guide"
)

// pals writes a short email about a problem happening now.
func (b *builder) pals() {
	a := b.d
	place := b.v(FPlace, a.Place, "ward, clinic or service")
	b.subject = "Help needed now: " + b.who() + ", " + place
	if b.a.RulesNation() == guide.England {
		b.greet("PALS team")
	} else {
		b.greet("Patient support team")
	}
	intro := "I need your help with a problem happening now"
	if b.other() {
		rel := ""
		if a.Relationship != "" {
			rel = " (I am their " + a.Relationship + ")"
		}
		intro += " in the care of " + b.who() + rel + "."
	} else {
		intro += " in my care."
	}
	b.para(intro)
	details := []string{
		"Name: " + b.who(),
		"Date of birth: " + b.date(FPatientBorn, a.PatientBorn, "date of birth"),
	}
	if a.NHSNumber != "" {
		details = append(details, capital(patientNumberLabel(b.a))+": "+a.NHSNumber)
	}
	details = append(details, "Where: "+place+", "+b.v(FOrg, a.Org, "hospital or organisation"))
	b.add(KindPara, strings.Join(details, "\n"))
	b.heading("What is happening")
	b.para(b.v(FNow, a.Now, "what is happening now"))
	b.heading("What is needed, and by when")
	b.para(b.v(FNeeded, a.Needed, "what is needed, and by when"))
	b.heading("Who I have already asked")
	b.para(b.v(FAlreadyAsked, a.AlreadyAsked, "who you have already asked, and when"))
	b.para("Please call me on " + b.v(FSenderPhone, a.SenderPhone, "your phone number") + " as soon as you can.")
	b.para("I may decide to make a formal complaint later. For now, I need help to sort this out.")
	b.add(KindSignoff, "Thank you,")
	b.add(KindName, b.self())
}

// consent writes a consent or authority form for the patient (or, when
// they cannot sign, their representative) to sign.
func (b *builder) consent() {
	a := b.a
	d := b.d
	org := b.v(FOrg, d.Org, "organisation name")
	orgs := org
	if a.SocialCareToo == guide.Yes {
		orgs += " and " + b.v(FOtherOrg, d.OtherOrg, "the other organisation")
	}
	omb, ok := ombudsman(a)
	if ok {
		orgs += ", and " + omb
	}
	patientLines := func() {
		b.heading("The person who had the care")
		lines := []string{"Name: " + b.who(),
			"Date of birth: " + b.date(FPatientBorn, d.PatientBorn, "date of birth")}
		if len(d.PatientAddress) > 0 {
			lines = append(lines, "Address: "+strings.Join(d.PatientAddress, ", "))
		} else if a.Person != guide.ForDeceased {
			b.miss(FPatientAddress)
			lines = append(lines, "Address: [their address]")
		}
		if d.NHSNumber != "" {
			lines = append(lines, capital(patientNumberLabel(a))+": "+d.NHSNumber)
		}
		if a.Person == guide.ForDeceased {
			lines = append(lines, "Date of death: "+b.date(FDiedOn, d.DiedOn, "date they died"))
		}
		b.add(KindPara, strings.Join(lines, "\n"))
	}
	repLines := func(name string) {
		b.heading("The representative")
		lines := []string{"Name: " + name}
		if b.other() {
			if len(d.SenderAddress) > 0 {
				lines = append(lines, "Address: "+strings.Join(d.SenderAddress, ", "))
			} else {
				b.miss(FSenderAddress)
				lines = append(lines, "Address: [your address]")
			}
			if d.SenderPhone != "" {
				lines = append(lines, "Phone: "+d.SenderPhone)
			}
			if d.SenderEmail != "" {
				lines = append(lines, "Email: "+d.SenderEmail)
			}
			lines = append(lines, "Relationship: "+b.v(FRelationship, d.Relationship, "relationship, for example daughter"))
		}
		b.add(KindPara, strings.Join(lines, "\n"))
	}
	may := func() {
		b.bullet("talk to " + org + " about the complaint")
		b.bullet("receive information about the care, and copies of records that relate to the complaint")
		if a.Person != guide.ForDeceased {
			b.bullet("go to meetings, with or without the person who had the care")
		} else {
			b.bullet("go to meetings about the complaint")
		}
		b.bullet("receive the response to the complaint")
	}
	sign := func(who string) {
		b.add(KindLine, "Signed ("+who+"): ______________________________")
		b.add(KindLine, "Name in capitals: ______________________________")
		b.add(KindLine, "Date: ____________________")
	}

	switch a.Person {
	case guide.ForAdultLacksCapacity:
		b.subjectLine("Representative's statement: complaint about the care of " + b.who())
		patientLines()
		repLines(b.self())
		b.heading("Why I am acting for them")
		switch a.Authority {
		case guide.AuthorityLPA:
			b.para(b.who() + " does not have the mental capacity to make or follow this complaint. I hold a lasting power of attorney for their health and welfare. A copy is attached.")
		case guide.AuthorityDeputy:
			b.para(b.who() + " does not have the mental capacity to make or follow this complaint. I am their deputy, appointed by the Court of Protection. A copy of the order is attached.")
		default:
			b.para(b.who() + " does not have the mental capacity to make or follow this complaint. I am acting in their best interests.")
			b.para(b.v(FCapacityNote, d.CapacityNote, "why they cannot decide for themselves, and how you know what they would want"))
		}
		b.para("I ask these organisations to share information with me for this complaint: " + orgs + ". I understand they may need to decide whether I am a suitable representative.")
		b.heading("As their representative I would like to")
		may()
		sign("representative")
	case guide.ForDeceased:
		b.subjectLine("Statement of relationship: complaint about the care of " + b.who())
		patientLines()
		repLines(b.self())
		b.para("I am making this complaint as the " + b.v(FRelationship, d.Relationship, "relationship") + " of " + b.who() + ", who has died. If you need it, I can send a copy of the grant of probate or letters of administration, or other proof of my relationship.")
		b.para("I ask these organisations to share information with me for this complaint: " + orgs + ".")
		b.heading("I would like to")
		may()
		sign("representative")
	case guide.ForChild:
		b.subjectLine("Parent's statement: complaint about the care of " + b.who())
		patientLines()
		repLines(b.self())
		b.para("I am the parent of " + b.who() + " and I have parental responsibility for them. I am making this complaint for them. I ask these organisations to share information with me for this complaint: " + orgs + ".")
		b.heading("I would like to")
		may()
		sign("parent")
		b.para("If " + b.who() + " is old enough to understand, they can sign too:")
		sign(b.who())
	default:
		// An adult agreeing to someone acting for them: a relative or
		// friend, or (when they complain themselves) their advocate.
		repName := b.self()
		if !b.other() {
			repName = b.v(FAdvocate, d.Advocate, "advocate's name and organisation")
		}
		b.subjectLine("Consent to a representative: complaint about the care of " + b.who())
		patientLines()
		repLines(repName)
		b.para("I, " + b.who() + ", agree that " + repName + " may act for me in my complaint. I agree that these organisations may share information about me with them for this complaint: " + orgs + ".")
		b.heading("They may")
		may()
		b.para("This consent lasts until my complaint is finished, unless I withdraw it in writing before then.")
		sign(b.who())
	}
}

// records writes a request for health or care records.
func (b *builder) records() {
	a := b.a
	d := b.d
	b.sender()
	person := b.recipient("Data Protection Officer")
	dead := a.Person == guide.ForDeceased
	if dead {
		b.subjectLine("Request for the records of " + b.ids() + " (deceased)")
	} else {
		b.subjectLine("Subject access request: records of " + b.ids())
	}
	b.greet(person)
	if len(d.PatientAddress) > 0 {
		b.para(b.who() + "'s address: " + strings.Join(d.PatientAddress, ", "))
	}
	switch {
	case dead && a.Care().Social():
		// The Access to Health Records Act covers health records only:
		// ask for care records without naming a law.
		rel := b.v(FRelationship, d.Relationship, "relationship")
		b.para("I am writing to ask for copies of the care records of " + b.who() + ", who died" + onOrIn(d.DiedOn) + ". I am their " + rel + ". Please share them with me, to help me understand the care they received. I enclose proof of my identity and of my relationship to them.")
		b.enclose("Proof of my identity")
		b.enclose("Proof of my relationship to them, or that I deal with their estate")
	case dead:
		law := "the Access to Health Records Act 1990"
		if a.RulesNation() == guide.NorthernIreland {
			law = "the Access to Health Records (Northern Ireland) Order 1993"
		}
		rel := b.v(FRelationship, d.Relationship, "relationship")
		b.para("I am writing to ask for copies of the health records of " + b.who() + ", who died" + onOrIn(d.DiedOn) + ". I am their " + rel + ". I make this request under " + law + ", as their personal representative or as someone who may have a claim arising from their death. I enclose proof of my identity and of my status.")
		b.enclose("Proof of my identity")
		b.enclose("Proof of my status, for example the grant of probate, letters of administration or the will")
	default:
		whose := "my"
		if b.other() {
			whose = b.who() + "'s"
		}
		b.para("I am writing to ask for copies of " + whose + " personal information. This is a subject access request under Article 15 of the UK General Data Protection Regulation and the Data Protection Act 2018.")
		b.representative("request")
		b.para("I understand that this is normally free of charge and that you should reply within one month of receiving it. If you need anything else to confirm identity, please tell me straight away.")
		b.enclose("Proof of my identity")
	}
	b.heading("The records I would like")
	b.para(b.v(FRecords, d.Records, "which records, for example all notes, test results, scans, letters, incident reports and the complaint file"))
	from, to := words(d.RecordsFrom), words(d.RecordsTo)
	switch {
	case from != "" && to != "":
		b.para("Dates: from " + from + " to " + to + ".")
	case from != "":
		b.para("Dates: from " + from + " to now.")
	case to != "":
		b.para("Dates: up to " + to + ".")
	}
	if d.RecordsFormat != "" {
		b.para("Please send them " + d.RecordsFormat + ".")
	}
	b.para("Thank you. Please contact me if you have any questions about this request.")
	b.close()
}

// chaser writes a letter chasing an acknowledgement or a late response.
func (b *builder) chaser() {
	a := b.a
	b.sender()
	person := b.recipient("Complaints Manager")
	b.subjectLine("My " + b.noun() + " about the care of " + b.ids() + refSuffix(b.d.Reference))
	b.greet(person)
	sent := b.sentDate()
	// A complaint may be made in writing or by speaking (reg 13 of the
	// 2009 Regulations): "made", not "sent".
	if b.a.Concern() {
		b.para("I raised my concern with you on " + sent + b.refLine() + ".")
	} else {
		b.para("I made my complaint to you on " + sent + b.refLine() + ".")
	}
	// The 2009 Regulations' time rules apply to NHS and council care.
	eng := a.Statutory2009()
	if a.Stage == guide.SentNoAck {
		if eng {
			b.para("Complaints should be acknowledged within 3 working days, but I have not received an acknowledgement.")
		} else {
			b.para("I have not yet received an acknowledgement.")
		}
		b.para("Please confirm that you have received my " + b.noun() + ", tell me who is dealing with it, and tell me when I can expect your response.")
	} else {
		switch {
		case words(b.d.AgreedBy) != "":
			b.para("You agreed to respond by " + words(b.d.AgreedBy) + ", but I have not yet received your response.")
		case eng && guide.MoreThanMonths(b.sentOn(), 6, b.today):
			b.para("It is now more than 6 months since I sent it, and I have not received your response. The regulations say that when a response cannot be sent within 6 months, or a longer time agreed with me, you must write to explain why.")
		default:
			b.para("I have not yet received your response.")
		}
		b.para("Please tell me the reasons for the delay, and the date by which I will receive your full response.")
	}
	if omb, ok := ombudsman(a); ok {
		b.para("If I do not hear from you within 10 working days, I will consider asking " + omb + memberOnly(a) + " to look at how my " + b.noun() + " has been handled.")
	}
	b.advocate()
	b.close()
}

// refSuffix returns " (reference REF)" or "".
func refSuffix(ref string) string {
	if ref == "" {
		return ""
	}
	return " (reference " + ref + ")"
}

// meeting writes a request for a local resolution meeting.
func (b *builder) meeting() {
	d := b.d
	b.sender()
	person := b.recipient("Complaints Manager")
	b.subjectLine("Request for a meeting: " + b.noun() + " about the care of " + b.ids() + refSuffix(d.Reference))
	b.greet(person)
	b.para("I would like a meeting to talk about my " + b.noun() + b.refLine() + ". I hope a meeting will help us understand what happened and agree what will be done.")
	b.heading("Questions I would like to cover")
	b.para("Please use these questions as the agenda, so that the right people can come prepared:")
	b.questions()
	b.heading("Who I would like to be there")
	b.para(b.v(FMeetingWith, d.MeetingWith, "names or jobs of the people you want at the meeting"))
	if d.MeetingWithout != "" {
		b.para("I would prefer the following not to be there: " + oneBlock(d.MeetingWithout))
	}
	if d.Supporter != "" {
		b.para("I will bring " + d.Supporter + " to support me.")
	} else {
		b.para("I may bring a relative, friend or advocate to support me.")
	}
	b.heading("After the meeting")
	b.para("Please make a record or minutes of the meeting and send me a copy, with a letter setting out what was agreed and what will happen next. I understand that a meeting does not replace a written response to my " + b.noun() + ".")
	b.para("Please contact me to arrange a date and time that suits everyone.")
	b.advocate()
	b.close()
}

// reply writes a reply to the organisation's response.
func (b *builder) reply() {
	d := b.d
	b.sender()
	person := b.recipient("Complaints Manager")
	b.subjectLine("Your response to my " + b.noun() + " about the care of " + b.ids() + refSuffix(d.Reference))
	b.greet(person)
	b.para("Thank you for your response of " + b.respondedDate("date of their response") + b.refLine() + ".")
	if d.Resolved != "" {
		b.para(d.Resolved)
	}
	b.heading("Points not answered, or that I believe are wrong")
	b.notAnswered("[a point they did not answer, or got wrong, and how you know]")
	b.heading("What I would still like to happen")
	b.outcomes()
	y, m, dd := b.today.Date()
	by := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 28)
	b.para("Please send me a further written response, or offer me a meeting, by " + guide.DayOf(by.Year(), by.Month(), by.Day()).Words(english()) + ".")
	if omb, ok := ombudsman(b.a); ok {
		b.para("If you believe your response is final, please confirm this in writing, so that I can ask " + omb + memberOnly(b.a) + " to look at my " + b.noun() + ".")
	} else {
		b.para("If you believe your response is final, please confirm this in writing, and tell me who can look at my " + b.noun() + " next.")
	}
	b.advocate()
	b.close()
}

// ombudsman writes a letter asking an ombudsman to look at the complaint.
func (b *builder) ombudsman() {
	a := b.a
	d := b.d
	b.sender()
	omb, ok := ombudsman(a)
	if !ok {
		omb = "[the ombudsman: the Parliamentary and Health Service Ombudsman for the NHS, or the Local Government and Social Care Ombudsman for social care]"
	}
	b.add(KindRecipient, capital(omb))
	org := b.v(FOrg, d.Org, "organisation name")
	b.subjectLine("Complaint about " + org + ": the care of " + b.ids())
	if a.Ombudsman().Public() || !ok {
		b.greet("Ombudsman")
	} else {
		b.greet("Sir or Madam") // ISCAS, the Dental or Optical Complaints Service
	}
	scheme := a.Ombudsman()
	if scheme.Public() || !ok {
		scheme = ""
	}
	delay := a.AwaitingResponse()
	switch {
	case scheme == guide.ISCAS && !delay:
		b.para("I am writing to ask you to look at my " + b.noun() + " about " + org + ". I understand that " + org + " is a member of ISCAS. I have been through their complaints procedure and I am still unhappy with the outcome.")
	case scheme != "" && !delay:
		b.para("I am writing to ask for your help with my " + b.noun() + " about " + org + ". I have been through their complaints procedure and I am still unhappy with the outcome.")
	case delay:
		waited := "I have not had their final response."
		if guide.MoreThanMonths(b.sentOn(), 6, b.today) {
			waited = "It is now more than 6 months and I have not had their final response."
		}
		b.para("I am writing to ask you to look at my " + b.noun() + " about " + org + ". I complained to them on " + b.sentDate() + ". " + waited + " I ask you to look at it now because of this delay.")
	default:
		b.para("I am writing to ask you to look at my " + b.noun() + " about " + org + ". I have been through their complaints procedure and I am still unhappy with the outcome.")
	}
	b.representative(b.noun())
	b.heading("Key facts")
	facts := []string{"Organisation: " + org}
	if a.SocialCareToo == guide.Yes {
		facts = append(facts, "Also involved: "+b.v(FOtherOrg, d.OtherOrg, "the other organisation"))
	}
	if w := words(a.Happened); w != "" {
		facts = append(facts, "When it happened: "+w)
	}
	if w := words(a.FoundOut); w != "" {
		facts = append(facts, "When I found out: "+w)
	}
	facts = append(facts, "When I complained: "+b.sentDate())
	switch {
	case !delay:
		facts = append(facts, "Date of their final response: "+b.respondedDate("date of their final response"))
	case words(d.AgreedBy) != "":
		facts = append(facts, "They said they would reply by: "+words(d.AgreedBy), "Their final response: not received")
	default:
		facts = append(facts, "Their final response: not received")
	}
	if d.Reference != "" {
		facts = append(facts, "Their reference: "+d.Reference)
	}
	b.add(KindPara, strings.Join(facts, "\n"))
	b.heading("What happened")
	b.events()
	if !delay {
		b.heading("Why their response does not resolve my " + b.noun())
		b.notAnswered("[a point their response did not answer or got wrong]")
	}
	b.heading("The effect this has had")
	b.para(b.v(FImpact, d.Impact, "the effect on you or them, for example health, distress, money or time"))
	if scheme == "" {
		b.heading("What I would like you to achieve")
		b.outcomes()
	} else {
		b.schemeOutcomes(scheme)
	}
	responded := b.respondedOn()
	if delay {
		responded = guide.Date{}
	}
	if ol := a.OmbudsmanLimit(responded, b.today); ol.Late {
		since := "12 months since I first knew about this"
		if ol.FromResponse {
			since = "6 months since their complaints process ended"
		}
		know := "I know it is more than "
		if !ol.Sure {
			know = "I know it may be more than "
		}
		b.heading("Why I am writing now")
		b.para(know + since + ". " + b.v(FWhyLate, d.WhyLate, "why it has taken longer, for example the complaints procedure took a long time"))
	}
	switch a.Legal {
	case guide.Yes:
		b.para("I am considering legal action, or have taken legal advice.")
	case guide.No:
		b.para("I have not taken, and am not planning, legal action.")
	case guide.Unsure:
		b.para("I have not decided whether to take legal action.")
	}
	if delay {
		b.enclose("My " + b.noun() + " letter")
		b.enclose("Any letters or emails they have sent me about it")
	} else {
		b.enclose("Their final response")
		b.enclose("My " + b.noun() + " letter")
	}
	b.advocate()
	b.close()
}

// schemeOutcomes asks a scheme for self-paid care only for what it can
// give. ISCAS can ask the provider for an explanation, an apology, action
// to put things right and a goodwill payment, not damages. The Dental and
// Optical Consumer Complaints Services help the two sides agree a way to
// put it right, such as a refund; neither punishes the professional.
func (b *builder) schemeOutcomes(scheme guide.Ombudsman) {
	ask := func(o guide.Outcome) string {
		switch o {
		case guide.OutExplanation, guide.OutApology, guide.OutService, guide.OutLetKnow:
			return b.outcome(o)
		case guide.OutProcedures, guide.OutPutRight:
			if scheme == guide.ISCAS {
				return b.outcome(o)
			}
		case guide.OutMoney:
			switch scheme {
			case guide.ISCAS:
				return "A goodwill payment in recognition of what happened."
			case guide.DCS:
				return "A refund, or a contribution towards the cost of putting the treatment right."
			case guide.OCCS:
				return "A refund, a repair or a replacement."
			}
		}
		return "" // discipline and the police are not for these schemes
	}
	if scheme == guide.ISCAS {
		b.heading("What I would like you to achieve")
	} else {
		b.heading("What I would like to agree with them")
	}
	b.outcomesAs(ask)
}

// notAnswered lists the points their response missed or got wrong, or
// the placeholder when there are none yet.
func (b *builder) notAnswered(placeholder string) {
	if len(b.d.NotAnswered) == 0 {
		b.miss(FNotAnswered)
		b.item(placeholder)
		return
	}
	for _, p := range b.d.NotAnswered {
		b.item(p)
	}
}

// regulator writes a referral summary for a professional regulator.
func (b *builder) regulator() {
	a := b.a
	d := b.d
	b.sender()
	reg := regulator(d.Profession, a)
	if reg == "" {
		b.miss(FProfession)
		reg = "[the professional regulator]"
	}
	b.add(KindRecipient, capital(reg))
	name := b.v(FProfessional, d.Professional, "their name")
	b.subjectLine("Concern about " + name + registrationOnly(d.Registration))
	b.greet("Sir or Madam")
	b.para("I would like to raise a concern about the fitness to practise of the professional below.")
	lines := []string{"Name: " + name,
		"Job: " + b.v(FProfessionalRole, d.ProfessionalRole, "their job"),
	}
	if d.Registration != "" {
		lines = append(lines, "Registration number: "+d.Registration)
	}
	lines = append(lines, "Where they work: "+b.v(FWorkplace, d.Workplace, "where they work"))
	if d.Org != "" {
		lines = append(lines, "Employer or organisation: "+d.Org)
	}
	b.add(KindPara, strings.Join(lines, "\n"))
	if b.other() {
		b.para("This concerns the care of " + b.who() + relOf(d.Relationship) + ".")
	}
	b.heading("What happened")
	b.events()
	b.heading("Why I think this is a risk to others")
	b.para(b.v(FRisk, d.Risk, "why you think they may put others at risk"))
	b.heading("Other steps I have taken")
	switch a.Stage {
	case "", guide.NotRaised:
		b.para("I have not yet complained to their employer.")
	default:
		s := "I have also complained to " + b.v(FOrg, d.Org, "their employer or organisation")
		if d.Reference != "" {
			s += " (reference " + d.Reference + ")"
		}
		b.para(s + ".")
	}
	b.para("I am happy to give more information or answer questions.")
	b.close()
}

// registrationOnly labels a registration number for the subject line.
func registrationOnly(r string) string {
	if r == "" {
		return ""
	}
	return ", registration number " + r
}

// relOf returns " (I am their REL)" or "".
func relOf(rel string) string {
	if rel == "" {
		return ""
	}
	return " (I am their " + rel + ")"
}

// offer writes a reply to an offer of an ex-gratia payment. It accepts
// nothing.
func (b *builder) offer() {
	d := b.d
	b.sender()
	person := b.recipient("Complaints Manager")
	b.subjectLine("Your offer of payment: the care of " + b.ids() + refSuffix(d.Reference))
	b.greet(person)
	b.para("Thank you for your letter of " + b.date(FOfferOn, d.OfferOn, "date of their offer") + b.refLine() + ", offering a payment of " + b.v(FOfferAmount, d.OfferAmount, "amount") + ".")
	b.para("I have not accepted the offer, and this letter is not an acceptance. Before I decide, I would like time to take independent advice. Please confirm:")
	b.item("whether the payment is offered \"in full and final settlement\";")
	if b.other() {
		b.item("whether accepting it would affect any legal claim that I, or " + b.who() + ", might make;")
	} else {
		b.item("whether accepting it would affect any legal claim I might make;")
	}
	b.item("what, if anything, I would be asked to sign; and")
	b.item("how long the offer will stay open.")
	b.para("I will not sign anything until I have had this information and taken advice.")
	b.close()
}

// respondedOn returns the date of their final response: from the answers
// (which Refine fills from the details), or else from the details.
func (b *builder) respondedOn() guide.Date {
	if words(b.a.Responded) != "" {
		return b.a.Responded
	}
	return b.d.ResponseOn
}

// respondedDate returns the date of their final response in words, or a
// placeholder.
func (b *builder) respondedDate(placeholder string) string {
	return b.date(FResponseOn, b.respondedOn(), placeholder)
}
