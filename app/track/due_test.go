package track

import (
	"strings"
	"testing"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
	"putitright/app/letter"
)

var today = day(2026, 12, 2)

// en is the English content, for every test's words.
var en = func() *content.Set {
	c, err := content.Default()
	if err != nil {
		panic(err)
	}
	return c
}()

func d(y int, m time.Month, dd int) guide.Date { return guide.DayOf(y, m, dd) }

func sent(on guide.Date, m Method) Event { return Event{Kind: Sent, On: on, Method: m} }

// find returns the due with the rule.
func find(t *testing.T, st Status, rule string) Due {
	t.Helper()
	for _, x := range st.Dues {
		if x.Rule == rule {
			return x
		}
	}
	t.Fatalf("no %s in %+v", rule, st.Dues)
	return Due{}
}

func TestDueDates(t *testing.T) {
	eng := guide.Answers{Nation: guide.England, Service: guide.GP, Happened: d(2026, 9, 14)}
	tests := []struct {
		name   string
		a      guide.Answers
		events []Event
		rule   string
		want   guide.Date // zero: no fixed date
		unsure string     // in Unsure when there is no date
		law    bool
		done   bool
	}{
		// England, 2009 Regulations: 3 working days, 6 months.
		{"England GP ack by email", eng, []Event{sent(d(2026, 11, 2), ByEmail)}, RuleAck, d(2026, 11, 5), "", true, false},
		{"England ack by post allows 2 days", eng, []Event{sent(d(2026, 11, 2), ByPost)}, RuleAck, d(2026, 11, 9), "", true, false},
		{"England ack spoken over Easter", eng, []Event{sent(d(2026, 4, 2), BySpoken)}, RuleAck, d(2026, 4, 9), "", true, false},
		{"England ack over Christmas", eng, []Event{sent(d(2026, 12, 23), ByEmail)}, RuleAck, d(2026, 12, 30), "", true, false},
		{"England acknowledged", eng, []Event{sent(d(2026, 11, 2), ByEmail), {Kind: Acknowledged, On: d(2026, 11, 4)}}, RuleAck, d(2026, 11, 5), "", true, true},
		{"England 6 months", eng, []Event{sent(d(2026, 6, 10), ByEmail)}, RuleResponse, d(2026, 12, 10), "", true, false},
		{"England 6 months from a month end", eng, []Event{sent(d(2026, 8, 31), ByEmail)}, RuleResponse, d(2027, 2, 28), "", true, false},
		{"England 6 months into a leap February", eng, []Event{sent(d(2027, 8, 31), ByEmail)}, RuleResponse, d(2028, 2, 29), "", true, false},
		{"England 6 months from received by post", eng, []Event{sent(d(2026, 8, 27), ByPost)}, RuleResponse, d(2027, 3, 1), "", true, false},
		{"England agreed date wins", eng, []Event{sent(d(2026, 6, 10), ByEmail), {Kind: Promised, On: d(2026, 6, 12), By: d(2026, 8, 1)}}, RuleResponse, d(2026, 8, 1), "", false, false},
		{"England extension after promise", eng, []Event{sent(d(2026, 6, 10), ByEmail), {Kind: Promised, On: d(2026, 6, 12), By: d(2026, 8, 1)}, {Kind: Extension, On: d(2026, 7, 30), By: d(2026, 9, 15)}}, RuleResponse, d(2026, 9, 15), "", false, false},
		{"England final response", eng, []Event{sent(d(2026, 6, 10), ByEmail), {Kind: Final, On: d(2026, 9, 1)}}, RuleResponse, d(2026, 12, 10), "", true, true},
		{"England council care", guide.Answers{Nation: guide.England, Service: guide.CouncilCare}, []Event{sent(d(2026, 11, 2), ByEmail)}, RuleAck, d(2026, 11, 5), "", true, false},
		{"England hospital", guide.Answers{Nation: guide.England, Service: guide.HospitalInpatient}, []Event{sent(d(2026, 11, 2), ByEmail)}, RuleAck, d(2026, 11, 5), "", true, false},
		{"England self-funded care: own procedure", guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare}, []Event{sent(d(2026, 11, 2), ByEmail)}, RuleResponse, guide.Date{}, "no fixed date", false, false},
		{"England private hospital: own procedure", guide.Answers{Nation: guide.England, Service: guide.PrivateHealthcare}, []Event{sent(d(2026, 11, 2), ByEmail)}, RuleResponse, guide.Date{}, "no fixed date", false, false},
		{"England children's services", guide.Answers{Nation: guide.England, Service: guide.ChildrenSocialCare}, []Event{sent(d(2026, 11, 2), ByEmail)}, RuleResponse, guide.Date{}, "no fixed date", false, false},
		{"England own procedure with agreed date", guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare}, []Event{sent(d(2026, 11, 2), ByEmail), {Kind: Promised, On: d(2026, 11, 3), By: d(2026, 12, 1)}}, RuleResponse, d(2026, 12, 1), "", false, false},
		{"care not known", guide.Answers{}, []Event{sent(d(2026, 11, 2), ByEmail)}, RuleResponse, guide.Date{}, "no fixed date", false, false},
		// Scotland: the model complaints handling procedure.
		{"Scotland stage 1", guide.Answers{Nation: guide.Scotland, Service: guide.GP}, []Event{{Kind: Sent, On: d(2026, 11, 2), Method: ByEmail, Stage: 1}}, RuleStage1, d(2026, 11, 9), "", false, false},
		{"Scotland stage 1 over St Andrew's Day", guide.Answers{Nation: guide.Scotland, Service: guide.GP}, []Event{{Kind: Sent, On: d(2026, 11, 26), Method: ByEmail}}, RuleStage1, d(2026, 12, 4), "", false, false},
		{"Scotland stage 2 ack", guide.Answers{Nation: guide.Scotland, Service: guide.HospitalAE}, []Event{{Kind: Sent, On: d(2026, 12, 30), Method: ByEmail, Stage: 2}}, RuleStage2Ack, d(2027, 1, 6), "", false, false},
		{"Scotland stage 2 response", guide.Answers{Nation: guide.Scotland, Service: guide.HospitalAE}, []Event{{Kind: Sent, On: d(2026, 12, 14), Method: ByEmail, Stage: 2}}, RuleStage2Response, d(2027, 1, 15), "", false, false},
		{"Scotland council care", guide.Answers{Nation: guide.Scotland, Service: guide.CouncilCare}, []Event{{Kind: Sent, On: d(2026, 11, 2), Method: ByEmail, Stage: 1}}, RuleStage1, d(2026, 11, 9), "", false, false},
		{"Scotland self-funded care", guide.Answers{Nation: guide.Scotland, Service: guide.SelfFundedCare}, []Event{sent(d(2026, 11, 2), ByEmail)}, RuleResponse, guide.Date{}, "no fixed date", false, false},
		// Northern Ireland: HSC procedure.
		{"NI ack 2 working days", guide.Answers{Nation: guide.NorthernIreland, Service: guide.HospitalAE}, []Event{sent(d(2026, 3, 16), ByEmail)}, RuleAck, d(2026, 3, 19), "", false, false},
		{"NI trust 20 working days over the Boyne", guide.Answers{Nation: guide.NorthernIreland, Service: guide.HospitalAE}, []Event{sent(d(2026, 6, 29), ByEmail)}, RuleResponse, d(2026, 7, 28), "", false, false},
		{"NI GP 10 working days", guide.Answers{Nation: guide.NorthernIreland, Service: guide.GP}, []Event{sent(d(2026, 11, 2), ByEmail)}, RuleResponse, d(2026, 11, 16), "", false, false},
		{"NI council care", guide.Answers{Nation: guide.NorthernIreland, Service: guide.CouncilCare}, []Event{sent(d(2026, 11, 2), ByEmail)}, RuleResponse, d(2026, 11, 30), "", false, false},
		// Wales: no confirmed times since April 2026.
		{"Wales NHS concern", guide.Answers{Nation: guide.Wales, Service: guide.HospitalAE}, []Event{sent(d(2026, 11, 2), ByEmail)}, RuleResponse, guide.Date{}, "1 April 2026", false, false},
		{"Wales council care", guide.Answers{Nation: guide.Wales, Service: guide.CouncilCare}, []Event{sent(d(2026, 11, 2), ByEmail)}, RuleResponse, guide.Date{}, "no fixed date", false, false},
		{"Wales agreed date", guide.Answers{Nation: guide.Wales, Service: guide.GP}, []Event{sent(d(2026, 11, 2), ByEmail), {Kind: Promised, On: d(2026, 11, 4), By: d(2026, 12, 14)}}, RuleResponse, d(2026, 12, 14), "", false, false},
		// Ombudsman time limits.
		{"PHSO 12 months from the event", eng, []Event{sent(d(2026, 10, 1), ByEmail)}, RuleOmbudsman, d(2027, 9, 14), "", false, false},
		{"PHSO from a leap day", guide.Answers{Nation: guide.England, Service: guide.GP, Happened: d(2028, 2, 29)}, []Event{sent(d(2028, 3, 1), ByEmail)}, RuleOmbudsman, d(2029, 2, 28), "", false, false},
		{"LGSCO from finding out", guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare, Happened: guide.MonthOf(2026, 3), FoundOut: d(2026, 5, 20)}, []Event{sent(d(2026, 6, 1), ByEmail)}, RuleOmbudsman, d(2027, 5, 20), "", false, false},
		{"ombudsman with no event date", guide.Answers{Nation: guide.England, Service: guide.GP}, []Event{sent(d(2026, 6, 1), ByEmail)}, RuleOmbudsman, guide.Date{}, "when it happened", false, false},
		{"SPSO", guide.Answers{Nation: guide.Scotland, Service: guide.GP, Happened: d(2026, 1, 31)}, []Event{sent(d(2026, 6, 1), ByEmail)}, RuleOmbudsman, d(2027, 1, 31), "", false, false},
		{"PSOW", guide.Answers{Nation: guide.Wales, Service: guide.GP, Happened: d(2026, 1, 31)}, []Event{sent(d(2026, 6, 1), ByEmail)}, RuleOmbudsman, d(2027, 1, 31), "", false, false},
		{"NIPSO before the final response", guide.Answers{Nation: guide.NorthernIreland, Service: guide.GP, Happened: d(2026, 1, 31)}, []Event{sent(d(2026, 6, 1), ByEmail)}, RuleOmbudsman, guide.Date{}, "from their final response", false, false},
		{"NIPSO 6 months from the final response", guide.Answers{Nation: guide.NorthernIreland, Service: guide.GP}, []Event{sent(d(2026, 6, 1), ByEmail), {Kind: Final, On: d(2026, 8, 31)}}, RuleOmbudsman, d(2027, 2, 28), "", false, false},
		{"ombudsman contacted", eng, []Event{sent(d(2026, 6, 1), ByEmail), {Kind: Final, On: d(2026, 8, 31)}, {Kind: Ombudsman, On: d(2026, 9, 30)}}, RuleOmbudsman, d(2027, 9, 14), "", false, true},
		{"private dentist scheme", guide.Answers{Nation: guide.England, Service: guide.PrivateDentist}, []Event{sent(d(2026, 6, 1), ByEmail)}, RuleOmbudsman, guide.Date{}, "own time limit", false, false},
		// Past the bank-holiday data: say so, do not guess.
		{"past the data", eng, []Event{sent(d(2029, 12, 28), ByEmail)}, RuleAck, guide.Date{}, "only goes up to 2029", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := Work(en, Case{Events: tt.events}, tt.a, today)
			got := find(t, st, tt.rule)
			if got.Date != tt.want {
				t.Fatalf("date %v, want %v (%+v)", got.Date, tt.want, got)
			}
			if tt.want.IsZero() && !strings.Contains(got.Unsure, tt.unsure) {
				t.Fatalf("unsure %q, want it to say %q", got.Unsure, tt.unsure)
			}
			if !tt.want.IsZero() && got.Unsure != "" {
				t.Fatalf("a date and unsure %q", got.Unsure)
			}
			if got.Law != tt.law || got.Done != tt.done {
				t.Fatalf("law %v done %v, want %v %v", got.Law, got.Done, tt.law, tt.done)
			}
			if got.NoData != strings.Contains(tt.name, "past the data") {
				t.Fatalf("NoData %v", got.NoData)
			}
			if got.Title == "" || got.Text == "" || len(got.Letters) == 0 {
				t.Fatalf("missing words or letter: %+v", got)
			}
		})
	}
}

