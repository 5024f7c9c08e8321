package letter

import (
	"fmt"
	"strings"
	"time"

	"putitright/app/guide"
)

// oldDraft writes the letters not yet converted to data.
func oldDraft(id guide.LetterID, a guide.Answers, d Details, today time.Time) (Letter, error) {
	d = d.clean()
	a = Refine(a, d)
	b := &builder{a: a, d: d, today: today}
	switch id {
	case guide.LetterPALS:
		b.pals()
	case guide.LetterConsent:
		b.consent()
	case guide.LetterRecords:
		b.records()
	case guide.LetterChaser:
		b.chaser()
	case guide.LetterMeeting:
		b.meeting()
	case guide.LetterReply:
		b.reply()
	case guide.LetterOmbudsman:
		b.ombudsman()
	case guide.LetterRegulator:
		b.regulator()
	case guide.LetterOffer:
		b.offer()
	default:
		return Letter{}, fmt.Errorf("letter: draft %q: %w", id, ErrUnknownLetter)
	}
	return Letter{ID: id, Title: id.Title(english(), a), Subject: b.subject, Blocks: b.blocks, Missing: b.missing}, nil
}

// builder collects the blocks of one letter.
type builder struct {
	a          guide.Answers
	d          Details
	today      time.Time
	subject    string
	blocks     []Block
	missing    []FieldID
	num        int // the last number used in the current numbered list
	encl       []string
	introduced bool // whether the patient has been named as "my mother, NAME"
}

// v returns val, or a bracketed placeholder when it is empty, noting the
// field as missing.
func (b *builder) v(id FieldID, val, placeholder string) string {
	if val != "" {
		return val
	}
	b.miss(id)
	return "[" + placeholder + "]"
}

// miss notes a missing field once.
func (b *builder) miss(id FieldID) {
	for _, m := range b.missing {
		if m == id {
			return
		}
	}
	b.missing = append(b.missing, id)
}

// date returns a date in words, or a placeholder when it is not given or
// not a real date.
func (b *builder) date(id FieldID, d guide.Date, placeholder string) string {
	return b.v(id, words(d), placeholder)
}

// words formats a date, or "" when it is zero or not a real date.
func words(d guide.Date) string {
	if d.IsZero() || d.Check(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)) != nil {
		return ""
	}
	return d.Words(english())
}

func (b *builder) add(kind BlockKind, text string) {
	if kind != KindNumbered {
		b.num = 0
	}
	b.blocks = append(b.blocks, Block{Kind: kind, Text: text})
}

// para adds a paragraph; text with blank lines becomes several paragraphs.
func (b *builder) para(text string) {
	for _, p := range paragraphs(text) {
		b.add(KindPara, p)
	}
}

func (b *builder) heading(text string) { b.add(KindHeading, text) }

// item adds the next numbered point.
func (b *builder) item(text string) {
	b.num++
	b.blocks = append(b.blocks, Block{Kind: KindNumbered, Text: text, N: b.num})
}

func (b *builder) bullet(text string) { b.add(KindBullet, text) }

// rep reports whether the sender acts for someone else.
func (b *builder) rep() bool { return b.a.Representative() }

// other reports whether the care was someone else's, whether or not the
// sender acts for them (an adult who has not agreed).
func (b *builder) other() bool { return b.a.AboutSomeoneElse() }

// self returns the sender's name or a placeholder.
func (b *builder) self() string { return b.v(FSenderName, b.d.SenderName, "your name") }

// who returns the patient's name, or a placeholder. When writing about
// their own care the sender's name is used.
func (b *builder) who() string {
	if !b.other() {
		if b.d.PatientName != "" {
			return b.d.PatientName
		}
		return b.self()
	}
	return b.v(FPatientName, b.d.PatientName, "their name")
}

// named returns the patient's name, the first time as a person writes it
// when they said who the patient is to them: "my mother, Margaret
// Smith," or, after a death, "my father, Robert Jones, who died on 21
// June 2026,". The comma at the end closes the aside.
func (b *builder) named() string {
	who := b.who()
	if b.introduced || !b.other() || b.d.TheyAre == "" {
		return who
	}
	b.introduced = true
	they := b.d.TheyAre
	if len(they) > 3 && strings.EqualFold(they[:3], "my ") {
		they = they[3:]
	}
	s := "my " + they + ", " + who + ","
	if b.a.Person == guide.ForDeceased {
		s += " who died" + onOrIn(b.d.DiedOn) + ","
	}
	return s
}

// whose returns "my" or "NAME's".
func (b *builder) whose() string {
	if b.other() {
		return b.who() + "'s"
	}
	return "my"
}

