package main

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
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

// textRef names a text a block's words came from ("#n": its n-th
// alternative), with the anchor of its entry in the report, if any.
type textRef struct{ Label, Anchor string }

type tracedBlock struct {
	Kind  string
	Text  string
	Texts []textRef // the texts that gave its words
	When  []string  // the conditions that held to choose it, each with what it means
}

// hasEntry reports whether id is an item or text, with an entry in the
// report.
func hasEntry(c *content.Set, id string) bool {
	_, text := c.Lookup(id)
	_, item := c.Item(id)
	return text || item
}

// letterCases drafts the letters of every case in cases.json.
func letterCases(c *content.Set, today time.Time, means map[string]string) ([]letterCase, error) {
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
			blocks, err := letter.Explain(c, ref.ID, k.Answers, k.Details, today)
			if err != nil {
				return nil, fmt.Errorf("review: case %q: %w", k.Name, err)
			}
			d := drafted{Title: ref.Title}
			for _, b := range blocks {
				tb := tracedBlock{Kind: string(b.Block.Kind), Text: b.Block.Line()}
				for _, id := range b.Texts {
					ref := textRef{Label: id}
					if base, _, _ := strings.Cut(id, "#"); hasEntry(c, base) {
						ref.Anchor = base
					}
					tb.Texts = append(tb.Texts, ref)
				}
				for _, w := range b.When {
					tb.When = append(tb.When, whenWords(w, means))
				}
				d.Blocks = append(d.Blocks, tb)
			}
			lc.Letters = append(lc.Letters, d)
		}
		out = append(out, lc)
	}
	return out, nil
}

// whenWords shows a condition with what it means: "died (someone died)",
// or for a longer one, each name it uses.
func whenWords(cond string, means map[string]string) string {
	if !strings.ContainsAny(cond, " ()") {
		return cond + " (" + meaning(cond, means) + ")"
	}
	return cond + ": " + explain(cond, means)
}
