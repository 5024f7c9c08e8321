package letter

import (
	"strconv"
	"strings"
	"time"

	"putitright/app/guide"
)

// The names a letter's words and conditions may use.
//
// Values, in braces in a template:
//
//   - the details (see valueOf): {your name}, {organisation},
//     {date of birth}…; a list (an address, the enclosures) used inside a
//     sentence reads as its entries joined by commas;
//   - what the letter works out: {today}, {reply by}, {complained on},
//     {response on}, {happened}, {found out}, {ombudsman}, {paid by},
//     {limit months}, {outer limit months}, {dear} (the addressee as a
//     greeting names them) and {introduction} (see below);
//   - inside each, the entry: {item}; for events {date} and {what};
//   - a named fragment: any other name is the text "draft.<name>", with
//     hyphens for spaces ({their name} is "draft.their-name"), chosen by
//     its own conditions, such as {noun} ("complaint", or "concern" for
//     NHS Wales) and {procedure}.
//
// Conditions: every name of the rules vocabulary (guide.Terms), and
// these, about the letter and the details given:
//
//   - given:<value>, the value has words: given:reference, given:advocate
//     (hyphens for spaces: given:your-phone);
//   - exact:<date value>, the date has its day, not only the month;
//   - letter:<id>, the letter being drafted, for a shared part;
//   - profession:<kind>, the professional's kind (see Profession);
//   - item:<word>, inside each over the outcomes, the outcome;
//   - introduce: the person the care was for has not been named yet and
//     the writer said who they are to them: the next {introduction} says
//     "my mother, Margaret Smith", and after it they are just named;
//   - waited-6-months: the complaint was made more than 6 months ago
//     (by the date answered, or typed in the letter's details).

// value is the words of a value a letter's words may use, with the
// detail it is.
type value struct {
	field FieldID // the detail it is, listed in Letter.Missing while empty
	kind  byte    // 't' words, 'd' a date, 'l' a list
	text  string
	date  guide.Date
	list  []string
}

