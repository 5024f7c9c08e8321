package guide_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"putitright/app/guide"
)

func fullAnswers() guide.Answers {
	return guide.Answers{
		Nation: guide.England, Service: guide.HospitalInpatient, SocialCareToo: guide.Yes,
		Person: guide.ForAdultLacksCapacity, Authority: guide.AuthorityLPA,
		Happened: guide.MonthOf(2025, 10), FoundOut: guide.DayOf(2026, 1, 31),
		Stage: guide.Waiting, Sent: guide.DayOf(2026, 2, 14),
		Outcomes: []guide.Outcome{guide.OutExplanation, guide.OutApology, guide.OutMoney},
		Danger:   guide.No, Abuse: guide.Yes, Harm: guide.HarmModerate, Legal: guide.Yes,
		Detained: guide.No, Offer: guide.Yes,
	}
}

func TestAnswersJSONRoundTrip(t *testing.T) {
	for _, a := range []guide.Answers{{}, fullAnswers()} {
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var back guide.Answers
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal(%s): %v", b, err)
		}
		if !reflect.DeepEqual(a, back) {
			t.Errorf("round trip changed answers:\n%+v\n%+v", a, back)
		}
	}
	b, _ := json.Marshal(fullAnswers())
	for _, want := range []string{`"happened":"2025-10"`, `"foundOut":"2026-01-31"`, `"socialCareToo":"yes"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
	if b, _ := json.Marshal(guide.Answers{}); string(b) != "{}" {
		t.Errorf("empty answers = %s, want {}", b)
	}
}

func TestPlanJSONRoundTrip(t *testing.T) {
	o := opts()
	o.Local = guide.Local{Partner: "P", Advocacy: guide.Contact{Phone: "1"}}
	p, err := guide.Build(fullAnswers(), o)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back guide.Plan
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p, back) {
		t.Errorf("round trip changed the plan")
	}
}

func TestBadJSONDate(t *testing.T) {
	var a guide.Answers
	if err := json.Unmarshal([]byte(`{"happened":"2025-13"}`), &a); err == nil {
		t.Error("accepted month 13")
	}
}