func TestSpokenComplaintWrittenDown(t *testing.T) {
	a := guide.Answers{Nation: guide.England, Service: guide.GP}
	if ack := find(t, Work(en, Case{Events: []Event{sent(d(2026, 11, 2), BySpoken)}}, a, today), RuleAck); !strings.Contains(ack.Text, "write it down") {
		t.Fatalf("spoken complaint: %q", ack.Text)
	}
}

func TestNextAndLate(t *testing.T) {
	a := guide.Answers{Nation: guide.England, Service: guide.GP, Happened: d(2026, 9, 14)}
	st := Work(en, Case{}, a, today)
	if _, ok := st.NextDue(); ok || len(st.Notes) == 0 {
		t.Fatalf("nothing recorded: want a note and nothing due, got %+v", st)
	}
	c := Case{Events: []Event{sent(d(2026, 11, 2), ByEmail)}}
	st = Work(en, c, a, today)
	next, ok := st.NextDue()
	if !ok || next.Rule != RuleAck || !next.Late || next.Letters[0] != guide.LetterChaser {
		t.Fatalf("want a late acknowledgement with the chaser next, got %+v", next)
	}
	c.Events = append(c.Events, Event{Kind: Acknowledged, On: d(2026, 11, 4)})
	next, _ = Work(en, c, a, today).NextDue()
	if next.Rule != RuleResponse || next.Late || next.Date != d(2027, 5, 2) {
		t.Fatalf("want the response next, got %+v", next)
	}
	// On the due date itself it is not yet late.
	if late := find(t, Work(en, c, a, day(2027, 5, 2)), RuleResponse).Late; late {
		t.Fatal("late on the day it is due")
	}
	if late := find(t, Work(en, c, a, day(2027, 5, 3)), RuleResponse).Late; !late {
		t.Fatal("not late the day after")
	}
	c.Events = append(c.Events, Event{Kind: Final, On: d(2026, 11, 30)})
	st = Work(en, c, a, today)
	next, _ = st.NextDue()
	if next.Rule != RuleOmbudsman {
		t.Fatalf("after the final response the ombudsman date is next, got %+v", next)
	}
	if ns := find(t, st, RuleNextStep); ns.Letters[0] != guide.LetterReply || ns.Done {
		t.Fatalf("next step: %+v", ns)
	}
}

