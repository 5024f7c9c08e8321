package letter

import (
	"testing"

	"putitright/app/guide"
)

// FuzzDraft drafts every letter with fuzzed details: Text and DOCX must
// never panic, and the document must always be well-formed and match.
// Each input goes into every detail of every letter, so inputs are kept
// to a few thousand bytes, or each run takes most of a second and the
// fuzzer spends its time shrinking them (the long pastes themselves are
// drafted by TestHostileInputEveryLetter).
func FuzzDraft(f *testing.F) {
	const most = 500
	for _, s := range hostile() {
		s = s[:min(len(s), most)]
		f.Add(s, s, "england", "self", "moderate")
	}
	f.Add("Jo", "<x>&", "wales", "deceased", "death")
	f.Add("", "", "", "", "")
	f.Fuzz(func(t *testing.T, name, text, nat, person, harm string) {
		if len(name)+len(text) > 2*most {
			t.Skip("longer than the fuzzer needs")
		}
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
