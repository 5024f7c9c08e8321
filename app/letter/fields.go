package letter

import (
	"strings"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
)

// FieldID names one of the Details. It is the field's JSON name in
// Details, e.g. "senderName".
type FieldID string

// Field IDs, one for each field of Details.
const (
	FSenderName       FieldID = "senderName"
	FSenderAddress    FieldID = "senderAddress"
	FSenderPhone      FieldID = "senderPhone"
	FSenderEmail      FieldID = "senderEmail"
	FPatientName      FieldID = "patientName"
	FTheyAre          FieldID = "theyAre"
	FPatientBorn      FieldID = "patientBorn"
	FNHSNumber        FieldID = "nhsNumber"
	FHospitalNumber   FieldID = "hospitalNumber"
	FPatientAddress   FieldID = "patientAddress"
	FRelationship     FieldID = "relationship"
	FDiedOn           FieldID = "diedOn"
	FCapacityNote     FieldID = "capacityNote"
	FOrg              FieldID = "org"
	FOrgPerson        FieldID = "orgPerson"
	FOrgAddress       FieldID = "orgAddress"
	FOtherOrg         FieldID = "otherOrg"
	FPlace            FieldID = "place"
	FEvents           FieldID = "events"
	FImpact           FieldID = "impact"
	FQuestions        FieldID = "questions"
	FWants            FieldID = "wants"
	FNow              FieldID = "now"
	FNeeded           FieldID = "needed"
	FAlreadyAsked     FieldID = "alreadyAsked"
	FWhyLate          FieldID = "whyLate"
	FStillFair        FieldID = "stillFair"
	FAdvocate         FieldID = "advocate"
	FReference        FieldID = "reference"
	FSentOn           FieldID = "sentOn"
	FAgreedBy         FieldID = "agreedBy"
	FResponseOn       FieldID = "responseOn"
	FResolved         FieldID = "resolved"
	FNotAnswered      FieldID = "notAnswered"
	FProfession       FieldID = "profession"
	FProfessional     FieldID = "professional"
	FProfessionalRole FieldID = "professionalRole"
	FRegistration     FieldID = "registration"
	FWorkplace        FieldID = "workplace"
	FRisk             FieldID = "risk"
	FOfferAmount      FieldID = "offerAmount"
	FOfferOn          FieldID = "offerOn"
	FRecords          FieldID = "records"
	FRecordsFrom      FieldID = "recordsFrom"
	FRecordsTo        FieldID = "recordsTo"
	FRecordsFormat    FieldID = "recordsFormat"
	FMeetingWith      FieldID = "meetingWith"
	FMeetingWithout   FieldID = "meetingWithout"
	FSupporter        FieldID = "supporter"
	FEnclosures       FieldID = "enclosures"
)

// FieldKind says what kind of input a field needs.
type FieldKind string

// Field kinds.
const (
	FieldText   FieldKind = "text"   // a string; Multiline says whether it may be long
	FieldLines  FieldKind = "lines"  // []string, one line each (an address)
	FieldList   FieldKind = "list"   // []string, one item each (questions, enclosures)
	FieldDate   FieldKind = "date"   // a guide.Date: month and year, day optional
	FieldEvents FieldKind = "events" // []Event: a date and what happened, any number
	FieldChoice FieldKind = "choice" // one of Options, stored as its Value
)

// Option is one choice for a FieldChoice field.
type Option struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

// Field describes one detail for the UI to ask for, in the language of
// the content it was made from.
type Field struct {
	ID        FieldID   `json:"id"`
	Label     string    `json:"label"`
	Hint      string    `json:"hint,omitempty"`
	Example   string    `json:"example,omitempty"`
	Kind      FieldKind `json:"kind"`
	Multiline bool      `json:"multiline,omitempty"`
	Options   []Option  `json:"options,omitempty"` // for FieldChoice
}

// fieldShape is what kind of input a field needs.
type fieldShape struct {
	kind FieldKind
	long bool // a FieldText that may be long
}

