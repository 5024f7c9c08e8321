// Package letter drafts the letters a person needs when they are unhappy
// with NHS or adult social care: the formal complaint, a consent form, a
// PALS email, a records request, a chaser, a meeting request, a reply to
// the organisation's response, a letter to the ombudsman, a referral to a
// professional regulator and a reply to an offer of payment.
//
// Every word is content: each letter is a list of blocks in the data
// (draft-<letter>.json, see content.Letter), whose words are texts with
// named values and conditions. This package fills them in from the
// answers and details (Draft; the names are listed in values.go), in the
// language of the content set it is given, and Explain says which data
// made each block. Field labels, writing tips and the words flagged are
// texts too. It is pure Go with no template package, so it runs in the
// browser (GOOS=js GOARCH=wasm) without adding much to the download. A
// Letter is a list of Blocks; the same blocks give the plain text (Text),
// the Word document (DOCX) and the email link (Mailto), so all three
// always match.
package letter

import (
	"strconv"
	"strings"

	"putitright/app/guide"
)

// BlockKind says what a block of a letter is, so each export can style it.
type BlockKind string

// Block kinds.
const (
	KindAddress   BlockKind = "address"   // the sender's name and address, one line each
	KindDate      BlockKind = "date"      // the date of the letter
	KindRecipient BlockKind = "recipient" // who the letter is to, one line each
	KindSubject   BlockKind = "subject"   // the reference line, shown in bold
	KindHeading   BlockKind = "heading"   // a short heading, shown in bold
	KindPara      BlockKind = "para"      // an ordinary paragraph
	KindNumbered  BlockKind = "numbered"  // a numbered point; N holds the number
	KindBullet    BlockKind = "bullet"    // a bullet point
	KindSignoff   BlockKind = "signoff"   // "Yours sincerely,"
	KindName      BlockKind = "name"      // the sender's name under the sign-off
	KindLine      BlockKind = "line"      // a line to fill in by hand, e.g. "Signed: ____"
)

// Block is one paragraph of a letter. Text may hold single line breaks
// ("\n"), for example between the lines of an address, but never a blank
// line.
type Block struct {
	Kind BlockKind `json:"kind"`
	Text string    `json:"text"`
	N    int       `json:"n,omitempty"` // the number of a KindNumbered block
}

// Line returns the block as it reads in plain text: numbered points start
// "1. ", bullets start "- ", everything else is the text itself.
func (b Block) Line() string {
	switch b.Kind {
	case KindNumbered:
		return strconv.Itoa(b.N) + ". " + b.Text
	case KindBullet:
		return "- " + b.Text
	}
	return b.Text
}

// Letter is a drafted letter.
type Letter struct {
	ID      guide.LetterID `json:"id"`
	Title   string         `json:"title"`   // what the letter is, e.g. "Formal complaint"
	Subject string         `json:"subject"` // the subject for an email or the reference line
	Blocks  []Block        `json:"blocks"`
	// Missing lists the details the letter needed but did not have, in the
	// order they first appear. Each shows in the text as a bracketed
	// placeholder such as "[your name]".
	Missing []FieldID `json:"missing,omitempty"`
}

// Text returns the letter as plain text: one paragraph per block, with a
// blank line between paragraphs and numbered points written "1. ".
func (l Letter) Text() string {
	var sb strings.Builder
	for i, b := range l.Blocks {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(b.Line())
	}
	return sb.String()
}

// WordCount returns the number of words in the letter's text.
func (l Letter) WordCount() int { return WordCount(l.Text()) }

// WordCount counts the words in s (runs of characters between spaces).
func WordCount(s string) int { return len(strings.Fields(s)) }

// LongWords is roughly the number of words that fills two A4 pages. The
// advice is to keep a complaint to about two pages, so the UI can warn
// gently when a letter's WordCount goes over it.
const LongWords = 900

// FromText turns text the person has edited back into a Letter, so their
// own version can be saved as a Word document or sent by email. Paragraphs
// are separated by blank lines; single line breaks stay inside a paragraph.
// Characters that cannot appear in a document are removed.
func FromText(id guide.LetterID, title, subject, text string) Letter {
	l := Letter{ID: id, Title: cleanLine(title), Subject: cleanLine(subject)}
	for _, p := range paragraphs(text) {
		l.Blocks = append(l.Blocks, Block{Kind: KindPara, Text: p})
	}
	return l
}
