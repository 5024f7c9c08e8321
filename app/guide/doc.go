// Package guide turns a person's answers about a problem with NHS or adult
// social care into a personal plan: urgent actions, the routes that can
// deliver each outcome they want, where to send a complaint and by when,
// how to escalate it, other places to report, legal and money warnings,
// where to get help, and which letters to draft.
//
// The rules live here; every piece of guidance text comes from the
// reviewed data in package content. Use Build for the embedded content,
// or New with a content.Set to reuse an Engine.
//
// All answers are optional: a plan is built from whatever is known. The
// package never denies a person the right to complain; when a time limit
// has passed the plan says they can still complain and should explain
// why it is late.
//
// The rules vocabulary is here too, so that no other package keeps a copy
// of a rule: Service.Care and the Care kinds (care.go); Answers methods for
// the nation's rules, the ombudsman or scheme, who pays, the duty of
// candour and free advocacy (nation.go); the complaint and ombudsman time
// limits, counted safely from month-only dates (timelimit.go); the letter
// registry of titles and when each letter is offered (letters.go); and
// ReadDate, the one reader of dates as people type them (parse.go).
//
// The package uses only the standard library and builds for both native
// targets and GOOS=js GOARCH=wasm.
package guide
