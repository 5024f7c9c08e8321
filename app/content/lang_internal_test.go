package content

import "testing"

// TestOverlay checks a translation is used per item and per text, with
// English where there is none, and English where it is unreviewed.
func TestOverlay(t *testing.T) {
	en := NewSet(
		[]Item{{ID: "i.a", Title: "Title A", Text: "Text A"}, {ID: "i.b", Title: "Title B", Text: "Text B"}},
		nil,
		Text{ID: "t.a", Text: "Continue"}, Text{ID: "t.b", Text: "Back"}, Text{ID: "t.c", Text: "Start now"},
	)
	cy := overlay(en, "cy",
		[]Item{{ID: "i.a", Title: "Teitl A", Text: "Testun A"}},
		[]Text{{ID: "t.a", Text: "Parhau"}, {ID: "t.b", Text: "Yn ôl", Unreviewed: true}, {ID: "t.zz", Text: "Dim"}})
	for _, tt := range []struct{ id, want, lang string }{
		{"t.a", "Parhau", "cy"}, {"t.b", "Back", "en"}, {"t.c", "Start now", "en"},
	} {
		got, _ := cy.Lookup(tt.id)
		if got.Text != tt.want || got.Lang != tt.lang {
			t.Errorf("%s = %q (%s), want %q (%s)", tt.id, got.Text, got.Lang, tt.want, tt.lang)
		}
	}
	if _, ok := cy.Lookup("t.zz"); ok {
		t.Error("a translation with no English text was added")
	}
	if a, _ := cy.Item("i.a"); a.Title != "Teitl A" || a.Lang != "cy" {
		t.Errorf("item i.a = %+v", a)
	}
	if b, _ := cy.Item("i.b"); b.Title != "Title B" || b.Lang != "en" {
		t.Errorf("item i.b = %+v", b)
	}
	if en.T("t.a") != "Continue" {
		t.Error("the overlay changed the English set")
	}
}
