package guide

// Nation is the UK nation where the care was given.
type Nation string

// Nations.
const (
	England         Nation = "england"
	Wales           Nation = "wales"
	Scotland        Nation = "scotland"
	NorthernIreland Nation = "northern-ireland"
	NationUnsure    Nation = "unsure"
)

// Service is the kind of service the person is unhappy with.
type Service string

// Services.
const (
	HospitalAE         Service = "hospital-ae"
	HospitalInpatient  Service = "hospital-inpatient"
	HospitalOutpatient Service = "hospital-outpatient"
	Maternity          Service = "maternity"
	MentalHealth       Service = "mental-health"
	Community          Service = "community"
	GP                 Service = "gp"
	NHSDentist         Service = "nhs-dentist"
	PrivateDentist     Service = "private-dentist"
	Pharmacy           Service = "pharmacy"
	NHSOptician        Service = "nhs-optician"
	PrivateOptician    Service = "private-optician"
	Ambulance          Service = "ambulance" // ambulance, NHS 111 or out-of-hours
	NHSFundedPrivate   Service = "nhs-funded-private"
	PrivateHealthcare  Service = "private-healthcare"
	CouncilCare        Service = "council-care"
	SelfFundedCare     Service = "self-funded-care"
	ChildrenSocialCare Service = "children-social-care"
	// PublicHealth is a health visitor, school nurse, sexual health service
	// or drug and alcohol service: in England the council pays for these.
	PublicHealth  Service = "public-health"
	ServiceUnsure Service = "unsure"
)

// NHSBody reports whether the service is normally run by an NHS body
// itself (a trust or health board), not by an independent contractor such
// as a GP practice, dentist, pharmacy or optician, or a private provider.
func (s Service) NHSBody() bool { return s.Care() == CareNHSBody }

// Person says who is complaining, and for whom.
type Person string

// People.
const (
	Self                  Person = "self"              // the person who had the care
	ForAdultConsents      Person = "adult-consents"    // for an adult who agrees
	ForAdultNoConsent     Person = "adult-no-consent"  // about an adult who can decide and has not agreed
	ForAdultLacksCapacity Person = "adult-no-capacity" // for an adult who cannot decide
	ForChild              Person = "child"             // a parent for a child
	YoungPerson           Person = "young-person"      // a young person for themselves
	ForDeceased           Person = "deceased"          // for a person who has died
)

// Authority is the legal authority a representative holds for an adult
// who lacks capacity.
type Authority string

// Authorities.
const (
	AuthorityLPA Authority = "lpa" // lasting power of attorney for health and welfare
	// AuthorityLPAProperty is a lasting power of attorney for property and
	// financial affairs only. It does not cover decisions about care.
	AuthorityLPAProperty Authority = "lpa-property"
	AuthorityDeputy      Authority = "deputy" // deputy appointed by the Court of Protection
	AuthorityNone        Authority = "none"
	// AuthorityUnsure is a representative who does not know which legal
	// authority, if any, they hold: letters claim none.
	AuthorityUnsure Authority = "unsure"
)

// Stage is how far the complaint has got.
type Stage string

// Stages.
const (
	NotRaised     Stage = "not-raised"
	RaisedStaff   Stage = "raised-with-staff"
	RaisedPALS    Stage = "pals"
	SentNoAck     Stage = "sent-no-ack"    // formal complaint sent, not acknowledged
	Waiting       Stage = "waiting"        // acknowledged, waiting for the response
	FinalResponse Stage = "final-response" // final response received, still unhappy
	WithOmbudsman Stage = "ombudsman"
)

// Outcome is something the person wants to happen.
type Outcome string

// Outcomes.
const (
	OutService     Outcome = "service"     // the service or treatment needed
	OutProcedures  Outcome = "procedures"  // procedures improved for others
	OutExplanation Outcome = "explanation" // an explanation of what went wrong
	OutApology     Outcome = "apology"
	OutDiscipline  Outcome = "discipline" // someone disciplined (fitness to practise)
	OutPolice      Outcome = "police"     // police action for a possible crime
	OutMoney       Outcome = "money"      // expenses, an ex-gratia payment, compensation
	OutPutRight    Outcome = "put-right"  // put the effect right, e.g. pay for treatment
	OutLetKnow     Outcome = "let-know"   // I just want them to know
)

// Harm is how serious the harm was.
type Harm string

// Harms.
const (
	HarmNone     Harm = "none"
	HarmMinor    Harm = "minor"
	HarmModerate Harm = "moderate" // moderate or worse, short of death
	HarmDeath    Harm = "death"
)

// YesNo is an answer to a yes-or-no question; empty means not answered.
type YesNo string

// Yes-or-no answers.
const (
	Yes    YesNo = "yes"
	No     YesNo = "no"
	Unsure YesNo = "unsure" // "Not sure", where the question offers it
)

// Answers holds everything a person has told us. Every field is optional:
// a plan is built from whatever has been answered so far.
type Answers struct {
	Nation        Nation    `json:"nation,omitempty"`
	Service       Service   `json:"service,omitempty"`
	SocialCareToo YesNo     `json:"socialCareToo,omitempty"` // health and council care both played a part
	Person        Person    `json:"person,omitempty"`
	Authority     Authority `json:"authority,omitempty"`
	Happened      Date      `json:"happened,omitzero"` // when it happened
	FoundOut      Date      `json:"foundOut,omitzero"` // when they found out, if later
	Stage         Stage     `json:"stage,omitempty"`
	Sent          Date      `json:"sent,omitzero"`      // when the formal complaint was made
	Responded     Date      `json:"responded,omitzero"` // when the final response came, if it has
	Outcomes      []Outcome `json:"outcomes,omitempty"`
	Danger        YesNo     `json:"danger,omitempty"`   // is anyone in danger now
	Abuse         YesNo     `json:"abuse,omitempty"`    // suspected abuse or neglect of an adult with care needs
	Harm          Harm      `json:"harm,omitempty"`     // how serious the harm was
	Legal         YesNo     `json:"legal,omitempty"`    // legal action being considered
	Detained      YesNo     `json:"detained,omitempty"` // detained under the Mental Health Act
	Offer         YesNo     `json:"offer,omitempty"`    // offered a payment by the organisation
}

// Wants reports whether o is among the outcomes chosen.
func (a Answers) Wants(o Outcome) bool {
	for _, x := range a.Outcomes {
		if x == o {
			return true
		}
	}
	return false
}