func TestRulesEveryService(t *testing.T) {
	services := []guide.Service{guide.HospitalAE, guide.HospitalInpatient, guide.HospitalOutpatient, guide.Maternity,
		guide.MentalHealth, guide.Community, guide.GP, guide.NHSDentist, guide.PrivateDentist, guide.Pharmacy,
		guide.NHSOptician, guide.PrivateOptician, guide.Ambulance, guide.NHSFundedPrivate, guide.PrivateHealthcare,
		guide.CouncilCare, guide.SelfFundedCare, guide.ChildrenSocialCare, guide.ServiceUnsure, ""}
	nations := []guide.Nation{guide.England, guide.Wales, guide.Scotland, guide.NorthernIreland, guide.NationUnsure, ""}
	for _, n := range nations {
		for _, s := range services {
			a := guide.Answers{Nation: n, Service: s, Happened: d(2026, 9, 1)}
			r := RulesFor(en, a)
			if r.Name == "" || strings.Contains(r.Name, "[") {
				t.Errorf("%s/%s: procedure name %q", n, s, r.Name)
			}
			if r.Care.Private() && (r.Procedure != OwnProcedure || r.AckDays != 0) {
				t.Errorf("%s/%s: private care under %s", n, s, r.Procedure)
			}
			if r.Procedure == England2009 && (n != guide.England || r.Care == guide.CareSelfFunded) {
				t.Errorf("%s/%s: 2009 Regulations do not apply", n, s)
			}
			st := Work(en, Case{Events: []Event{sent(d(2026, 11, 2), ByPost)}}, a, today)
			if len(st.Dues) == 0 {
				t.Errorf("%s/%s: nothing due", n, s)
			}
			for _, x := range st.Dues {
				if x.Date.IsZero() && x.Unsure == "" && x.Rule != RuleNextStep {
					t.Errorf("%s/%s %s: no date and no reason", n, s, x.Rule)
				}
			}
		}
	}
}

