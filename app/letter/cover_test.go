package letter

import (
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"putitright/app/guide"
)

// partial returns the full details with every field whose index is k
// modulo n left empty, who the person is to the writer given when k is
// odd, and dates of a month only when k is even.
func partial(k, n int) Details {
	d := fullDetails()
	v := reflect.ValueOf(&d).Elem()
	for i := 0; i < v.NumField(); i++ {
		if i%n == k%n {
			v.Field(i).Set(reflect.Zero(v.Field(i).Type()))
		}
	}
	if k%2 == 1 {
		d.TheyAre, d.OrgPerson = "my mother", "the manager"
	} else {
		d.DiedOn, d.Profession = guide.DayOf(2026, time.June, 21), professions[k%len(professions)]
	}
	return d
}

// TestEveryAlternativeChosen checks that every alternative of every
// letter's words, and every writing tip, is chosen for some case: one
// never chosen has a condition that cannot hold.
func TestEveryAlternativeChosen(t *testing.T) {
	if testing.Short() || runtime.GOOS == "js" {
		t.Skip("walks the answers; natively the same code")
	}
	bk, used := mustBook(t), map[string]bool{}
	note := func(id guide.LetterID, a guide.Answers, d Details, today time.Time) {
		tr, err := Explain(en, id, a, d, today)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range tr {
			for _, s := range x.Texts {
				used[s] = true
			}
		}
	}
	details := []Details{fullDetails(), {}}
	for k := 0; k < 6; k++ {
		details = append(details, partial(k, 6))
	}
	// Two letters for each set of answers, each with one of the details,
	// chosen by a hash so that they do not keep step with the answers'
	// own turning over.
	letters, i := guide.AllLetters(), uint64(0)
	walkAnswers(func(a guide.Answers, dc dateCase) {
		i++
		h := (i * 0x9E3779B97F4A7C15) >> 16
		for _, id := range letters {
			r := newRenderer(en, bk, id, a, Details{}, time.Time{})
			for _, tips := range []string{"tips.general", "tips." + string(id)} {
				for j, it := range bk.texts[tips].items {
					if r.holds(it.when) {
						used[tips+"#"+strconv.Itoa(j+1)] = true
					}
				}
			}
		}
		for _, id := range []guide.LetterID{letters[h%10], letters[h/10%10]} {
			d := details[h/100%uint64(len(details))]
			d.Profession = professions[h/1000%uint64(len(professions))]
			note(id, a, d, dc.today)
		}
	})
	// Cases the walk does not reach: a long wait with no date agreed;
	// late only by the outer limit, maybe; late for the ombudsman in
	// Northern Ireland, surely and maybe.
	noAgreed := fullDetails()
	noAgreed.AgreedBy = guide.Date{}
	for _, c := range []struct {
		id guide.LetterID
		a  guide.Answers
		d  Details
	}{
		{guide.LetterChaser, guide.Answers{Nation: guide.England, Service: guide.GP, Stage: guide.Waiting, Sent: guide.DayOf(2026, 3, 1)}, noAgreed},
		{guide.LetterComplaint, guide.Answers{Nation: guide.Scotland, Service: guide.GP, Happened: guide.MonthOf(2025, 11), FoundOut: guide.MonthOf(2026, 10)}, Details{}},
		{guide.LetterOmbudsman, guide.Answers{Nation: guide.NorthernIreland, Service: guide.GP, Stage: guide.FinalResponse, Responded: guide.DayOf(2026, 4, 2)}, Details{}},
		{guide.LetterOmbudsman, guide.Answers{Nation: guide.NorthernIreland, Service: guide.GP, Stage: guide.FinalResponse, Responded: guide.MonthOf(2026, 5)}, Details{}},
	} {
		note(c.id, c.a, c.d, today)
	}
	for _, nat := range nations {
		for _, p := range professions {
			note(guide.LetterRegulator, guide.Answers{Nation: nat}, Details{Profession: p}, today)
		}
	}
	// The subject of an email is not a block: the PALS email's is
	// checked by the golden files.
	used["draft.pals.subject"] = true
	var never []string
	for _, tx := range en.Texts() {
		if strings.HasPrefix(tx.ID, tipsPrefix) {
			for j, v := range tx.List {
				if !used[tx.ID+"#"+strconv.Itoa(j+1)] {
					never = append(never, tx.ID+" entry "+strconv.Itoa(j+1)+" ("+v.When+")")
				}
			}
		}
		if !strings.HasPrefix(tx.ID, fragmentPrefix) {
			continue
		}
		for j := range tx.First {
			if !used[tx.ID+"#"+strconv.Itoa(j+1)] {
				never = append(never, tx.ID+"#"+strconv.Itoa(j+1)+" ("+tx.First[j].When+")")
			}
		}
		if tx.Text != "" && !used[tx.ID] && !strings.HasPrefix(tx.ID, "draft.drop.") {
			never = append(never, tx.ID)
		}
	}
	sort.Strings(never)
	for _, n := range never {
		t.Errorf("never chosen: %s", n)
	}
}
