package guide_test

import (
	"slices"
	"testing"
	"time"

	"putitright/app/guide"
)

// TestVocabulary checks the rules vocabulary, one decision a row.
func TestVocabulary(t *testing.T) {
	en, wa, sc, ni := guide.England, guide.Wales, guide.Scotland, guide.NorthernIreland
	tests := []struct {
		nation  guide.Nation
		service guide.Service
		both    guide.YesNo
		care    guide.Care
		omb     guide.Ombudsman
		paidBy  guide.Body
		adv     guide.Advocacy
	}{
		{en, guide.HospitalInpatient, "", guide.CareNHSBody, guide.PHSO, guide.BodyICB, guide.AdvocacyNHS},
		{en, guide.GP, "", guide.CareNHSContractor, guide.PHSO, guide.BodyICB, guide.AdvocacyNHS},
		{en, guide.NHSFundedPrivate, "", guide.CareNHSFunded, guide.PHSO, guide.BodyICB, guide.AdvocacyNHS},
		{en, guide.PublicHealth, "", guide.CareNHSBody, guide.OmbudsmanUnknown, guide.BodyCouncil, guide.AdvocacyNHS},
		{en, guide.PrivateDentist, "", guide.CarePrivate, guide.DCS, guide.BodyNone, guide.AdvocacyNone},
		{en, guide.PrivateOptician, "", guide.CarePrivate, guide.OCCS, guide.BodyNone, guide.AdvocacyNone},
		{en, guide.PrivateHealthcare, "", guide.CarePrivate, guide.ISCAS, guide.BodyNone, guide.AdvocacyNone},
		{en, guide.CouncilCare, "", guide.CareCouncil, guide.LGSCO, guide.BodyCouncil, guide.AdvocacyNone},
		{en, guide.CouncilCare, guide.Yes, guide.CareCouncil, guide.JointPHSOLGSCO, guide.BodyCouncil, guide.AdvocacyNHS},
		{en, guide.SelfFundedCare, "", guide.CareSelfFunded, guide.LGSCO, guide.BodyNone, guide.AdvocacyNone},
		{en, guide.ChildrenSocialCare, "", guide.CareChildren, guide.LGSCO, guide.BodyCouncil, guide.AdvocacyNone},
		{en, guide.ServiceUnsure, "", guide.CareUnknown, guide.OmbudsmanUnknown, guide.BodyNone, guide.AdvocacyNHS},
		{wa, guide.GP, "", guide.CareNHSContractor, guide.PSOW, guide.BodyHealthBoard, guide.Llais},
		{wa, guide.PublicHealth, "", guide.CareNHSBody, guide.PSOW, guide.BodyNone, guide.Llais},
		{wa, guide.PrivateDentist, "", guide.CarePrivate, guide.DCS, guide.BodyNone, guide.Llais},
		{sc, guide.HospitalAE, "", guide.CareNHSBody, guide.SPSO, guide.BodyNone, guide.PASS},
		{ni, guide.CouncilCare, "", guide.CareCouncil, guide.NIPSO, guide.BodyHSCTrust, guide.PCC},
		{ni, guide.GP, "", guide.CareNHSContractor, guide.NIPSO, guide.BodyNone, guide.PCC},
	}
	for _, tt := range tests {
		a := guide.Answers{Nation: tt.nation, Service: tt.service, SocialCareToo: tt.both}
		if got := a.Care(); got != tt.care {
			t.Errorf("%s %s: care %s, want %s", tt.nation, tt.service, got, tt.care)
		}
		if got := a.Ombudsman(); got != tt.omb {
			t.Errorf("%s %s %s: ombudsman %s, want %s", tt.nation, tt.service, tt.both, got, tt.omb)
		}
		if got := a.PaidBy(); got != tt.paidBy {
			t.Errorf("%s %s: paid by %s, want %s", tt.nation, tt.service, got, tt.paidBy)
		}
		if got := a.Advocacy(); got != tt.adv {
			t.Errorf("%s %s %s: advocacy %s, want %s", tt.nation, tt.service, tt.both, got, tt.adv)
		}
	}
}

