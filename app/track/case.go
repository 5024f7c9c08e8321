package track

import (
	"math/rand/v2"
	"sort"

	"putitright/app/guide"
)

// Kind is a kind of step in the complaints process.
type Kind string

// Kinds of step, in the order they usually happen.
const (
	Sent         Kind = "sent"         // the complaint was made
	Acknowledged Kind = "acknowledged" // they said they had it
	Promised     Kind = "promised"     // they promised, or agreed, a date for their response
	Extension    Kind = "extension"    // they asked for, or agreed, more time
	Meeting      Kind = "meeting"      // a meeting was held
	Final        Kind = "final"        // their final response came
	Ombudsman    Kind = "ombudsman"    // the person went to the ombudsman
)

// Kinds returns every kind of step, in the usual order.
func Kinds() []Kind {
	return []Kind{Sent, Acknowledged, Promised, Extension, Meeting, Final, Ombudsman}
}

// Method is how a complaint was made.
type Method string

// Methods.
const (
	ByPost   Method = "post"
	ByEmail  Method = "email"  // email or an online form
	BySpoken Method = "spoken" // by phone or in person
)

// Event is one step the person has recorded.
type Event struct {
	Kind   Kind       `json:"kind"`
	On     guide.Date `json:"on,omitzero"`      // the day it happened
	Method Method     `json:"method,omitempty"` // Sent: how
	Stage  int        `json:"stage,omitempty"`  // Sent, in Scotland: 1 or 2 (0 for not sure)
	By     guide.Date `json:"by,omitzero"`      // Promised and Extension: the new date for the response
	Note   string     `json:"note,omitempty"`
}

// EntryKind says whether a diary entry is something that happened or a
// piece of evidence held.
type EntryKind string

// Diary entry kinds.
const (
	Contact  EntryKind = "contact"  // a call, visit, meeting, letter or something that happened
	Evidence EntryKind = "evidence" // records, photos, receipts, letters the person holds
)

// Entry is one line of the evidence diary.
type Entry struct {
	Kind     EntryKind  `json:"kind"`
	On       guide.Date `json:"on,omitzero"`
	Who      string     `json:"who,omitempty"`      // who they dealt with, or where the evidence came from
	What     string     `json:"what,omitempty"`     // what was said or done, or what the evidence is
	Promised string     `json:"promised,omitempty"` // what was promised
}

// Case is everything the tracker keeps.
type Case struct {
	// ID makes calendar entries stable: a second download updates the
	// same entries. It is random and says nothing about the person.
	ID     string  `json:"id,omitempty"`
	Events []Event `json:"events,omitempty"`
	Diary  []Entry `json:"diary,omitempty"`
	// Label is added to every calendar title if the person wants, e.g.
	// "Mum's GP". Titles are neutral without it.
	Label string `json:"label,omitempty"`
}

// IsZero reports whether nothing has been recorded.
func (c Case) IsZero() bool {
	return c.ID == "" && len(c.Events) == 0 && len(c.Diary) == 0 && c.Label == ""
}

// NewID returns a new random case ID, 26 letters and digits. It only has
// to be unlikely to repeat on one person's devices, not secret.
func NewID() string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b := make([]byte, 26)
	for i := range b {
		b[i] = alphabet[rand.IntN(len(alphabet))]
	}
	return string(b)
}

// Sorted returns the events in date order; events on the same day keep
// the order they were recorded in.
func (c Case) Sorted() []Event {
	ev := append([]Event(nil), c.Events...)
	sort.SliceStable(ev, func(i, j int) bool { return ev[i].On.Before(ev[j].On) })
	return ev
}

// Latest returns the latest recorded event of kind k.
func (c Case) Latest(k Kind) (Event, bool) {
	var out Event
	found := false
	for _, e := range c.Sorted() {
		if e.Kind == k {
			out, found = e, true
		}
	}
	return out, found
}

// first returns the earliest recorded event of kind k that matches ok.
func (c Case) first(k Kind, ok func(Event) bool) (Event, bool) {
	for _, e := range c.Sorted() {
		if e.Kind == k && (ok == nil || ok(e)) {
			return e, true
		}
	}
	return Event{}, false
}

// Underway reports whether a complaint has been made.
func (c Case) Underway() bool {
	_, ok := c.first(Sent, nil)
	return ok
}
