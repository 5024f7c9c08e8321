package e2e

// Issue 14: the case tracker. Record a complaint sent on a date, see the
// next due date, download the calendar file, get the chaser filled in
// when it is late; keep a diary and export the timeline; reload and go
// offline midway with nothing lost; open a version-1 draft file.

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"putitright/app/draft"
	"putitright/app/guide"
	"putitright/app/letter"
	"putitright/app/track"
	"putitright/app/ui"
	bt "putitright/internal/browsertest"
)

// offlineBanner is true once the app has drawn its offline banner.
const offlineBanner = `[...document.querySelectorAll('.banners .banner')].some(e => e.textContent.includes('You are offline'))`

// trType puts text into the box with id once it is there, as a paste or
// an input method does.
func trType(b *bt.Browser, id, text string) {
	b.T.Helper()
	b.WaitFor("#"+id, `!!document.getElementById(`+bt.JS(id)+`)`)
	b.Insert("#"+id, text)
}

// trDate types the day, month and year of d into the boxes prefix-day,
// prefix-month and prefix-year.
func trDate(b *bt.Browser, prefix string, d time.Time) {
	b.T.Helper()
	trType(b, prefix+"-day", strconv.Itoa(d.Day()))
	trType(b, prefix+"-month", strconv.Itoa(int(d.Month())))
	trType(b, prefix+"-year", strconv.Itoa(d.Year()))
}

// trRecord records a step on the tracker page: what happened, on which
// day, and for a promised date, the date.
func trRecord(b *bt.Browser, kind string, on, by time.Time) {
	b.T.Helper()
	b.ClickOn("#step-" + kind)
	b.WaitFor("the step's details", `!!document.getElementById('step-on-day')`)
	trDate(b, "step-on", on)
	if !by.IsZero() {
		trDate(b, "step-by", by)
	}
	n := bt.Eval[int](b, `document.querySelectorAll('#steps li.event').length`)
	b.ClickOn("#step-save")
	b.WaitFor("the step saved", `document.querySelectorAll('#steps li.event').length === `+strconv.Itoa(n+1))
}