func TestCandour(t *testing.T) {
	tests := []struct {
		nation  guide.Nation
		service guide.Service
		harm    guide.Harm
		want    guide.Candour
	}{
		{guide.England, guide.GP, guide.HarmModerate, guide.CandourEngland},
		{guide.England, guide.GP, guide.HarmMinor, guide.CandourNone},
		{guide.NationUnsure, guide.CouncilCare, guide.HarmDeath, guide.CandourEngland},
		{guide.England, guide.Pharmacy, guide.HarmDeath, guide.CandourProfessional},
		{guide.England, guide.NHSOptician, guide.HarmDeath, guide.CandourNone},
		{guide.England, guide.ChildrenSocialCare, guide.HarmDeath, guide.CandourNone},
		{guide.Wales, guide.HospitalInpatient, guide.HarmModerate, guide.CandourWales},
		{guide.Wales, guide.PublicHealth, guide.HarmModerate, guide.CandourWales},
		{guide.Wales, guide.GP, guide.HarmModerate, guide.CandourNone},
		{guide.Scotland, guide.Pharmacy, guide.HarmModerate, guide.CandourProfessional},
		{guide.Scotland, guide.HospitalAE, guide.HarmDeath, guide.CandourScotland},
		{guide.Scotland, guide.CouncilCare, guide.HarmModerate, guide.CandourScotland},
		{guide.Scotland, guide.HospitalAE, guide.HarmMinor, guide.CandourNone},
		{guide.NorthernIreland, guide.Pharmacy, guide.HarmModerate, guide.CandourNone},
	}
	for _, tt := range tests {
		if got := (guide.Answers{Nation: tt.nation, Service: tt.service, Harm: tt.harm}).Candour(); got != tt.want {
			t.Errorf("%s %s %s: %q, want %q", tt.nation, tt.service, tt.harm, got, tt.want)
		}
	}
}

func TestComplaintLimit(t *testing.T) {
	now := time.Date(2026, time.November, 21, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		a      guide.Answers
		status guide.TimeStatus
		sure   bool
		dl     guide.Date
	}{
		// The plan once said "sets its own time limit" and the letter "more
		// than 12 months": one rule now decides both.
		{"private dentist sets its own limit", guide.Answers{Nation: guide.England, Service: guide.PrivateDentist, Happened: guide.MonthOf(2023, 1)}, guide.TimeUnknown, false, guide.Date{}},
		{"children's social care sets its own", guide.Answers{Service: guide.ChildrenSocialCare, Happened: guide.MonthOf(2023, 1)}, guide.TimeUnknown, false, guide.Date{}},
		{"month only: safe deadline from the first day", guide.Answers{Nation: guide.England, Service: guide.GP, Happened: guide.MonthOf(2025, 11)}, guide.TimePassed, false, guide.DayOf(2026, 11, 1)},
		{"month only: surely late", guide.Answers{Nation: guide.England, Service: guide.GP, Happened: guide.MonthOf(2025, 10)}, guide.TimePassed, true, guide.DayOf(2026, 10, 1)},
		{"an exact day from the details is used", guide.Answers{Nation: guide.England, Service: guide.GP, Happened: guide.MonthOf(2025, 11)}.WithExactDay(guide.DayOf(2025, 11, 25)), guide.TimeClosing, false, guide.DayOf(2026, 11, 25)},
		{"an exact day in another month is not", guide.Answers{Nation: guide.England, Service: guide.GP, Happened: guide.MonthOf(2025, 11)}.WithExactDay(guide.DayOf(2025, 12, 25)), guide.TimePassed, false, guide.DayOf(2026, 11, 1)},
		{"Scotland: outer limit only", guide.Answers{Nation: guide.Scotland, Service: guide.GP, Happened: guide.DayOf(2025, 10, 1), FoundOut: guide.DayOf(2026, 10, 1)}, guide.TimePassed, true, guide.DayOf(2026, 10, 1)},
	}
	for _, tt := range tests {
		l := tt.a.ComplaintLimit(now)
		if l.Status != tt.status || l.Sure != tt.sure || l.Deadline != tt.dl {
			t.Errorf("%s: %s sure=%v %v, want %s sure=%v %v", tt.name, l.Status, l.Sure, l.Deadline, tt.status, tt.sure, tt.dl)
		}
	}
	if l := (guide.Answers{Nation: guide.Scotland, Service: guide.GP, Happened: guide.DayOf(2025, 10, 1), FoundOut: guide.DayOf(2026, 10, 1)}).ComplaintLimit(now); !l.OuterOnly {
		t.Error("Scotland: want OuterOnly when only the 12 months from the event has passed")
	}
}

func TestOmbudsmanLimit(t *testing.T) {
	now := time.Date(2026, time.November, 21, 9, 0, 0, 0, time.UTC)
	resp := guide.DayOf(2026, time.March, 2)
	tests := []struct {
		name string
		a    guide.Answers
		dl   guide.Date
		late bool
	}{
		{"PHSO: 12 months from first knowing", guide.Answers{Nation: guide.England, Service: guide.GP, Happened: guide.DayOf(2025, 12, 1)}, guide.DayOf(2026, 12, 1), false},
		{"LGSCO: from finding out", guide.Answers{Nation: guide.England, Service: guide.CouncilCare, Happened: guide.DayOf(2024, 1, 1), FoundOut: guide.DayOf(2025, 11, 1)}, guide.DayOf(2026, 11, 1), true},
		{"NIPSO: 6 months from the final response", guide.Answers{Nation: guide.NorthernIreland, Service: guide.GP, Happened: guide.DayOf(2026, 1, 1)}, guide.DayOf(2026, 9, 2), true},
		{"self-paid care: the scheme's own rules", guide.Answers{Nation: guide.England, Service: guide.PrivateHealthcare, Happened: guide.DayOf(2020, 1, 1)}, guide.Date{}, false},
	}
	for _, tt := range tests {
		o := tt.a.OmbudsmanLimit(resp, now)
		if o.Deadline != tt.dl || o.Late != tt.late {
			t.Errorf("%s: %v late=%v, want %v late=%v", tt.name, o.Deadline, o.Late, tt.dl, tt.late)
		}
	}
}

