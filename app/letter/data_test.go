package letter

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"putitright/app/content"
	"putitright/app/guide"
)

// The letters' data is checked when the content loads: every value and
// condition it uses is known, every letter fills in for many cases, and
// the words come only from the content.

func mustBook(t testing.TB) *book {
	t.Helper()
	bk, err := loadBook()
	if err != nil {
		t.Fatal(err)
	}
	return bk
}

// probe returns a renderer to ask which values there are.
func probe(bk *book) *renderer {
	return newRenderer(en, bk, guide.LetterComplaint, guide.Answers{}, Details{}, today)
}

// letterName reports whether name is a condition name about the letter
// and the details given (see values.go).
func letterName(bk *book, name string) bool {
	switch name {
	case "introduce", "waited-6-months":
		return true
	}
	n := splitName(name)
	v, ok := probe(bk).valueOf(n.arg)
	switch n.family {
	case "given":
		return ok || n.arg == "date" || n.arg == "what"
	case "exact":
		return ok && v.kind == 'd' || n.arg == "date"
	case "letter":
		return guide.LetterID(n.arg).Known()
	case "profession":
		return slices.Contains(professions, Profession(n.arg))
	case "item":
		return guide.KnownTerm("wants:" + n.arg)
	}
	return false
}

// knownValue reports whether name is a value letters fill in.
func knownValue(bk *book, name string) bool {
	name = strings.TrimPrefix(name, "capital:")
	_, isValue := probe(bk).valueOf(name)
	_, isFragment := bk.fragments[name]
	return isValue || isFragment || slices.Contains(worked, name) || name == "item" || name == "date" || name == "what"
}

// letterTemplates returns every template letters fill in, by where it
// is: the words of every block, every named fragment, every writing tip.
func letterTemplates(t testing.TB, c *content.Set) map[string][]string {
	out := map[string][]string{}
	for _, tx := range c.Texts() {
		if strings.HasPrefix(tx.ID, fragmentPrefix) || strings.HasPrefix(tx.ID, tipsPrefix) {
			out[tx.ID] = tx.Words()
		}
	}
	letters, err := content.Letters()
	if err != nil {
		t.Fatal(err)
	}
	var walk func(path string, b content.Block)
	walk = func(path string, b content.Block) {
		if b.HasWords() && b.ID == "" {
			out[path] = b.Words().Words()
		}
		if b.Empty != nil {
			walk(path+".empty", *b.Empty)
		}
		for _, list := range [][]content.Block{b.Lines, b.Blocks, b.Choose} {
			for _, c := range list {
				walk(path+"/", c)
			}
		}
	}
	for _, l := range letters {
		for _, b := range l.Blocks {
			walk(l.Name(), b)
		}
		if l.Subject != nil {
			walk(l.Name()+".subject", *l.Subject)
		}
	}
	return out
}

// TestEveryNameKnown checks the names: every value a letter's words use
// is a detail, a value the letter works out or a named fragment; every
// condition anywhere in the content is of the rules vocabulary or about
// the letter and the details given; given: and exact: name values.
func TestEveryNameKnown(t *testing.T) {
	bk := mustBook(t)
	for where, tmpls := range letterTemplates(t, en) {
		for _, tmpl := range tmpls {
			names, err := content.Names(tmpl)
			if err != nil {
				t.Errorf("%s: %v", where, err)
			}
			for _, n := range names {
				if !knownValue(bk, n) {
					t.Errorf("%s: unknown value {%s} in %q", where, n, tmpl)
				}
			}
		}
	}
	conds := map[string]string{} // condition: where
	for _, tx := range en.Texts() {
		for _, v := range append(append([]content.Variant(nil), tx.First...), tx.List...) {
			conds[v.When] = tx.ID
		}
	}
	letters, _ := content.Letters()
	var walk func(path string, b content.Block)
	walk = func(path string, b content.Block) {
		conds[b.When] = path
		if b.Empty != nil {
			walk(path, *b.Empty)
		}
		for _, list := range [][]content.Block{b.Lines, b.Blocks, b.Choose} {
			for _, c := range list {
				walk(path, c)
			}
		}
		if b.Each != "" {
			if v, ok := probe(bk).valueOf(b.Each); !ok || v.kind != 'l' {
				t.Errorf("%s: each %q is not a list", path, b.Each)
			}
		}
	}
	for _, l := range letters {
		for i, b := range l.Blocks {
			walk(fmt.Sprintf("%s[%d]", l.Name(), i), b)
		}
	}
	for cond, where := range conds {
		c, err := content.ParseCond(cond)
		if err != nil {
			t.Errorf("%s: %v", where, err)
			continue
		}
		for _, n := range c.Names() {
			if !guide.KnownTerm(n) && !letterName(bk, n) {
				t.Errorf("%s: unknown condition name %q in %q", where, n, cond)
			}
		}
	}
	// Every letter has its data, and every letter's data is a letter.
	for _, id := range guide.AllLetters() {
		if bk.letters[string(id)] == nil {
			t.Errorf("no data for letter %s", id)
		}
	}
	for id := range bk.letters {
		if !guide.LetterID(id).Known() {
			t.Errorf("data for unknown letter %q", id)
		}
	}
}

