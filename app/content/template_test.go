package content_test

import (
	"errors"
	"strings"
	"testing"

	"putitright/app/content"
)

func TestRender(t *testing.T) {
	vals := map[string]string{"their name": "Margaret Smith", "org": ""}
	value := func(name, ph string) string {
		if v := vals[name]; v != "" {
			return v
		}
		return "[" + ph + "]"
	}
	tests := []struct{ tmpl, want string }{
		{"Dear {their name},", "Dear Margaret Smith,"},
		{"To {org|organisation name}.", "To [organisation name]."},
		{"No values at all.", "No values at all."},
		{"Braces: {{like this}}.", "Braces: {like this}."},
		{"{their name}{their name}", "Margaret SmithMargaret Smith"},
		{"Unclosed {their name", "Unclosed {their name"}, // returned as it is; Validate reports it
	}
	for _, tt := range tests {
		if got := content.Render(tt.tmpl, value); got != tt.want {
			t.Errorf("Render(%q) = %q, want %q", tt.tmpl, got, tt.want)
		}
	}
}

func TestSplitErrors(t *testing.T) {
	for _, tmpl := range []string{"a {b", "a } b", "{Capital}", "{a|b|c}", "{ spaced}", "{}", "{a  b}", "{a{b}"} {
		if _, err := content.Split(tmpl); !errors.Is(err, content.ErrTemplate) {
			t.Errorf("Split(%q) error = %v, want ErrTemplate", tmpl, err)
		}
	}
	names, err := content.Names("{a}, {b c|x} and {a} {nation:wales}")
	if err != nil || strings.Join(names, ",") != "a,b c,nation:wales" {
		t.Errorf("Names = %q, %v", names, err)
	}
}

func TestCond(t *testing.T) {
	is := func(set ...string) func(string) bool {
		return func(n string) bool {
			for _, s := range set {
				if s == n {
					return true
				}
			}
			return false
		}
	}
	tests := []struct {
		cond string
		true []string
		want bool
	}{
		{"", nil, true},
		{"died", []string{"died"}, true},
		{"not died", []string{"died"}, false},
		{"died and wales", []string{"died"}, false},
		{"died or wales", []string{"wales"}, true},
		{"died and not (wales or scotland)", []string{"died", "scotland"}, false},
		{"died and not (wales or scotland)", []string{"died"}, true},
		{"a or b and c", []string{"a"}, true}, // and binds tighter
		{"(a or b) and c", []string{"a"}, false},
		{"not not a", []string{"a"}, true},
		{"nation:wales", []string{"nation:wales"}, true},
	}
	for _, tt := range tests {
		c, err := content.ParseCond(tt.cond)
		if err != nil {
			t.Errorf("ParseCond(%q): %v", tt.cond, err)
			continue
		}
		if got := c.Holds(is(tt.true...)); got != tt.want {
			t.Errorf("%q with %v = %v, want %v", tt.cond, tt.true, got, tt.want)
		}
	}
	c, _ := content.ParseCond("a and (b or not a) or c")
	if got := strings.Join(c.Names(), ","); got != "a,b,c" {
		t.Errorf("Names = %q", got)
	}
	for _, bad := range []string{"and", "a and", "(a", "a)", "not", "a b", "A", "a or or b"} {
		if _, err := content.ParseCond(bad); !errors.Is(err, content.ErrTemplate) {
			t.Errorf("ParseCond(%q) error = %v, want ErrTemplate", bad, err)
		}
	}
}

func TestTextLookups(t *testing.T) {
	s := content.NewSet(nil, nil,
		content.Text{ID: "a.step", Text: "Step {n} of {total}"},
		content.Text{ID: "a.title", Text: "Formal complaint", First: nil},
		content.Text{ID: "a.label", First: []content.Variant{{When: "self", Text: "Your date of birth"}, {Text: "Their date of birth"}}},
		content.Text{ID: "a.tips", List: []content.Variant{{Text: "Keep a copy."}, {When: "died", Text: "Ask for their records."}, {When: "not died", Text: "Send copies."}}},
	)
	if got := s.F("a.step", "n", "3", "total", "12"); got != "Step 3 of 12" {
		t.Errorf("F = %q", got)
	}
	if got := s.F("a.step", "n", "3"); got != "Step 3 of [total]" {
		t.Errorf("F with a value missing = %q", got)
	}
	if got := s.T("no.such"); got != "[no.such]" {
		t.Errorf("T of an unknown ID = %q", got)
	}
	self := func(n string) bool { return n == "self" }
	died := func(n string) bool { return n == "died" }
	if got := s.Pick("a.label", self); got != "Your date of birth" {
		t.Errorf("Pick(self) = %q", got)
	}
	if got := s.Pick("a.label", died); got != "Their date of birth" {
		t.Errorf("Pick(died) = %q", got)
	}
	if got := strings.Join(s.Each("a.tips", died), " "); got != "Keep a copy. Ask for their records." {
		t.Errorf("Each(died) = %q", got)
	}
	segs := s.Segments("a.step")
	if len(segs) != 4 || segs[1].Name != "n" || segs[2].Text != " of " {
		t.Errorf("Segments = %+v", segs)
	}
}

func TestDate(t *testing.T) {
	s := mustDefault(t)
	if got := s.Date(2026, 3, 14); got != "14 March 2026" {
		t.Errorf("Date = %q", got)
	}
	if got := s.Date(2025, 12, 0); got != "December 2025" {
		t.Errorf("Date with no day = %q", got)
	}
}

func TestPseudo(t *testing.T) {
	if got := content.PseudoText("Dear {their name|name}, see {{this}}."); got != "⟦Ðéàŕ {their name|ñàɱé}, šéé {{ŧĥîš}}.⟧" {
		t.Errorf("PseudoText = %q", got)
	}
	p, err := content.Language(content.Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	en := mustDefault(t)
	if p.Lang() != content.Pseudo || p.Len() != en.Len() || len(p.Texts()) != len(en.Texts()) {
		t.Fatalf("pseudo set: lang %q, %d items, %d texts", p.Lang(), p.Len(), len(p.Texts()))
	}
	for _, it := range p.Items() {
		for _, s := range []string{it.Title, it.Text} {
			if !strings.HasPrefix(s, content.PseudoOpen) || strings.ContainsAny(strings.ReplaceAll(s, "{deadline}", ""), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				t.Errorf("%s: not pseudo: %q", it.ID, s)
			}
		}
	}
	if got := p.Date(2026, 3, 14); got != "⟦14 ⟦Ṁàŕçĥ⟧ 2026⟧" {
		t.Errorf("pseudo Date = %q", got)
	}
	if errs := content.Validate(p); len(errs) != 0 {
		t.Errorf("the pseudo set is not valid: %v", errs[0])
	}
}

func TestLanguages(t *testing.T) {
	if l := content.Languages(); len(l) == 0 || l[0] != content.English {
		t.Errorf("Languages = %v", l)
	}
	for _, bad := range []string{"xx", "../en", "en/..", content.English} {
		if _, _, err := content.Translation(bad); !errors.Is(err, content.ErrNoLanguage) {
			t.Errorf("Translation(%q) error = %v", bad, err)
		}
	}
	if _, err := content.Language("xx"); !errors.Is(err, content.ErrNoLanguage) {
		t.Errorf("Language(xx) error = %v", err)
	}
	for _, lang := range content.Languages()[1:] {
		for _, err := range content.ValidateTranslation(mustDefault(t), lang) {
			t.Error(err)
		}
	}
}
