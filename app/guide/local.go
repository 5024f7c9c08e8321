package guide

// localHelp returns the partner's own contacts, shown first in the plan's
// help where they fit the case: in England by the English rules (NHS
// complaints advocacy for NHS care, PALS for NHS services); in Wales,
// Scotland and Northern Ireland the partner's advocacy service for any
// case and its patient advice contact for NHS care, with words that do not
// name English services. A Healthwatch contact shows wherever it is given.
func (b *builder) localHelp() []Step {
	l := b.o.Local
	england := b.englandRules()
	var out []Step
	add := func(id string, c Contact) {
		st := b.step(id)
		st.Contact = b.local(c)
		out = append(out, st)
	}
	switch {
	case l.Advocacy.IsZero():
	case england && b.advocacy():
		add("help.local.advocacy", l.Advocacy)
	case !england:
		add("help.local.advocacy-nation", l.Advocacy)
	}
	if !l.PALS.IsZero() && (b.nhs() || b.serviceUnsure()) {
		if england {
			add("help.local.pals", l.PALS)
		} else {
			add("help.local.patient-advice", l.PALS)
		}
	}
	if !l.Healthwatch.IsZero() {
		add("help.local.healthwatch", l.Healthwatch)
	}
	return out
}
