//go:build porting

package e2e

// Issue 14: the case tracker. Record a complaint sent on a date, see the
// next due date, download the calendar file, get the chaser filled in
// when it is late; keep a diary and export the timeline; reload and go
// offline midway with nothing lost; open a version-1 draft file.

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/chromedp/chromedp"

	"putitright/app/draft"
	"putitright/app/guide"
	"putitright/app/letter"
	"putitright/app/track"
)

// trType types text into the box with id, as a person would.
func (b *browser) trType(id, text string) {
	b.t.Helper()
	b.waitFor("#"+id, `!!document.getElementById(`+jsStr(id)+`)`)
	b.secType(id, text)
}

// trRecord records a step on the tracker page: what happened, on which
// day, and for a promised date, the date.
func (b *browser) trRecord(kind string, on, by time.Time) {
	b.t.Helper()
	b.do(chromedp.Click("#step-" + kind))
	b.waitFor("the step's details", `!!document.getElementById('step-on-day')`)
	b.trType("step-on-day", strconv.Itoa(on.Day()))
	b.trType("step-on-month", strconv.Itoa(int(on.Month())))
	b.trType("step-on-year", strconv.Itoa(on.Year()))
	if !by.IsZero() {
		b.trType("step-by-day", strconv.Itoa(by.Day()))
		b.trType("step-by-month", strconv.Itoa(int(by.Month())))
		b.trType("step-by-year", strconv.Itoa(by.Year()))
	}
	n := eval[int](b, `document.querySelectorAll('#steps li.event').length`)
	b.do(chromedp.Click("#step-save"))
	b.waitFor("the step saved", `document.querySelectorAll('#steps li.event').length === `+strconv.Itoa(n+1))
}