// TestTextsUsedExist checks the texts the package finds by an ID it
// makes or holds: the words it drops, the introduction, every field's
// label (and each option of a choice), the flags' words and the tips.
func TestTextsUsedExist(t *testing.T) {
	ids := []string{"draft.drop.they-are", "draft.drop.dear", "draft.introduction", "draft.addressee", "tips.general", "flag.shouting"}
	for _, l := range flagLists {
		ids = append(ids, l.say, l.phrases)
	}
	for id := range fieldShapes {
		ids = append(ids, "field."+fieldKey(id)+".label")
	}
	for _, p := range professions {
		ids = append(ids, "field.profession.option."+string(p))
	}
	for _, id := range guide.AllLetters() {
		ids = append(ids, "tips."+string(id))
	}
	for _, id := range ids {
		if _, ok := en.Lookup(id); !ok {
			t.Errorf("no text %q", id)
		}
	}
	// No field text is left over from a field that is gone.
	for _, tx := range en.Texts() {
		if rest, ok := strings.CutPrefix(tx.ID, "field."); ok {
			key, _, _ := strings.Cut(rest, ".")
			found := false
			for id := range fieldShapes {
				found = found || fieldKey(id) == key
			}
			if !found {
				t.Errorf("text %s is for no field", tx.ID)
			}
		}
	}
}

// TestTextsAreClean checks every text holds only what a letter may (see
// okRune), so that the words filled in need no cleaning.
func TestTextsAreClean(t *testing.T) {
	for _, tx := range en.Texts() {
		for _, w := range tx.Words() {
			if !utf8.ValidString(w) || strings.ContainsFunc(w, func(r rune) bool { return !okRune(r) || r == '\t' }) {
				t.Errorf("%s: %q holds a character a letter may not", tx.ID, w)
			}
		}
	}
}

// placeholders returns every placeholder the letters' words give, in
// brackets as a letter shows it.
func placeholders(t testing.TB) map[string]bool {
	out := map[string]bool{}
	for _, tmpls := range letterTemplates(t, en) {
		for _, tmpl := range tmpls {
			segs, _ := content.Split(tmpl)
			for _, s := range segs {
				if s.Placeholder != "" {
					out["["+s.Placeholder+"]"] = true
				}
			}
		}
	}
	return out
}

// TestEveryLetterFillsIn drafts every letter for a sample of the answer
// space, with every detail given and with none: no error, nothing in
// brackets but a placeholder the data gives (an unknown value or text
// shows as "[name]"), every detail listed missing is one the letter asks
// for, and the tips and fields have no gaps either.
func TestEveryLetterFillsIn(t *testing.T) {
	ok := placeholders(t)
	step := 6
	if runtime.GOOS == "js" {
		step = 40 // the walk is slow under wasm; natively it is the same code
	}
	full, n, i := fullDetails(), 0, 0
	full.TheyAre = "my mother"
	walkAnswers(func(a guide.Answers, dc dateCase) {
		if i++; i%step != 0 {
			return
		}
		for _, id := range guide.AllLetters() {
			asked := map[FieldID]bool{}
			for _, f := range Fields(en, id, Refine(a, Details{}), dc.today) {
				asked[f.ID] = true
				if strings.Contains(f.Label+f.Hint+f.Example, "[") || f.Label == "" {
					t.Fatalf("%s: field %s has a gap: %+v", id, f.ID, f)
				}
			}
			for _, tip := range Checklist(en, id, a) {
				if strings.Contains(tip, "[") || tip == "" {
					t.Fatalf("%s: tip %q for %+v", id, tip, a)
				}
			}
			for _, d := range []Details{full, {}} {
				n++
				l, err := Draft(en, id, a, d, dc.today)
				if err != nil {
					t.Fatalf("%s: %v", id, err)
				}
				text := l.Text()
				for rest := text; ; {
					open := strings.IndexByte(rest, '[')
					if open < 0 {
						break
					}
					end := strings.IndexByte(rest[open:], ']')
					if end < 0 || !ok[rest[open:open+end+1]] {
						t.Fatalf("%s for %+v: %q is not a placeholder the data gives:\n%s", id, a, rest[open:min(len(rest), open+60)], text)
					}
					rest = rest[open+end+1:]
				}
				for _, m := range l.Missing {
					if !asked[m] {
						t.Errorf("%s for %+v: missing %s is not among its fields", id, a, m)
					}
				}
			}
		}
	})
	t.Logf("%d letters drafted", n)
}

