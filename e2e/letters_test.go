package e2e

import (
	"encoding/json"
	"testing"
	"time"

	"putitright/app/draft"
	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/letter"
)

// completedCase is a finished plan for someone complaining about their own
// hospital care a few months ago, with nothing typed into letters yet.
func completedCase(t testing.TB) draft.Case {
	t.Helper()
	now := time.Now()
	happened := now.AddDate(0, -3, 0)
	a := guide.Answers{
		Nation:        guide.England,
		Service:       guide.HospitalInpatient,
		Person:        guide.Self,
		Happened:      guide.MonthOf(happened.Year(), happened.Month()),
		Stage:         guide.NotRaised,
		Outcomes:      []guide.Outcome{guide.OutExplanation, guide.OutApology},
		Danger:        guide.No,
		Abuse:         guide.No,
		Harm:          guide.HarmMinor,
		Legal:         guide.No,
		Detained:      guide.No,
		Offer:         guide.No,
		SocialCareToo: guide.No,
	}
	if id := flow.FirstUnanswered(a, func(flow.ID) bool { return false }); id != "" {
		t.Logf("note: question %s has no answer in the seeded case", id)
	}
	return draft.New(a, letter.Details{}, nil, now)
}

// seed writes c into the app's local draft, as if the person had answered
// every question on this device, and opens path.
func (b *browser) seed(s *server, c draft.Case, path string) {
	b.t.Helper()
	raw, err := draft.Marshal(c)
	if err != nil {
		b.t.Fatal(err)
	}
	js, _ := json.Marshal(string(raw))
	b.open(s.App + "/privacy")
	eval[bool](b, `localStorage.setItem('putitright-draft', `+string(js)+`), true`)
	b.open(s.App + path)
}

func TestLetterLook(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	b.seed(s, completedCase(t), "/letters/complaint")
	b.waitFor("the preview", `!!document.getElementById('letter-preview')`)
	b.shot("letter-look")
}
