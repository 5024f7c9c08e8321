package flow

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
	"putitright/internal/pseudotest"
)

var today = time.Date(2026, time.November, 21, 0, 0, 0, 0, time.UTC)

func english(t *testing.T) *content.Set {
	t.Helper()
	c, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestSequence(t *testing.T) {
	tests := []struct {
		name string
		a    guide.Answers
		has  []ID
		not  []ID
	}{
		{"empty", guide.Answers{}, []ID{QNation, QService, QPerson, QOutcomes}, []ID{QAuthority, QSent, QDetained, QSocialCare}},
		{"lacks capacity asks authority", guide.Answers{Person: guide.ForAdultLacksCapacity}, []ID{QAuthority}, nil},
		{"mental health asks detained", guide.Answers{Service: guide.MentalHealth}, []ID{QDetained, QSocialCare}, nil},
		{"private care skips social care", guide.Answers{Service: guide.PrivateHealthcare}, nil, []ID{QSocialCare}},
		{"sent asks date", guide.Answers{Stage: guide.SentNoAck}, []ID{QSent}, []ID{QOffer}},
		{"final response asks offer", guide.Answers{Stage: guide.FinalResponse}, []ID{QSent, QResponded, QOffer}, nil},
		{"waiting does not ask when the final answer came", guide.Answers{Stage: guide.Waiting}, []ID{QSent}, []ID{QResponded}},
		{"child skips adult abuse", guide.Answers{Person: guide.ForChild}, nil, []ID{QAbuse}},
	}
	for _, tt := range tests {
		seq := Sequence(tt.a)
		for _, id := range tt.has {
			if !slices.Contains(seq, id) {
				t.Errorf("%s: sequence lacks %s", tt.name, id)
			}
		}
		for _, id := range tt.not {
			if slices.Contains(seq, id) {
				t.Errorf("%s: sequence has %s", tt.name, id)
			}
		}
	}
}

func TestNextPrev(t *testing.T) {
	a := guide.Answers{}
	if got := Next(a, QNation); got != QService {
		t.Errorf("Next(nation) = %q", got)
	}
	if got := Prev(a, QService); got != QNation {
		t.Errorf("Prev(service) = %q", got)
	}
	if got := Prev(a, QNation); got != "" {
		t.Errorf("Prev(first) = %q", got)
	}
	seq := Sequence(a)
	if got := Next(a, seq[len(seq)-1]); got != "" {
		t.Errorf("Next(last) = %q", got)
	}
}

func TestApply(t *testing.T) {
	tests := []struct {
		name  string
		id    ID
		in    Input
		field string // "" means no error
	}{
		{"radio ok", QNation, Input{Values: []string{"wales"}}, ""},
		{"radio missing", QNation, Input{}, "value"},
		{"radio unknown value", QNation, Input{Values: []string{"mars"}}, "value"},
		{"radio two values", QNation, Input{Values: []string{"wales", "england"}}, "value"},
		{"checkbox several", QOutcomes, Input{Values: []string{"money", "apology"}}, ""},
		{"checkbox none", QOutcomes, Input{}, "value"},
		{"month ok", QHappened, Input{Month: "3", Year: "2025"}, ""},
		{"month this month", QHappened, Input{Month: "11", Year: "2026"}, ""},
		{"month future", QHappened, Input{Month: "12", Year: "2026"}, "month"},
		{"month bad", QHappened, Input{Month: "13", Year: "2025"}, "month"},
		{"month words", QHappened, Input{Month: "March", Year: "2025"}, ""},
		{"month and year in the month box", QHappened, Input{Month: "june 2025"}, ""},
		{"day month year in the month box", QHappened, Input{Month: "14 6 2025"}, ""},
		{"not a month", QHappened, Input{Month: "Smarch", Year: "2025"}, "month"},
		{"year short", QHappened, Input{Month: "3", Year: "25"}, "year"},
		{"year missing", QHappened, Input{Month: "3"}, "year"},
		{"required empty", QHappened, Input{}, "month"},
		{"optional empty", QFoundOut, Input{}, ""},
		{"found out before happened", QFoundOut, Input{Month: "1", Year: "2020"}, "month"},
		{"final answer optional", QResponded, Input{}, ""},
		{"final answer in words", QResponded, Input{Month: "October 2026"}, ""},
	}
	base := guide.Answers{Happened: guide.MonthOf(2024, time.June)}
	for _, tt := range tests {
		_, err := Apply(english(t), base, tt.id, tt.in, today)
		var fe *guide.FieldError
		switch {
		case tt.field == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tt.name, err)
		case tt.field != "" && !errors.As(err, &fe):
			t.Errorf("%s: error = %v, want a FieldError", tt.name, err)
		case tt.field != "" && fe.Field != tt.field:
			t.Errorf("%s: field = %q, want %q", tt.name, fe.Field, tt.field)
		}
	}
}