// fieldShapes are the fields' kinds of input. The words are the texts
// "field.<id>.label", ".hint" and ".example", with the ID written with
// hyphens ("field.sender-name.label"), and a choice's options
// "field.<id>.option.<value>".
var fieldShapes = map[FieldID]fieldShape{
	FSenderName: {kind: FieldText}, FSenderAddress: {kind: FieldLines}, FSenderPhone: {kind: FieldText},
	FSenderEmail: {kind: FieldText}, FPatientName: {kind: FieldText}, FPatientBorn: {kind: FieldDate},
	FNHSNumber: {kind: FieldText}, FHospitalNumber: {kind: FieldText}, FPatientAddress: {kind: FieldLines},
	FTheyAre: {kind: FieldText}, FRelationship: {kind: FieldText}, FDiedOn: {kind: FieldDate},
	FCapacityNote: {FieldText, true}, FOrg: {kind: FieldText}, FOrgPerson: {kind: FieldText},
	FOrgAddress: {kind: FieldLines}, FOtherOrg: {kind: FieldText}, FPlace: {kind: FieldText},
	FEvents: {kind: FieldEvents}, FImpact: {FieldText, true}, FQuestions: {kind: FieldList},
	FWants: {FieldText, true}, FNow: {FieldText, true}, FNeeded: {FieldText, true},
	FAlreadyAsked: {FieldText, true}, FWhyLate: {FieldText, true}, FStillFair: {FieldText, true},
	FAdvocate: {kind: FieldText}, FReference: {kind: FieldText}, FSentOn: {kind: FieldDate},
	FAgreedBy: {kind: FieldDate}, FResponseOn: {kind: FieldDate}, FResolved: {FieldText, true},
	FNotAnswered: {kind: FieldList}, FProfession: {kind: FieldChoice}, FProfessional: {kind: FieldText},
	FProfessionalRole: {kind: FieldText}, FRegistration: {kind: FieldText}, FWorkplace: {kind: FieldText},
	FRisk: {FieldText, true}, FOfferAmount: {kind: FieldText}, FOfferOn: {kind: FieldDate},
	FRecords: {FieldText, true}, FRecordsFrom: {kind: FieldDate}, FRecordsTo: {kind: FieldDate},
	FRecordsFormat: {kind: FieldText}, FMeetingWith: {FieldText, true}, FMeetingWithout: {FieldText, true},
	FSupporter: {kind: FieldText}, FEnclosures: {kind: FieldList},
}

// professions are the choices for FProfession, in order.
var professions = []Profession{ProfDoctor, ProfNurse, ProfDental, ProfPharmacy, ProfOptical, ProfHCPC, ProfSocialWork, ProfOther}

