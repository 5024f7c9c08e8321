package guide

import (
	"slices"

	"putitright/app/content"
)

// CareWords returns the scope words (see content.Scope) that the answers'
// service answers to, from its kind of care (Service.Care): "nhs" for all
// NHS care, the kind's scope word, and the service's own ID. An
// unanswered service is "unsure". Under England's rules, council-paid
// public health services answer only to their own ID: who takes the
// complaint differs from other NHS care (see Answers.PaidBy), so an item
// names them to include them.
func CareWords(a Answers) []string {
	s := a.Service
	if s.CouncilCommissioned() && a.RulesNation() == England {
		return []string{string(s)}
	}
	switch c := s.Care(); c {
	case CareUnknown:
		return []string{"unsure"}
	case CareNHSBody, CareNHSContractor:
		return []string{"nhs", string(c), string(s)}
	case CareNHSFunded:
		return []string{"nhs", string(c)}
	case CarePrivate:
		return []string{"self-paid-private", string(s)}
	case CareCouncil, CareSelfFunded:
		return []string{"social-care", string(s)}
	}
	return []string{string(s)} // children's social care
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
		fits(sc.Care, CareWords(a)...) &&
		fits(sc.Stages, StageWords(a.Stage)...) &&
		fits(sc.People, orUnsure(a.Person)) &&
		fits(sc.Harms, orUnsure(a.Harm))
}
