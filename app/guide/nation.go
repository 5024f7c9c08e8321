package guide

import (
	"time"

	"putitright/app/content"
)

// RulesNation returns the nation whose rules a letter or a date follows:
// the nation given, or England's rules, shown as the general route, when
// it is not known.
func (a Answers) RulesNation() Nation {
	switch a.Nation {
	case Wales, Scotland, NorthernIreland:
		return a.Nation
	}
	return England
}

// NationKnown reports whether the person said which nation the care was in.
func (a Answers) NationKnown() bool {
	switch a.Nation {
	case England, Wales, Scotland, NorthernIreland:
		return true
	}
	return false
}

// WalesListeningToPeople is the day the NHS Wales concerns process became
// "Listening to People" (the 2011 "Putting Things Right" Regulations as
// amended in 2025), with its early-resolution step.
var WalesListeningToPeople = time.Date(2026, time.April, 1, 0, 0, 0, 0, time.UTC)

// Concern reports whether the complaint goes through the NHS Wales
// concerns process, where it is called a concern: NHS care in Wales.
func (a Answers) Concern() bool {
	c := a.Care()
	return a.RulesNation() == Wales && !c.Social() && !c.Private()
}

// Scheme is an NHS Wales concerns process, by its stable name.
type Scheme string

// NHS Wales concerns processes.
const (
	PuttingThingsRight Scheme = "putting-things-right" // the 2011 Regulations, before 1 April 2026
	ListeningToPeople  Scheme = "listening-to-people"  // the 2011 Regulations as amended, from 1 April 2026
)

// WalesSchemeOn returns the NHS Wales concerns process for a concern
// raised on the day on: ListeningToPeople from 1 April 2026,
// PuttingThingsRight before.
func WalesSchemeOn(on time.Time) Scheme {
	if on.Before(WalesListeningToPeople) {
		return PuttingThingsRight
	}
	return ListeningToPeople
}

// Name returns the process's name, such as "Listening to People", from
// the text "name.scheme.<s>" in c.
func (s Scheme) Name(c *content.Set) string { return c.T("name.scheme." + string(s)) }

// Statutory2009 reports whether a statutory complaints procedure with set
// timescales binds the organisation: in England the 2009 Regulations for
// NHS and council care (so the 3 working days and 6 months apply). It is
// false for self-paid and self-funded care, which use the provider's own
// procedure, and children's social care, which has its own.
func (a Answers) Statutory2009() bool {
	if a.RulesNation() != England {
		return false
	}
	c := a.Care()
	return c.NHS() || c == CareCouncil
}

// Ombudsman is the independent body that looks at a complaint after the
// organisation's own procedure: a public services ombudsman, or for care
// paid for privately, an independent scheme.
type Ombudsman string

// Ombudsmen and schemes.
const (
	OmbudsmanUnknown Ombudsman = ""
	PHSO             Ombudsman = "phso"  // Parliamentary and Health Service Ombudsman: NHS in England
	LGSCO            Ombudsman = "lgsco" // Local Government and Social Care Ombudsman: councils and adult social care in England
	JointPHSOLGSCO   Ombudsman = "joint" // their joint team, for health and social care together
	PSOW             Ombudsman = "psow"  // Public Services Ombudsman for Wales
	SPSO             Ombudsman = "spso"  // Scottish Public Services Ombudsman
	NIPSO            Ombudsman = "nipso" // Northern Ireland Public Services Ombudsman
	ISCAS            Ombudsman = "iscas" // Independent Sector Complaints Adjudication Service: members only
	DCS              Ombudsman = "dcs"   // Dental Complaints Service: private dental care
	OCCS             Ombudsman = "occs"  // Optical Consumer Complaints Service: private optical care
)

// Ombudsman returns who looks at the complaint after the organisation:
// for self-paid care the scheme for it in every nation (ISCAS only if the
// provider is a member), else the nation's ombudsman; in England the PHSO
// for NHS care, the LGSCO for council, self-funded (after the provider
// has had its chance) and children's social care, and their joint team
// for health and social care together. It is OmbudsmanUnknown in England
// when the kind of care is not known.
func (a Answers) Ombudsman() Ombudsman {
	switch a.Service {
	case PrivateDentist:
		return DCS
	case PrivateOptician:
		return OCCS
	case PrivateHealthcare:
		return ISCAS
	}
	switch a.RulesNation() {
	case Wales:
		return PSOW
	case Scotland:
		return SPSO
	case NorthernIreland:
		return NIPSO
	}
	c := a.Care()
	switch {
	case a.Service.CouncilCommissioned():
		// The PHSO if the complaint went to the service, the LGSCO if to
		// the council that pays: the letter names both.
		return OmbudsmanUnknown
	case a.Both():
		return JointPHSOLGSCO
	case c.NHS():
		return PHSO
	case c.Social():
		return LGSCO
	}
	return OmbudsmanUnknown
}

// Name returns the ombudsman's name as a sentence uses it, e.g. "the
// Parliamentary and Health Service Ombudsman", from the text
// "name.ombudsman.<o>" in c, or "" when unknown.
func (o Ombudsman) Name(c *content.Set) string {
	if o == OmbudsmanUnknown {
		return ""
	}
	return c.T("name.ombudsman." + string(o))
}

// MembersOnly reports whether the scheme looks only at providers that
// belong to it (ISCAS).
func (o Ombudsman) MembersOnly() bool { return o == ISCAS }

// Public reports whether o is a public services ombudsman rather than an
// independent scheme for private care.
func (o Ombudsman) Public() bool {
	switch o {
	case PHSO, LGSCO, JointPHSOLGSCO, PSOW, SPSO, NIPSO:
		return true
	}
	return false
}

