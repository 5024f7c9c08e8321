package track

import "putitright/app/guide"

// Care is the kind of care, as far as the complaint rules care.
type Care string

// Kinds of care.
const (
	CareNHS        Care = "nhs"         // NHS or NHS-funded health care
	CareCouncil    Care = "council"     // adult social care the council arranged or paid for
	CareSelfFunded Care = "self-funded" // social care the person arranged and paid for
	CarePrivate    Care = "private"     // health care paid for privately
	CareChildren   Care = "children"    // children's social care
	CareUnsure     Care = "unsure"
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
	Care      Care
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

// RulesFor returns the rules for the person's answers. It is the one place
// the tracker reads the answers, so it can switch to the guide's rules
// vocabulary in one place.
func RulesFor(a guide.Answers) Rules {
	r := Rules{Nation: a.Nation, Care: careOf(a.Service), Division: DivisionOf(a.Nation), Procedure: OwnProcedure}
	if r.Nation == "" || r.Nation == guide.NationUnsure {
		r.Nation = guide.NationUnsure
	}
	switch r.Care {
	case CarePrivate:
		r.Name = "the provider's own complaints procedure"
		switch a.Service {
		case guide.PrivateDentist:
			r.Ombudsman = "the Dental Complaints Service"
		case guide.PrivateOptician:
			r.Ombudsman = "the Optical Consumer Complaints Service"
		case guide.PrivateHealthcare:
			r.Ombudsman = "the Independent Sector Complaints Adjudication Service (ISCAS), if the provider is a member"
		}
		return r
	case CareUnsure:
		r.Name = "the organisation's complaints procedure"
		return r
	}
	switch r.Nation {
	case guide.England:
		switch r.Care {
		case CareNHS, CareCouncil:
			r.Procedure, r.Name = England2009, "the NHS and social care complaints regulations (2009)"
			r.AckDays, r.AckLegal, r.ResponseMonths = 3, true, 6
		case CareSelfFunded:
			r.Name = "the care provider's own complaints procedure"
		case CareChildren:
			r.Name = "the council's children's services complaints procedure"
		}
		r.Ombudsman, r.OmbMonths = englandOmbudsman(a, r.Care), 12
	case guide.Wales:
		r.Ombudsman, r.OmbMonths = "the Public Services Ombudsman for Wales", 12
		switch r.Care {
		case CareNHS:
			r.Procedure, r.Name = WalesPTR, "the NHS Wales concerns process (Putting Things Right)"
		case CareCouncil, CareChildren:
			r.Procedure, r.Name = WalesSocial, "the council's social services complaints procedure"
		default:
			r.Name = "the care provider's own complaints procedure"
		}
	case guide.Scotland:
		switch r.Care {
		case CareNHS, CareCouncil, CareChildren:
			r.Procedure, r.Name = ScotlandCHP, "the complaints handling procedure"
			r.Stage1Days, r.AckDays, r.ResponseDays = 5, 3, 20
			r.Ombudsman, r.OmbMonths = "the Scottish Public Services Ombudsman", 12
		default:
			r.Name = "the care provider's own complaints procedure"
		}
	case guide.NorthernIreland:
		r.Procedure, r.Name = NIHSC, "the Health and Social Care complaints procedure"
		r.Ombudsman, r.OmbMonths, r.OmbFromFinal = "the Northern Ireland Public Services Ombudsman", 6, true
		switch {
		case a.Service.NHSBody() || r.Care == CareCouncil || r.Care == CareChildren:
			r.AckDays, r.ResponseDays = 2, 20 // HSC Trusts
		case r.Care == CareNHS:
			r.AckDays, r.ResponseDays = 2, 10 // family practitioner services
		default:
			r.Procedure, r.Name = OwnProcedure, "the care provider's own complaints procedure"
			r.Ombudsman, r.OmbMonths, r.OmbFromFinal = "", 0, false
		}
	default:
		r.Name = "the organisation's complaints procedure"
	}
	return r
}

func careOf(s guide.Service) Care {
	switch s {
	case "", guide.ServiceUnsure:
		return CareUnsure
	case guide.CouncilCare:
		return CareCouncil
	case guide.SelfFundedCare:
		return CareSelfFunded
	case guide.ChildrenSocialCare:
		return CareChildren
	case guide.PrivateDentist, guide.PrivateOptician, guide.PrivateHealthcare:
		return CarePrivate
	}
	return CareNHS
}

func englandOmbudsman(a guide.Answers, c Care) string {
	switch {
	case a.SocialCareToo == guide.Yes:
		return "the Parliamentary and Health Service Ombudsman and the Local Government and Social Care Ombudsman"
	case c == CareNHS:
		return "the Parliamentary and Health Service Ombudsman"
	}
	return "the Local Government and Social Care Ombudsman"
}
