package main

import (
	"fmt"
	"html/template"
	"net/url"
	"slices"
	"strings"
	"time"

	"putitright/app/content"
	"putitright/app/guide"
)

// report is everything the page shows.
type report struct {
	Today    string
	Sections []section
	Old      []entry // reviewed more than 12 months ago
	Langs    []langSummary
	Sources  []sourceUse
	Terms    []guide.Term
	Letters  []letterCase
	Count    int
}

// section is a group of entries whose IDs share a first part.
type section struct {
	ID, Title, Intro string
	Entries          []entry
}

// entry is one item or text.
type entry struct {
	ID       string
	Kind     string // "Guidance" or "Text"
	Parts    []part
	Scope    []string // "Nations: England, Wales"
	Sources  []link
	Note     string
	Reviewed string
	Age      string // "3 months"
	Old      bool
	Langs    []langState
}

// part is one piece of an entry's wording: a labelled field of an item,
// a text's words, or one of its alternatives or list entries with the
// condition that chooses it.
type part struct {
	Label     string
	When      string // the condition as written
	WhenWords string // what it means
	Words     template.HTML
}

type link struct{ Title, URL, Host string }

// langState is the state of one entry in one translation.
type langState struct{ Lang, State string }

type langSummary struct {
	Lang                            string
	Translated, Unreviewed, Missing int
}

type sourceUse struct {
	link
	ID        string
	Exception string
	UsedBy    []string
}

// sectionTitles names the sections by the first part of the IDs they
// hold, in the order the report shows them. IDs with another first part
// go in a section of their own at the end.
var sectionTitles = []struct{ prefix, title, intro string }{
	{"urgent", "Urgent help", "What the plan and the urgent page say to do at once."},
	{"plan", "The plan's opening", "Words at the top of the plan."},
	{"outcome", "Outcomes and their routes", "For each outcome a person wants, the routes that can get it."},
	{"complaint", "Making the complaint", "Where to send the complaint, by nation and kind of care."},
	{"duty", "What the organisation must do", "The duties of the organisation once it has the complaint."},
	{"time", "Time limits", "The complaint and ombudsman time limits, and how the plan words them."},
	{"next", "The next step", "The one thing to do now, at the top of the plan."},
	{"route", "Taking it further", "Ombudsmen, schemes and other routes after the complaint."},
	{"report", "Reporting a concern", "Places to report a concern that are not a complaint."},
	{"regulator", "Professional regulators", ""},
	{"warn", "Warnings", "Legal and money warnings in the plan."},
	{"help", "Free help", "Advocacy and advice services in the plan."},
	{"who", "Complaining for someone else", ""},
	{"letter", "Why each letter is suggested", "The reasons the plan gives for each letter."},
	{"q", "Questions", "Every question page: the question, its hint, its choices and the message when it is not answered."},
	{"ui", "Pages", "The words on the app's pages: headings, buttons, hints and messages."},
	{"title", "Letter titles", ""},
	{"draft", "Letter wording", "The paragraphs of the letters (see also the letters drafted for realistic cases at the end)."},
	{"field", "Letter details", "The labels, hints and examples of the details each letter asks for."},
	{"tips", "Writing tips", "The tips shown beside each letter."},
	{"flag", "Words to look at again", "What the letter checker says about threats, insults, demands and capitals."},
	{"track", "The case tracker", "Due dates, steps and the calendar file."},
	{"name", "Names", "The names of bodies, as sentences use them."},
	{"date", "Dates", "How dates are written."},
	{"partners", "For partners", "The setup page for charities that put the app on their website."},
	{"embed", "On a partner's page", "The card a partner's web page shows before the app opens."},
}

