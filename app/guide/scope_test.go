package guide_test

import (
	"slices"
	"testing"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
)

// careOf lists the scope words a service answers to, written out here
// again so the test does not trust the code it checks.
var careOf = map[guide.Service][]string{
	"":                       {"unsure"},
	guide.ServiceUnsure:      {"unsure"},
	guide.HospitalAE:         {"nhs", "nhs-body", "hospital-ae"},
	guide.HospitalInpatient:  {"nhs", "nhs-body", "hospital-inpatient"},
	guide.HospitalOutpatient: {"nhs", "nhs-body", "hospital-outpatient"},
	guide.Maternity:          {"nhs", "nhs-body", "maternity"},
	guide.MentalHealth:       {"nhs", "nhs-body", "mental-health"},
	guide.Community:          {"nhs", "nhs-body", "community"},
	guide.Ambulance:          {"nhs", "nhs-body", "ambulance"},
	guide.GP:                 {"nhs", "nhs-contractor", "gp"},
	guide.NHSDentist:         {"nhs", "nhs-contractor", "nhs-dentist"},
	guide.Pharmacy:           {"nhs", "nhs-contractor", "pharmacy"},
	guide.NHSOptician:        {"nhs", "nhs-contractor", "nhs-optician"},
	guide.NHSFundedPrivate:   {"nhs", "nhs-funded-private"},
	guide.PrivateDentist:     {"self-paid-private", "private-dentist"},
	guide.PrivateOptician:    {"self-paid-private", "private-optician"},
	guide.PrivateHealthcare:  {"self-paid-private", "private-healthcare"},
	guide.CouncilCare:        {"social-care", "council-care"},
	guide.SelfFundedCare:     {"social-care", "self-funded-care"},
	guide.ChildrenSocialCare: {"children-social-care"},
	guide.PublicHealth:       {"public-health"},
}

var stageOf = map[guide.Stage][]string{
	"":                  {"before", "not-raised"},
	guide.NotRaised:     {"before", "not-raised"},
	guide.RaisedStaff:   {"before", "raised-with-staff"},
	guide.RaisedPALS:    {"before", "pals"},
	guide.SentNoAck:     {"during", "sent-no-ack"},
	guide.Waiting:       {"during", "waiting"},
	guide.FinalResponse: {"after", "final-response"},
	guide.WithOmbudsman: {"after", "ombudsman"},
}

func word[T ~string](v T) []string {
	if v == "" {
		return []string{"unsure"}
	}
	return []string{string(v)}
}

// outside returns the first dimension of sc that a does not fit, or "".
func outside(sc content.Scope, a guide.Answers) string {
	fits := func(list, words []string) bool {
		if len(list) == 0 {
			return true
		}
		for _, w := range words {
			if slices.Contains(list, w) {
				return true
			}
		}
		return false
	}
	switch {
	case !fits(sc.Nations, word(a.Nation)):
		return "nation"
	case !fits(sc.Care, careWordsOf(a)):
		return "care"
	case !fits(sc.Stages, stageOf[a.Stage]):
		return "stage"
	case !fits(sc.People, word(a.Person)):
		return "person"
	case !fits(sc.Harms, word(a.Harm)):
		return "harm"
	}
	return ""
}

// careWordsOf is careOf, but outside England public health services are
// the NHS's own.
func careWordsOf(a guide.Answers) []string {
	switch a.Nation {
	case guide.Wales, guide.Scotland, guide.NorthernIreland:
		if a.Service == guide.PublicHealth {
			return []string{"nhs", "nhs-body", "public-health"}
		}
	}
	return careOf[a.Service]
}

// TestScope walks the answer space, every nation, care type, person,
// stage and harm, with the other answers varied across it, and checks
// that no item shown in a plan is outside the scope its data declares.
func TestScope(t *testing.T) {
	set, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	nations := []guide.Nation{"", guide.England, guide.Wales, guide.Scotland, guide.NorthernIreland, guide.NationUnsure}
	services := make([]guide.Service, 0, len(careOf))
	for s := range careOf {
		services = append(services, s)
	}
	slices.Sort(services)
	people := []guide.Person{"", guide.Self, guide.ForAdultConsents, guide.ForAdultLacksCapacity, guide.ForChild, guide.YoungPerson, guide.ForDeceased}
	stages := []guide.Stage{"", guide.NotRaised, guide.RaisedStaff, guide.RaisedPALS, guide.SentNoAck, guide.Waiting, guide.FinalResponse, guide.WithOmbudsman}
	harms := []guide.Harm{"", guide.HarmNone, guide.HarmMinor, guide.HarmModerate, guide.HarmDeath}
	all := []guide.Outcome{guide.OutService, guide.OutProcedures, guide.OutExplanation, guide.OutApology, guide.OutDiscipline,
		guide.OutPolice, guide.OutMoney, guide.OutPutRight, guide.OutLetKnow}
	yn := []guide.YesNo{"", guide.Yes, guide.No}
	n, shown := 0, 0
	for i, nation := range nations {
		for j, s := range services {
			for k, per := range people {
				for l, st := range stages {
					for m, h := range harms {
						v := i + j + k + l + m
						a := guide.Answers{Nation: nation, Service: s, Person: per, Stage: st, Harm: h,
							Outcomes: all[:1+v%len(all)], Danger: yn[v%3], Abuse: yn[(v+1)%3], Legal: yn[(v+2)%3],
							Detained: yn[j%3], Offer: yn[k%3], SocialCareToo: yn[l%3],
							Happened: guide.DayOf(2026, time.Month(1+v%11), 1+m)}
						p, err := guide.Build(a, opts())
						if err != nil {
							t.Fatalf("Build(%+v): %v", a, err)
						}
						if n%11 == 0 { // the full checks are slow; a spread of plans is enough
							checkPlan(t, p)
						}
						for _, w := range ids(p) {
							id := w[slices.Index([]byte(w), ':')+1:]
							it, ok := set.Item(id)
							if !ok {
								t.Fatalf("%s is not content", id)
							}
							shown++
							if d := outside(it.Scope, a); d != "" {
								t.Fatalf("%s shown outside its %s scope for %+v", w, d, a)
							}
						}
						n++
					}
				}
			}
		}
	}
	t.Logf("%d plans, %d items shown, none outside its scope", n, shown)
}

