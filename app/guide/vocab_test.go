package guide_test

import (
	"slices"
	"testing"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
)

// TestTerms checks the rules vocabulary: every name is a valid condition
// name and known, the scope families use the content's scope words, and
// each name holds for some answers and not for others, over every
// combination the scope walk uses.
func TestTerms(t *testing.T) {
	seen := map[string]bool{}
	for _, term := range guide.Terms() {
		if _, err := content.ParseCond(term.Name); err != nil {
			t.Errorf("%q: %v", term.Name, err)
		}
		if !guide.KnownTerm(term.Name) || term.Means == "" || seen[term.Name] {
			t.Errorf("%q: known %v, means %q, repeated %v", term.Name, guide.KnownTerm(term.Name), term.Means, seen[term.Name])
		}
		seen[term.Name] = true
	}
	for _, bad := range []string{"narnia", "nation:narnia", "colour:red", ""} {
		if guide.KnownTerm(bad) {
			t.Errorf("KnownTerm(%q) = true", bad)
		}
	}
	for dim, prefix := range map[string]string{content.DimNation: "nation", content.DimPerson: "person", content.DimHarm: "harm"} {
		for _, w := range content.ScopeWords(dim) {
			if !guide.KnownTerm(prefix + ":" + w) {
				t.Errorf("scope word %s %q is not the term %s:%s", dim, w, prefix, w)
			}
		}
	}
	// Each term both holds and fails somewhere.
	holds, fails := map[string]bool{}, map[string]bool{}
	var all []guide.Answers
	for _, n := range []guide.Nation{"", guide.England, guide.Wales, guide.Scotland, guide.NorthernIreland, guide.NationUnsure} {
		for _, s := range []guide.Service{"", guide.HospitalAE, guide.HospitalInpatient, guide.HospitalOutpatient, guide.Maternity,
			guide.MentalHealth, guide.Community, guide.GP, guide.NHSDentist, guide.PrivateDentist, guide.Pharmacy, guide.NHSOptician,
			guide.PrivateOptician, guide.Ambulance, guide.NHSFundedPrivate, guide.PrivateHealthcare,
			guide.CouncilCare, guide.SelfFundedCare, guide.ChildrenSocialCare, guide.PublicHealth, guide.ServiceUnsure} {
			for _, p := range []guide.Person{guide.Self, guide.ForDeceased, guide.ForAdultConsents, guide.ForAdultLacksCapacity, guide.ForAdultNoConsent, guide.ForChild, guide.YoungPerson, ""} {
				for _, st := range []guide.Stage{"", guide.NotRaised, guide.RaisedStaff, guide.RaisedPALS, guide.SentNoAck, guide.Waiting, guide.FinalResponse, guide.WithOmbudsman} {
					all = append(all, guide.Answers{Nation: n, Service: s, Person: p, Stage: st, SocialCareToo: guide.Yes,
						Happened: guide.MonthOf(2024, 1), Sent: guide.MonthOf(2024, 3), Harm: guide.HarmDeath,
						Authority: guide.AuthorityLPA, Outcomes: []guide.Outcome{guide.OutMoney}, Legal: guide.Unsure, Offer: guide.Yes,
						Danger: guide.Yes, Abuse: guide.No, Detained: guide.Yes})
				}
			}
		}
	}
	all = append(all, guide.Answers{Nation: guide.England, Service: guide.GP, SocialCareToo: guide.No})
	all = append(all, guide.Answers{Harm: guide.HarmNone, Legal: guide.No, Offer: guide.No, Danger: guide.No, Abuse: guide.Yes, Detained: guide.No,
		Authority: guide.AuthorityDeputy}, guide.Answers{Harm: guide.HarmMinor, Legal: guide.Yes, Offer: guide.Unsure,
		Authority: guide.AuthorityLPAProperty}, guide.Answers{Harm: guide.HarmModerate, Authority: guide.AuthorityNone},
		guide.Answers{Authority: guide.AuthorityUnsure, Service: guide.ServiceUnsure},
		// Late only by the outer limit from the events: found out recently.
		guide.Answers{Nation: guide.Scotland, Service: guide.GP, Happened: guide.MonthOf(2024, 1), FoundOut: guide.MonthOf(2026, 10)})
	for _, o := range []guide.Outcome{guide.OutService, guide.OutProcedures, guide.OutExplanation, guide.OutApology, guide.OutDiscipline,
		guide.OutPolice, guide.OutPutRight, guide.OutLetKnow} {
		all = append(all, guide.Answers{Outcomes: []guide.Outcome{o}})
	}
	// A day before the NHS Wales concerns process changed, too.
	for _, day := range []time.Time{today, guide.WalesListeningToPeople.AddDate(0, 0, -1)} {
		for _, a := range all {
			is := a.Is(day)
			for name := range seen {
				if is(name) {
					holds[name] = true
				} else {
					fails[name] = true
				}
			}
		}
	}
	for name := range seen {
		if !holds[name] || !fails[name] {
			t.Errorf("%q holds for some answers: %v, fails for some: %v", name, holds[name], fails[name])
		}
	}
	if !slices.ContainsFunc(guide.Terms(), func(t guide.Term) bool { return t.Name == "wants:money" }) {
		t.Error("no family terms")
	}
}
