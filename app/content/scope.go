package content

import (
	"net/url"
	"strings"
)

// Scope dimensions, as named in error messages and by ScopeWords.
const (
	DimNation = "nations"
	DimCare   = "care"
	DimStage  = "stages"
	DimPerson = "people"
	DimHarm   = "harms"
)

// scopeWords is the vocabulary each scope dimension accepts. It must
// match the answers app/guide knows; a guide test checks that.
var scopeWords = map[string][]string{
	DimNation: {"england", "wales", "scotland", "northern-ireland", "unsure"},
	DimCare: {
		// Care kinds.
		"nhs", "nhs-body", "nhs-contractor", "nhs-funded-private", "self-paid-private",
		"social-care", "council-care", "self-funded-care", "children-social-care", "public-health", "unsure",
		// Services.
		"hospital-ae", "hospital-inpatient", "hospital-outpatient", "maternity", "mental-health", "community",
		"gp", "nhs-dentist", "private-dentist", "pharmacy", "nhs-optician", "private-optician", "ambulance",
		"private-healthcare",
	},
	DimStage: {
		"before", "during", "after",
		"not-raised", "raised-with-staff", "pals", "sent-no-ack", "waiting", "final-response", "ombudsman",
	},
	DimPerson: {"self", "adult-consents", "adult-no-capacity", "child", "young-person", "deceased", "unsure"},
	DimHarm:   {"none", "minor", "moderate", "death", "unsure"},
}

// ScopeWords returns a copy of the words scope dimension dim accepts
// (DimNation, DimCare, DimStage, DimPerson or DimHarm), or nil if dim is
// not a dimension.
func ScopeWords(dim string) []string {
	return append([]string(nil), scopeWords[dim]...)
}

// lists returns the scope's lists by dimension.
func (s Scope) lists() map[string][]string {
	return map[string][]string{
		DimNation: s.Nations, DimCare: s.Care, DimStage: s.Stages, DimPerson: s.People, DimHarm: s.Harms,
	}
}

// allowedHosts are the publishers whose pages may be cited: legislation,
// the NHS, governments, ombudsmen, regulators and statutory or
// independent advocacy and advice bodies. A host matches itself and its
// subdomains. Each entry says why the publisher is official.
var allowedHosts = map[string]string{
	"legislation.gov.uk":              "the law itself",
	"gov.uk":                          "UK government and English councils (council sites end in gov.uk)",
	"gov.wales":                       "Welsh Government",
	"gov.scot":                        "Scottish Government",
	"nidirect.gov.uk":                 "Northern Ireland government",
	"parliament.uk":                   "UK Parliament and its library",
	"nhs.uk":                          "the NHS in England: NHS website, trusts and ICBs",
	"england.nhs.uk":                  "NHS England",
	"resolution.nhs.uk":               "NHS Resolution",
	"hscni.net":                       "Health and Social Care in Northern Ireland, including the Patient and Client Council",
	"nhslothian.scot":                 "an NHS Scotland health board",
	"nhs24.scot":                      "NHS 24, Scotland's 111 service",
	"ombudsman.org.uk":                "Parliamentary and Health Service Ombudsman",
	"lgo.org.uk":                      "Local Government and Social Care Ombudsman",
	"ombudsman.wales":                 "Public Services Ombudsman for Wales",
	"spso.org.uk":                     "Scottish Public Services Ombudsman",
	"nipso.org.uk":                    "Northern Ireland Public Services Ombudsman",
	"cqc.org.uk":                      "Care Quality Commission",
	"careinspectorate.com":            "Care Inspectorate (Scotland)",
	"hiw.org.uk":                      "Healthcare Inspectorate Wales",
	"rqia.org.uk":                     "Regulation and Quality Improvement Authority (Northern Ireland)",
	"gmc-uk.org":                      "General Medical Council",
	"nmc.org.uk":                      "Nursing and Midwifery Council",
	"pharmacyregulation.org":          "General Pharmaceutical Council",
	"socialworkengland.org.uk":        "Social Work England",
	"ico.org.uk":                      "Information Commissioner's Office",
	"iscas.cedr.com":                  "Independent Sector Complaints Adjudication Service",
	"dentalcomplaints.org.uk":         "Dental Complaints Service (run by the General Dental Council)",
	"opticalconsumercomplaints.co.uk": "Optical Consumer Complaints Service (funded by the General Optical Council)",
	"phin.org.uk":                     "Private Healthcare Information Network, the body the Competition and Markets Authority named to publish private care information",
	"llaiswales.org":                  "Llais, the statutory citizen voice body in Wales",
	"pass-scotland.org.uk":            "Patient Advice and Support Service, Scotland's statutory patient advice service",
	"consumercouncil.org.uk":          "Consumer Council for Northern Ireland, a statutory body",
	"healthwatch.co.uk":               "Healthwatch England, the statutory patient champion",
	"avma.org.uk":                     "Action against Medical Accidents, the patient safety charity",
	"citizensadvice.org.uk":           "Citizens Advice",
	"pohwer.net":                      "POhWER, a council-commissioned NHS complaints advocacy provider",
	"theadvocacypeople.org.uk":        "The Advocacy People, a council-commissioned NHS complaints advocacy provider",
	"yorkadvocacy.org.uk":             "York Advocacy, a council-commissioned NHS complaints advocacy provider",
	"patients-association.org.uk":     "the Patients Association, a national patient charity",
}

// AllowedHost reports whether pages at the host of rawURL may be cited
// without a recorded exception, and if so why.
func AllowedHost(rawURL string) (why string, ok bool) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "", false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	for {
		if why, ok := allowedHosts[host]; ok {
			return why, true
		}
		i := strings.IndexByte(host, '.')
		if i < 0 {
			return "", false
		}
		host = host[i+1:]
	}
}