// Body is an organisation, other than the provider, that can take the
// complaint instead: the one that pays for or arranges the care.
type Body string

// Bodies.
const (
	BodyNone        Body = ""
	BodyICB         Body = "icb"          // the integrated care board (England, NHS care)
	BodyCouncil     Body = "council"      // the council (adult social care; in England also council-paid public health services)
	BodyHSCTrust    Body = "hsc-trust"    // the Health and Social Care Trust (Northern Ireland adult social care)
	BodyHealthBoard Body = "health-board" // the health board (Wales and Scotland, for NHS contractors)
)

// PaidBy returns the body that pays for or arranges the care, which can
// take the complaint instead of the provider: in England the ICB for NHS
// care and the council for council-paid public health services (health
// visitors, school nurses, sexual health, drug and alcohol); the council
// for council-arranged adult social care, except in Northern Ireland,
// where the Health and Social Care Trusts run adult social care; the
// health board for NHS contractors in Wales and Scotland. BodyNone for
// self-paid and self-funded care, and for care the nation's NHS body
// gives itself.
func (a Answers) PaidBy() Body {
	c, n := a.Care(), a.RulesNation()
	switch {
	case c == CareCouncil && n == NorthernIreland:
		return BodyHSCTrust
	case c == CareCouncil || c == CareChildren:
		return BodyCouncil
	case n == England && a.Service.CouncilCommissioned():
		return BodyCouncil
	case n == England && c.NHS():
		return BodyICB
	case (n == Wales || n == Scotland) && c == CareNHSContractor:
		return BodyHealthBoard
	}
	return BodyNone
}

// Name returns the body's name as a sentence uses it, from the text
// "name.body.<b>" in c, or "".
func (b Body) Name(c *content.Set) string {
	if b == BodyNone {
		return ""
	}
	return c.T("name.body." + string(b))
}

// Candour is the duty of candour that applies after moderate harm or
// worse, by nation and kind of care.
type Candour string

// Duties of candour.
const (
	CandourNone Candour = ""
	// CandourEngland is regulation 20 of the 2014 Regulations, on
	// CQC-registered providers (not community pharmacies, most opticians
	// or children's social care, which the CQC does not register).
	CandourEngland Candour = "england"
	// CandourWales is the organisational duty on NHS bodies in Wales from
	// 1 April 2023 (Health and Social Care (Quality and Engagement)
	// (Wales) Act 2020).
	CandourWales Candour = "wales"
	// CandourScotland is the statutory duty of candour on health, care
	// and social work organisations in Scotland from 1 April 2018 (Part 2
	// of the Health (Tobacco, Nicotine etc. and Care) (Scotland) Act 2016).
	// It is not raised for pharmacies and opticians, where the research
	// did not confirm it.
	CandourScotland Candour = "scotland"
	// CandourProfessional is the professional duty only (GMC, NMC, GPhC
	// joint guidance), where no organisational duty is known to apply:
	// community pharmacy in England, Wales and Scotland.
	CandourProfessional Candour = "professional"
)

// Candour returns the duty of candour to raise, or CandourNone when the
// harm was less than moderate or no organisational duty is confirmed.
// England's rules are used when the nation is not known.
func (a Answers) Candour() Candour {
	if !a.SeriousHarm() {
		return CandourNone
	}
	switch a.RulesNation() {
	case England:
		switch a.Service {
		case Pharmacy:
			return CandourProfessional
		case NHSOptician, PrivateOptician, ChildrenSocialCare:
			return CandourNone
		}
		return CandourEngland
	case Wales:
		if a.Service.Care() == CareNHSBody {
			return CandourWales
		}
	case Scotland:
		switch a.Service {
		case Pharmacy, NHSOptician, PrivateOptician, "", ServiceUnsure:
		default:
			return CandourScotland
		}
	}
	if a.Service == Pharmacy && a.RulesNation() != NorthernIreland {
		return CandourProfessional
	}
	return CandourNone
}

// Advocacy is the free, independent complaints help for the case.
type Advocacy string

// Kinds of complaints help.
const (
	AdvocacyNone Advocacy = ""
	AdvocacyNHS  Advocacy = "nhs"   // NHS complaints advocacy, arranged by every council in England
	Llais        Advocacy = "llais" // Llais, for NHS and social care in Wales
	PASS         Advocacy = "pass"  // the Patient Advice and Support Service, Scotland
	PCC          Advocacy = "pcc"   // the Patient and Client Council, Northern Ireland
)

// Advocacy returns the free complaints help that covers the case: in
// England, NHS complaints advocacy covers NHS and NHS-funded care (and
// health and social care together) but not self-paid care or social care
// alone; each other nation has its own.
func (a Answers) Advocacy() Advocacy {
	switch a.Nation {
	case Wales:
		return Llais
	case NorthernIreland:
		return PCC
	}
	c := a.Care()
	if a.Nation == Scotland {
		// PASS helps with NHS complaints only.
		if c.NHS() || c == CareUnknown {
			return PASS
		}
		return AdvocacyNone
	}
	if c.NHS() || c == CareUnknown || a.Both() {
		return AdvocacyNHS
	}
	return AdvocacyNone
}

// ProviderChance returns how many weeks the ombudsman usually gives a
// provider to resolve a complaint before it steps in, or 0 when it waits
// for the end of the organisation's own procedure: 12 weeks for the LGSCO
// with adult social care the person arranged and pays for, in England.
func (a Answers) ProviderChance() (weeks int) {
	if a.Care() == CareSelfFunded && a.Ombudsman() == LGSCO {
		return 12
	}
	return 0
}