// fieldKey returns the field's ID as its texts write it: "senderName" is
// "sender-name".
func fieldKey(id FieldID) string {
	var sb strings.Builder
	for _, r := range string(id) {
		if r >= 'A' && r <= 'Z' {
			sb.WriteByte('-')
			r += 'a' - 'A'
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// fieldInfo returns the description of a field in the words of c, each
// chosen by is (see the texts' conditions). It builds a fresh value each
// time, so callers may change what they get.
func fieldInfo(c *content.Set, id FieldID, is func(string) bool) (Field, bool) {
	shape, ok := fieldShapes[id]
	if !ok {
		return Field{}, false
	}
	key := "field." + fieldKey(id)
	f := Field{ID: id, Label: c.Pick(key+".label", is), Hint: optional(c, key+".hint", is),
		Example: optional(c, key+".example", is), Kind: shape.kind, Multiline: shape.long}
	if shape.kind == FieldChoice {
		for _, p := range professions {
			f.Options = append(f.Options, Option{Value: string(p), Label: c.T(key + ".option." + string(p))})
		}
	}
	return f, true
}

// optional returns the words of text id, or "" when there is none.
func optional(c *content.Set, id string, is func(string) bool) string {
	if _, ok := c.Lookup(id); !ok {
		return ""
	}
	return c.Pick(id, is)
}

// FieldInfo returns the label, hint and example for a field, as they
// read when nothing is known of the answers.
func FieldInfo(c *content.Set, id FieldID) (Field, bool) {
	return fieldInfo(c, id, func(string) bool { return false })
}

// Fields returns the details the letter id needs, in the order to ask for
// them, given the answers so far and today's date (today decides whether
// the complaint is late, which adds two questions), in the words of c:
// writing about their own care a person is asked "Your date of birth".
// The UI should ask only for these.
func Fields(c *content.Set, id guide.LetterID, a guide.Answers, today time.Time) []Field {
	var ids []FieldID
	add := func(f ...FieldID) { ids = append(ids, f...) }
	rep := a.AboutSomeoneElse()
	sender := func() { add(FSenderName, FSenderAddress, FSenderPhone, FSenderEmail) }
	patient := func() {
		if rep {
			add(FPatientName, FTheyAre, FRelationship)
		}
		add(FPatientBorn, FNHSNumber, FHospitalNumber)
		if a.Person == guide.ForDeceased {
			add(FDiedOn)
		}
		if a.Person == guide.ForAdultLacksCapacity && !a.HasAuthority() {
			add(FCapacityNote)
		}
	}
	org := func() { add(FOrg, FOrgPerson, FOrgAddress) }
	sentOn := func() {
		if a.Sent.IsZero() {
			add(FSentOn)
		}
	}
	// The exact date of their response is always asked: once typed, it
	// is used instead of the month answered (see Refine).
	responseOn := func() { add(FResponseOn) }
	switch id {
	case guide.LetterComplaint:
		sender()
		patient()
		org()
		if a.SocialCareToo == guide.Yes {
			add(FOtherOrg)
		}
		add(FEvents, FImpact, FQuestions, FWants)
		if a.ComplaintLimit(today).Late() {
			add(FWhyLate, FStillFair)
		}
		add(FAdvocate, FEnclosures)
	case guide.LetterPALS:
		add(FSenderName)
		if rep {
			add(FPatientName, FRelationship)
		}
		add(FPatientBorn, FNHSNumber, FOrg, FPlace, FNow, FNeeded, FAlreadyAsked, FSenderPhone)
	case guide.LetterConsent:
		if rep {
			add(FPatientName)
		} else {
			add(FSenderName)
		}
		add(FPatientBorn, FPatientAddress, FNHSNumber)
		if rep {
			add(FSenderName, FSenderAddress, FSenderPhone, FSenderEmail, FRelationship)
		} else {
			add(FAdvocate)
		}
		if a.Person == guide.ForDeceased {
			add(FDiedOn)
		}
		if a.Person == guide.ForAdultLacksCapacity && !a.HasAuthority() {
			add(FCapacityNote)
		}
		add(FOrg)
		if a.SocialCareToo == guide.Yes {
			add(FOtherOrg)
		}
	case guide.LetterRecords:
		sender()
		patient()
		add(FPatientAddress)
		org()
		add(FRecords, FRecordsFrom, FRecordsTo, FRecordsFormat, FEnclosures)
	case guide.LetterChaser:
		sender()
		patient()
		org()
		add(FReference)
		sentOn()
		if a.Stage != guide.SentNoAck {
			add(FAgreedBy)
		}
		add(FAdvocate)
	case guide.LetterMeeting:
		sender()
		patient()
		org()
		add(FReference, FQuestions, FMeetingWith, FMeetingWithout, FSupporter, FAdvocate)
	case guide.LetterReply:
		sender()
		patient()
		org()
		add(FReference)
		responseOn()
		add(FResolved, FNotAnswered, FWants, FAdvocate, FEnclosures)
	case guide.LetterOmbudsman:
		sender()
		patient()
		add(FOrg)
		if a.SocialCareToo == guide.Yes {
			add(FOtherOrg)
		}
		add(FReference)
		sentOn()
		if a.AwaitingResponse() {
			add(FAgreedBy, FEvents, FImpact, FWants)
		} else {
			responseOn()
			add(FEvents, FNotAnswered, FImpact, FWants)
		}
		if a.OmbudsmanMayBeLate(today) {
			add(FWhyLate)
		}
		add(FAdvocate, FEnclosures)
	case guide.LetterRegulator:
		sender()
		add(FProfession, FProfessional, FProfessionalRole, FRegistration, FWorkplace)
		if rep {
			add(FPatientName, FRelationship)
		}
		add(FOrg, FEvents, FRisk, FReference, FEnclosures)
	case guide.LetterOffer:
		sender()
		patient()
		org()
		add(FReference, FOfferAmount, FOfferOn)
	}
	out := make([]Field, 0, len(ids))
	is := a.Is(today)
	for _, f := range ids {
		if info, ok := fieldInfo(c, f, is); ok {
			out = append(out, info)
		}
	}
	return out
}