// sender adds the sender's address block and the date.
func (b *builder) sender() {
	lines := []string{b.self()}
	if len(b.d.SenderAddress) > 0 {
		lines = append(lines, b.d.SenderAddress...)
	} else {
		b.miss(FSenderAddress)
		lines = append(lines, "[your address]")
	}
	if b.d.SenderPhone != "" {
		lines = append(lines, "Phone: "+b.d.SenderPhone)
	}
	if b.d.SenderEmail != "" {
		lines = append(lines, "Email: "+b.d.SenderEmail)
	}
	if b.d.SenderPhone == "" && b.d.SenderEmail == "" {
		b.miss(FSenderPhone)
		lines = append(lines, "[your phone number or email]")
	}
	b.add(KindAddress, strings.Join(lines, "\n"))
	y, m, d := b.today.Date()
	b.add(KindDate, guide.DayOf(y, m, d).Words(english()))
}

// recipient adds the organisation's name and address, and returns the
// person or role to greet.
func (b *builder) recipient(defaultPerson string) string {
	person := b.d.OrgPerson
	if person == "" {
		person = defaultPerson
	}
	lines := []string{person, b.v(FOrg, b.d.Org, "organisation name")}
	if len(b.d.OrgAddress) > 0 {
		lines = append(lines, b.d.OrgAddress...)
	} else {
		b.miss(FOrgAddress)
		lines = append(lines, "[their address]")
	}
	b.add(KindRecipient, strings.Join(lines, "\n"))
	return person
}

// ids returns the patient's identifiers for a reference line, e.g.
// "Margaret Smith, date of birth 14 March 1941, NHS number 485 777 3456".
func (b *builder) ids() string {
	parts := []string{b.who(), "date of birth " + b.date(FPatientBorn, b.d.PatientBorn, "date of birth")}
	if b.d.NHSNumber != "" {
		parts = append(parts, patientNumberLabel(b.a)+" "+b.d.NHSNumber)
	}
	if b.d.HospitalNumber != "" {
		parts = append(parts, "hospital number "+b.d.HospitalNumber)
	}
	return strings.Join(parts, ", ")
}

// subjectLine sets the subject and adds it as the reference line.
func (b *builder) subjectLine(s string) {
	b.subject = s
	b.add(KindSubject, s)
}

// greet adds "Dear ...,", as a person writes it: "Dear Manager", not
// "Dear The Manager".
func (b *builder) greet(person string) {
	if len(person) > 4 && strings.EqualFold(person[:4], "the ") {
		person = capital(person[4:])
	}
	b.add(KindPara, "Dear "+person+",")
}

// refLine returns " (your reference REF)" or "".
func (b *builder) refLine() string {
	if b.d.Reference == "" {
		return ""
	}
	return " (your reference " + b.d.Reference + ")"
}

// sentDate returns when the complaint was sent, from the answers or the
// details, or a placeholder.
func (b *builder) sentDate() string {
	if s := words(b.a.Sent); s != "" {
		return s
	}
	return b.date(FSentOn, b.d.SentOn, "date you made your complaint")
}

// sent returns the date the complaint was sent, from the answers or details.
func (b *builder) sentOn() guide.Date {
	if words(b.a.Sent) != "" {
		return b.a.Sent
	}
	if words(b.d.SentOn) != "" {
		return b.d.SentOn
	}
	return guide.Date{}
}

// events adds the numbered list of what happened, in date order.
func (b *builder) events() {
	if len(b.d.Events) == 0 {
		b.miss(FEvents)
		b.item("[what happened, with the date, the place, and the names or jobs of staff if you know them]")
		return
	}
	for _, e := range b.d.Events {
		what := e.What
		if what == "" {
			b.miss(FEvents)
			what = "[what happened]"
		}
		what = oneBlock(what)
		switch w := words(e.When); {
		case w == "":
			b.item(what)
		case e.When.Day == 0:
			b.item("In " + w + ": " + what)
		default:
			b.item("On " + w + ": " + what)
		}
	}
}

// questions adds the numbered questions, or a placeholder.
func (b *builder) questions() {
	if len(b.d.Questions) == 0 {
		b.miss(FQuestions)
		b.item("[your first question]")
		return
	}
	for _, q := range b.d.Questions {
		b.item(q)
	}
}

// advocate adds the paragraph about the advocate, when there is one.
func (b *builder) advocate() {
	if b.d.Advocate == "" {
		return
	}
	b.para(b.d.Advocate + " is helping me. Please send them a copy of your letters to me.")
}

