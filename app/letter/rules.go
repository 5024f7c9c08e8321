package letter

import (
	"putitright/app/guide"
)

// The rules (kinds of care, nations, ombudsmen, time limits, candour)
// live in package guide's vocabulary; this file holds only what letters
// word for themselves.

// The 2009 Regulations, named in English letters.
const regs2009 = "the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009"

// memberOnly is added after ISCAS, which only looks at complaints about
// its members.
func memberOnly(a guide.Answers) string {
	if a.Ombudsman().MembersOnly() {
		return ", if you are a member of it"
	}
	return ""
}

// candour returns the duty-of-candour request for moderate harm or worse,
// or "" when no organisational duty applies (guide.Answers.Candour). For
// council-arranged care the council is asked about the care provider,
// which is the registered one.
func candour(a guide.Answers, who string) string {
	because := "Because " + who + " was harmed (moderate harm or worse)"
	if a.Harm == guide.HarmDeath {
		because = "Because " + who + " died"
	}
	switch a.Candour() {
	case guide.CandourEngland:
		whether := "whether you treated"
		if a.Care() == guide.CareCouncil {
			whether = "whether the care provider treated"
		}
		return because + ", please tell me " + whether + " this as a notifiable safety incident under regulation 20 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014 (the duty of candour). If so, please send me a copy of the written notification. If not, please explain why."
	case guide.CandourWales:
		return because + ", please tell me whether you considered the duty of candour under the Health and Social Care (Quality and Engagement) (Wales) Act 2020, and send me a copy of any written notification."
	case guide.CandourScotland:
		return because + ", please tell me whether you have followed the duty of candour procedure under Part 2 of the Health (Tobacco, Nicotine etc. and Care) (Scotland) Act 2016, and send me a copy of any notification you made."
	}
	return ""
}

// ombudsman returns the name of the body that looks at the complaint after
// the organisation has responded, and whether it is known.
func ombudsman(a guide.Answers) (string, bool) {
	n := a.Ombudsman().Name(english())
	return n, n != ""
}

// regulator returns the regulator for a profession in the nation, or "".
func regulator(p Profession, a guide.Answers) string {
	n := a.RulesNation()
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
	switch a.RulesNation() {
	case guide.Scotland:
		return "CHI number"
	case guide.NorthernIreland:
		return "Health and Care number"
	}
	return "NHS number"
}

// Refine returns the answers with what the details make exact: when the
// answers know only the month it happened, the earliest event in that
// month with an exact day gives the day (guide.Answers.WithExactDay), so
// the time limit counts from it. Build the plan from the same refined
// answers, so the plan and the letters agree.
func Refine(a guide.Answers, d Details) guide.Answers {
	var first guide.Date
	for _, e := range d.Events {
		w := e.When
		if w.Day == 0 || w.Year != a.Happened.Year || w.Month != a.Happened.Month || words(w) == "" {
			continue
		}
		if first.IsZero() || w.Before(first) {
			first = w
		}
	}
	a = a.WithExactDay(first)
	// The date of the final response typed in a letter's details is
	// later and usually exact: once given, it is used.
	if r := d.ResponseOn; words(r) != "" && (a.Stage == guide.FinalResponse || a.Stage == guide.WithOmbudsman) {
		a.Responded = r
	}
	return a
}
