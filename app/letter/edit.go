package letter

// Edit is the person's own version of a letter. Base is the generated
// text their edit started from; Text is what they have now.
//
// How the UI uses it:
//
//   - When the person first edits a letter, store NewEdit(letter, text).
//   - When showing the letter, draft it again from the current answers and
//     details. If there is no edit, show the draft. If there is an edit
//     and it is not Stale, show the edit's Text.
//   - If the edit is Stale (the draft has changed since they edited,
//     because they changed an answer or a detail), never throw their
//     words away silently: ask "keep my edits, or use the new draft?".
//     Keep: store e.Rebase(current), which keeps their Text and marks it as
//     based on the new draft, so they are not asked again. Use the new
//     draft: delete the edit.
type Edit struct {
	Base string `json:"base"` // the generated text the edit started from
	Text string `json:"text"` // the person's edited text
}

// NewEdit records the person's text as an edit of letter l.
func NewEdit(l Letter, text string) Edit { return Edit{Base: l.Text(), Text: text} }

// Stale reports whether the generated letter has changed since the person
// edited it, so the UI must ask whether to keep their edits.
func (e Edit) Stale(current Letter) bool { return e.Base != current.Text() }

// Changed reports whether the person's text differs from the draft it
// started from.
func (e Edit) Changed() bool { return e.Text != e.Base }

// Rebase keeps the person's text but marks it as based on current, for
// when they choose to keep their edits after the draft changed.
func (e Edit) Rebase(current Letter) Edit { return Edit{Base: current.Text(), Text: e.Text} }
