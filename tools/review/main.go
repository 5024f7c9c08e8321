// Command review writes the content review report: one static HTML page,
// with no scripts, that shows every item and text a person can read, with
// where it applies, its sources, when it was last reviewed (flagging
// anything over 12 months old), the state of each translation, and every
// letter drafted for a few realistic cases with the conditions that chose
// each paragraph beside it. It prints well, so an advocate can mark it up
// on paper.
//
// Usage:
//
//	review [-out review/index.html] [-today 2026-12-07]
//
// `make review` runs it.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"
)

func main() {
	out := flag.String("out", "review/index.html", "the file to write")
	day := flag.String("today", "", "the date to count review ages from, YYYY-MM-DD (default today)")
	flag.Parse()
	today := time.Now()
	if *day != "" {
		t, err := time.Parse(time.DateOnly, *day)
		if err != nil {
			log.Fatalf("review: -today: %v", err)
		}
		today = t
	}
	if err := write(*out, today); err != nil {
		log.Fatal(err)
	}
	fmt.Println("review: wrote", *out)
}

// write builds the report and writes it to the file out.
func write(out string, today time.Time) error {
	r, err := build(today)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return fmt.Errorf("review: %w", err)
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("review: %w", err)
	}
	if err := render(f, r); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("review: %w", err)
	}
	return nil
}