// TestApplyReadsDatesAsTyped checks that a month question takes a date as
// a person types it, and keeps only the month: the question asks no day.
func TestApplyReadsDatesAsTyped(t *testing.T) {
	for _, in := range []Input{{Month: "June", Year: "2025"}, {Month: "june 2025"}, {Month: "6", Year: "2025"},
		{Month: "6 2025"}, {Month: "14 6 2025"}, {Month: "JUN", Year: "2025"}} {
		a, err := Apply(english(t), guide.Answers{}, QHappened, in, today)
		if err != nil || a.Happened != guide.MonthOf(2025, time.June) {
			t.Errorf("%+v: got %v, %v; want June 2025", in, a.Happened, err)
		}
	}
}

// TestNotSureAnswers checks that "Not sure" can be given for legal action
// and money offered.
func TestNotSureAnswers(t *testing.T) {
	for _, id := range []ID{QLegal, QOffer} {
		a, err := Apply(english(t), guide.Answers{}, id, Input{Values: []string{"unsure"}}, today)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if got := Values(a, id); len(got) != 1 || got[0] != "unsure" {
			t.Errorf("%s: stored %v", id, got)
		}
		if err := a.Check(today); err != nil {
			t.Errorf("%s: answers do not check: %v", id, err)
		}
	}
}

func TestApplyRoundTrip(t *testing.T) {
	a := guide.Answers{}
	for _, q := range Questions() {
		var in Input
		switch q.Kind {
		case Month:
			in = Input{Month: "2", Year: "2025"}
		default:
			in = Input{Values: []string{q.Options[0].Value}}
		}
		var err error
		if a, err = Apply(english(t), a, q.ID, in, today); err != nil {
			t.Fatalf("%s: %v", q.ID, err)
		}
		if Summary(english(t), a, q.ID) == "Not answered" {
			t.Errorf("%s: summary says not answered", q.ID)
		}
		if len(Values(a, q.ID)) == 0 {
			t.Errorf("%s: no stored value", q.ID)
		}
	}
}

func TestPrune(t *testing.T) {
	a := guide.Answers{Person: guide.Self, Authority: guide.AuthorityLPA, Service: guide.GP, Detained: guide.Yes}
	a = Prune(a)
	if a.Authority != "" || a.Detained != "" {
		t.Errorf("Prune kept irrelevant answers: %+v", a)
	}
	if a.Person != guide.Self || a.Service != guide.GP {
		t.Errorf("Prune dropped relevant answers: %+v", a)
	}
}

func TestQuestionsWellFormed(t *testing.T) {
	seen := map[ID]bool{}
	for _, q := range Questions() {
		if seen[q.ID] {
			t.Errorf("duplicate question %s", q.ID)
		}
		seen[q.ID] = true
		if q.Kind != Month && len(q.Options) < 2 {
			t.Errorf("%s: fewer than 2 options", q.ID)
		}
	}
}

