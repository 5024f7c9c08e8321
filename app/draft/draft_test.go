package draft

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
	"putitright/app/letter"
	"putitright/app/track"
	"putitright/internal/pseudotest"
)

var now = time.Date(2026, 11, 21, 14, 30, 0, 0, time.UTC)

// en is the English content.
var en = func() *content.Set {
	c, err := content.Default()
	if err != nil {
		panic(err)
	}
	return c
}()

func sample() Case {
	a := guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.ForAdultConsents,
		Happened: guide.DayOf(2026, time.September, 14), FoundOut: guide.MonthOf(2026, time.October),
		Outcomes: []guide.Outcome{guide.OutApology}}
	d := letter.Details{SenderName: "Jo <b>Smith</b> \u202E & ]]>", SenderAddress: []string{"1 Road", "Town"},
		PatientBorn: guide.DayOf(1941, time.March, 14),
		Events:      []letter.Event{{When: guide.MonthOf(2026, time.September), What: "Left\x00 without water\n\nfor hours"}},
		Impact:      "  spaces kept  \t"}
	c := New(a, d, map[guide.LetterID]letter.Edit{guide.LetterComplaint: {Base: "old", Text: "mine"}}, now)
	c.Track = track.Case{ID: "ABC", Label: "Mum's GP",
		Events: []track.Event{{Kind: track.Sent, On: guide.DayOf(2026, time.October, 3), Method: track.ByPost}},
		Diary:  []track.Entry{{Kind: track.Contact, On: guide.DayOf(2026, time.October, 9), Who: "PALS", What: "Called <script>", Promised: "A reply"}}}
	return c
}