// build gathers the report from the embedded content.
func build(today time.Time) (report, error) {
	c, err := content.Default()
	if err != nil {
		return report{}, err
	}
	r := report{Today: today.Format("2 January 2006"), Terms: guide.Terms()}
	means := termMeanings()
	translations := map[string]map[string]bool{} // lang -> ID -> unreviewed
	for _, lang := range content.Languages()[1:] {
		items, texts, err := content.Translation(lang)
		if err != nil {
			return report{}, err
		}
		m := map[string]bool{}
		for _, it := range items {
			m[it.ID] = it.Unreviewed
		}
		for _, t := range texts {
			m[t.ID] = t.Unreviewed
		}
		translations[lang] = m
		r.Langs = append(r.Langs, langSummary{Lang: lang})
	}
	bySection := map[string]*section{}
	var order []string
	add := func(e entry) {
		prefix, _, _ := strings.Cut(e.ID, ".")
		s, ok := bySection[prefix]
		if !ok {
			s = &section{ID: "s-" + prefix, Title: prefix}
			for _, st := range sectionTitles {
				if st.prefix == prefix {
					s.Title, s.Intro = st.title, st.intro
				}
			}
			bySection[prefix] = s
			order = append(order, prefix)
		}
		for i, l := range r.Langs {
			unreviewed, done := translations[l.Lang][e.ID]
			state := "not translated"
			switch {
			case done && unreviewed:
				state = "translated, not yet reviewed"
				r.Langs[i].Unreviewed++
			case done:
				state = "translated"
				r.Langs[i].Translated++
			default:
				r.Langs[i].Missing++
			}
			e.Langs = append(e.Langs, langState{l.Lang, state})
		}
		e.Age, e.Old = age(e.Reviewed, today)
		if e.Old {
			r.Old = append(r.Old, e)
		}
		s.Entries = append(s.Entries, e)
		r.Count++
	}
	used := map[string][]string{}
	sources := func(ids []string, by string) []link {
		var out []link
		for _, id := range ids {
			if src, ok := c.Source(id); ok {
				out = append(out, newLink(src.Title, src.URL))
				used[id] = append(used[id], by)
			}
		}
		return out
	}
	for _, it := range c.Items() {
		e := entry{ID: it.ID, Kind: "Guidance", Reviewed: it.Reviewed, Scope: scopeLines(c, it.Scope, means),
			Sources: sources(it.Sources, it.ID)}
		for _, p := range []struct{ label, text string }{
			{"Title", it.Title}, {"Text", it.Text}, {"What to expect", it.Expect}, {"What it cannot do", it.Cannot},
			{"How to find it", it.Find}, {"On the service's own site", it.Open},
		} {
			if p.text != "" {
				e.Parts = append(e.Parts, part{Label: p.label, Words: words(p.text)})
			}
		}
		if it.Phone != "" {
			e.Parts = append(e.Parts, part{Label: "Phone", Words: template.HTML(template.HTMLEscapeString(it.Phone))})
		}
		if it.Web != "" {
			e.Parts = append(e.Parts, part{Label: "Website", Words: template.HTML(template.HTMLEscapeString(it.Web))})
		}
		add(e)
	}
	for _, t := range c.Texts() {
		e := entry{ID: t.ID, Kind: "Text", Reviewed: t.Reviewed, Scope: scopeLines(c, t.Scope, means), Note: t.Note,
			Sources: sources(t.Sources, t.ID)}
		if t.Text != "" {
			e.Parts = append(e.Parts, part{Words: words(t.Text)})
		}
		for i, v := range t.First {
			label := "Otherwise"
			if i == 0 {
				label = "First choice"
			}
			e.Parts = append(e.Parts, part{Label: label, When: v.When, WhenWords: explain(v.When, means), Words: words(v.Text)})
		}
		for _, v := range t.List {
			e.Parts = append(e.Parts, part{Label: "•", When: v.When, WhenWords: explain(v.When, means), Words: words(v.Text)})
		}
		add(e)
	}
	for _, st := range sectionTitles {
		if s, ok := bySection[st.prefix]; ok {
			r.Sections = append(r.Sections, *s)
		}
	}
	for _, p := range order {
		if !slices.ContainsFunc(sectionTitles, func(st struct{ prefix, title, intro string }) bool { return st.prefix == p }) {
			r.Sections = append(r.Sections, *bySection[p])
		}
	}
	for _, src := range c.Sources() {
		r.Sources = append(r.Sources, sourceUse{link: newLink(src.Title, src.URL), ID: src.ID, Exception: src.Exception, UsedBy: used[src.ID]})
	}
	r.Letters, err = letterCases(c, today, means)
	if err != nil {
		return report{}, err
	}
	return r, nil
}

// age says how long ago date was, and whether that is over 12 months.
func age(date string, today time.Time) (string, bool) {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return "unknown", true
	}
	months := (today.Year()-d.Year())*12 + int(today.Month()-d.Month())
	if today.Day() < d.Day() {
		months--
	}
	switch {
	case months < 1:
		return "under a month", false
	case months == 1:
		return "1 month", false
	}
	return fmt.Sprintf("%d months", months), months > 12
}