func TestApply(t *testing.T) {
	c := Case{Events: []Event{sent(d(2026, 6, 1), ByPost), {Kind: Promised, On: d(2026, 6, 5), By: d(2026, 8, 1)}}}
	a, dt := Apply(c, guide.Answers{Stage: guide.NotRaised}, letterDetails())
	if a.Stage != guide.Waiting || a.Sent != d(2026, 6, 1) || dt.SentOn != d(2026, 6, 1) || dt.AgreedBy != d(2026, 8, 1) {
		t.Fatalf("got %+v %+v", a, dt)
	}
	a, _ = Apply(Case{Events: c.Events[:1]}, guide.Answers{}, letterDetails())
	if a.Stage != guide.SentNoAck {
		t.Fatalf("no acknowledgement: stage %s", a.Stage)
	}
	c.Events = append(c.Events, Event{Kind: Final, On: d(2026, 7, 30)})
	a, dt = Apply(c, guide.Answers{}, letterDetails())
	if a.Stage != guide.FinalResponse || dt.ResponseOn != d(2026, 7, 30) {
		t.Fatalf("final: %+v %+v", a, dt)
	}
	in := guide.Answers{Stage: guide.RaisedPALS}
	if out, _ := Apply(Case{}, in, letterDetails()); out.Stage != guide.RaisedPALS {
		t.Fatal("changed the answers with nothing recorded")
	}
}

func letterDetails() letter.Details { return letter.Details{SenderName: "Jo"} }
