package track

import (
	"time"

	"putitright/app/content"
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
	// Name is the procedure, as a sentence uses it: "the NHS and social
	// care complaints regulations (2009)", from the texts
	// "track.procedure.*".
	Name string

	AckDays  int  // working days to acknowledge the complaint
	AckLegal bool // the acknowledgement time is in law, not a target

	Stage1Days     int // Scotland: working days for a stage 1 decision
	ResponseDays   int // working days for the full response (a target)
	ResponseMonths int // months for the full response, unless a longer time is agreed (in law)

	Ombudsman    string // who looks at it after the final response, as a sentence uses it, or ""
	OmbMonths    int    // the ombudsman's usual time limit, in months; 0 when none is known
	OmbFromFinal bool   // counted from the final response, not from first knowing
}

// RulesFor returns the rules for the person's answers, from the guide's
// rules vocabulary (kind of care, ombudsman and its time limit), with the
// names in the language of c. It is the one place the tracker reads the
// answers.
func RulesFor(c *content.Set, a guide.Answers) Rules {
	r, name := rulesFor(a)
	r.Name = c.T("track.procedure." + name)
	if o := a.Ombudsman(); o != guide.OmbudsmanUnknown {
		r.Ombudsman = o.Name(c)
		if o.MembersOnly() {
			r.Ombudsman = c.F("track.ombudsman.members-only", "ombudsman", r.Ombudsman)
		}
	}
	return r
}

// rulesFor returns the rules for the answers, without the names, and
// the last part of the "track.procedure.*" text ID that names the
// procedure.
func rulesFor(a guide.Answers) (r Rules, name string) {
	c := a.Care()
	r = Rules{Nation: a.Nation, Care: c, Division: DivisionOf(a.Nation), Procedure: OwnProcedure}
	if !a.NationKnown() {
		r.Nation = guide.NationUnsure
	}
	if o := a.Ombudsman(); o != guide.OmbudsmanUnknown {
		l := a.OmbudsmanLimit(guide.Date{}, time.Time{})
		r.OmbMonths, r.OmbFromFinal = l.Months, l.FromResponse
	}
	switch {
	case c.Private():
		return r, "private"
	case c == guide.CareUnknown:
		return r, "organisation"
	}
	switch r.Nation {
	case guide.England:
		switch {
		case a.Statutory2009():
			r.Procedure, name = England2009, "england-2009"
			r.AckDays, r.AckLegal, r.ResponseMonths = 3, true, 6
		case c == guide.CareSelfFunded:
			name = "care-provider"
		case c == guide.CareChildren:
			name = "children"
		}
	case guide.Wales:
		switch {
		case a.Concern():
			r.Procedure, name = WalesPTR, "wales-concerns"
		case c == guide.CareCouncil || c == guide.CareChildren:
			r.Procedure, name = WalesSocial, "wales-social"
		default:
			name = "care-provider"
		}
	case guide.Scotland:
		switch {
		case c.NHS() || c == guide.CareCouncil || c == guide.CareChildren:
			r.Procedure, name = ScotlandCHP, "scotland"
			r.Stage1Days, r.AckDays, r.ResponseDays = 5, 3, 20
		default:
			name = "care-provider"
		}
	case guide.NorthernIreland:
		r.Procedure, name = NIHSC, "ni"
		switch {
		case c == guide.CareNHSContractor:
			r.AckDays, r.ResponseDays = 2, 10 // family practitioner services
		case c.NHS() || c == guide.CareCouncil || c == guide.CareChildren:
			r.AckDays, r.ResponseDays = 2, 20 // HSC Trusts
		default:
			r.Procedure, name = OwnProcedure, "care-provider"
		}
	default:
		name = "organisation"
	}
	return r, name
}
