package letter

import (
	"sort"
	"strings"
	"unicode/utf8"

	"putitright/app/guide"
)

// Event is one thing that happened, for the numbered list in a letter.
type Event struct {
	When guide.Date `json:"when,omitzero"` // may be zero if not known
	What string     `json:"what,omitempty"`
}

// Details holds what letters need beyond the answers to the guide's
// questions. Every field is optional: anything missing shows in the letter
// as a bracketed placeholder, such as "[your name]".
//
// The JSON name of each field is also its FieldID, so the UI can ask for
// exactly the fields that Fields returns.
type Details struct {
	// The person writing.
	SenderName    string   `json:"senderName,omitempty"`
	SenderAddress []string `json:"senderAddress,omitempty"` // one line each
	SenderPhone   string   `json:"senderPhone,omitempty"`
	SenderEmail   string   `json:"senderEmail,omitempty"`

	// The person who had the care. When the sender is writing about their
	// own care, PatientName may be left empty and SenderName is used.
	PatientName    string     `json:"patientName,omitempty"`
	PatientBorn    guide.Date `json:"patientBorn,omitzero"`
	NHSNumber      string     `json:"nhsNumber,omitempty"`
	HospitalNumber string     `json:"hospitalNumber,omitempty"`
	PatientAddress []string   `json:"patientAddress,omitempty"`
	TheyAre        string     `json:"theyAre,omitempty"`      // who the patient is to the sender, e.g. "mother"
	Relationship   string     `json:"relationship,omitempty"` // the sender's relationship to the patient, e.g. "daughter"
	DiedOn         guide.Date `json:"diedOn,omitzero"`        // when the patient died, if they have
	CapacityNote   string     `json:"capacityNote,omitempty"` // why they cannot decide, and how the sender knows their wishes

	// The organisation the complaint is about (and, for most letters, the
	// one the letter is sent to).
	Org        string   `json:"org,omitempty"`
	OrgPerson  string   `json:"orgPerson,omitempty"` // a person or role, e.g. "Complaints Manager"
	OrgAddress []string `json:"orgAddress,omitempty"`
	OtherOrg   string   `json:"otherOrg,omitempty"` // the other organisation, when health and social care were both involved
	Place      string   `json:"place,omitempty"`    // ward, clinic or service

	// The complaint itself.
	Events    []Event  `json:"events,omitempty"`
	Impact    string   `json:"impact,omitempty"`
	Questions []string `json:"questions,omitempty"`
	Wants     string   `json:"wants,omitempty"` // what they want, in their own words

	// A problem happening now (PALS).
	Now          string `json:"now,omitempty"`          // what is happening now
	Needed       string `json:"needed,omitempty"`       // what is needed, and by when
	AlreadyAsked string `json:"alreadyAsked,omitempty"` // who has already been asked

	// A late complaint.
	WhyLate   string `json:"whyLate,omitempty"`
	StillFair string `json:"stillFair,omitempty"` // why a fair investigation is still possible

	// Help and progress.
	Advocate    string     `json:"advocate,omitempty"` // advocate's name and organisation
	Reference   string     `json:"reference,omitempty"`
	SentOn      guide.Date `json:"sentOn,omitzero"` // used when Answers.Sent is not given
	AgreedBy    guide.Date `json:"agreedBy,omitzero"`
	ResponseOn  guide.Date `json:"responseOn,omitzero"`
	Resolved    string     `json:"resolved,omitempty"`
	NotAnswered []string   `json:"notAnswered,omitempty"`

	// A professional regulator.
	Profession       Profession `json:"profession,omitempty"`
	Professional     string     `json:"professional,omitempty"`
	ProfessionalRole string     `json:"professionalRole,omitempty"`
	Registration     string     `json:"registration,omitempty"`
	Workplace        string     `json:"workplace,omitempty"`
	Risk             string     `json:"risk,omitempty"`

	// An offer of payment.
	OfferAmount string     `json:"offerAmount,omitempty"`
	OfferOn     guide.Date `json:"offerOn,omitzero"`

	// Records.
	Records       string     `json:"records,omitempty"` // which records
	RecordsFrom   guide.Date `json:"recordsFrom,omitzero"`
	RecordsTo     guide.Date `json:"recordsTo,omitzero"`
	RecordsFormat string     `json:"recordsFormat,omitempty"`

	// A meeting.
	MeetingWith    string `json:"meetingWith,omitempty"`    // who they want there
	MeetingWithout string `json:"meetingWithout,omitempty"` // who they would rather was not there
	Supporter      string `json:"supporter,omitempty"`      // who they will bring

	Enclosures []string `json:"enclosures,omitempty"`
}