// valueOf returns the value name, and whether there is one: a detail, or
// something the letter works out.
func (r *renderer) valueOf(name string) (value, bool) {
	d, a := &r.d, &r.a
	text := func(f FieldID, s string) (value, bool) { return value{field: f, kind: 't', text: s}, true }
	date := func(f FieldID, dd guide.Date) (value, bool) { return value{field: f, kind: 'd', date: dd}, true }
	list := func(f FieldID, l []string) (value, bool) { return value{field: f, kind: 'l', list: l}, true }
	switch name {
	// The person writing.
	case "your name":
		return text(FSenderName, d.SenderName)
	case "your address":
		return list(FSenderAddress, d.SenderAddress)
	case "your phone":
		return text(FSenderPhone, d.SenderPhone)
	case "your email":
		return text(FSenderEmail, d.SenderEmail)
	// The person who had the care.
	case "patient name":
		return text(FPatientName, d.PatientName)
	case "date of birth":
		return date(FPatientBorn, d.PatientBorn)
	case "nhs number":
		return text(FNHSNumber, d.NHSNumber)
	case "hospital number":
		return text(FHospitalNumber, d.HospitalNumber)
	case "patient address":
		return list(FPatientAddress, d.PatientAddress)
	case "they are": // without a "my" the letter adds itself
		return text(FTheyAre, r.drop(d.TheyAre, "draft.drop.they-are", false))
	case "relationship":
		return text(FRelationship, d.Relationship)
	case "died on":
		return date(FDiedOn, d.DiedOn)
	case "capacity note":
		return text(FCapacityNote, d.CapacityNote)
	// The organisation.
	case "organisation":
		return text(FOrg, d.Org)
	case "send to":
		return text(FOrgPerson, d.OrgPerson)
	case "organisation address":
		return list(FOrgAddress, d.OrgAddress)
	case "other organisation":
		return text(FOtherOrg, d.OtherOrg)
	case "place":
		return text(FPlace, d.Place)
	// The complaint.
	case "events": // what happened in each; see entries
		var whats []string
		for _, e := range d.Events {
			whats = append(whats, e.What)
		}
		return list(FEvents, whats)
	case "impact":
		return text(FImpact, d.Impact)
	case "questions":
		return list(FQuestions, d.Questions)
	case "wants":
		return text(FWants, d.Wants)
	case "now":
		return text(FNow, d.Now)
	case "needed":
		return text(FNeeded, d.Needed)
	case "already asked":
		return text(FAlreadyAsked, d.AlreadyAsked)
	case "why late":
		return text(FWhyLate, d.WhyLate)
	case "still fair":
		return text(FStillFair, d.StillFair)
	case "advocate":
		return text(FAdvocate, d.Advocate)
	case "reference":
		return text(FReference, d.Reference)
	case "complained on": // the date answered, or else the one in the details
		if realDate(a.Sent) {
			return date(FSentOn, a.Sent)
		}
		return date(FSentOn, d.SentOn)
	case "agreed by":
		return date(FAgreedBy, d.AgreedBy)
	case "response on": // the date of their final response (see Refine and draft)
		return date(FResponseOn, a.Responded)
	case "resolved":
		return text(FResolved, d.Resolved)
	case "not answered":
		return list(FNotAnswered, d.NotAnswered)
	// A professional.
	case "professional":
		return text(FProfessional, d.Professional)
	case "professional role":
		return text(FProfessionalRole, d.ProfessionalRole)
	case "registration":
		return text(FRegistration, d.Registration)
	case "workplace":
		return text(FWorkplace, d.Workplace)
	case "risk":
		return text(FRisk, d.Risk)
	// An offer, records, a meeting.
	case "offer amount":
		return text(FOfferAmount, d.OfferAmount)
	case "offer on":
		return date(FOfferOn, d.OfferOn)
	case "records":
		return text(FRecords, d.Records)
	case "records from":
		return date(FRecordsFrom, d.RecordsFrom)
	case "records to":
		return date(FRecordsTo, d.RecordsTo)
	case "records format":
		return text(FRecordsFormat, d.RecordsFormat)
	case "meeting with":
		return text(FMeetingWith, d.MeetingWith)
	case "meeting without":
		return text(FMeetingWithout, d.MeetingWithout)
	case "supporter":
		return text(FSupporter, d.Supporter)
	case "enclosures": // what the letter encloses, then what the person listed
		return list(FEnclosures, append(append([]string(nil), r.encl...), d.Enclosures...))
	case "outcomes": // the outcomes chosen, for each and given: only
		var os []string
		for _, o := range a.Outcomes {
			os = append(os, string(o))
		}
		return list("", os)

	// What the letter works out.
	case "today":
		y, m, dd := r.today.Date()
		return date("", guide.DayOf(y, m, dd))
	case "reply by": // 4 weeks from today
		y, m, dd := r.today.Date()
		by := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 28)
		return date("", guide.DayOf(by.Year(), by.Month(), by.Day()))
	case "happened":
		return date("", a.Happened)
	case "found out":
		return date("", a.FoundOut)
	case "ombudsman":
		return text("", a.Ombudsman().Name(r.c))
	case "paid by":
		return text("", a.PaidBy().Name(r.c))
	case "limit months":
		return text("", strconv.Itoa(a.ComplaintLimit(r.today).Months))
	case "outer limit months":
		return text("", strconv.Itoa(a.ComplaintLimit(r.today).OuterMonths))
	}
	return value{}, false
}

// worked are the values the letter works out from other words: they are
// filled in by renderer.worked.
var worked = []string{"dear", "introduction"}

// worked returns the value name when it is one of worked.
func (r *renderer) worked(name string) (string, bool) {
	switch name {
	case "dear":
		// The addressee as a greeting names them: "Dear Manager", not
		// "Dear The Manager".
		return r.drop(r.value("addressee", ""), "draft.drop.dear", true), true
	case "introduction":
		// The fragment "draft.introduction", once: after it the person
		// is just named (see the condition introduce).
		s := r.fragment("draft.introduction")
		r.introduced = true
		return s, true
	}
	return "", false
}

// fragmentFields are the details named fragments stand for, listed in
// Letter.Missing when the fragment is empty.
var fragmentFields = map[string]FieldID{"regulator": FProfession}