// words shows a template with its named values marked, so an editor can
// see which parts the app fills in.
func words(tmpl string) template.HTML {
	segs, err := content.Split(tmpl)
	if err != nil {
		return template.HTML(`<span class="bad">` + template.HTMLEscapeString(tmpl) + ` (` + template.HTMLEscapeString(err.Error()) + `)</span>`)
	}
	var sb strings.Builder
	for _, s := range segs {
		if s.Name == "" {
			sb.WriteString(template.HTMLEscapeString(s.Text))
			continue
		}
		sb.WriteString(`<span class="value" title="filled in by the app">` + template.HTMLEscapeString(s.Name))
		if s.Placeholder != "" {
			sb.WriteString(` <span class="ph">(if empty: [` + template.HTMLEscapeString(s.Placeholder) + `])</span>`)
		}
		sb.WriteString(`</span>`)
	}
	return template.HTML(strings.ReplaceAll(sb.String(), "\n", "<br>"))
}

// termMeanings returns what each condition name means, from the rules
// vocabulary.
func termMeanings() map[string]string {
	m := map[string]string{}
	for _, t := range guide.Terms() {
		m[t.Name] = t.Means
	}
	return m
}

// explain says in words what a condition means: each name it uses, with
// its meaning.
func explain(cond string, means map[string]string) string {
	c, err := content.ParseCond(cond)
	if err != nil {
		return err.Error()
	}
	var parts []string
	for _, n := range c.Names() {
		parts = append(parts, n+" = "+meaning(n, means))
	}
	return strings.Join(parts, "; ")
}

// letterFamilies say what the names about a letter's details mean (see
// package letter's values.go).
var letterFamilies = map[string]string{
	"given":      "this detail is filled in: ",
	"exact":      "this date has its day: ",
	"letter":     "the letter being drafted is ",
	"profession": "the professional is a ",
	"item":       "the outcome in this line is ",
}

// meaning says what one condition name means.
func meaning(name string, means map[string]string) string {
	if m, ok := means[name]; ok {
		return m
	}
	if f, v, ok := strings.Cut(name, ":"); ok && letterFamilies[f] != "" {
		return letterFamilies[f] + strings.ReplaceAll(v, "-", " ")
	}
	switch name {
	case "introduce":
		return "the person is named here for the first time, with who they are to the writer"
	case "waited-6-months":
		return "the complaint was made more than 6 months ago"
	}
	return "(not known)"
}

// scopeLines says where an item applies, one line a dimension, each
// word as the question pages put it ("England", "GP practice").
func scopeLines(c *content.Set, s content.Scope, means map[string]string) []string {
	var out []string
	for _, d := range []struct {
		name, question string
		list           []string
	}{{"Nations", "nation", s.Nations}, {"Care", "service", s.Care}, {"Stages", "stage", s.Stages},
		{"People", "person", s.People}, {"Harm", "harm", s.Harms}} {
		if len(d.list) == 0 {
			continue
		}
		var words []string
		for _, w := range d.list {
			words = append(words, scopeWord(c, d.question, w, means))
		}
		out = append(out, d.name+": "+strings.Join(words, "; "))
	}
	return out
}

// scopeGroups names the scope words that are not answers to a question.
var scopeGroups = map[string]string{
	"unsure":            "not known or not answered",
	"before":            "before a formal complaint",
	"during":            "after the complaint is made, before the final answer",
	"after":             "after the final answer",
	"nhs":               "any NHS care",
	"social-care":       "adult social care",
	"self-paid-private": "health care the person paid for themselves",
	"nhs-contractor":    "NHS care from a GP practice, dentist, pharmacy or optician",
}

// scopeWord returns a scope word as a person would read it: the choice
// on the question page it comes from, or what it means.
func scopeWord(c *content.Set, question, w string, means map[string]string) string {
	if g, ok := scopeGroups[w]; ok {
		return g
	}
	if t, ok := c.Lookup("q." + question + "." + w); ok && t.Text != "" {
		return t.Text
	}
	if m, ok := means[w]; ok {
		return m
	}
	return w
}

func newLink(title, raw string) link {
	host := raw
	if u, err := url.Parse(raw); err == nil {
		host = strings.TrimPrefix(u.Hostname(), "www.")
	}
	return link{Title: title, URL: raw, Host: host}
}
