package letter

import (
	"strings"
	"testing"
)

func TestFlags(t *testing.T) {
	tests := []struct {
		text  string
		kinds []FlagKind
		match []string
	}{
		{"I will sue you for this.", []FlagKind{FlagThreat}, []string{"I will sue"}},
		{"You will hear from my solicitor.", []FlagKind{FlagThreat}, []string{"hear from my solicitor"}},
		{"I have spoken to a solicitor.", nil, nil},
		{"I will go to the papers", []FlagKind{FlagThreat}, []string{"go to the papers"}},
		{"The staff were INCOMPETENT idiots", []FlagKind{FlagAbuse, FlagShouting, FlagAbuse}, []string{"INCOMPETENT", "INCOMPETENT", "idiots"}},
		{"What the fuck happened?", []FlagKind{FlagAbuse}, []string{"fuck"}},
		{"He should be sacked.", []FlagKind{FlagDemand}, []string{"sacked"}},
		{"I want her fired", []FlagKind{FlagDemand}, []string{"fired"}},
		{"WHY DID NOBODY HELP", []FlagKind{FlagShouting}, []string{"WHY DID NOBODY HELP"}},
		{"DISGRACEFUL", []FlagKind{FlagAbuse, FlagShouting}, []string{"DISGRACEFUL", "DISGRACEFUL"}},
		// No false positives.
		{"We live in Sussex and Essex.", nil, nil},
		{"Her class at Scunthorpe school; a classic cocktail; Middlesex.", nil, nil},
		{"My sister Sue, the nurse, helped. Sue visited.", nil, nil},
		{"The NHS, PALS and the ICB in A&E at NNUH.", nil, nil},
		{"He was lying in bed with a lazy eye and a finger prick test.", nil, nil},
		{"Sue the nurse was kind", nil, nil},
		{"I'm going to sue the trust", []FlagKind{FlagThreat}, []string{"going to sue"}},
		{"", nil, nil},
	}
	for _, tt := range tests {
		got := Flags(en, tt.text)
		if len(got) != len(tt.kinds) {
			t.Errorf("%q: got %d flags %+v, want %v", tt.text, len(got), got, tt.kinds)
			continue
		}
		for i, f := range got {
			if f.Kind != tt.kinds[i] || f.Match != tt.match[i] || tt.text[f.Start:f.End] != f.Match || f.Suggestion == "" {
				t.Errorf("%q flag %d: %+v, want %s %q", tt.text, i, f, tt.kinds[i], tt.match[i])
			}
		}
	}
	// Hostile text never panics.
	for _, s := range hostile() {
		_ = Flags(en, s)
	}
	_ = Flags(en, strings.Repeat("FUCK ", 5000))
}
