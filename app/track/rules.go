package track

import (
	"time"

	"putitright/app/guide"
)

// Procedure is the complaints procedure whose time limits apply.
type Procedure string

// Procedures.
const (
	England2009  Procedure = "england-2009" // the 2009 Regulations (NHS and council care in England)
	ScotlandCHP  Procedure = "scotland-chp" // the model complaints handling procedure
	NIHSC        Procedure = "ni-hsc"       // the HSC complaints procedure
	WalesPTR     Procedure = "wales-ptr"    // NHS Wales concerns (Putting Things Right)
	WalesSocial  Procedure = "wales-social" // social services complaints in Wales
	OwnProcedure Procedure = "own"          // the provider's or council's own procedure
)

// Rules are the time limits the tracker works with. A zero number means
// there is no fixed time, or none we can be sure of.
type Rules struct {
	Nation    guide.Nation
	Care      guide.Care
	Division  Division  // whose bank holidays count
	Procedure Procedure // whose time limits apply
	Name      string    // the procedure, for people: "the 2009 complaints regulations"

	AckDays  int  // working days to acknowledge the complaint
	AckLegal bool // the acknowledgement time is in law, not a target

	Stage1Days     int // Scotland: working days for a stage 1 decision
	ResponseDays   int // working days for the full response (a target)
	ResponseMonths int // months for the full response, unless a longer time is agreed (in law)

	Ombudsman    string // who looks at it after the final response, or ""
	OmbMonths    int    // the ombudsman's usual time limit, in months; 0 when none is known
	OmbFromFinal bool   // counted from the final response, not from first knowing
}

// RulesFor returns the rules for the person's answers, from the guide's
// rules vocabulary (kind of care, ombudsman and its time limit). It is the
// one place the tracker reads the answers.
func RulesFor(a guide.Answers) Rules {
	c := a.Care()
	r := Rules{Nation: a.Nation, Care: c, Division: DivisionOf(a.Nation), Procedure: OwnProcedure}
	if !a.NationKnown() {
		r.Nation = guide.NationUnsure
	}
	if o := a.Ombudsman(); o != guide.OmbudsmanUnknown {
		r.Ombudsman = o.Name(english())
		if o.MembersOnly() {
			r.Ombudsman += ", if the provider is a member"
		}
		l := a.OmbudsmanLimit(guide.Date{}, time.Time{})
		r.OmbMonths, r.OmbFromFinal = l.Months, l.FromResponse
	}
	switch {
	case c.Private():
		r.Name = "the provider's own complaints procedure"
		return r
	case c == guide.CareUnknown:
		r.Name = "the organisation's complaints procedure"
		return r
	}
	switch r.Nation {
	case guide.England:
		switch {
		case a.Statutory2009():
			r.Procedure, r.Name = England2009, "the NHS and social care complaints regulations (2009)"
			r.AckDays, r.AckLegal, r.ResponseMonths = 3, true, 6
		case c == guide.CareSelfFunded:
			r.Name = "the care provider's own complaints procedure"
		case c == guide.CareChildren:
			r.Name = "the council's children's services complaints procedure"
		}
	case guide.Wales:
		switch {
		case a.Concern():
			r.Procedure, r.Name = WalesPTR, "the NHS Wales concerns process"
		case c == guide.CareCouncil || c == guide.CareChildren:
			r.Procedure, r.Name = WalesSocial, "the council's social services complaints procedure"
		default:
			r.Name = "the care provider's own complaints procedure"
		}
	case guide.Scotland:
		switch {
		case c.NHS() || c == guide.CareCouncil || c == guide.CareChildren:
			r.Procedure, r.Name = ScotlandCHP, "the complaints handling procedure"
			r.Stage1Days, r.AckDays, r.ResponseDays = 5, 3, 20
		default:
			r.Name = "the care provider's own complaints procedure"
		}
	case guide.NorthernIreland:
		r.Procedure, r.Name = NIHSC, "the Health and Social Care complaints procedure"
		switch {
		case c == guide.CareNHSContractor:
			r.AckDays, r.ResponseDays = 2, 10 // family practitioner services
		case c.NHS() || c == guide.CareCouncil || c == guide.CareChildren:
			r.AckDays, r.ResponseDays = 2, 20 // HSC Trusts
		default:
			r.Procedure, r.Name = OwnProcedure, "the care provider's own complaints procedure"
		}
	default:
		r.Name = "the organisation's complaints procedure"
	}
	return r
}
