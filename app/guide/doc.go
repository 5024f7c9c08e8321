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
// The package uses only the standard library and builds for both native
// targets and GOOS=js GOARCH=wasm.
package guide
