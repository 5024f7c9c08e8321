package pseudotest

import (
	"slices"
	"testing"
)

func TestPlain(t *testing.T) {
	c := Set(t)
	from := c.F("next.now.ombudsman", "ombudsman", "the PHSO")
	tests := []struct {
		s      string
		values []string
		want   []string
	}{
		{from, []string{"the PHSO"}, nil},
		{from, nil, []string{"the", "PHSO"}},
		{"Send it by " + c.Date(2026, 12, 7), nil, []string{"Send", "it", "by"}},
		{c.T("date.error.future") + " 14 3 2026.", nil, nil},
		{c.T("no.such.id"), nil, []string{"no", "such", "id"}},
	}
	for _, tt := range tests {
		if got := Plain(tt.s, tt.values...); !slices.Equal(got, tt.want) {
			t.Errorf("Plain(%q, %q) = %q, want %q", tt.s, tt.values, got, tt.want)
		}
	}
}
