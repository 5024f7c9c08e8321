package guide

import (
	"slices"

	"putitright/app/content"
)

// CareWords returns the scope words (see content.Scope) that service s
// answers to: its care kinds and its own ID. An unanswered service is
// "unsure".
func CareWords(s Service) []string {
	switch s {
	case "", ServiceUnsure:
		return []string{"unsure"}
	case HospitalAE, HospitalInpatient, HospitalOutpatient, Maternity, MentalHealth, Community, Ambulance:
		return []string{"nhs", "nhs-body", string(s)}
	case GP, NHSDentist, Pharmacy, NHSOptician:
		return []string{"nhs", "nhs-contractor", string(s)}
	case NHSFundedPrivate:
		return []string{"nhs", "nhs-funded-private"}
	case PrivateDentist, PrivateOptician, PrivateHealthcare:
		return []string{"self-paid-private", string(s)}
	case CouncilCare, SelfFundedCare:
		return []string{"social-care", string(s)}
	}
	return []string{string(s)} // children's social care, public health
}

// StageWords returns the scope words stage s answers to: its ID and its
// group ("before", "during" or "after"). An unanswered stage counts as
// not raised.
func StageWords(s Stage) []string {
	switch s {
	case "", NotRaised:
		return []string{"before", string(NotRaised)}
	case RaisedStaff, RaisedPALS:
		return []string{"before", string(s)}
	case SentNoAck, Waiting:
		return []string{"during", string(s)}
	}
	return []string{"after", string(s)}
}

// orUnsure returns v, or "unsure" if v is empty.
func orUnsure[T ~string](v T) string {
	if v == "" {
		return "unsure"
	}
	return string(v)
}

// InScope reports whether an item with scope sc may be shown for answers
// a: every list in sc must hold one of the words a answers to.
func InScope(sc content.Scope, a Answers) bool {
	fits := func(list []string, words ...string) bool {
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
	return fits(sc.Nations, orUnsure(a.Nation)) &&
		fits(sc.Care, CareWords(a.Service)...) &&
		fits(sc.Stages, StageWords(a.Stage)...) &&
		fits(sc.People, orUnsure(a.Person)) &&
		fits(sc.Harms, orUnsure(a.Harm))
}
