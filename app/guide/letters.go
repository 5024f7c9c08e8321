package guide

import (
	"slices"
	"time"

	"putitright/app/content"
)

// letterRegistry holds every letter, in the order a person usually
// needs them. Package letter drafts each and lists its fields
// (letter.Fields); package ui shows it by its Title.
var letterRegistry = []LetterID{
	LetterComplaint, LetterPALS, LetterConsent, LetterRecords, LetterChaser,
	LetterMeeting, LetterReply, LetterOmbudsman, LetterRegulator, LetterOffer,
}

// AllLetters returns every letter ID, in the order a person usually needs
// them.
func AllLetters() []LetterID { return append([]LetterID(nil), letterRegistry...) }

// Title returns the letter's title for the answers, from the text
// "title.<id>" in c: in Wales a complaint about NHS care is a concern,
// and PALS is England's name. It is "" for an unknown letter. Every
// package uses it, so a plan's links, the letters page and the drafted
// letter always agree.
func (id LetterID) Title(c *content.Set, a Answers) string {
	if !id.Known() {
		return ""
	}
	return c.Pick("title."+string(id), a.Is(time.Time{}))
}

// Known reports whether id is a letter in the registry.
func (id LetterID) Known() bool { return slices.Contains(letterRegistry, id) }

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