// close adds the sign-off, the name, the enclosures and the copy line.
func (b *builder) close() {
	b.add(KindSignoff, "Yours sincerely,")
	name := b.self()
	if b.other() && b.d.Relationship != "" {
		name += "\n" + capital(b.d.Relationship) + " of " + b.who()
	}
	b.add(KindName, name)
	encl := append(append([]string(nil), b.encl...), b.d.Enclosures...)
	if len(encl) > 0 {
		b.heading("Enclosed (copies)")
		for _, e := range encl {
			b.bullet(e)
		}
	}
	if b.d.Advocate != "" {
		b.add(KindPara, "Copy to: "+b.d.Advocate)
	}
}

// enclose adds an item to the enclosures list.
func (b *builder) enclose(s string) { b.encl = append(b.encl, s) }

// capital returns s with its first letter in capitals.
func capital(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// representative adds the paragraph saying who the sender is acting for,
// and notes what to enclose. It adds nothing when they write for
// themselves.
func (b *builder) representative(what string) {
	who := b.who()
	rel := b.d.Relationship
	relPart := ""
	if rel != "" && b.d.TheyAre == "" {
		relPart = " I am their " + rel + "."
	}
	// The first mention names them as a person writes: "my mother,
	// Margaret Smith,". The comma after the name ends the aside.
	first := b.named()
	bare := strings.TrimSuffix(first, ",")
	switch b.a.Person {
	case guide.ForAdultConsents:
		b.para("I am writing on behalf of " + bare + "." + relPart + " " + who + " has asked me to act for them and agrees to you sharing information with me about this " + what + ". I enclose their signed consent.")
		b.enclose("Signed consent from " + who)
	case guide.ForAdultLacksCapacity:
		switch b.a.Authority {
		case guide.AuthorityLPA:
			b.para("I am writing on behalf of " + bare + ", who does not have the mental capacity to make this " + what + " themselves." + relPart + " I hold a lasting power of attorney for their health and welfare, and I enclose a copy.")
			b.enclose("Lasting power of attorney for " + who)
		case guide.AuthorityDeputy:
			b.para("I am writing on behalf of " + bare + ", who does not have the mental capacity to make this " + what + " themselves." + relPart + " I am their deputy, appointed by the Court of Protection, and I enclose a copy of the court order.")
			b.enclose("Court of Protection order appointing me as deputy for " + who)
		case guide.AuthorityLPAProperty:
			// A property and finance attorney does not cover care: say
			// only that, and ask to be accepted as their representative.
			s := "I am writing on behalf of " + bare + ", who does not have the mental capacity to make this " + what + " themselves." + relPart + " I hold a lasting power of attorney for their property and financial affairs. I am acting in their best interests, and I ask you to accept me as their representative."
			if b.d.CapacityNote != "" {
				s += "\n" + oneBlock(b.d.CapacityNote)
			}
			b.para(s)
			b.enclose("Lasting power of attorney (property and financial affairs) for " + who)
		default:
			s := "I am writing on behalf of " + bare + ", who does not have the mental capacity to make this " + what + " themselves." + relPart + " I am acting in their best interests, and I ask you to accept me as their representative."
			if b.d.CapacityNote != "" {
				s += "\n" + oneBlock(b.d.CapacityNote)
			}
			b.para(s)
		}
	case guide.ForAdultNoConsent:
		b.para(capital(bare) + " has not asked me to act for them, so I understand that you may not be able to share their personal information with me." + relPart + " I am raising these concerns myself, because I am worried about the care they received. Please look into them, and tell me what you can about what you will do.")
	case guide.ForChild:
		child := "my child, " + who
		if first != who {
			child = bare
		}
		b.para("I am writing on behalf of " + child + ". I am their parent and I have parental responsibility for them.")
	case guide.ForDeceased:
		died := onOrIn(b.d.DiedOn)
		switch {
		case first != who:
			b.para("I am writing about the care of " + bare + ". I am making this " + what + " as their representative.")
		case b.d.TheyAre != "":
			b.para("I am making this " + what + " as their representative.")
		case rel != "":
			b.para("I am writing about the care of " + who + ", who died" + died + ". I am their " + rel + ", and I am making this " + what + " as their representative.")
		default:
			b.miss(FRelationship)
			b.para("I am writing about the care of " + who + ", who died" + died + ". I am their [relationship, for example daughter], and I am making this " + what + " as their representative.")
		}
	}
}

// onOrIn returns " on 14 June 2026", " in June 2026", or "" for no date.
func onOrIn(d guide.Date) string {
	w := words(d)
	switch {
	case w == "":
		return ""
	case d.Day == 0:
		return " in " + w
	}
	return " on " + w
}