func TestTrackJourney(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	c := draft.New(guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.Self, Happened: guide.DayOf(2026, time.September, 14), Stage: guide.NotRaised},
		letter.Details{SenderName: "Jo Tracker"}, nil, time.Now())
	b.Seed(s.App, c, ui.PathTrack)
	b.WaitHeading("Track your complaint")

	// Sent by email 20 days ago: the acknowledgement is late.
	sentOn := time.Now().AddDate(0, 0, -20)
	b.ClickOn("#step-sent")
	b.WaitFor("the step's details", `!!document.getElementById('step-on-day')`)
	trDate(b, "step-on", sentOn)
	b.ClickOn("#step-method-email")
	b.WaitFor("email chosen", `document.getElementById('step-method-email')?.checked === true`)
	b.ClickOn("#step-save")
	want := track.Work(bt.English(t), track.Case{Events: []track.Event{{Kind: track.Sent, On: guide.DayOf(sentOn.Year(), sentOn.Month(), sentOn.Day()), Method: track.ByEmail}}},
		c.Answers, time.Now())
	next, _ := want.NextDue()
	b.WaitFor("the acknowledgement date", `(document.getElementById('due-next-when')?.textContent || '').includes(`+bt.JS(next.Date.Words(bt.English(t)))+`)`)
	if !bt.Eval[bool](b, `!!document.getElementById('due-late') && !!document.getElementById('late-chaser')`) {
		t.Fatal("the late acknowledgement does not offer the chasing letter")
	}
	b.Shot("track-due")
	b.Axe("/track")

	// The calendar file.
	name, data := b.Download("the calendar file", func() { b.ClickOn("#cal-download") })
	if name != track.ICSFileName {
		t.Errorf("the calendar file is called %q, want %q", name, track.ICSFileName)
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	if err != nil || len(cal.Events()) < 2 {
		t.Fatalf("calendar file: %v, %d events\n%s", err, len(cal.Events()), data)
	}
	if sum := cal.Events()[0].GetProperty(ics.ComponentPropertySummary).Value; sum != "Complaint: acknowledgement due" || strings.Contains(string(data), "Jo Tracker") {
		t.Fatalf("calendar titles must be neutral: %q", sum)
	}

	// The chaser, filled in from the case.
	b.ClickOn("#late-chaser")
	b.WaitHeading("Chasing letter")
	sentWords := guide.DayOf(sentOn.Year(), sentOn.Month(), sentOn.Day()).Words(bt.English(t))
	b.WaitFor("the chaser filled in", `(() => { const t = `+bt.PreviewEl+`?.textContent || '';
		return t.includes(`+bt.JS("on "+sentWords)+`) && t.includes('acknowledged within 3 working days') })()`)
	b.Shot("track-chaser")

	// They acknowledged it and promised a reply by a day now past: the
	// reply is late, and the chaser says so.
	b.Open(s.App + ui.PathTrack)
	ackOn := sentOn.AddDate(0, 0, 2)
	promised := time.Now().AddDate(0, 0, -3)
	trRecord(b, "acknowledged", ackOn, time.Time{})
	trRecord(b, "promised", ackOn, promised)
	promisedWords := guide.DayOf(promised.Year(), promised.Month(), promised.Day()).Words(bt.English(t))
	b.WaitFor("the late reply", `!!document.getElementById('due-late') && document.getElementById('due-next').textContent.includes(`+bt.JS(promisedWords)+`)`)
	b.ClickOn("#late-chaser")
	b.WaitHeading("Chasing letter")
	b.WaitFor("the chaser for a late reply", `(`+bt.PreviewEl+`?.textContent || '').includes(`+bt.JS("You agreed to respond by "+promisedWords)+`)`)

	// The diary.
	b.Open(s.App + ui.PathTrack)
	b.ClickOn("#diary-add")
	trType(b, "diary-0-who", "PALS officer")
	trType(b, "diary-0-what", "Rang PALS <script>alert(1)</script>")
	trType(b, "diary-0-promised", "A call back")
	trType(b, "diary-0-on-month", "10")
	trType(b, "diary-0-on-year", "2026")
	b.WaitFor("the timeline", `document.getElementById('timeline-preview').textContent.includes('Rang PALS <script>alert(1)</script>')`)

	// Reload midway: nothing lost.
	b.Open(s.App + ui.PathTrack)
	b.WaitFor("the diary after a reload", `document.getElementById('diary-0-what')?.value === 'Rang PALS <script>alert(1)</script>'`)

	// Offline midway: add evidence, reload, still there. Going offline
	// makes the app draw its offline banner above everything, moving the
	// page: wait for it before clicking, and after the offline reload wait
	// for the app to have drawn the diary (and the banner) again.
	b.WaitOfflineReady(s)
	b.SetOffline(true)
	b.WaitFor("the offline banner", offlineBanner)
	b.ClickOn("#evidence-add")
	trType(b, "diary-1-what", "Photos of the ward")
	b.WaitFor("the evidence kept", `(`+bt.SavedDraft+` || '').includes('Photos of the ward')`)
	b.Open(s.App + ui.PathTrack)
	b.WaitFor("the evidence after an offline reload", `document.getElementById('diary-1-what')?.value === 'Photos of the ward' && `+offlineBanner)
	b.Shot("track-diary")
	b.Axe("/track with a diary")

	for _, tc := range []struct {
		button, name string
		check        func(data []byte)
	}{
		{"#timeline-txt", "put-it-right-timeline.txt", func(data []byte) {
			for _, w := range []string{"Timeline of events", "October 2026", "Rang PALS <script>alert(1)</script>", "Who: PALS officer", "I made my complaint by email", "- Photos of the ward"} {
				if !strings.Contains(string(data), w) {
					t.Errorf("the timeline .txt is missing %q:\n%s", w, data)
				}
			}
		}},
		{"#timeline-docx", "put-it-right-timeline.docx", func(data []byte) {
			if !bytes.Contains(docXML(t, data), []byte("Rang PALS &lt;script&gt;")) {
				t.Error("the .docx does not hold the diary, escaped")
			}
		}},
	} {
		name, data := b.Download("the timeline from "+tc.button, func() { b.ClickOn(tc.button) })
		if name != tc.name {
			t.Errorf("%s downloaded %q, want %q", tc.button, name, tc.name)
		}
		tc.check(data)
	}

	// The diary fills the complaint's "What happened".
	b.ClickOn("#diary-to-letter")
	b.WaitFor("the diary saved into the complaint", `JSON.stringify(JSON.parse(`+bt.SavedDraft+` || '{}')).includes('(PALS officer). They promised: A call back')`)
	b.Open(s.App + complaint)
	b.WaitFor("the diary in the complaint", `(`+bt.PreviewEl+`?.textContent || '').includes('Rang PALS <script>alert(1)</script> (PALS officer). They promised: A call back')`)
}

// TestTrackOpensVersion1 opens a draft file saved before the tracker
// existed: its complaint shows as the first step, and nothing is lost.
func TestTrackOpensVersion1(t *testing.T) {
	s, b := bt.Start(t, bt.Chromium)
	file := filepath.Join(bt.Root(t), "app", "draft", "testdata", "version1.json")
	if _, err := os.Stat(file); err != nil {
		t.Fatal(err)
	}
	b.Open(s.App + ui.PathData)
	b.OpenDraftFile(file)
	b.Notice("Your draft is open.")
	b.Open(s.App + ui.PathTrack)
	b.WaitFor("the steps from the old file", `(document.getElementById('steps')?.textContent || '').includes('3 October 2026') &&
		document.getElementById('steps').textContent.includes('28 November 2026')`)
	b.Open(s.App + ui.PathStart)
	b.WaitFor("the start page's tracker link", `!!document.getElementById('track-link')`)
	b.Open(s.App + ui.PathTrack)
	b.WaitHeading("Track your complaint")
	b.Shot("track-version1")
}
