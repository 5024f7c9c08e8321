package letter

import (
	"time"

	"putitright/app/guide"
)

// The 2009 Regulations, named in English letters.
const regs2009 = "the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009"

// nation returns the nation the letter is written for. England is the
// default when the nation is not known.
func nation(a guide.Answers) guide.Nation {
	switch a.Nation {
	case guide.Wales, guide.Scotland, guide.NorthernIreland:
		return a.Nation
	}
	return guide.England
}

// concern reports whether the complaint goes through the NHS Wales
// concerns process (Putting Things Right), where it is called a concern.
func concern(a guide.Answers) bool {
	return nation(a) == guide.Wales && !socialCare(a.Service) && !privateCare(a.Service)
}

// socialCare reports whether the service is social care, not health care.
func socialCare(s guide.Service) bool {
	switch s {
	case guide.CouncilCare, guide.SelfFundedCare, guide.ChildrenSocialCare:
		return true
	}
	return false
}

// privateCare reports whether the care was paid for privately, outside the
// NHS and council complaints procedures.
func privateCare(s guide.Service) bool {
	switch s {
	case guide.PrivateDentist, guide.PrivateOptician, guide.PrivateHealthcare:
		return true
	}
	return false
}

// nhsService reports whether the service is NHS or NHS-funded health care.
func nhsService(s guide.Service) bool {
	return s != "" && s != guide.ServiceUnsure && !socialCare(s) && !privateCare(s)
}

// limitMonths is the usual complaint time limit in each nation: 12 months
// in England and Wales, 6 months in Scotland and Northern Ireland.
func limitMonths(a guide.Answers) int {
	switch nation(a) {
	case guide.Scotland, guide.NorthernIreland:
		return 6
	}
	return 12
}

// noticed returns the later of when it happened and when they found out.
func noticed(a guide.Answers) guide.Date {
	d := a.Happened
	if !a.FoundOut.IsZero() && (d.IsZero() || d.Before(a.FoundOut)) {
		d = a.FoundOut
	}
	return d
}

// late reports whether the usual time limit has passed by today: counted
// from the later of the event and finding out, and in Scotland and
// Northern Ireland also 12 months from the event itself. Part-dates count
// generously: "September 2025" means the end of September. Late complaints
// can still be made; the letter then explains why.
func late(a guide.Answers, today time.Time) bool {
	return monthsPassed(noticed(a), limitMonths(a), today) || outerLate(a, today)
}

// outerLate reports whether, in a nation with a 6-month limit, more than
// 12 months have passed since the event itself.
func outerLate(a guide.Answers, today time.Time) bool {
	return limitMonths(a) == 6 && monthsPassed(a.Happened, 12, today)
}

// monthsPassed reports whether more than n months have passed since d by
// today. A missing or impossible date never has.
func monthsPassed(d guide.Date, n int, today time.Time) bool {
	if d.IsZero() || d.Check(today) == guide.ErrInvalidDate {
		return false
	}
	y, m, dd := today.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).After(d.AddMonths(n).Last())
}

// ombudsmanLate reports whether the ombudsman's usual time limit has
// passed: in Northern Ireland 6 months from the final response
// (responded; unknown means not late), elsewhere 12 months from first
// knowing of the problem.
func ombudsmanLate(a guide.Answers, responded guide.Date, today time.Time) bool {
	if nation(a) == guide.NorthernIreland {
		return monthsPassed(responded, 6, today)
	}
	return monthsPassed(noticed(a), 12, today)
}

// ombudsmanMayBeLate reports whether ombudsmanLate may turn out true once
// the date of the final response is known: in Northern Ireland, when there
// is a final response and the person first knew more than 6 months ago.
func ombudsmanMayBeLate(a guide.Answers, today time.Time) bool {
	if nation(a) == guide.NorthernIreland {
		return !noFinalResponse(a) && monthsPassed(noticed(a), 6, today)
	}
	return ombudsmanLate(a, guide.Date{}, today)
}

// noFinalResponse reports whether the complaint is still waiting for the
// organisation's final response.
func noFinalResponse(a guide.Answers) bool {
	return a.Stage == guide.SentNoAck || a.Stage == guide.Waiting
}

// memberOnly is added after ISCAS, which only looks at complaints about
// its members.
func memberOnly(a guide.Answers) string {
	if a.Service == guide.PrivateHealthcare {
		return ", if you are a member of it"
	}
	return ""
}

