package ui

import (
	"reflect"
	"testing"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
	"putitright/app/letter"
)

// Every field any letter asks for can be written and read back by its ID.
func TestDetailGetSet(t *testing.T) {
	a := guide.Answers{Nation: guide.England, Service: guide.CouncilCare, SocialCareToo: guide.Yes, Person: guide.ForAdultLacksCapacity, Stage: guide.FinalResponse}
	seen := map[letter.FieldID]bool{}
	c, _ := content.Default()
	for _, id := range allLetters {
		for _, f := range letter.Fields(c, id, a, time.Now()) {
			seen[f.ID] = true
		}
	}
	seen[letter.FProfession] = true
	for id := range seen {
		if _, ok := detailIndex[id]; !ok {
			t.Errorf("field %s is not in letter.Details", id)
		}
	}
	var d letter.Details
	d = detailSet(d, letter.FSenderName, "Jo")
	d = detailSet(d, letter.FSenderAddress, []string{"1 Road", "Town"})
	d = detailSet(d, letter.FPatientBorn, guide.DayOf(1941, 3, 14))
	d = detailSet(d, letter.FProfession, string(letter.ProfNurse))
	d = detailSet(d, letter.FSenderName, 42) // does not fit: ignored
	want := letter.Details{SenderName: "Jo", SenderAddress: []string{"1 Road", "Town"}, PatientBorn: guide.DayOf(1941, 3, 14), Profession: letter.ProfNurse}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("got %+v, want %+v", d, want)
	}
	var name, prof string
	var lines []string
	var born guide.Date
	detailGet(d, letter.FSenderName, &name)
	detailGet(d, letter.FSenderAddress, &lines)
	detailGet(d, letter.FPatientBorn, &born)
	detailGet(d, letter.FProfession, &prof)
	if name != "Jo" || len(lines) != 2 || born != guide.DayOf(1941, 3, 14) || prof != string(letter.ProfNurse) {
		t.Errorf("read back %q %q %v %q", name, lines, born, prof)
	}
}

func TestReadDate(t *testing.T) {
	w := englishWords(t)
	today := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in   [3]string
		want *guide.Date
		bad  bool
	}{
		{[3]string{"", "3", "1941"}, &guide.Date{Year: 1941, Month: 3}, false},
		{[3]string{"14", "3", "1941"}, &guide.Date{Year: 1941, Month: 3, Day: 14}, false},
		{[3]string{"14", "3", "19"}, nil, false}, // still typing the year
		{[3]string{"14", "", "1941"}, nil, false},
		{[3]string{"31", "2", "2020"}, nil, true},
		{[3]string{"", "13", "2020"}, nil, true},
		{[3]string{"", "12", "2026"}, nil, true}, // the future
		{[3]string{"x", "3", "1941"}, nil, true},
	} {
		got, bad := w.readDate(c.in, today)
		if (bad != "") != c.bad || (got == nil) != (c.want == nil) || got != nil && *got != *c.want {
			t.Errorf("%q: got %v %q", c.in, got, bad)
		}
	}
}

// englishWords is the English content, as a page's components get it.
func englishWords(t *testing.T) words {
	t.Helper()
	var w words
	w.setLang("")
	return w
}
