package main

import (
	"embed"
	"encoding/json"
	"fmt"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
	"putitright/app/letter"
)

//go:embed cases.json
var casesFS embed.FS

// letterCase is a realistic case and the letters its plan offers, drafted.
type letterCase struct {
	Name    string
	Letters []drafted
}

// drafted is one letter, block by block, each with what chose it.
type drafted struct {
	Title  string
	Blocks []tracedBlock
}

type tracedBlock struct {
	Kind   string
	Text   string
	Chosen string // the template and the conditions that chose the block
}

// letterCases drafts the letters of every case in cases.json.
func letterCases(c *content.Set, today time.Time) ([]letterCase, error) {
	b, err := casesFS.ReadFile("cases.json")
	if err != nil {
		return nil, err
	}
	var cases []struct {
		Name    string
		Answers guide.Answers
		Details letter.Details
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		return nil, fmt.Errorf("review: cases.json: %w", err)
	}
	var out []letterCase
	for _, k := range cases {
		a := letter.Refine(k.Answers, k.Details)
		p, err := guide.Build(a, guide.Options{Today: today, Content: c})
		if err != nil {
			return nil, fmt.Errorf("review: case %q: %w", k.Name, err)
		}
		lc := letterCase{Name: k.Name}
		for _, ref := range p.Letters {
			l, err := letter.Draft(ref.ID, k.Answers, k.Details, today)
			if err != nil {
				return nil, fmt.Errorf("review: case %q: %w", k.Name, err)
			}
			d := drafted{Title: l.Title}
			for _, bl := range l.Blocks {
				d.Blocks = append(d.Blocks, tracedBlock{Kind: string(bl.Kind), Text: bl.Line()})
			}
			lc.Letters = append(lc.Letters, d)
		}
		out = append(out, lc)
	}
	return out, nil
}
