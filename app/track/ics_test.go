package track

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"putitright/app/guide"
)

var icsNow = time.Date(2026, 12, 2, 15, 4, 5, 0, time.UTC)

func icsCase() (Case, guide.Answers) {
	c := Case{ID: "CASE123", Events: []Event{sent(d(2026, 11, 30), ByEmail)}}
	return c, guide.Answers{Nation: guide.England, Service: guide.GP, Happened: d(2026, 9, 14)}
}

func TestICSParsesBack(t *testing.T) {
	c, a := icsCase()
	c.Label = `Mum's GP; "Riverside", 2\3 ` + strings.Repeat("ünïcödé ", 12) + "\x00\n"
	st := Work(en, c, a, icsNow)
	data, ok := ICS(en, c, st, icsNow)
	if !ok {
		t.Fatal("no dates")
	}
	s := string(data)
	if strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\n") || !strings.HasSuffix(s, "\r\n") {
		t.Fatal("lines must end in CRLF and only CRLF")
	}
	for _, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if len(l) > 75 || !utf8.ValidString(l) {
			t.Fatalf("line over 75 octets or splits a character: %q (%d)", l, len(l))
		}
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var want []Due
	for _, x := range st.Dues {
		if !x.Done && !x.Date.IsZero() {
			want = append(want, x)
		}
	}
	evs := cal.Events()
	if len(evs) != len(want) || len(evs) < 3 {
		t.Fatalf("%d events, want %d", len(evs), len(want))
	}
	for i, ev := range evs {
		start, err := ev.GetAllDayStartAt()
		if err != nil {
			t.Fatal(err)
		}
		if got := dateOf(start); got != want[i].Date {
			t.Errorf("event %d starts %v, want %v", i, got, want[i].Date)
		}
		if ev.Id() != UID(c.ID, want[i].Rule) {
			t.Errorf("uid %q", ev.Id())
		}
		sum := ev.GetProperty(ics.ComponentPropertySummary).Value
		if !strings.HasPrefix(sum, want[i].Title+" (Mum's GP; \"Riverside\", 2\\3 ünïcödé") || strings.ContainsAny(sum, "\x00\n") {
			t.Errorf("summary did not come back: %q", sum)
		}
		desc := ev.GetProperty(ics.ComponentPropertyDescription).Value
		if !strings.Contains(desc, want[i].Text) {
			t.Errorf("description %q", desc)
		}
		al := ev.Alarms()
		if len(al) != 1 || al[0].GetProperty(ics.ComponentPropertyTrigger).Value != "-P2DT15H" {
			t.Errorf("want one alarm 3 days before at 9am, got %d", len(al))
		}
	}
}

func TestICSNeutralAndStable(t *testing.T) {
	c, a := icsCase()
	a.Happened = d(2026, 9, 14)
	first, _ := ICS(en, c, Work(en, c, a, icsNow), icsNow)
	for _, l := range strings.Split(string(first), "\r\n") {
		if strings.HasPrefix(l, "SUMMARY:") && !strings.HasPrefix(l, "SUMMARY:Complaint: ") {
			t.Errorf("title not neutral: %q", l)
		}
	}
	// A later download after the response date was agreed: the same UIDs,
	// a higher SEQUENCE.
	c.Events = append(c.Events, Event{Kind: Promised, On: d(2026, 12, 3), By: d(2027, 1, 29)})
	later := icsNow.Add(48 * time.Hour)
	second, _ := ICS(en, c, Work(en, c, a, later), later)
	uids := func(b []byte) (out []string, seq string) {
		cal, err := ics.ParseCalendar(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range cal.Events() {
			out = append(out, e.Id())
			seq = e.GetProperty(ics.ComponentPropertySequence).Value
		}
		return out, seq
	}
	u1, s1 := uids(first)
	u2, s2 := uids(second)
	if strings.Join(u1, ",") != strings.Join(u2, ",") || s2 <= s1 || len(s2) < len(s1) {
		t.Fatalf("uids %v / %v, sequence %s / %s", u1, u2, s1, s2)
	}
	if UID("a", RuleAck) == UID("b", RuleAck) || UID("a", RuleAck) == UID("a", RuleResponse) || UID("a", RuleAck) != UID("a", RuleAck) {
		t.Fatal("UIDs must differ by case and rule and be stable")
	}
	if UID("a\r\nX:1", RuleAck) != UID("aX1", RuleAck) {
		t.Fatal("a case ID changed by hand must not break the file")
	}
	if a, b := NewID(), NewID(); a == b || len(a) != 26 {
		t.Fatalf("ids %q %q", a, b)
	}
	if _, ok := ICS(en, Case{}, Work(en, Case{}, a, icsNow), icsNow); ok {
		t.Fatal("dates with nothing recorded")
	}
}

func TestFoldAndEscape(t *testing.T) {
	var w icsWriter
	w.line(strings.Repeat("a", 74) + "é" + strings.Repeat("b", 80))
	for _, l := range strings.Split(strings.TrimSuffix(w.sb.String(), "\r\n"), "\r\n") {
		if len(l) > 75 || !utf8.ValidString(l) {
			t.Fatalf("bad fold %q", l)
		}
	}
	if got := escapeText("a,b;c\\d\ne\r\nf\x01"); got != `a\,b\;c\\d\ne\nf` {
		t.Fatalf("escape: %q", got)
	}
}

// TestICSImportsIntoKhal imports the file into khal, a calendar program
// from Debian, and lists the dates it now holds. It is skipped when khal
// is missing, unless PUTITRIGHT_REQUIRE_KHAL=1 (make test-unit sets it).
func TestICSImportsIntoKhal(t *testing.T) {
	khal, err := exec.LookPath("khal")
	if err != nil {
		if os.Getenv("PUTITRIGHT_REQUIRE_KHAL") == "1" {
			t.Fatal("khal is not installed")
		}
		t.Skip("khal is not installed; set PUTITRIGHT_REQUIRE_KHAL=1 to make this fail")
	}
	dir := t.TempDir()
	calDir := filepath.Join(dir, "cal")
	if err := os.MkdirAll(calDir, 0o755); err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(dir, "khal.conf")
	cfg := "[calendars]\n[[complaint]]\npath = " + calDir + "\n[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n[default]\ndefault_calendar = complaint\n"
	if err := os.WriteFile(conf, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	c, a := icsCase()
	file := filepath.Join(dir, ICSFileName)
	run := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(khal, append([]string{"-c", conf}, args...)...)
		cmd.Env = append(os.Environ(), "XDG_DATA_HOME="+dir, "XDG_CACHE_HOME="+dir, "TZ=Europe/London", "LC_ALL=C.UTF-8")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("khal %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	for i, when := range []time.Time{icsNow, icsNow.Add(time.Hour)} {
		data, _ := ICS(en, c, Work(en, c, a, when), when)
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		run("import", "--batch", "-a", "complaint", file)
		list := run("list", "--format", "{start-date} {title}", "2026-11-01", "800d")
		st := Work(en, c, a, when)
		for _, x := range st.Dues {
			if x.Date.IsZero() || x.Done {
				continue
			}
			line := x.Date.First().Format("2006-01-02") + " " + x.Title
			if n := strings.Count(list, line); n != 1 {
				t.Errorf("import %d: %q appears %d times in khal's list:\n%s", i+1, line, n, list)
			}
		}
	}
	files, _ := filepath.Glob(filepath.Join(calDir, "*.ics"))
	if len(files) != 3 {
		t.Errorf("khal holds %d events after two imports, want 3 (the second import must update, not add)", len(files))
	}
}
