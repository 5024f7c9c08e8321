package letter

import (
	"strings"
	"testing"

	"putitright/app/guide"
)

// longCase is a long letter's answers and details: the complaint about
// someone else's care with both health and social care, every outcome,
// moderate harm, late, and every detail given.
func longCase() (guide.Answers, Details) {
	a := scenarios()[1].a
	a.Outcomes = outcomeSets[3]
	a.Happened = guide.MonthOf(2025, 6)
	a.Stage = guide.NotRaised
	a.Sent = guide.Date{}
	return a, fullDetails()
}

func BenchmarkDraft(b *testing.B) {
	a, d := longCase()
	for _, id := range []guide.LetterID{guide.LetterComplaint, guide.LetterOmbudsman, guide.LetterConsent} {
		b.Run(string(id), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Draft(en, id, a, d, today); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFlags checks a letter of about 3,000 words, as the letter page
// does each time the person pauses in their typing.
func BenchmarkFlags(b *testing.B) {
	text := strings.Repeat("On 14 September the nurse on Ward 6 said my mother was fine, but she had not had a drink all day and nobody checked on her. ", 125)
	b.ReportAllocs()
	for b.Loop() {
		Flags(en, text)
	}
}
