// Package track follows a complaint after it is sent: the steps the person
// records (complaint sent, acknowledged, a date agreed, an extension, a
// meeting, the final response, the ombudsman), what is due next and by
// when under the rules of their nation and kind of care, what to do if it
// is late, calendar reminders as an .ics file, and an evidence diary that
// exports as a Timeline document.
//
// Dates that need working days use the reviewed bank-holiday data in
// holidays.json. Where a rule gives no fixed date, or the data does not
// cover a year, a Due says so instead of guessing. The package is pure Go:
// it imports neither go-app nor syscall/js, and it sends nothing anywhere.
package track
