// Package draft saves and opens a person's case as a file on their own
// device: their answers, the details for their letters and any edits they
// made. The file is versioned JSON marked with "format": "putitright-draft".
// Nothing here sends anything anywhere.
package draft

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
	"putitright/app/letter"
	"putitright/app/track"
)

// Format is the marker every draft file carries in its "format" field.
const Format = "putitright-draft"

// Version is the version of the file format this code writes. Files with a
// higher version were written by a newer Put It Right and are refused;
// older ones are opened and brought up to date (see migrate).
//
// Version 2 added the case tracker ("track").
const Version = 2

// MaxSize is the largest file Open accepts, and Marshal writes: 5 MB.
const MaxSize = 5 << 20

// Errors from Open and Marshal. Use Message for a sentence to show.
var (
	ErrDamaged  = errors.New("the file is damaged or not a draft")
	ErrForeign  = errors.New("the file is not a Put It Right draft")
	ErrNewer    = errors.New("the file was saved by a newer version")
	ErrTooLarge = errors.New("the file is too large")
)

// NewerError is returned by Open for a file from a newer version. It
// matches ErrNewer with errors.Is.
type NewerError struct {
	Version int // the file's version
}

// Error implements error.
func (e *NewerError) Error() string {
	return fmt.Sprintf("draft: %v (format version %d; this version reads up to %d)", ErrNewer, e.Version, Version)
}

// Is makes errors.Is(err, ErrNewer) true.
func (e *NewerError) Is(target error) bool { return target == ErrNewer }

// Case is everything a person has entered, as saved in a draft file.
type Case struct {
	Format  string                         `json:"format"`          // always Format; Marshal sets it
	Version int                            `json:"version"`         // Marshal sets it to Version
	Saved   string                         `json:"saved,omitempty"` // when it was saved, RFC 3339
	Answers guide.Answers                  `json:"answers"`
	Details letter.Details                 `json:"details"`
	Edits   map[guide.LetterID]letter.Edit `json:"edits,omitempty"` // the person's own versions of letters
	Track   track.Case                     `json:"track,omitzero"`  // the steps, dates and diary after sending (version 2)
}

// New returns a Case holding the answers, details and edits, stamped with
// the time it is saved. Set Track on the result to keep the tracker.
func New(a guide.Answers, d letter.Details, edits map[guide.LetterID]letter.Edit, now time.Time) Case {
	return Case{Format: Format, Version: Version, Saved: now.UTC().Format(time.RFC3339), Answers: a, Details: d, Edits: edits}
}

// Marshal writes c as indented JSON, setting its format marker and
// version. It fails with ErrTooLarge if the file would be over MaxSize.
func Marshal(c Case) ([]byte, error) {
	c.Format = Format
	c.Version = Version
	data, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("draft: save: %w", err)
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("draft: save: %d bytes: %w", len(data), ErrTooLarge)
	}
	return data, nil
}

