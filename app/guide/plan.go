package guide

import (
	"time"

	"putitright/app/content"
)

// LetterID names a letter the person may need to draft.
type LetterID string

// Letters, in the order a person usually needs them.
const (
	LetterComplaint LetterID = "complaint"   // the formal complaint
	LetterPALS      LetterID = "pals"        // an email to PALS about a problem now
	LetterConsent   LetterID = "consent"     // a consent or authority form
	LetterRecords   LetterID = "records"     // a request for health or care records
	LetterChaser    LetterID = "chaser"      // no acknowledgement, or the response is late
	LetterMeeting   LetterID = "meeting"     // a request for a local resolution meeting
	LetterReply     LetterID = "reply"       // a reply to the organisation's response
	LetterOmbudsman LetterID = "ombudsman"   // to the PHSO, LGSCO or the nation's ombudsman
	LetterRegulator LetterID = "regulator"   // a referral summary for a professional regulator
	LetterOffer     LetterID = "offer-reply" // a reply to an ex-gratia offer
)

// TimeStatus says where a person stands against the complaint time limit.
type TimeStatus string

// Time-limit statuses.
const (
	TimeUnknown TimeStatus = "unknown" // no date given yet
	TimeInside  TimeStatus = "inside"  // well inside the limit
	TimeClosing TimeStatus = "closing" // the limit ends within two months
	TimePassed  TimeStatus = "passed"  // the limit has passed: they can still complain, and should say why it is late
)

// Contact is a way to reach an organisation. Any field may be empty.
type Contact struct {
	Name  string `json:"name,omitempty"`
	Phone string `json:"phone,omitempty"`
	Web   string `json:"web,omitempty"`
}

// IsZero reports whether the contact holds nothing.
func (c Contact) IsZero() bool { return c == Contact{} }

// Local holds a partner's own local contacts, shown in the plan's help.
type Local struct {
	Partner     string  `json:"partner,omitempty"`     // the partner organisation's name
	Advocacy    Contact `json:"advocacy,omitempty"`    // NHS complaints advocacy provider
	PALS        Contact `json:"pals,omitempty"`        // the local hospital PALS
	Healthwatch Contact `json:"healthwatch,omitempty"` // local Healthwatch
}

// Options tune how a plan is built.
type Options struct {
	Today time.Time // the date the plan is built on; required
	// Content is the content to build the plan from, in the person's
	// language; nil means the embedded English content.
	Content *content.Set
	// Local holds a partner's own contacts. They are shown first in
	// Plan.Help where they fit: in England (or nation not known) advocacy
	// when NHS complaints advocacy covers the case; in Wales, Scotland and
	// Northern Ireland advocacy for any case; PALS for NHS services; and
	// Healthwatch whenever it is given (see localHelp).
	Local Local
	// Healthwatch turns on local Healthwatch as a place to report, in
	// England. It is off by default because Healthwatch is due to be
	// abolished. A non-empty Local.Healthwatch turns it on too.
	Healthwatch bool
}

// Source is where a piece of guidance comes from.
type Source struct {
	Title string `json:"title"`
	URL   string `json:"url"`
}

// Step is one thing in a plan: an action, a route, a body or a warning,
// with its guidance text taken from the reviewed content.
type Step struct {
	ID      string   `json:"id"`               // stable content ID, e.g. "route.phso"
	Title   string   `json:"title"`            // short heading
	Text    string   `json:"text,omitempty"`   // what to do and why
	Expect  string   `json:"expect,omitempty"` // what to realistically expect
	Cannot  string   `json:"cannot,omitempty"` // what this route cannot do
	Find    string   `json:"find,omitempty"`   // how to find the local service, when it has no national number
	Open    string   `json:"open,omitempty"`   // Text, when the partner is the service itself
	Contact Contact  `json:"contact,omitzero"`
	Sources []Source `json:"sources,omitempty"`
}

// OutcomePlan is the routes that can deliver one chosen outcome, in order.
type OutcomePlan struct {
	Outcome Outcome `json:"outcome"`
	Title   string  `json:"title"`
	Text    string  `json:"text,omitempty"` // what this outcome means, in brief
	Routes  []Step  `json:"routes"`
}

// TimeLimit is the complaint time limit worked out from the dates given.
type TimeLimit struct {
	Status TimeStatus `json:"status"`
	// FromEvent is 12 months (or the nation's limit) from when it happened.
	FromEvent Date `json:"fromEvent,omitzero"`
	// FromFoundOut is the same limit counted from when they found out.
	FromFoundOut Date `json:"fromFoundOut,omitzero"`
	// Deadline is the later of the two: the date that applies.
	Deadline Date `json:"deadline,omitzero"`
	// Ombudsman is true when the final response has come and the dates
	// are for asking the ombudsman, not for making the complaint.
	Ombudsman bool `json:"ombudsman,omitempty"`
	// Unsure is true when Status is TimePassed but a month-only date
	// leaves it unsure: counted from the month's last day the limit has
	// not passed. Say "may have passed".
	Unsure bool   `json:"unsure,omitempty"`
	Title  string `json:"title,omitempty"` // heading for the box, e.g. "The ombudsman's time limit"
	Text   string `json:"text"`
}

// Complaint is the complaint route itself.
type Complaint struct {
	SendTo    []Step    `json:"sendTo"` // provider or commissioner, and the advice to choose one
	TimeLimit TimeLimit `json:"timeLimit"`
	Duties    []Step    `json:"duties"` // what the organisation must do
	Next      Step      `json:"next"`   // the next step for the stage they are at
	// Ombudsman is the ombudsman's usual time limit, from
	// Answers.OmbudsmanLimit with the date of the final response: the
	// date that matters once the final response has come.
	Ombudsman OmbudsmanLimit `json:"ombudsman"`
}

// LetterRef is a letter the person should draft, with the reason.
type LetterRef struct {
	ID    LetterID `json:"id"`
	Title string   `json:"title"` // its title from the letter registry, as the drafted letter has it
	Why   string   `json:"why"`
}

// Plan is a personal plan, built by Build. Every list is in the order to show.
type Plan struct {
	Nation Nation `json:"nation"`
	// Sympathy is a line of sympathy for the top of the plan, when the
	// person died (Answers.Died), else empty.
	Sympathy   string        `json:"sympathy,omitempty"`
	Urgent     []Step        `json:"urgent,omitempty"`
	Outcomes   []OutcomePlan `json:"outcomes,omitempty"`
	Complaint  Complaint     `json:"complaint"`
	Escalation []Step        `json:"escalation,omitempty"`
	Report     []Step        `json:"report,omitempty"`
	Warnings   []Step        `json:"warnings,omitempty"`
	Help       []Step        `json:"help,omitempty"`
	Letters    []LetterRef   `json:"letters,omitempty"`
}

// HasLetter reports whether the plan suggests letter id.
func (p Plan) HasLetter(id LetterID) bool {
	for _, l := range p.Letters {
		if l.ID == id {
			return true
		}
	}
	return false
}
