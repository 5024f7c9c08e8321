package letter

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestMailtoSubjectCapped(t *testing.T) {
	for _, subject := range []string{
		strings.Repeat("a", 10000),
		strings.Repeat("é", 5000),
		strings.Repeat("😀", 3000),
		"Short subject",
	} {
		l := Letter{Subject: subject, Blocks: []Block{{Kind: KindPara, Text: strings.Repeat("x ", 5000)}}}
		link, fits := Mailto(l, "")
		if fits {
			t.Errorf("a 10,000-byte body fits in a link")
		}
		if len(link) > MaxMailto {
			t.Errorf("subject-only link is %d bytes, want at most %d", len(link), MaxMailto)
		}
		if got := capSubject(subject, MaxMailto); !utf8.ValidString(got) || utf8.RuneCountInString(got) > MaxSubject || !strings.HasPrefix(subject, got) {
			t.Errorf("capSubject(%.20q…) = %.20q…", subject, got)
		}
	}
}
