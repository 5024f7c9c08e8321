package track

import (
	"putitright/app/guide"
	"putitright/app/letter"
)

// Apply copies what the tracker knows into the answers and letter
// details, so the letters are filled in from the case: when the complaint
// was sent, how far it has got, the date agreed for the response and the
// date of the final response. Nothing else is changed, and nothing is
// changed when no complaint has been recorded.
func Apply(c Case, a guide.Answers, d letter.Details) (guide.Answers, letter.Details) {
	sent, ok := c.first(Sent, nil)
	if !ok {
		return a, d
	}
	if !sent.On.IsZero() {
		a.Sent = sent.On
		d.SentOn = sent.On
	}
	a.Stage = guide.SentNoAck
	if _, ok := c.Latest(Acknowledged); ok {
		a.Stage = guide.Waiting
	}
	for _, e := range c.Sorted() {
		if (e.Kind == Promised || e.Kind == Extension) && !e.By.IsZero() {
			d.AgreedBy = e.By
			if a.Stage == guide.SentNoAck {
				a.Stage = guide.Waiting // a date was agreed, so they have it
			}
		}
		if e.Kind == Meeting && a.Stage == guide.SentNoAck {
			a.Stage = guide.Waiting
		}
	}
	if f, ok := c.Latest(Final); ok {
		a.Stage = guide.FinalResponse
		d.ResponseOn = f.On
	}
	if _, ok := c.Latest(Ombudsman); ok {
		a.Stage = guide.WithOmbudsman
	}
	return a, d
}