// TestExplain checks the trace: one entry a block, the same blocks, and
// each block's texts and conditions.
func TestExplain(t *testing.T) {
	a := guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.ForDeceased, Happened: guide.MonthOf(2024, 5),
		Stage: guide.NotRaised, Outcomes: []guide.Outcome{guide.OutApology}}
	for _, id := range guide.AllLetters() {
		l, _ := Draft(en, id, a, fullDetails(), today)
		tr, err := Explain(en, id, a, fullDetails(), today)
		if err != nil {
			t.Fatal(err)
		}
		if len(tr) != len(l.Blocks) {
			t.Fatalf("%s: %d traced, %d blocks", id, len(tr), len(l.Blocks))
		}
		for i, x := range tr {
			if x.Block != l.Blocks[i] || x.Path == "" || len(x.Texts) == 0 {
				t.Errorf("%s block %d: %+v, want block %+v with a path and texts", id, i, x, l.Blocks[i])
			}
		}
	}
	tr, _ := Explain(en, guide.LetterComplaint, a, fullDetails(), today)
	want := Traced{Path: "complaint[6]", Texts: []string{"draft.complaint.late.why#3", "draft.complaint.late.fair", "draft.complaint.late.ask", "draft.noun#2"},
		When: []string{"late", "late-sure"}}
	found := false
	for _, x := range tr {
		if strings.HasPrefix(x.Block.Text, "I know it") {
			found = true
			if x.Path != want.Path || !slices.Equal(x.Texts, want.Texts) || !slices.Equal(x.When, want.When) {
				t.Errorf("late paragraph traced as %+v, want %+v", x, want)
			}
		}
	}
	if !found {
		t.Error("no late paragraph")
	}
	if _, err := Explain(en, "nope", a, Details{}, today); err == nil {
		t.Error("Explain of an unknown letter")
	}
}

// TestBadData checks the data's mistakes are found when it loads.
func TestBadData(t *testing.T) {
	words := content.Block{Text: "{your name}"}
	tests := []struct {
		name  string
		block content.Block
		want  string
	}{
		{"unknown kind", content.Block{Kind: "poem", Text: "x"}, "unknown kind"},
		{"nothing", content.Block{}, "give one of"},
		{"two things", content.Block{Text: "x", Use: "close"}, "give one of"},
		{"each with a group", content.Block{Each: "events", Blocks: []content.Block{words}}, "each and empty"},
		{"empty without each", content.Block{Text: "x", Empty: &words}, "empty without each"},
		{"a line with a kind", content.Block{Lines: []content.Block{{Kind: "bullet", Text: "x"}}}, "a line is words"},
		{"a line of lines", content.Block{Lines: []content.Block{{Lines: []content.Block{words}}}}, "a line is words"},
		{"bad condition", content.Block{When: "late and", Text: "x"}, "condition"},
		{"bad template", content.Block{Text: "{Your name}"}, "value name"},
		{"no such text", content.Block{ID: "draft.nope", Text: "x"}, "no text"},
		{"no such part", content.Block{Use: "nope"}, "no part"},
	}
	for _, tt := range tests {
		_, err := compile([]content.Letter{{Letter: "complaint", Blocks: []content.Block{tt.block}}}, en)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want an error about %q", tt.name, err, tt.want)
		}
	}
}

// TestMissingInOrder checks Letter.Missing lists the details in the
// order they first show in the letter.
func TestMissingInOrder(t *testing.T) {
	l, _ := Draft(en, guide.LetterPALS, guide.Answers{Nation: guide.England, Person: guide.ForAdultConsents}, Details{}, today)
	want := []FieldID{FPatientName, FPlace, FPatientBorn, FOrg, FNow, FNeeded, FAlreadyAsked, FSenderPhone, FSenderName}
	if !slices.Equal(l.Missing, want) {
		t.Errorf("Missing = %v, want %v", l.Missing, want)
	}
}