// TestScopeWords checks that the content vocabulary and the answers agree:
// every answer has a scope word, and every scope word is an answer or a
// group of them.
func TestScopeWords(t *testing.T) {
	have := func(dim string, words []string) {
		t.Helper()
		for _, w := range words {
			if !slices.Contains(content.ScopeWords(dim), w) {
				t.Errorf("%s: answer word %q is not a content scope word", dim, w)
			}
		}
	}
	used := map[string]bool{}
	for _, ws := range careOf {
		have(content.DimCare, ws)
		for _, w := range ws {
			used[w] = true
		}
	}
	for s := range careOf {
		if got := guide.CareWords(guide.Answers{Service: s}); !slices.Equal(got, careOf[s]) {
			t.Errorf("CareWords(%q) = %v, want %v", s, got, careOf[s])
		}
	}
	for _, w := range content.ScopeWords(content.DimCare) {
		if !used[w] {
			t.Errorf("care scope word %q matches no service", w)
		}
	}
	for st, ws := range stageOf {
		have(content.DimStage, ws)
		if got := guide.StageWords(st); !slices.Equal(got, ws) {
			t.Errorf("StageWords(%q) = %v, want %v", st, got, ws)
		}
	}
	have(content.DimNation, []string{string(guide.England), string(guide.Wales), string(guide.Scotland), string(guide.NorthernIreland), string(guide.NationUnsure)})
	have(content.DimPerson, []string{string(guide.Self), string(guide.ForAdultConsents), string(guide.ForAdultLacksCapacity),
		string(guide.ForChild), string(guide.YoungPerson), string(guide.ForDeceased), "unsure"})
	have(content.DimHarm, []string{string(guide.HarmNone), string(guide.HarmMinor), string(guide.HarmModerate), string(guide.HarmDeath), "unsure"})
}

// TestOmbudsmanDate checks that after a final response the headline date
// is the ombudsman's, in each nation's own rule, and not the complaint
// deadline the person has already met.
func TestOmbudsmanDate(t *testing.T) {
	tests := []struct {
		name      string
		a         guide.Answers
		ombudsman bool
		deadline  guide.Date
	}{
		{"England NHS: 12 months from when they knew",
			guide.Answers{Nation: guide.England, Service: guide.GP, Stage: guide.FinalResponse, Happened: guide.DayOf(2026, 1, 5), FoundOut: guide.DayOf(2026, 3, 9)},
			true, guide.DayOf(2027, 3, 9)},
		{"England council care: the LGSCO's 12 months",
			guide.Answers{Nation: guide.England, Service: guide.CouncilCare, Stage: guide.FinalResponse, Happened: guide.DayOf(2026, 2, 1)},
			true, guide.DayOf(2027, 2, 1)},
		{"Northern Ireland: 6 months from the final reply",
			guide.Answers{Nation: guide.NorthernIreland, Service: guide.GP, Stage: guide.FinalResponse, Happened: guide.DayOf(2026, 1, 5), Responded: guide.DayOf(2026, 10, 2)},
			true, guide.DayOf(2027, 4, 2)},
		{"Northern Ireland without the reply date: no date",
			guide.Answers{Nation: guide.NorthernIreland, Service: guide.GP, Stage: guide.FinalResponse, Happened: guide.DayOf(2026, 1, 5)},
			true, guide.Date{}},
		{"private care: no ombudsman",
			guide.Answers{Nation: guide.England, Service: guide.PrivateDentist, Stage: guide.FinalResponse, Happened: guide.DayOf(2026, 1, 5)},
			false, guide.Date{}},
		{"still waiting: the complaint deadline",
			guide.Answers{Nation: guide.England, Service: guide.GP, Stage: guide.Waiting, Happened: guide.DayOf(2026, 1, 5), Sent: guide.DayOf(2026, 2, 1)},
			false, guide.DayOf(2027, 1, 5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := guide.Build(tt.a, opts())
			if err != nil {
				t.Fatal(err)
			}
			tl := p.Complaint.TimeLimit
			if tl.Ombudsman != tt.ombudsman || tl.Deadline != tt.deadline {
				t.Errorf("ombudsman %v deadline %v, want %v %v (%s)", tl.Ombudsman, tl.Deadline, tt.ombudsman, tt.deadline, tl.Text)
			}
		})
	}
}
