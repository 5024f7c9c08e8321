package ui

// Element ids and localStorage keys that the browser tests look for, so
// that they use the app's own names.
const (
	IDHeading      = "main-heading"   // the page's h1, focused after each move
	IDErrorSummary = "error-summary"  // the list of problems on a question page
	IDPreview      = "letter-preview" // the letter as it will be sent
	IDMailto       = "mailto"         // the "Write an email with it" link
	IDDraftFile    = "draft-file"     // the file input that opens a draft file
	IDNoStore      = "no-store"       // the "do not keep anything" box
	KeyDraft       = keyDraft         // the saved draft
	KeyDamaged     = keyDamaged       // a saved draft that could not be opened
	KeyNoStore     = keyNoStore       // the choice not to keep anything
)
