package letter

import (
	"testing"

	"putitright/app/guide"
)

// FuzzDraft drafts every letter with fuzzed details: Text and DOCX must
// never panic, and the document must always be well-formed and match.
func FuzzDraft(f *testing.F) {
	for _, s := range hostile() {
		f.Add(s, s, "england", "self", "moderate")
	}
	f.Add("Jo", "<x>&", "wales", "deceased", "death")
	f.Add("", "", "", "", "")
	f.Fuzz(func(t *testing.T, name, text, nat, person, harm string) {
		a := guide.Answers{Nation: guide.Nation(nat), Person: guide.Person(person), Harm: guide.Harm(harm),
			Outcomes: []guide.Outcome{guide.Outcome(text), guide.OutMoney}}
		d := hostileDetails(text)
		d.SenderName = name
		d.Events = append(d.Events, Event{What: name})
		for _, id := range allLetters {
			l, err := Draft(en, id, a, d, today)
			if err != nil {
				t.Fatal(err)
			}
			_ = l.Text()
			_ = Flags(en, l.Text())
			checkExports(t, l)
		}
		checkExports(t, FromText(guide.LetterComplaint, name, text, text))
	})
}
