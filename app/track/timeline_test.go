package track

import (
	"strings"
	"testing"

	"putitright/app/letter"
)

func TestTimeline(t *testing.T) {
	c := Case{
		Events: []Event{sent(d(2026, 10, 3), ByPost), {Kind: Promised, On: d(2026, 10, 8), By: d(2026, 11, 30), Note: "Phone call"}},
		Diary: []Entry{
			{Kind: Contact, On: d(2026, 10, 20), Who: "Ward <b>manager</b>", What: "Said notes were lost\x00", Promised: "A call back by Friday"},
			{Kind: Contact, On: d(2026, 9, 14), What: "Mum left without water\r\nfor 8 hours"},
			{Kind: Contact, What: "No date known"},
			{Kind: Evidence, On: d(2026, 9, 20), What: "Photos of the ward", Who: "my phone"},
			{Kind: Contact},
		},
	}
	l := Timeline(en, c, "Mum's care")
	text := l.Text()
	order := []string{"Timeline of events: Mum's care", "14 September 2026", "Mum left without water\nfor 8 hours", "3 October 2026", "I made my complaint by post.",
		"8 October 2026", "30 November 2026.\nPhone call", "20 October 2026", "Said notes were lost\nWho: Ward <b>manager</b>\nWhat they promised: A call back by Friday",
		"Date not known", "Evidence I have", "- Photos of the ward (20 September 2026), from my phone"}
	at := 0
	for _, w := range order {
		i := strings.Index(text[at:], w)
		if i < 0 {
			t.Fatalf("missing or out of order %q in:\n%s", w, text)
		}
		at += i + len(w)
	}
	if strings.Contains(text, "\x00") || strings.Contains(text, "(no details)") {
		t.Fatalf("bad text:\n%s", text)
	}
	doc, err := letter.DOCX(l)
	if err != nil || len(doc) == 0 {
		t.Fatal(err)
	}
	ev := LetterEvents(en, c)
	if len(ev) != 3 || ev[0].When != d(2026, 9, 14) || !strings.Contains(ev[1].What, "(Ward <b>manager</b>). They promised: A call back by Friday") || !ev[2].When.IsZero() {
		t.Fatalf("letter events: %+v", ev)
	}
	if got := Timeline(en, Case{}, "").Text(); !strings.Contains(got, "Nothing has been added") {
		t.Fatal(got)
	}
}
