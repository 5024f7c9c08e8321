package guide

import "time"

// letterInfo is one entry in the letter registry: a letter, its titles
// and when a plan offers it. Package letter drafts it and lists its
// fields (letter.Fields); package ui shows it by this title.
type letterInfo struct {
	ID LetterID
	// title returns the letter's title for the answers: in Wales a
	// complaint about NHS care is a concern, and PALS is England's name.
	title func(a Answers) string
}

// letterRegistry holds every letter, in the order a person usually
// needs them.
var letterRegistry = []letterInfo{
	{LetterComplaint, func(a Answers) string {
		if a.Concern() {
			return "Concern (complaint)"
		}
		if a.Person == ForAdultNoConsent {
			return "Letter raising concerns"
		}
		return "Formal complaint"
	}},
	{LetterPALS, func(a Answers) string {
		if a.RulesNation() == England {
			return "Email to PALS"
		}
		return "Email asking for help now"
	}},
	{LetterConsent, fixed("Consent form")},
	{LetterRecords, fixed("Request for records")},
	{LetterChaser, fixed("Chasing letter")},
	{LetterMeeting, fixed("Request for a meeting")},
	{LetterReply, fixed("Reply to their response")},
	{LetterOmbudsman, func(a Answers) string {
		switch o := a.Ombudsman(); o {
		case ISCAS, DCS, OCCS:
			return "Letter to " + o.Name()
		}
		return "Letter to the ombudsman"
	}},
	{LetterRegulator, fixed("Referral to a regulator")},
	{LetterOffer, fixed("Reply to an offer of payment")},
}

func fixed(s string) func(Answers) string { return func(Answers) string { return s } }

// AllLetters returns every letter ID, in the order a person usually needs
// them.
func AllLetters() []LetterID {
	out := make([]LetterID, len(letterRegistry))
	for i, l := range letterRegistry {
		out[i] = l.ID
	}
	return out
}

// Title returns the letter's title for the answers, or "" for an unknown
// letter. Every package uses it, so a plan's links, the letters page and
// the drafted letter always agree.
func (id LetterID) Title(a Answers) string {
	for _, l := range letterRegistry {
		if l.ID == id {
			return l.title(a)
		}
	}
	return ""
}

// Known reports whether id is a letter in the registry.
func (id LetterID) Known() bool { return id.Title(Answers{}) != "" }

// letterOffer is a letter a plan offers, and the content ID of the
// reason why.
type letterOffer struct {
	id  LetterID
	why string
}

// Letters returns the letters a plan offers for the answers on the day
// today, in order. Plan.Letters holds the same letters, with the reason
// for each.
func (a Answers) Letters(today time.Time) []LetterID {
	offers := a.letterOffers(today)
	out := make([]LetterID, len(offers))
	for i, o := range offers {
		out[i] = o.id
	}
	return out
}

// letterOffers returns the letters offered, each with the content ID of
// its reason.
func (a Answers) letterOffers(today time.Time) []letterOffer {
	var out []letterOffer
	add := func(id LetterID, why string) { out = append(out, letterOffer{id, why}) }
	c := a.Care()
	if a.BeforeComplaint() {
		if a.ComplaintLimit(today).Late() {
			add(LetterComplaint, "letter.complaint.late")
		} else {
			add(LetterComplaint, "letter.complaint")
		}
	}
	if (a.Nation == England || !a.NationKnown()) && (c.NHS() || c == CareUnknown) &&
		(a.Danger == Yes || a.Wants(OutService)) && a.Stage != FinalResponse && a.Stage != WithOmbudsman {
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
	case a.Person == ForAdultNoConsent:
		// Their records are theirs: without their agreement, none.
	case a.Person == ForDeceased:
		add(LetterRecords, "letter.records.deceased")
	case a.SeriousHarm() || a.ConsideringLegal() || a.Wants(OutMoney):
		add(LetterRecords, "letter.records")
	}
	switch {
	case a.Stage == SentNoAck:
		add(LetterChaser, "letter.chaser")
	case a.ResponseOverdue(today):
		add(LetterChaser, "letter.chaser.late")
	}
	if a.Stage == FinalResponse {
		add(LetterMeeting, "letter.meeting")
		add(LetterReply, "letter.reply")
	}
	switch {
	case c.Private():
		// Self-paid care: the scheme for it (ISCAS, for members only; the
		// Dental or Optical Consumer Complaints Service), once the
		// provider has given its final response.
		if a.Stage == FinalResponse {
			add(LetterOmbudsman, "letter.scheme."+string(a.Ombudsman()))
		}
	case a.Stage == FinalResponse:
		add(LetterOmbudsman, "letter.ombudsman")
	case a.LongWait(today):
		add(LetterOmbudsman, "letter.ombudsman.delay")
	}
	if a.Wants(OutDiscipline) {
		add(LetterRegulator, "letter.regulator")
	}
	if a.Offer == Yes {
		add(LetterOffer, "letter.offer-reply")
	}
	return out
}
