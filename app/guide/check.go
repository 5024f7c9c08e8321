package guide

import (
	"errors"
	"fmt"
	"time"
)

// Errors returned when answers do not make sense.
var (
	ErrUnknownValue        = errors.New("the answer is not one of the choices")
	ErrFoundOutBeforeEvent = errors.New("the date you found out is before the date it happened")
	ErrNoToday             = errors.New("Options.Today is required")
)

// FieldError is a problem with one answer or one box of a form. It is the
// one error type for answers: Answers.Check, ReadDate and the question
// flow all return it.
type FieldError struct {
	// Field names what to fix: an answer's JSON name, such as
	// "happened", or the box on a question page: "value", "day", "month"
	// or "year".
	Field string
	// Message says in plain English what to do, for the error summary
	// and beside the box. It may be empty.
	Message string
	// Err is the underlying error, such as ErrFutureDate. It may be nil.
	Err error
}

// Error returns the Message, or a description built from Field and Err.
func (e *FieldError) Error() string {
	if e.Message != "" {
		return e.Message
	}
	if e.Err == nil {
		return "guide: " + e.Field
	}
	return "guide: " + e.Field + ": " + e.Err.Error()
}

// Unwrap returns the underlying error, such as ErrFutureDate.
func (e *FieldError) Unwrap() error { return e.Err }

// Check reports every answer that is not valid on the day today: dates
// that are not real or are in the future, a found-out date before the
// event, and values that are not among the choices. Each problem is a
// *FieldError; several are joined with errors.Join. Check returns nil
// when every answer is valid. Empty answers are always valid.
func (a Answers) Check(today time.Time) error {
	var errs []error
	field := func(name string, err error) {
		if err != nil {
			errs = append(errs, &FieldError{Field: name, Err: err})
		}
	}
	field("nation", oneOf(a.Nation, England, Wales, Scotland, NorthernIreland, NationUnsure))
	field("service", oneOf(a.Service, HospitalAE, HospitalInpatient, HospitalOutpatient, Maternity,
		MentalHealth, Community, GP, NHSDentist, PrivateDentist, Pharmacy, NHSOptician, PrivateOptician,
		Ambulance, NHSFundedPrivate, PrivateHealthcare, CouncilCare, SelfFundedCare, ChildrenSocialCare, PublicHealth, ServiceUnsure))
	field("socialCareToo", oneOf(a.SocialCareToo, Yes, No))
	field("person", oneOf(a.Person, Self, ForAdultConsents, ForAdultNoConsent, ForAdultLacksCapacity, ForChild, YoungPerson, ForDeceased))
	field("authority", oneOf(a.Authority, AuthorityLPA, AuthorityLPAProperty, AuthorityDeputy, AuthorityNone, AuthorityUnsure))
	field("happened", a.Happened.Check(today))
	field("foundOut", a.FoundOut.Check(today))
	if !a.Happened.IsZero() && !a.FoundOut.IsZero() && a.FoundOut.Before(a.Happened) {
		field("foundOut", ErrFoundOutBeforeEvent)
	}
	field("stage", oneOf(a.Stage, NotRaised, RaisedStaff, RaisedPALS, SentNoAck, Waiting, FinalResponse, WithOmbudsman))
	field("sent", a.Sent.Check(today))
	field("responded", a.Responded.Check(today))
	for i, o := range a.Outcomes {
		if err := oneOf(o, OutService, OutProcedures, OutExplanation, OutApology, OutDiscipline,
			OutPolice, OutMoney, OutPutRight, OutLetKnow); err != nil {
			field(fmt.Sprintf("outcomes[%d]", i), err)
		}
	}
	field("danger", oneOf(a.Danger, Yes, No))
	field("abuse", oneOf(a.Abuse, Yes, No))
	field("harm", oneOf(a.Harm, HarmNone, HarmMinor, HarmModerate, HarmDeath))
	field("legal", oneOf(a.Legal, Yes, No, Unsure))
	field("detained", oneOf(a.Detained, Yes, No))
	field("offer", oneOf(a.Offer, Yes, No, Unsure))
	return errors.Join(errs...)
}

// oneOf returns nil if v is empty or among choices, else an error
// wrapping ErrUnknownValue.
func oneOf[T ~string](v T, choices ...T) error {
	if v == "" {
		return nil
	}
	for _, c := range choices {
		if v == c {
			return nil
		}
	}
	return fmt.Errorf("%q: %w", string(v), ErrUnknownValue)
}
