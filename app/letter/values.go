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
//   - the details (see values below): {your name}, {organisation},
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

// value is a value a letter's words may use: a detail, or something the
// letter works out. It has one of text, date or list.
type value struct {
	field FieldID // the detail it is, listed in Letter.Missing while empty
	text  func(r *renderer) string
	date  func(r *renderer) guide.Date
	list  func(r *renderer) []string
}

// values are the values by name. It is not changed.
var values = map[string]value{
	// The person writing.
	"your name":    {field: FSenderName, text: func(r *renderer) string { return r.d.SenderName }},
	"your address": {field: FSenderAddress, list: func(r *renderer) []string { return r.d.SenderAddress }},
	"your phone":   {field: FSenderPhone, text: func(r *renderer) string { return r.d.SenderPhone }},
	"your email":   {field: FSenderEmail, text: func(r *renderer) string { return r.d.SenderEmail }},
	// The person who had the care.
	"patient name":    {field: FPatientName, text: func(r *renderer) string { return r.d.PatientName }},
	"date of birth":   {field: FPatientBorn, date: func(r *renderer) guide.Date { return r.d.PatientBorn }},
	"nhs number":      {field: FNHSNumber, text: func(r *renderer) string { return r.d.NHSNumber }},
	"hospital number": {field: FHospitalNumber, text: func(r *renderer) string { return r.d.HospitalNumber }},
	"patient address": {field: FPatientAddress, list: func(r *renderer) []string { return r.d.PatientAddress }},
	// Who they are to the writer, without a "my" the letter adds itself.
	"they are":      {field: FTheyAre, text: func(r *renderer) string { return r.drop(r.d.TheyAre, "draft.drop.they-are", false) }},
	"relationship":  {field: FRelationship, text: func(r *renderer) string { return r.d.Relationship }},
	"died on":       {field: FDiedOn, date: func(r *renderer) guide.Date { return r.d.DiedOn }},
	"capacity note": {field: FCapacityNote, text: func(r *renderer) string { return r.d.CapacityNote }},
	// The organisation.
	"organisation":         {field: FOrg, text: func(r *renderer) string { return r.d.Org }},
	"send to":              {field: FOrgPerson, text: func(r *renderer) string { return r.d.OrgPerson }},
	"organisation address": {field: FOrgAddress, list: func(r *renderer) []string { return r.d.OrgAddress }},
	"other organisation":   {field: FOtherOrg, text: func(r *renderer) string { return r.d.OtherOrg }},
	"place":                {field: FPlace, text: func(r *renderer) string { return r.d.Place }},
	// The complaint.
	"events":        {field: FEvents, list: func(r *renderer) []string { return nil }}, // see entries
	"impact":        {field: FImpact, text: func(r *renderer) string { return r.d.Impact }},
	"questions":     {field: FQuestions, list: func(r *renderer) []string { return r.d.Questions }},
	"wants":         {field: FWants, text: func(r *renderer) string { return r.d.Wants }},
	"now":           {field: FNow, text: func(r *renderer) string { return r.d.Now }},
	"needed":        {field: FNeeded, text: func(r *renderer) string { return r.d.Needed }},
	"already asked": {field: FAlreadyAsked, text: func(r *renderer) string { return r.d.AlreadyAsked }},
	"why late":      {field: FWhyLate, text: func(r *renderer) string { return r.d.WhyLate }},
	"still fair":    {field: FStillFair, text: func(r *renderer) string { return r.d.StillFair }},
	"advocate":      {field: FAdvocate, text: func(r *renderer) string { return r.d.Advocate }},
	"reference":     {field: FReference, text: func(r *renderer) string { return r.d.Reference }},
	// When the complaint was made: the date answered, or else the one in
	// the details.
	"complained on": {field: FSentOn, date: func(r *renderer) guide.Date {
		if realDate(r.a.Sent) {
			return r.a.Sent
		}
		return r.d.SentOn
	}},
	"agreed by": {field: FAgreedBy, date: func(r *renderer) guide.Date { return r.d.AgreedBy }},
	// The date of their final response (see Refine and draft).
	"response on":  {field: FResponseOn, date: func(r *renderer) guide.Date { return r.a.Responded }},
	"resolved":     {field: FResolved, text: func(r *renderer) string { return r.d.Resolved }},
	"not answered": {field: FNotAnswered, list: func(r *renderer) []string { return r.d.NotAnswered }},
	// A professional.
	"professional":      {field: FProfessional, text: func(r *renderer) string { return r.d.Professional }},
	"professional role": {field: FProfessionalRole, text: func(r *renderer) string { return r.d.ProfessionalRole }},
	"registration":      {field: FRegistration, text: func(r *renderer) string { return r.d.Registration }},
	"workplace":         {field: FWorkplace, text: func(r *renderer) string { return r.d.Workplace }},
	"risk":              {field: FRisk, text: func(r *renderer) string { return r.d.Risk }},
	// An offer, records, a meeting.
	"offer amount":    {field: FOfferAmount, text: func(r *renderer) string { return r.d.OfferAmount }},
	"offer on":        {field: FOfferOn, date: func(r *renderer) guide.Date { return r.d.OfferOn }},
	"records":         {field: FRecords, text: func(r *renderer) string { return r.d.Records }},
	"records from":    {field: FRecordsFrom, date: func(r *renderer) guide.Date { return r.d.RecordsFrom }},
	"records to":      {field: FRecordsTo, date: func(r *renderer) guide.Date { return r.d.RecordsTo }},
	"records format":  {field: FRecordsFormat, text: func(r *renderer) string { return r.d.RecordsFormat }},
	"meeting with":    {field: FMeetingWith, text: func(r *renderer) string { return r.d.MeetingWith }},
	"meeting without": {field: FMeetingWithout, text: func(r *renderer) string { return r.d.MeetingWithout }},
	"supporter":       {field: FSupporter, text: func(r *renderer) string { return r.d.Supporter }},
	// What the letter encloses, then what the person listed.
	"enclosures": {field: FEnclosures, list: func(r *renderer) []string { return append(append([]string(nil), r.encl...), r.d.Enclosures...) }},
	// The list of outcomes chosen (see entries).
	"outcomes": {list: func(r *renderer) []string { return nil }},

	// What the letter works out.
	"today": {date: func(r *renderer) guide.Date {
		y, m, d := r.today.Date()
		return guide.DayOf(y, m, d)
	}},
	"reply by": {date: func(r *renderer) guide.Date { // 4 weeks from today
		y, m, d := r.today.Date()
		by := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 28)
		return guide.DayOf(by.Year(), by.Month(), by.Day())
	}},
	"happened":  {date: func(r *renderer) guide.Date { return r.a.Happened }},
	"found out": {date: func(r *renderer) guide.Date { return r.a.FoundOut }},
	"ombudsman": {text: func(r *renderer) string { return r.a.Ombudsman().Name(r.c) }},
	"paid by":   {text: func(r *renderer) string { return r.a.PaidBy().Name(r.c) }},
	"limit months": {text: func(r *renderer) string {
		return strconv.Itoa(r.a.ComplaintLimit(r.today).Months)
	}},
	"outer limit months": {text: func(r *renderer) string {
		return strconv.Itoa(r.a.ComplaintLimit(r.today).OuterMonths)
	}},
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
	switch {
	case v.text != nil:
		return v.text(r)
	case v.date != nil:
		return r.date(v.date(r))
	}
	return strings.Join(v.list(r), ", ")
}

// given reports whether v has words.
func (v value) given(r *renderer) bool {
	switch {
	case v.text != nil:
		return v.text(r) != ""
	case v.date != nil:
		return realDate(v.date(r))
	}
	return len(v.list(r)) > 0
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
		if v, ok := values[name]; ok && v.list != nil {
			for _, s := range v.list(r) {
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
	v, ok := values[name]
	return ok && v.given(r)
}

// dateValue returns the date value name.
func (r *renderer) dateValue(name string) (guide.Date, bool) {
	if e := r.item; e != nil && e.event != nil && name == "date" {
		return e.event.When, true
	}
	v, ok := values[name]
	if !ok || v.date == nil {
		return guide.Date{}, false
	}
	return v.date(r), true
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