// words returns the words of v.
func (v value) words(r *renderer) string {
	switch v.kind {
	case 't':
		return v.text
	case 'd':
		return r.date(v.date)
	}
	return strings.Join(v.list, ", ")
}

// given reports whether v has words.
func (v value) given() bool {
	switch v.kind {
	case 't':
		return v.text != ""
	case 'd':
		return realDate(v.date)
	}
	return len(v.list) > 0
}

// entries returns the entries of the list name, for each.
func (r *renderer) entries(name string) []entry {
	var out []entry
	switch name {
	case "events":
		for i := range r.d.Events {
			out = append(out, entry{event: &r.d.Events[i]})
		}
	case "outcomes":
		for _, o := range r.a.Outcomes {
			out = append(out, entry{word: string(o)})
		}
	default:
		if v, ok := r.valueOf(name); ok && v.kind == 'l' {
			for _, s := range v.list {
				out = append(out, entry{text: s})
			}
		}
	}
	return out
}

// is reports whether the condition name holds: a name about the letter
// and the details given, or else one of the rules vocabulary.
func (r *renderer) is(name string) bool {
	n, ok := r.bk.names[name]
	if !ok {
		n = splitName(name)
	}
	switch n.family {
	case "given":
		return r.given(n.arg)
	case "exact":
		d, ok := r.dateValue(n.arg)
		return ok && d.Day != 0 && realDate(d)
	case "letter":
		return string(r.id) == n.arg
	case "profession":
		return string(r.d.Profession) == n.arg
	case "item":
		return r.item != nil && r.item.word == n.arg
	}
	switch name {
	case "introduce":
		return !r.introduced && r.d.TheyAre != "" && r.rule("someone-else")
	case "waited-6-months":
		return guide.MoreThanMonths(r.sentOn(), 6, r.today)
	}
	return r.rule(name)
}

// rule asks the rules vocabulary, once a name.
func (r *renderer) rule(name string) bool {
	if v, ok := r.known[name]; ok {
		return v
	}
	if r.known == nil {
		r.known = make(map[string]bool, 16)
	}
	v := r.rules(name)
	r.known[name] = v
	return v
}

// given reports whether the value name has words.
func (r *renderer) given(name string) bool {
	if e := r.item; e != nil && e.event != nil {
		switch name {
		case "date":
			return realDate(e.event.When)
		case "what":
			return e.event.What != ""
		}
	}
	v, ok := r.valueOf(name)
	return ok && v.given()
}

// dateValue returns the date value name.
func (r *renderer) dateValue(name string) (guide.Date, bool) {
	if e := r.item; e != nil && e.event != nil && name == "date" {
		return e.event.When, true
	}
	v, ok := r.valueOf(name)
	return v.date, ok && v.kind == 'd'
}

// sentOn returns the date the complaint was made, from the answers or the
// details, or the zero Date.
func (r *renderer) sentOn() guide.Date {
	for _, d := range []guide.Date{r.a.Sent, r.d.SentOn} {
		if realDate(d) {
			return d
		}
	}
	return guide.Date{}
}

// drop returns s without a leading word the text id lists (the letter
// adds its own), such as "my" in "my mother", with its first letter in
// capitals after it when capital is set.
func (r *renderer) drop(s, id string, capital bool) string {
	t, _ := r.c.Lookup(id)
	for _, v := range t.List {
		prefix := v.Text + " "
		if len(s) > len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
			s = s[len(prefix):]
			if capital {
				s = capitalFirst(s)
			}
			break
		}
	}
	return s
}

// date returns a date in words, or "" when it is not given or not a real
// date.
func (r *renderer) date(d guide.Date) string {
	if !realDate(d) {
		return ""
	}
	for _, x := range r.dates {
		if x.d == d {
			return x.words
		}
	}
	w := d.Words(r.c)
	r.dates = append(r.dates, dated{d, w})
	return w
}

// lastDay is the latest date a letter accepts.
var lastDay = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)

// realDate reports whether d is given and a real date.
func realDate(d guide.Date) bool { return !d.IsZero() && d.Check(lastDay) == nil }
