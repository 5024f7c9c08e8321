package guide

// Care is the kind of care a complaint is about. It decides which
// complaints procedure binds the organisation, who else the complaint can
// go to and which ombudsman or scheme looks at it last. Service.Care
// gives the kind for each service; every package asks it, and none keeps
// its own list.
type Care string

// Kinds of care.
const (
	// CareNHSBody is care run by an NHS body itself: a hospital, mental
	// health, community or ambulance trust, or a health board.
	CareNHSBody Care = "nhs-body"
	// CareNHSContractor is NHS care from an independent contractor: a GP
	// practice, an NHS dentist, a pharmacy or an optician doing NHS work.
	CareNHSContractor Care = "nhs-contractor"
	// CareNHSFunded is NHS-funded treatment from a private provider.
	CareNHSFunded Care = "nhs-funded-private"
	// CarePrivate is health care the person paid for themselves.
	CarePrivate Care = "private"
	// CareCouncil is adult social care the council arranged or pays for
	// (in Northern Ireland, the Health and Social Care Trust).
	CareCouncil Care = "council"
	// CareSelfFunded is adult social care the person arranged and pays for.
	CareSelfFunded Care = "self-funded"
	// CareChildren is children's social care.
	CareChildren Care = "children"
	// CareUnknown is care of a kind not yet known.
	CareUnknown Care = "unknown"
)

// Care returns the kind of care the service is.
func (s Service) Care() Care {
	switch s {
	case HospitalAE, HospitalInpatient, HospitalOutpatient, Maternity, MentalHealth, Community, Ambulance, PublicHealth:
		return CareNHSBody
	case GP, NHSDentist, Pharmacy, NHSOptician:
		return CareNHSContractor
	case NHSFundedPrivate:
		return CareNHSFunded
	case PrivateDentist, PrivateOptician, PrivateHealthcare:
		return CarePrivate
	case CouncilCare:
		return CareCouncil
	case SelfFundedCare:
		return CareSelfFunded
	case ChildrenSocialCare:
		return CareChildren
	}
	return CareUnknown
}

// NHS reports whether the care is NHS or NHS-funded health care.
func (c Care) NHS() bool {
	return c == CareNHSBody || c == CareNHSContractor || c == CareNHSFunded
}

// Private reports whether the care is health care the person paid for
// themselves, outside the NHS and council complaints procedures.
func (c Care) Private() bool { return c == CarePrivate }

// AdultSocial reports whether the care is adult social care, arranged by
// the council or by the person.
func (c Care) AdultSocial() bool { return c == CareCouncil || c == CareSelfFunded }

// Social reports whether the care is social care of any kind, adult or
// children's, rather than health care.
func (c Care) Social() bool { return c.AdultSocial() || c == CareChildren }

// OwnProcedure reports whether the provider's own complaints procedure,
// not a statutory one, is the first stage: self-paid private health care
// and self-funded social care. (Registered care providers must still run
// one, under regulation 16 of the 2014 Regulations in England.)
func (c Care) OwnProcedure() bool { return c == CarePrivate || c == CareSelfFunded }

// Care returns the kind of care the answers are about.
func (a Answers) Care() Care { return a.Service.Care() }

// Both reports whether NHS care and council care both played a part: the
// bodies must then co-operate and give one response.
func (a Answers) Both() bool {
	c := a.Care()
	return a.SocialCareToo == Yes && (c.NHS() || c == CareCouncil || c == CareUnknown)
}

// CouncilCommissioned reports whether the service is an NHS-style health
// service that, in England, the council pays for: health visiting, school
// nursing, sexual health, and drug and alcohol services. A complaint to
// the body that pays goes to the council, not the ICB.
func (s Service) CouncilCommissioned() bool { return s == PublicHealth }

// SeriousHarm reports whether the harm was moderate or worse, including
// death: the threshold for the statutory duty of candour.
func (a Answers) SeriousHarm() bool { return a.Harm == HarmModerate || a.Harm == HarmDeath }

// Died reports whether the person who had the care has died.
func (a Answers) Died() bool { return a.Person == ForDeceased || a.Harm == HarmDeath }

// Representative reports whether the person writing acts for someone
// else: an adult who agreed, an adult who cannot decide, a child or
// someone who has died. An adult who has not agreed is not represented:
// the writer raises concerns in their own right.
func (a Answers) Representative() bool {
	switch a.Person {
	case ForAdultConsents, ForAdultLacksCapacity, ForChild, ForDeceased:
		return true
	}
	return false
}

// AboutSomeoneElse reports whether the care was someone else's care,
// whether or not the writer may act for them.
func (a Answers) AboutSomeoneElse() bool { return a.Representative() || a.Person == ForAdultNoConsent }

// HasAuthority reports whether the representative holds a legal authority
// for an adult who cannot decide that covers their care: a health and
// welfare lasting power of attorney or a Court of Protection deputyship.
// A property and financial affairs attorney does not cover decisions
// about care.
func (a Answers) HasAuthority() bool {
	return a.Person == ForAdultLacksCapacity && (a.Authority == AuthorityLPA || a.Authority == AuthorityDeputy)
}

// ConsideringLegal reports whether legal action is being considered or
// the person is not sure yet: either way the limitation warnings apply.
func (a Answers) ConsideringLegal() bool { return a.Legal == Yes || a.Legal == Unsure }

// MaybeOffered reports whether the organisation has offered money, or
// the person is not sure whether what they were offered was money.
func (a Answers) MaybeOffered() bool { return a.Offer == Yes || a.Offer == Unsure }

// Complained reports whether a formal complaint has been made, in writing
// or by speaking to the organisation.
func (a Answers) Complained() bool {
	switch a.Stage {
	case SentNoAck, Waiting, FinalResponse, WithOmbudsman:
		return true
	}
	return false
}

// BeforeComplaint reports whether no formal complaint has been made yet.
func (a Answers) BeforeComplaint() bool {
	switch a.Stage {
	case "", NotRaised, RaisedStaff, RaisedPALS:
		return true
	}
	return false
}

// AwaitingResponse reports whether the complaint is made and the final
// response has not come.
func (a Answers) AwaitingResponse() bool { return a.Stage == SentNoAck || a.Stage == Waiting }