func TestTrackJourney(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	c := draft.New(guide.Answers{Nation: guide.England, Service: guide.GP, Person: guide.Self, Happened: guide.DayOf(2026, time.September, 14), Stage: guide.NotRaised},
		letter.Details{SenderName: "Jo Tracker"}, nil, time.Now())
	b.secSeed(s, c, "/track")
	b.waitHeading("Track your complaint")

	// Sent by email 20 days ago: the acknowledgement is late.
	sentOn := time.Now().AddDate(0, 0, -20)
	b.do(chromedp.Click("#step-sent"))
	b.waitFor("the step's details", `!!document.getElementById('step-on-day')`)
	b.trType("step-on-day", strconv.Itoa(sentOn.Day()))
	b.trType("step-on-month", strconv.Itoa(int(sentOn.Month())))
	b.trType("step-on-year", strconv.Itoa(sentOn.Year()))
	b.do(chromedp.Click("#step-method-email"), chromedp.Click("#step-save"))
	want := track.Work(track.Case{Events: []track.Event{{Kind: track.Sent, On: guide.DayOf(sentOn.Year(), sentOn.Month(), sentOn.Day()), Method: track.ByEmail}}},
		c.Answers, time.Now())
	next, _ := want.NextDue()
	b.waitFor("the acknowledgement date", `(document.getElementById('due-next-when')?.textContent || '').includes(`+jsStr(next.Date.Words())+`)`)
	if !eval[bool](b, `!!document.getElementById('due-late') && !!document.getElementById('late-chaser')`) {
		t.Fatal("the late acknowledgement does not offer the chasing letter")
	}
	b.shot("track-due")
	b.axe("/track")

	// The calendar file.
	dir := b.lDownloads()
	b.do(chromedp.Click("#cal-download"))
	data := lWaitFile(t, dir, track.ICSFileName)
	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	if err != nil || len(cal.Events()) < 2 {
		t.Fatalf("calendar file: %v, %d events\n%s", err, len(cal.Events()), data)
	}
	if sum := cal.Events()[0].GetProperty(ics.ComponentPropertySummary).Value; sum != "Complaint: acknowledgement due" || strings.Contains(string(data), "Jo Tracker") {
		t.Fatalf("calendar titles must be neutral: %q", sum)
	}

	// The chaser, filled in from the case.
	b.do(chromedp.Click("#late-chaser"))
	b.waitHeading("Chasing letter")
	sentWords := guide.DayOf(sentOn.Year(), sentOn.Month(), sentOn.Day()).Words()
	b.waitFor("the chaser filled in", `(() => { const t = document.getElementById('letter-preview')?.textContent || '';
		return t.includes(`+jsStr("on "+sentWords)+`) && t.includes('acknowledged within 3 working days') })()`)
	b.shot("track-chaser")

	// They acknowledged it and promised a reply by a day now past: the
	// reply is late, and the chaser says so.
	b.open(s.App + "/track")
	ackOn := sentOn.AddDate(0, 0, 2)
	promised := time.Now().AddDate(0, 0, -3)
	b.trRecord("acknowledged", ackOn, time.Time{})
	b.trRecord("promised", ackOn, promised)
	promisedWords := guide.DayOf(promised.Year(), promised.Month(), promised.Day()).Words()
	b.waitFor("the late reply", `!!document.getElementById('due-late') && document.getElementById('due-next').textContent.includes(`+jsStr(promisedWords)+`)`)
	b.do(chromedp.Click("#late-chaser"))
	b.waitHeading("Chasing letter")
	b.waitFor("the chaser for a late reply", `(document.getElementById('letter-preview')?.textContent || '').includes(`+jsStr("You agreed to respond by "+promisedWords)+`)`)

	// The diary.
	b.open(s.App + "/track")
	b.do(chromedp.Click("#diary-add"))
	b.trType("diary-0-who", "PALS officer")
	b.trType("diary-0-what", "Rang PALS <script>alert(1)</script>")
	b.trType("diary-0-promised", "A call back")
	b.trType("diary-0-on-month", "10")
	b.trType("diary-0-on-year", "2026")
	b.waitFor("the timeline", `document.getElementById('timeline-preview').textContent.includes('Rang PALS <script>alert(1)</script>')`)

	// Reload midway: nothing lost.
	b.open(s.App + "/track")
	b.waitFor("the diary after a reload", `document.getElementById('diary-0-what')?.value === 'Rang PALS <script>alert(1)</script>'`)

	// Offline midway: add evidence, reload, still there.
	b.offReady(s)
	if err := offNetwork(b.ctx, true); err != nil {
		t.Fatal(err)
	}
	b.do(chromedp.Click("#evidence-add"))
	b.trType("diary-1-what", "Photos of the ward")
	b.waitFor("the evidence kept", `(localStorage.getItem('putitright-draft') || '').includes('Photos of the ward')`)
	b.open(s.App + "/track")
	b.waitFor("the evidence after an offline reload", `document.getElementById('diary-1-what')?.value === 'Photos of the ward'`)
	b.shot("track-diary")
	b.axe("/track with a diary")

	b.do(chromedp.Click("#timeline-txt"))
	txt := string(lWaitFile(t, dir, "put-it-right-timeline.txt"))
	for _, w := range []string{"Timeline of events", "October 2026", "Rang PALS <script>alert(1)</script>", "Who: PALS officer", "I made my complaint by email", "- Photos of the ward"} {
		if !strings.Contains(txt, w) {
			t.Errorf("the timeline .txt is missing %q:\n%s", w, txt)
		}
	}
	b.do(chromedp.Click("#timeline-docx"))
	docx := lWaitFile(t, dir, "put-it-right-timeline.docx")
	if _, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx))); err != nil {
		t.Fatalf("the timeline .docx: %v", err)
	}
	if !bytes.Contains(docxText(t, docx), []byte("Rang PALS &lt;script&gt;")) {
		t.Error("the .docx does not hold the diary, escaped")
	}

	// The diary fills the complaint's "What happened".
	b.do(chromedp.Click("#diary-to-letter"))
	b.open(s.App + "/letters/complaint")
	b.waitFor("the diary in the complaint", `(document.getElementById('letter-preview')?.textContent || '').includes('Rang PALS <script>alert(1)</script> (PALS officer). They promised: A call back')`)
}

// docxText returns word/document.xml of a .docx.
func docxText(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			_, _ = out.ReadFrom(r)
			return out.Bytes()
		}
	}
	t.Fatal("no word/document.xml")
	return nil
}

// TestTrackOpensVersion1 opens a draft file saved before the tracker
// existed: its complaint shows as the first step, and nothing is lost.
func TestTrackOpensVersion1(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t)
	file := filepath.Join(root(t), "app", "draft", "testdata", "version1.json")
	if _, err := os.Stat(file); err != nil {
		t.Fatal(err)
	}
	b.open(s.App + "/your-data")
	b.lUpload(file)
	b.lWaitNotice("opening a version-1 draft", "Your draft is open.")
	b.open(s.App + "/track")
	b.waitFor("the steps from the old file", `(document.getElementById('steps')?.textContent || '').includes('3 October 2026') &&
		document.getElementById('steps').textContent.includes('28 November 2026')`)
	b.open(s.App + "/")
	b.waitFor("the start page's tracker link", `!!document.getElementById('track-link')`)
	b.open(s.App + "/track")
	b.waitHeading("Track your complaint")
	b.shot("track-version1")
}