// Profession is the kind of professional a regulator referral is about.
type Profession string

// Professions, each with its own regulator.
const (
	ProfDoctor     Profession = "doctor"        // doctors, physician associates, anaesthesia associates: GMC
	ProfNurse      Profession = "nurse"         // nurses, midwives, nursing associates: NMC
	ProfDental     Profession = "dental"        // dentists and dental team: GDC
	ProfPharmacy   Profession = "pharmacy"      // pharmacists and pharmacy technicians: GPhC (PSNI in Northern Ireland)
	ProfOptical    Profession = "optical"       // optometrists and dispensing opticians: GOC
	ProfHCPC       Profession = "hcpc"          // paramedics, physiotherapists and other HCPC professions
	ProfSocialWork Profession = "social-worker" // social workers: Social Work England in England
	ProfOther      Profession = "other"
)

// clean returns d with every string made safe for documents: control
// characters removed, line breaks tidied, and single-line fields kept on
// one line. Nothing else in the person's words is changed.
func (d Details) clean() Details {
	for _, p := range []*string{&d.SenderName, &d.SenderPhone, &d.SenderEmail, &d.PatientName,
		&d.NHSNumber, &d.HospitalNumber, &d.TheyAre, &d.Relationship, &d.Org, &d.OrgPerson, &d.OtherOrg,
		&d.Place, &d.Advocate, &d.Reference, &d.Professional, &d.ProfessionalRole,
		&d.Registration, &d.Workplace, &d.OfferAmount, &d.RecordsFormat, &d.Supporter} {
		*p = cleanLine(*p)
	}
	for _, p := range []*string{&d.CapacityNote, &d.Impact, &d.Wants, &d.Now, &d.Needed,
		&d.AlreadyAsked, &d.WhyLate, &d.StillFair, &d.Resolved, &d.Risk, &d.Records,
		&d.MeetingWith, &d.MeetingWithout} {
		*p = cleanText(*p)
	}
	d.Profession = Profession(cleanLine(string(d.Profession)))
	d.SenderAddress = cleanLines(d.SenderAddress)
	d.PatientAddress = cleanLines(d.PatientAddress)
	d.OrgAddress = cleanLines(d.OrgAddress)
	d.Questions = cleanList(d.Questions)
	d.NotAnswered = cleanList(d.NotAnswered)
	d.Enclosures = cleanList(d.Enclosures)
	var ev []Event
	for _, e := range d.Events {
		e.What = cleanText(e.What)
		if e.What != "" || !e.When.IsZero() {
			ev = append(ev, e)
		}
	}
	// Date order; events without a date keep their place after the dated ones.
	sort.SliceStable(ev, func(i, j int) bool {
		a, b := ev[i].When, ev[j].When
		if a.IsZero() || b.IsZero() {
			return !a.IsZero() && b.IsZero()
		}
		return a.First().Before(b.First())
	})
	d.Events = ev
	return d
}

// okRune reports whether r may appear in a letter. It allows what XML 1.0
// allows, less the other control characters and the non-characters.
func okRune(r rune) bool {
	switch {
	case r == '\n':
		return true
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return false
	case r >= 0xd800 && r <= 0xdfff, r == 0xfffe, r == 0xffff, r > utf8.MaxRune:
		return false
	}
	return true
}

// cleanText tidies free text: "\r\n" and "\r" become "\n", tabs become
// spaces, other control and invalid characters are removed, and leading and
// trailing space is trimmed.
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\t", " ")
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if okRune(r) {
			return r
		}
		return -1
	}, s)
	return strings.TrimSpace(s)
}

// cleanLine is cleanText for a one-line field: line breaks become spaces.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(cleanText(s), "\n", " ")), " ")
}

// cleanLines cleans each line and drops empty ones.
func cleanLines(in []string) []string {
	var out []string
	for _, s := range in {
		for _, l := range strings.Split(cleanText(s), "\n") {
			if l = cleanLine(l); l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// cleanList cleans each item and drops empty ones; an item stays one item.
func cleanList(in []string) []string {
	var out []string
	for _, s := range in {
		if s = cleanLine(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// paragraphs splits text into paragraphs at blank lines. Each paragraph is
// trimmed and keeps its single line breaks.
func paragraphs(text string) []string {
	text = cleanText(text)
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			flush()
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return out
}