// TestUrgentPage checks that answering yes to "Is anyone in danger now?"
// brings the urgent page next, before any other question, and that it
// carries on to the question that would have come next.
func TestUrgentPage(t *testing.T) {
	tests := []struct {
		name        string
		a           guide.Answers
		afterDanger ID
		afterUrgent ID
	}{
		{"danger: urgent page next", guide.Answers{Service: guide.SelfFundedCare, Danger: guide.Yes}, QUrgent, QAbuse},
		{"danger, child: urgent page, then who", guide.Answers{Service: guide.GP, Person: guide.ForChild, Danger: guide.Yes}, QUrgent, QPerson},
		{"no danger: no urgent page", guide.Answers{Service: guide.GP, Danger: guide.No}, QAbuse, ""},
		{"not answered: no urgent page", guide.Answers{Service: guide.GP}, QAbuse, ""},
	}
	for _, tt := range tests {
		if got := Next(tt.a, QDanger); got != tt.afterDanger {
			t.Errorf("%s: after danger %q, want %q", tt.name, got, tt.afterDanger)
		}
		pages := Pages(tt.a)
		if tt.afterUrgent == "" {
			if slices.Contains(pages, QUrgent) {
				t.Errorf("%s: pages %v hold the urgent page", tt.name, pages)
			}
			continue
		}
		if got := Next(tt.a, QUrgent); got != tt.afterUrgent {
			t.Errorf("%s: after urgent %q, want %q", tt.name, got, tt.afterUrgent)
		}
		if got := Prev(tt.a, QUrgent); got != QDanger {
			t.Errorf("%s: before urgent %q, want danger", tt.name, got)
		}
		if got := Prev(tt.a, tt.afterUrgent); got != QUrgent {
			t.Errorf("%s: before %s %q, want urgent", tt.name, tt.afterUrgent, got)
		}
		if slices.Contains(Sequence(tt.a), QUrgent) {
			t.Errorf("%s: the urgent page is in the questions", tt.name)
		}
		if got := FirstUnanswered(tt.a, func(ID) bool { return false }); got == QUrgent {
			t.Errorf("%s: the urgent page counts as unanswered", tt.name)
		}
	}
}

// TestQuestionWords checks every question and option has its words in
// the content, each filled in with no value missing, and that every
// "q.*" text belongs to a question or option: none is left over.
func TestQuestionWords(t *testing.T) {
	c := english(t)
	used := map[string]bool{"q.not-answered": true, "q.not-given": true}
	need := func(id string) {
		used[id] = true
		tx, ok := c.Lookup(id)
		if !ok {
			t.Errorf("no text %s", id)
			return
		}
		if names, _ := content.Names(tx.Text); len(names) > 0 || strings.TrimSpace(tx.Text) == "" {
			t.Errorf("%s: %q: a question's words take no values", id, tx.Text)
		}
	}
	may := func(id string) {
		if _, ok := c.Lookup(id); ok {
			need(id)
		}
	}
	for _, q := range Questions() {
		need(q.id(""))
		need(q.id(".short"))
		may(q.id(".hint"))
		if q.Optional {
			if _, ok := c.Lookup(q.id(".required")); ok {
				t.Errorf("%s: an optional question has a required message", q.ID)
			}
		} else {
			need(q.id(".required"))
		}
		if q.After != "" {
			need(q.id(".after"))
		}
		for _, o := range q.Options {
			need(o.id(""))
			may(o.id(".hint"))
		}
	}
	need("q.not-answered")
	need("q.not-given")
	for _, tx := range c.Texts() {
		if strings.HasPrefix(tx.ID, "q.") && !used[tx.ID] {
			t.Errorf("text %s belongs to no question or option", tx.ID)
		}
	}
}

// TestQuestionsPseudo shows every question page's words, the errors and
// the answers' summaries in the pseudo-language: every word must come
// from the content.
func TestQuestionsPseudo(t *testing.T) {
	c := pseudotest.Set(t)
	base := guide.Answers{Happened: guide.MonthOf(2024, time.June), Sent: guide.MonthOf(2024, time.August)}
	var words []string
	for _, q := range Questions() {
		words = append(words, q.Heading(c), q.Hint(c), q.Short(c))
		if !q.Optional {
			words = append(words, q.Required(c))
		}
		for _, o := range q.Options {
			words = append(words, o.Label(c), o.Hint(c))
		}
		words = append(words, Summary(c, guide.Answers{}, q.ID))
		for _, in := range []Input{{}, {Values: []string{"mars"}}, {Month: "13", Year: "2025"}, {Month: "3", Year: "25"},
			{Month: "1", Year: "2020"}, {Month: "12", Year: "2026"}, {Month: "3"}, {Month: "29 2 2025"}} {
			a, err := Apply(c, base, q.ID, in, today)
			if err != nil {
				words = append(words, err.Error())
				continue
			}
			words = append(words, Summary(c, a, q.ID))
		}
		a := base
		for _, o := range q.Options {
			a, _ = Apply(c, a, q.ID, Input{Values: []string{o.Value}}, today)
		}
		words = append(words, Summary(c, a, q.ID))
	}
	all := strings.Join(words, "\n")
	pseudotest.Check(t, "questions", all)
	if len(pseudotest.Plain(all+"\nNot answered")) == 0 {
		t.Error("a hard-coded word is not caught")
	}
}