func TestRoundTrip(t *testing.T) {
	c := sample()
	data, err := Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"format": "putitright-draft"`)) || !bytes.Contains(data, []byte("\n  ")) {
		t.Fatalf("want indented JSON with the marker:\n%s", data)
	}
	back, err := Open(en, data)
	if err != nil {
		t.Fatal(err)
	}
	// Nothing of the person's text is stripped or changed.
	if back.Details.SenderName != c.Details.SenderName || back.Details.Impact != c.Details.Impact ||
		back.Details.Events[0].What != c.Details.Events[0].What || back.Edits[guide.LetterComplaint].Text != "mine" ||
		back.Track.Diary[0].What != "Called <script>" || back.Track.Events[0].Method != track.ByPost || back.Track.ID != "ABC" {
		t.Fatalf("text changed: %+v", back.Details)
	}
	if back.Answers.Happened != c.Answers.Happened || back.Details.PatientBorn != c.Details.PatientBorn || back.Saved != "2026-11-21T14:30:00Z" {
		t.Fatalf("dates changed: %+v", back)
	}
	again, _ := Marshal(back)
	if !bytes.Equal(again, data) {
		t.Fatal("Marshal→Open→Marshal changed the file")
	}
}

func TestOpenErrors(t *testing.T) {
	good, _ := Marshal(sample())
	tests := []struct {
		name string
		data string
		want error
	}{
		{"empty", "", ErrDamaged},
		{"not json", "hello", ErrDamaged},
		{"cut short", string(good[:len(good)/2]), ErrDamaged},
		{"array", "[1,2]", ErrForeign},
		{"string", `"x"`, ErrForeign},
		{"other json", `{"name":"x"}`, ErrForeign},
		{"wrong marker", `{"format":"other","version":1}`, ErrForeign},
		{"marker not string", `{"format":7,"version":1}`, ErrForeign},
		{"newer", `{"format":"putitright-draft","version":3}`, ErrNewer},
		{"huge version", `{"format":"putitright-draft","version":1e300}`, ErrNewer},
		{"version zero", `{"format":"putitright-draft","version":0}`, ErrDamaged},
		{"version missing", `{"format":"putitright-draft"}`, ErrDamaged},
		{"version fraction", `{"format":"putitright-draft","version":1.5}`, ErrDamaged},
		{"version string", `{"format":"putitright-draft","version":"1"}`, ErrDamaged},
		{"bad date", `{"format":"putitright-draft","version":1,"answers":{"happened":"2026-02-30"}}`, ErrDamaged},
		{"bad date shape", `{"format":"putitright-draft","version":1,"details":{"patientBorn":"14/03/1941"}}`, ErrDamaged},
		{"bad event date", `{"format":"putitright-draft","version":1,"details":{"events":[{"when":"2026-13"}]}}`, ErrDamaged},
		{"bad saved", `{"format":"putitright-draft","version":1,"saved":"yesterday"}`, ErrDamaged},
		{"wrong type", `{"format":"putitright-draft","version":1,"details":{"questions":"one"}}`, ErrDamaged},
		{"too large", `{"format":"putitright-draft","version":1,"details":{"impact":"` + strings.Repeat("x", MaxSize) + `"}}`, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(en, []byte(tt.data))
			if !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
			msg := Message(en, err)
			if msg == "" || strings.Contains(msg, "draft:") {
				t.Fatalf("message %q is not plain English", msg)
			}
		})
	}
	var ne *NewerError
	_, err := Open(en, []byte(`{"format":"putitright-draft","version":4}`))
	if !errors.As(err, &ne) || ne.Version != 4 || !strings.Contains(Message(en, err), "4") {
		t.Fatalf("want version 4 in %v / %q", err, Message(en, err))
	}
	if Message(en, nil) != "" {
		t.Fatal("Message(en, nil) should be empty")
	}
	if _, err := Open(en, append([]byte("\xef\xbb\xbf"), good...)); err != nil {
		t.Fatalf("byte-order mark: %v", err)
	}
	if _, err := Open(en, []byte(`{"format":"putitright-draft","version":1}`)); err != nil {
		t.Fatalf("minimal file: %v", err)
	}
}

func TestMarshalTooLarge(t *testing.T) {
	c := sample()
	c.Details.Impact = strings.Repeat("x", MaxSize)
	if _, err := Marshal(c); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("got %v", err)
	}
}

func TestFileName(t *testing.T) {
	if got := FileName(now); got != "put-it-right-draft-2026-11-21.json" {
		t.Fatal(got)
	}
}

// FuzzOpen checks Open never panics, and that whatever it opens saves and
// opens again to the same file.
func FuzzOpen(f *testing.F) {
	good, _ := Marshal(sample())
	f.Add(good)
	f.Add([]byte(`{"format":"putitright-draft","version":1}`))
	f.Add([]byte(`{"format":"putitright-draft","version":2}`))
	f.Add([]byte(`{"format":"putitright-draft","version":3}`))
	f.Add([]byte(`{"format":"putitright-draft","version":2,"track":{"id":"X","events":[{"kind":"sent","on":"2026-10-03","method":"post"}],"diary":[{"kind":"contact","what":"\u0000"}]}}`))
	f.Add([]byte(`{"format":"putitright-draft","version":1,"answers":{"happened":"2026-02"},"edits":{"x":{"base":"a","text":"\u0000"}}}`))
	f.Add([]byte(`[]`))
	f.Add([]byte("\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Open(en, data)
		if err != nil {
			if Message(en, err) == "" {
				t.Fatal("no message")
			}
			return
		}
		out, err := Marshal(c)
		if err != nil {
			if errors.Is(err, ErrTooLarge) {
				return
			}
			t.Fatal(err)
		}
		c2, err := Open(en, out)
		if err != nil {
			t.Fatalf("reopen: %v\n%s", err, out)
		}
		out2, err := Marshal(c2)
		if err != nil || !bytes.Equal(out, out2) {
			t.Fatalf("round trip differs: %v", err)
		}
	})
}

// TestOpenVersion1 opens a file saved before the tracker existed: nothing
// is lost, and the complaint it records becomes the tracker's first steps.
func TestOpenVersion1(t *testing.T) {
	data, err := os.ReadFile("testdata/version1.json")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Open(en, data)
	if err != nil {
		t.Fatal(err)
	}
	if c.Version != Version || c.Details.SenderName != "Jo <b>Smith</b> & ]]>" || c.Edits[guide.LetterComplaint].Text != "mine" ||
		c.Answers.Sent != guide.DayOf(2026, time.October, 3) || c.Details.Events[0].What != "Left without water" {
		t.Fatalf("lost something: %+v", c)
	}
	ev := c.Track.Events
	if len(ev) != 3 || ev[0].Kind != track.Sent || ev[0].On != guide.DayOf(2026, time.October, 3) ||
		ev[1].Kind != track.Acknowledged || ev[2].Kind != track.Promised || ev[2].By != guide.DayOf(2026, time.November, 28) {
		t.Fatalf("tracker from version 1: %+v", ev)
	}
	out, err := Marshal(c)
	if err != nil || !bytes.Contains(out, []byte(`"version": 2`)) {
		t.Fatalf("saves as version 2: %v\n%s", err, out)
	}
	// A version-2 file is not migrated again.
	again, err := Open(en, out)
	if err != nil || len(again.Track.Events) != 3 {
		t.Fatalf("reopen: %v %+v", err, again.Track)
	}
	// Version 1 with nothing sent: no tracker.
	c, err = Open(en, []byte(`{"format":"putitright-draft","version":1,"answers":{"stage":"pals","sent":"2026-10-03"}}`))
	if err != nil || !c.Track.IsZero() {
		t.Fatalf("%v %+v", err, c.Track)
	}
	c, err = Open(en, []byte(`{"format":"putitright-draft","version":1,"answers":{"stage":"sent-no-ack","sent":"2026-10"}}`))
	if err != nil || !c.Track.IsZero() {
		t.Fatalf("a month is not enough to track: %v %+v", err, c.Track)
	}
}

// TestMessagesPseudo gives every error and the note a version-1 file gets
// in the pseudo-language: every word must come from the content.
func TestMessagesPseudo(t *testing.T) {
	c := pseudotest.Set(t)
	var words []string
	for _, err := range []error{&NewerError{Version: 4}, ErrNewer, ErrTooLarge, ErrForeign, ErrDamaged, errors.New("other")} {
		words = append(words, Message(c, err))
	}
	data, err := os.ReadFile("testdata/version1.json")
	if err != nil {
		t.Fatal(err)
	}
	k, err := Open(c, data)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range k.Track.Events {
		words = append(words, e.Note)
	}
	all := strings.Join(words, "\n")
	pseudotest.Check(t, "draft file", all, fileNamePrefix)
	if !strings.Contains(all, "4") || !strings.Contains(all, "5") || !strings.Contains(all, fileNamePrefix) {
		t.Errorf("a value is missing: %q", all)
	}
	if len(pseudotest.Plain(all+" Nothing has been changed.", fileNamePrefix)) == 0 {
		t.Error("a hard-coded word is not caught")
	}
}

// TestMessagesEnglish pins the English of the messages.
func TestMessagesEnglish(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want string
	}{
		{&NewerError{Version: 4}, "This draft was saved by a newer version of Put It Right (file version 4). Please open it with the latest version."},
		{ErrTooLarge, "This file is too big to be a Put It Right draft (the limit is 5 MB). Please check you chose the right file."},
		{ErrForeign, `This file is not a Put It Right draft. Please choose a file you saved from Put It Right; its name starts with "put-it-right-draft".`},
	} {
		if got := Message(en, tt.err); got != tt.want {
			t.Errorf("Message(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
	k, err := Open(en, []byte(`{"format":"putitright-draft","version":1,"answers":{"stage":"waiting","sent":"2026-10-03"}}`))
	if err != nil || len(k.Track.Events) != 2 || k.Track.Events[1].Note != "From your earlier answers. The date is not known." {
		t.Errorf("version 1: %v %+v", err, k.Track.Events)
	}
}