// Open reads a draft file. It never changes the person's text; a file
// from an older version gets what it lacks, with any note about it in the
// words of c. It fails with ErrTooLarge, ErrDamaged (not JSON, or a bad
// date or value), ErrForeign (no Put It Right marker) or a *NewerError
// (matching ErrNewer). Open never panics.
func Open(c *content.Set, data []byte) (Case, error) {
	if len(data) > MaxSize {
		return Case{}, fmt.Errorf("draft: open: %d bytes: %w", len(data), ErrTooLarge)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a byte-order mark some editors add
	var head struct {
		Format  *string         `json:"format"`
		Version json.RawMessage `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) && ute.Field == "format" {
			return Case{}, fmt.Errorf("draft: open: %w", ErrForeign)
		}
		if !json.Valid(data) {
			return Case{}, fmt.Errorf("draft: open: not JSON: %w", ErrDamaged)
		}
		if errors.As(err, &ute) {
			// Valid JSON, but not an object: someone else's file.
			return Case{}, fmt.Errorf("draft: open: %w", ErrForeign)
		}
		return Case{}, fmt.Errorf("draft: open: %v: %w", err, ErrDamaged)
	}
	if head.Format == nil || *head.Format != Format {
		return Case{}, fmt.Errorf("draft: open: %w", ErrForeign)
	}
	var v float64
	if err := json.Unmarshal(head.Version, &v); err != nil || v != math.Trunc(v) || v < 1 {
		return Case{}, fmt.Errorf("draft: open: bad version %q: %w", head.Version, ErrDamaged)
	}
	if v > Version {
		n := math.MaxInt32
		if v < math.MaxInt32 {
			n = int(v)
		}
		return Case{}, &NewerError{Version: n}
	}
	var k Case
	if err := json.Unmarshal(data, &k); err != nil {
		return Case{}, fmt.Errorf("draft: open: %v: %w", err, ErrDamaged)
	}
	if k.Saved != "" {
		if _, err := time.Parse(time.RFC3339, k.Saved); err != nil {
			return Case{}, fmt.Errorf("draft: open: saved time %q: %w", k.Saved, ErrDamaged)
		}
	}
	migrate(c, &k, int(v))
	k.Format = Format
	k.Version = Version
	return k, nil
}

// migrate brings a case opened from a file of an older version up to
// date. It adds, and never removes or rewrites, what the person typed.
func migrate(c *content.Set, k *Case, from int) {
	if from < 2 {
		// Version 1 had no tracker. A complaint recorded as sent becomes
		// its first step, with what was known about it.
		k.Track = fromVersion1(c, k.Answers, k.Details)
	}
}

// fromVersion1 builds the tracker from a version-1 case: the date the
// complaint was sent, whether it was acknowledged, an agreed date and the
// final response, where the answers and details say so. A step whose day
// is not known gets a note saying so, the text "file.migrated" in c.
func fromVersion1(c *content.Set, a guide.Answers, d letter.Details) track.Case {
	var t track.Case
	sent := a.Sent
	if sent.IsZero() {
		sent = d.SentOn
	}
	switch a.Stage {
	case guide.SentNoAck, guide.Waiting, guide.FinalResponse, guide.WithOmbudsman:
	default:
		return t
	}
	if sent.IsZero() || sent.Day == 0 {
		return t // the tracker needs the day
	}
	t.Events = append(t.Events, track.Event{Kind: track.Sent, On: sent})
	if a.Stage != guide.SentNoAck {
		// Acknowledged on a day not known; the day sent stands in for it.
		t.Events = append(t.Events, track.Event{Kind: track.Acknowledged, On: sent, Note: c.T("file.migrated")})
	}
	if !d.AgreedBy.IsZero() && d.AgreedBy.Day != 0 {
		t.Events = append(t.Events, track.Event{Kind: track.Promised, On: sent, By: d.AgreedBy})
	}
	if (a.Stage == guide.FinalResponse || a.Stage == guide.WithOmbudsman) && !d.ResponseOn.IsZero() && d.ResponseOn.Day != 0 {
		t.Events = append(t.Events, track.Event{Kind: track.Final, On: d.ResponseOn})
	}
	return t
}

// Message returns a sentence about err for the person, in the words of
// c (the texts "file.error.*"), or "" when err is nil.
func Message(c *content.Set, err error) string {
	var newer *NewerError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &newer):
		return c.F("file.error.newer.version", "version", strconv.Itoa(newer.Version))
	case errors.Is(err, ErrNewer):
		return c.T("file.error.newer")
	case errors.Is(err, ErrTooLarge):
		return c.F("file.error.too-large", "size", strconv.Itoa(MaxSize>>20))
	case errors.Is(err, ErrForeign):
		return c.F("file.error.foreign", "name", fileNamePrefix)
	case errors.Is(err, ErrDamaged):
		return c.T("file.error.damaged")
	}
	return c.T("file.error.other")
}

// fileNamePrefix starts the name of every draft file.
const fileNamePrefix = "put-it-right-draft"

// FileName returns the name to save a draft under, such as
// "put-it-right-draft-2026-11-21.json".
func FileName(today time.Time) string {
	return fileNamePrefix + "-" + today.Format("2006-01-02") + ".json"
}
