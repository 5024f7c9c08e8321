package content

import "fmt"

// Letters are data too: each letter is a list of blocks in a data file
// named draft-<letter>.json (parts several letters share are in
// draft-shared.json), under "letters", beside the file's "texts". Package
// letter fills them in; this file only says what the data holds.
//
// A letter, in the order it reads:
//
//	{"letter": "complaint", "blocks": [
//	  {"use": "sender"},
//	  {"kind": "subject", "id": "draft.complaint.subject", "first": [
//	    {"when": "concern", "text": "Concern about the care of {identifiers}"},
//	    {"text": "Formal complaint about the care of {identifiers}"}]},
//	  {"id": "draft.complaint.thanks", "text": "Thank you for your help."},
//	  {"kind": "heading", "when": "late", "id": "…", "text": "…"},
//	  {"kind": "numbered", "each": "questions", "text": "{item}",
//	   "empty": {"id": "draft.questions.none", "text": "{questions|your first question}"}}]}
//
// Each block is one of these:
//
//   - Words: "id" and "text", or "id" and "first" (alternatives: the first
//     whose "when" holds is used; one with no "when" is the otherwise).
//     The id makes the words a Text like any other, so they are checked,
//     translated and reviewed by it. A template of values alone, such as
//     "{item}", needs no id.
//   - "lines": lines (each a block of words, with its own "when" or
//     "each") joined into one block, one line each: an address, a list
//     of facts.
//   - "use": the blocks of a part several letters share, such as
//     "sender" or "close": {"part": "close", "blocks": […]}.
//   - "blocks": a group of blocks, shown together when "when" holds.
//   - "choose": blocks to choose from: the first whose "when" holds.
//
// Any block may have "when", a condition (see ParseCond): it is left out
// unless the condition holds. A block of words or lines may have "each",
// the name of a list (events, questions, outcomes…): it is repeated for
// each entry, and "empty", a block shown instead when the list gives
// nothing. "kind" says what a block is (address, date, recipient,
// subject, heading, para, numbered, bullet, signoff, name, line; para if
// none is given), and "enclose" adds its words to the list of what is
// sent with the letter instead of showing them. A letter that is an
// email with no subject line gives its "subject" as a block of words.
//
// Which names a template and a condition may use, and what they mean, is
// up to package letter, which checks them in its tests.

// Letter is the data of one letter, or of a part several letters share.
type Letter struct {
	Letter  string  `json:"letter,omitempty"`  // the letter's ID, such as "complaint"
	Part    string  `json:"part,omitempty"`    // or the part's name, such as "close"
	Subject *Block  `json:"subject,omitempty"` // the subject of an email with no subject line
	Blocks  []Block `json:"blocks"`
}

// Block is one block of a letter's data (see Letter).
type Block struct {
	Kind string `json:"kind,omitempty"`
	When string `json:"when,omitempty"` // shown only when this holds

	// The words: a Text, found by its ID.
	ID       string    `json:"id,omitempty"`
	Text     string    `json:"text,omitempty"`
	First    []Variant `json:"first,omitempty"`
	Note     string    `json:"note,omitempty"`
	Sources  []string  `json:"sources,omitempty"`
	Reviewed string    `json:"reviewed,omitempty"`

	Each   string  `json:"each,omitempty"`   // one block for each entry of this list
	Empty  *Block  `json:"empty,omitempty"`  // shown when the list gives nothing
	Lines  []Block `json:"lines,omitempty"`  // lines joined into one block
	Use    string  `json:"use,omitempty"`    // the blocks of a shared part
	Blocks []Block `json:"blocks,omitempty"` // a group
	Choose []Block `json:"choose,omitempty"` // the first whose When holds
}

// HasWords reports whether the block is a block of words.
func (b Block) HasWords() bool { return b.Text != "" || b.First != nil }

// Words returns the block's words as a Text.
func (b Block) Words() Text {
	return Text{ID: b.ID, Text: b.Text, First: b.First, Note: b.Note, Sources: b.Sources, Reviewed: b.Reviewed}
}

// Name returns the letter's ID, or the part's name.
func (l Letter) Name() string {
	if l.Letter != "" {
		return l.Letter
	}
	return l.Part
}

// texts returns the words of every block of l that has an ID, in order,
// for the set's texts.
func (l Letter) texts() []Text {
	var out []Text
	var walk func(b Block)
	walk = func(b Block) {
		if b.ID != "" {
			out = append(out, b.Words())
		}
		if b.Empty != nil {
			walk(*b.Empty)
		}
		for _, list := range [][]Block{b.Lines, b.Blocks, b.Choose} {
			for _, c := range list {
				walk(c)
			}
		}
	}
	if l.Subject != nil {
		walk(*l.Subject)
	}
	for _, b := range l.Blocks {
		walk(b)
	}
	return out
}

// checkLetters reports a letter or part given twice, or a block of
// letters that is neither.
func checkLetters(letters []Letter) error {
	seen := map[string]bool{}
	for _, l := range letters {
		key := "letter " + l.Letter
		if l.Letter == "" {
			key = "part " + l.Part
		}
		switch {
		case (l.Letter == "") == (l.Part == ""):
			return fmt.Errorf("content: letters: give a letter or a part, not %q and %q", l.Letter, l.Part)
		case seen[key]:
			return fmt.Errorf("content: letters: %s given twice", key)
		}
		seen[key] = true
	}
	return nil
}

// Letters returns the data of every letter and shared part, from the
// embedded data, in file order. Their words are in every language's Set
// under their IDs; the blocks themselves are the same in every language.
// The result is shared: do not change it.
func Letters() ([]Letter, error) {
	s, err := Default()
	if err != nil {
		return nil, err
	}
	return s.letters, nil
}
