package track

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"putitright/app/guide"
)

// FuzzCase checks that any case a draft file could hold gives a status, a
// calendar file that parses with every line folded, and a timeline,
// without panicking.
func FuzzCase(f *testing.F) {
	f.Add(`{"id":"X","label":"a,b;c\\","events":[{"kind":"sent","on":"2026-11-02","method":"post"},{"kind":"promised","on":"2026-11-03","by":"2027-01-31"}],"diary":[{"kind":"contact","what":"<b>\u0000"}]}`, "england", "gp")
	f.Add(`{"events":[{"kind":"sent","on":"2028-12-30","stage":2}]}`, "scotland", "council-care")
	f.Add(`{"events":[{"kind":"final","on":"2026-02"}]}`, "northern-ireland", "hospital-ae")
	f.Fuzz(func(t *testing.T, raw, nation, service string) {
		var c Case
		if json.Unmarshal([]byte(raw), &c) != nil {
			return
		}
		a := guide.Answers{Nation: guide.Nation(nation), Service: guide.Service(service), Happened: guide.MonthOf(2026, 1)}
		st := Work(en, c, a, today)
		data, _ := ICS(en, c, st, icsNow)
		for _, l := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
			if len(l) > 75 || !utf8.ValidString(l) {
				t.Fatalf("bad line %q", l)
			}
		}
		if _, err := ics.ParseCalendar(bytes.NewReader(data)); err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		_ = Timeline(en, c, "").Text()
		_, _ = Apply(c, a, letterDetails())
	})
}