// candour returns the duty-of-candour request for moderate harm or worse,
// or "" when it does not apply: less harm; in England a service that is
// not registered with the CQC (community pharmacies are regulated by the
// GPhC, opticians are usually not CQC-registered, and children's social
// care is inspected by Ofsted); in Wales a service not run by an NHS body.
// For council-arranged care the council is asked about the care
// provider, which is the registered one. Scotland and Northern Ireland
// are left out because their duties were not confirmed in the research.
func candour(a guide.Answers, who string) string {
	if a.Harm != guide.HarmModerate && a.Harm != guide.HarmDeath {
		return ""
	}
	because := "Because " + who + " was harmed (moderate harm or worse)"
	if a.Harm == guide.HarmDeath {
		because = "Because " + who + " died"
	}
	switch nation(a) {
	case guide.England:
		switch a.Service {
		case guide.Pharmacy, guide.NHSOptician, guide.PrivateOptician, guide.ChildrenSocialCare:
			return ""
		}
		whether := "whether you treated"
		if a.Service == guide.CouncilCare {
			whether = "whether the care provider treated"
		}
		return because + ", please tell me " + whether + " this as a notifiable safety incident under regulation 20 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014 (the duty of candour). If so, please send me a copy of the written notification. If not, please explain why."
	case guide.Wales:
		if !a.Service.NHSBody() {
			return ""
		}
		return because + ", please tell me whether you considered the duty of candour under the Health and Social Care (Quality and Engagement) (Wales) Act 2020, and send me a copy of any written notification."
	}
	return ""
}

// ombudsman returns the name of the body that looks at the complaint after
// the organisation has responded, and whether it is known.
func ombudsman(a guide.Answers) (string, bool) {
	// Care paid for privately has its own schemes across the UK; the
	// public services ombudsmen do not cover it.
	switch a.Service {
	case guide.PrivateDentist:
		return "the Dental Complaints Service", true
	case guide.PrivateOptician:
		return "the Optical Consumer Complaints Service", true
	case guide.PrivateHealthcare:
		return "the Independent Sector Complaints Adjudication Service (ISCAS)", true
	}
	switch nation(a) {
	case guide.Wales:
		return "the Public Services Ombudsman for Wales", true
	case guide.Scotland:
		return "the Scottish Public Services Ombudsman", true
	case guide.NorthernIreland:
		return "the Northern Ireland Public Services Ombudsman", true
	}
	switch {
	case socialCare(a.Service) && a.SocialCareToo == guide.Yes, nhsService(a.Service) && a.SocialCareToo == guide.Yes:
		return "the Parliamentary and Health Service Ombudsman and the Local Government and Social Care Ombudsman (their joint team)", true
	case socialCare(a.Service):
		return "the Local Government and Social Care Ombudsman", true
	case nhsService(a.Service):
		return "the Parliamentary and Health Service Ombudsman", true
	}
	return "", false
}

// regulator returns the regulator for a profession in the nation, or "".
func regulator(p Profession, a guide.Answers) string {
	n := nation(a)
	switch p {
	case ProfDoctor:
		return "the General Medical Council (GMC)"
	case ProfNurse:
		return "the Nursing and Midwifery Council (NMC)"
	case ProfDental:
		return "the General Dental Council (GDC)"
	case ProfPharmacy:
		if n == guide.NorthernIreland {
			return "the Pharmaceutical Society of Northern Ireland (PSNI)"
		}
		return "the General Pharmaceutical Council (GPhC)"
	case ProfOptical:
		return "the General Optical Council (GOC)"
	case ProfHCPC:
		return "the Health and Care Professions Council (HCPC)"
	case ProfSocialWork:
		switch n {
		case guide.Wales:
			return "Social Care Wales"
		case guide.Scotland:
			return "the Scottish Social Services Council (SSSC)"
		case guide.NorthernIreland:
			return "the Northern Ireland Social Care Council (NISCC)"
		}
		return "Social Work England"
	}
	return ""
}

// patientNumberLabel is what the patient's health number is called.
func patientNumberLabel(a guide.Answers) string {
	switch nation(a) {
	case guide.Scotland:
		return "CHI number"
	case guide.NorthernIreland:
		return "Health and Care number"
	}
	return "NHS number"
}
