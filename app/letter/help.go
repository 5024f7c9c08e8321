package letter

import (
	"putitright/app/guide"
)

// Checklist returns short writing tips for letter id, in plain English:
// the general ones first, then ones for this letter, nation and service.
func Checklist(id guide.LetterID, a guide.Answers) []string {
	var out []string
	add := func(s ...string) { out = append(out, s...) }
	formal := id != guide.LetterPALS && id != guide.LetterConsent
	if formal {
		add("Keep it factual and polite. Firm is fine; angry words can make it harder to get what you want.",
			"Don't name or describe other patients.",
			"Send copies, never originals. Keep a copy of your letter and everything you send.",
			"Send it by email and ask for a receipt, or post it by recorded or signed-for delivery.",
			"Keep a note of every phone call: the date, who you spoke to, their job, and what was said.")
	}
	switch id {
	case guide.LetterComplaint:
		add("Raise everything now. New points added later may be treated as a new complaint.",
			"Try to keep it to about two pages. If there is a lot to say, send a timeline as a separate sheet.",
			"Put the most important points first, in date order, with dates, places and staff names or jobs if you know them.",
			"Ask what action will be taken, rather than asking for someone to be sacked. A regulator is a separate route.")
		if by := a.PaidBy(); by != guide.BodyNone {
			add("Complain to the organisation that gave the care or to " + by.Name(english()) + ", not both about the same thing.")
		}
		if a.Statutory2009() {
			add("You can also complain by phone or in person. They must write down what you say and give you a copy.")
		}
		if a.Representative() {
			add("If you are writing for someone else, include their signed consent or proof of your authority.")
		}
		switch a.Advocacy() {
		case guide.Llais:
			add("Llais gives free, independent help with concerns about NHS and social care in Wales.")
		case guide.PASS:
			add("The Patient Advice and Support Service (PASS) gives free help with NHS complaints in Scotland.")
		case guide.PCC:
			add("The Patient and Client Council gives free help with health and social care complaints in Northern Ireland.")
		case guide.AdvocacyNHS:
			add("Free, independent NHS complaints advocacy can help you write this and come to meetings.")
		}
	case guide.LetterPALS:
		add("Keep it short: one problem per email.",
			"Say clearly what is needed and by when.",
			"If anyone is in danger now, call 999. For urgent medical help, call NHS 111.",
			"PALS is informal. Using it does not stop you making a formal complaint later. It may not stop the clock on the time limit, so do not wait too long.")
	case guide.LetterConsent:
		add("The organisation may have its own form. If it does, use theirs.",
			"Send a copy and keep the signed original.",
			"The consent can be withdrawn at any time, in writing.")
		switch a.Person {
		case guide.ForAdultLacksCapacity:
			add("If you have a lasting power of attorney or a deputyship order, enclose a copy.")
		case guide.ForDeceased:
			add("The organisation may ask for proof of your relationship, or the grant of probate or letters of administration.")
		case guide.ForChild:
			add("The organisation may ask for proof that you have parental responsibility. A child who understands can agree for themselves.")
		}
		if o := a.Ombudsman(); o == guide.LGSCO || o == guide.JointPHSOLGSCO {
			add("The Local Government and Social Care Ombudsman's own consent form needs a witness who is not a relative.")
		}
	case guide.LetterRecords:
		add("Say which records and dates you want. Asking for everything can take longer.",
			"Send proof of identity. If the records are someone else's, send their consent or proof of your authority.",
			"For a living person, it is normally free and due within one month. The clock can stop while they check identity.")
	case guide.LetterChaser:
		add("Give the date you sent your complaint and any reference number.",
			"Keep it short and calm. You can ask the ombudsman to look at long delays.")
	case guide.LetterMeeting:
		add("Send your questions in advance, numbered, so they can be the agenda.",
			"You can bring a relative, friend or advocate.",
			"Ask for notes of the meeting. You can make your own notes too.",
			"A meeting does not replace a written response.")
	case guide.LetterReply:
		add("Say what they did put right, as well as what they missed.",
			"List each point not answered, with evidence if something is wrong.",
			"Ask them to confirm if this is their final response, so you can go to the ombudsman.")
	case guide.LetterOmbudsman:
		if o := a.Ombudsman(); !o.Public() && o != guide.OmbudsmanUnknown {
			if o.MembersOnly() {
				add("ISCAS only looks at complaints about its members. Ask the provider whether it is a member, or check on the ISCAS website, before you send this.",
					"ISCAS can ask the provider to explain, to say sorry, to put things right and to make a goodwill payment. It does not award damages like a court.")
			} else {
				add("The scheme helps you and the provider agree a way to put it right. It does not decide negligence claims or punish anyone.")
			}
			add("You can copy from this letter into the scheme's online form, or send it as it is.",
				"Send your complaint letter and their final response with it.",
				"Check the scheme's own time limit on its website, and send it soon.")
			if a.Representative() || a.Person == guide.ForAdultConsents {
				add("If you act for someone else, the scheme may ask for their consent or proof of your authority.")
			}
			break
		}
		add("Most ombudsmen prefer their online form. You can copy from this letter into it.",
			"Send your complaint letter and their final response, or any replies you have had, with it.")
		if a.Ombudsman() == guide.NIPSO {
			add("The Northern Ireland Public Services Ombudsman normally expects you to come within 6 months of the end of the complaints process. It can accept later if there is a good reason.")
		} else {
			add("Ombudsmen normally expect you to come to them within 12 months of first knowing about the problem. They can accept later if there is a good reason.")
		}
		if a.Representative() || a.Person == guide.ForAdultConsents {
			add("If you act for someone else, the ombudsman will need their consent or proof of your authority.")
		}
	case guide.LetterRegulator:
		add("Regulators decide whether a professional is safe to practise. They do not resolve complaints or pay compensation, and they usually cannot give you a full explanation of the care.",
			"Most regulators prefer their online form or a phone call. You can copy from this summary into it.",
			"You can check the professional's registration on the regulator's online register.",
			"You can complain to the organisation as well; it is a separate route.")
	case guide.LetterOffer:
		add("Do not sign or accept anything until you have taken independent advice, for example from a solicitor or Action against Medical Accidents (AvMA).",
			"Accepting a payment \"in full and final settlement\" can stop you making a legal claim later.",
			"Clinical negligence claims normally have to be started within 3 years.")
	}
	return out
}