// TestPlanOmbudsmanLimit checks that the plan gives the ombudsman's time
// limit once the final response has come: in Northern Ireland 6 months
// from it.
func TestPlanOmbudsmanLimit(t *testing.T) {
	a := guide.Answers{Nation: guide.NorthernIreland, Service: guide.GP, Happened: guide.MonthOf(2026, 1),
		Stage: guide.FinalResponse, Sent: guide.MonthOf(2026, 2), Responded: guide.DayOf(2026, 8, 10)}
	p, err := guide.Build(a, opts())
	if err != nil {
		t.Fatal(err)
	}
	if o := p.Complaint.Ombudsman; o.Ombudsman != guide.NIPSO || o.Deadline != guide.DayOf(2027, 2, 10) || o.Late || !o.FromResponse {
		t.Errorf("ombudsman limit %+v, want NIPSO by 10 February 2027", o)
	}
}

// TestPlanRulesForNewAnswers checks the plan for the answers people can
// now give.
func TestPlanRulesForNewAnswers(t *testing.T) {
	tests := []struct {
		name    string
		a       guide.Answers
		want    []string
		not     []string
		letters []guide.LetterID
		noLet   []guide.LetterID
	}{
		{"adult who has not agreed", guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient, Person: guide.ForAdultNoConsent, Harm: guide.HarmModerate},
			[]string{"send:who.adult-no-consent"}, []string{"send:who.adult-consents"}, []guide.LetterID{guide.LetterComplaint}, []guide.LetterID{guide.LetterConsent, guide.LetterRecords}},
		{"property and finance LPA", guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.ForAdultLacksCapacity, Authority: guide.AuthorityLPAProperty},
			[]string{"send:who.lpa-property"}, []string{"send:who.lpa"}, []guide.LetterID{guide.LetterConsent}, nil},
		{"not sure of the legal authority", guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.ForAdultLacksCapacity, Authority: guide.AuthorityUnsure},
			[]string{"send:who.authority-unsure"}, []string{"send:who.no-authority", "send:who.lpa", "send:who.lpa-property"}, []guide.LetterID{guide.LetterConsent}, nil},
		{"health visitor: the council, not the ICB", guide.Answers{Nation: guide.England, Service: guide.PublicHealth},
			[]string{"send:complaint.public-health", "help:help.advocacy"}, []string{"send:complaint.icb"}, nil, nil},
		{"not sure about legal action", guide.Answers{Nation: guide.England, Service: guide.GP, Legal: guide.Unsure},
			[]string{"warn:warn.legal-complaint", "warn:warn.limitation", "esc:warn.ombudsman-court"}, nil, []guide.LetterID{guide.LetterRecords}, nil},
		{"not sure about an offer", guide.Answers{Nation: guide.England, Service: guide.GP, Offer: guide.Unsure},
			[]string{"warn:warn.ex-gratia"}, nil, nil, []guide.LetterID{guide.LetterOffer}},
	}
	for _, tt := range tests {
		p, err := guide.Build(tt.a, opts())
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got := ids(p)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: want %s in %v", tt.name, w, got)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("%s: do not want %s", tt.name, w)
			}
		}
		for _, l := range tt.letters {
			if !p.HasLetter(l) {
				t.Errorf("%s: want letter %s in %v", tt.name, l, letterIDs(p))
			}
		}
		for _, l := range tt.noLet {
			if p.HasLetter(l) {
				t.Errorf("%s: do not want letter %s", tt.name, l)
			}
		}
	}
}

// TestPlanLetterTitlesFollowTheNation checks that the plan's letter
// titles are the drafted letters' own: in Wales a concern (the UI once
// showed England's titles everywhere).
func TestPlanLetterTitlesFollowTheNation(t *testing.T) {
	p, err := guide.Build(guide.Answers{Nation: guide.Wales, Service: guide.HospitalAE}, opts())
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Letters) == 0 || p.Letters[0].Title != "Concern (complaint)" {
		t.Errorf("letters %+v, want the first to be titled Concern (complaint)", p.Letters)
	}
	for _, id := range guide.AllLetters() {
		if !id.Known() || id.Title(english(t), guide.Answers{}) == "" {
			t.Errorf("%s has no title", id)
		}
	}
}
