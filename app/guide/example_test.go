package guide_test

import (
	"fmt"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
)

func ExampleBuild() {
	a := guide.Answers{
		Nation:   guide.England,
		Service:  guide.HospitalInpatient,
		Happened: guide.MonthOf(2025, 9),
		Danger:   guide.Yes,
		Outcomes: []guide.Outcome{guide.OutExplanation},
	}
	p, err := guide.Build(a, guide.Options{Today: time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range p.Urgent {
		fmt.Println("urgent:", s.ID)
	}
	en, _ := content.Default() // the words, in English
	fmt.Println("time limit:", p.Complaint.TimeLimit.Status, p.Complaint.TimeLimit.Deadline.Words(en))
	fmt.Println("ombudsman:", p.Escalation[1].Title)
	for _, l := range p.Letters {
		fmt.Println("letter:", l.ID)
	}
	// Output:
	// urgent: urgent.999
	// urgent: urgent.hospital-now
	// urgent: urgent.marthas-rule
	// urgent: urgent.111
	// time limit: passed 1 September 2026
	// ombudsman: Parliamentary and Health Service Ombudsman (PHSO)
	// letter: complaint
	// letter: pals
}

func ExampleUrgent() {
	// Right after "Is anyone in danger now?" is answered yes, for a
	// parent in a care home.
	a := guide.Answers{Nation: guide.England, Service: guide.SelfFundedCare, Danger: guide.Yes}
	steps, err := guide.Urgent(a, guide.Options{Today: time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range steps {
		fmt.Println(s.ID)
	}
	// Output:
	// urgent.999
	// urgent.care-now
	// urgent.safeguarding
	// urgent.111
}
