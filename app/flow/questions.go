package flow

// questions holds every question, in the order asked. Its words are the
// texts "q.<id>…" in the content (see Question).
var questions = []Question{
	{ID: QNation, Kind: Radio, Options: options(QNation, "england", "wales", "scotland", "northern-ireland", "unsure")},
	{ID: QService, Kind: Radio, Options: options(QService,
		"hospital-ae", "hospital-inpatient", "hospital-outpatient", "maternity", "mental-health", "community",
		"public-health", "gp", "nhs-dentist", "private-dentist", "pharmacy", "nhs-optician", "private-optician",
		"ambulance", "nhs-funded-private", "private-healthcare", "council-care", "self-funded-care",
		"children-social-care", "unsure")},
	{ID: QSocialCare, Kind: Radio, Options: options(QSocialCare, "yes", "no")},
	{ID: QDanger, Kind: Radio, Options: options(QDanger, "yes", "no")},
	{ID: QAbuse, Kind: Radio, Options: options(QAbuse, "yes", "no")},
	{ID: QPerson, Kind: Radio, Options: options(QPerson,
		"self", "adult-consents", "adult-no-consent", "adult-no-capacity", "child", "young-person", "deceased")},
	{ID: QAuthority, Kind: Radio, Options: options(QAuthority, "lpa", "lpa-property", "deputy", "none", "unsure")},
	{ID: QHappened, Kind: Month},
	{ID: QFoundOut, Kind: Month, Optional: true, After: QHappened},
	{ID: QStage, Kind: Radio, Options: options(QStage,
		"not-raised", "raised-with-staff", "pals", "sent-no-ack", "waiting", "final-response", "ombudsman")},
	{ID: QSent, Kind: Month, After: QHappened},
	{ID: QResponded, Kind: Month, Optional: true, After: QSent},
	{ID: QOutcomes, Kind: Checkbox, Options: options(QOutcomes,
		"service", "procedures", "explanation", "apology", "discipline", "police", "money", "put-right", "let-know")},
	{ID: QHarm, Kind: Radio, Options: options(QHarm, "none", "minor", "moderate", "death")},
	{ID: QDetained, Kind: Radio, Options: options(QDetained, "yes", "no")},
	{ID: QLegal, Kind: Radio, Options: options(QLegal, "yes", "no", "unsure")},
	{ID: QOffer, Kind: Radio, Options: options(QOffer, "yes", "no", "unsure")},
}

// options returns the options of question q with the given values.
func options(q ID, values ...string) []Option {
	out := make([]Option, len(values))
	for i, v := range values {
		out[i] = Option{Value: v, question: q}
	}
	return out
}
