package partner

import (
	"html"
	"strings"
	"testing"

	"putitright/app/content"
	"putitright/internal/pseudotest"
)

// en is the English content.
var en = func() *content.Set {
	c, err := content.Default()
	if err != nil {
		panic(err)
	}
	return c
}()

func option(t *testing.T, attr string) Option {
	t.Helper()
	for _, o := range Options(en) {
		if o.Attr == attr {
			return o
		}
	}
	t.Fatalf("no option %q", attr)
	return Option{}
}

func TestOptionCheck(t *testing.T) {
	tests := []struct {
		attr, typed, clean string
		refused            string // part of the message; "" when accepted
	}{
		{"partner-name", "", "", ""},
		{"partner-name", "  Healthwatch Example ", "Healthwatch Example", ""},
		{"partner-name", strings.Repeat("a", 81), "", "1 to 80 characters"},
		{"advocacy-phone", "0300 000 0000", "0300 000 0000", ""},
		{"advocacy-phone", "\t0300 000 0000\n", "0300 000 0000", ""},
		{"advocacy-phone", "call us", "", "only digits"},
		{"advocacy-web", "https://advocacy.example.org", "https://advocacy.example.org/", ""},
		{"advocacy-web", "HTTPS://Advocacy.Example.org/Help?x=1", "https://advocacy.example.org/Help?x=1", ""},
		{"advocacy-web", "http://advocacy.example.org/", "", "starts with https://"},
		{"pals-web", "https://u:p@example.org/", "", "https://"},
		{"accent", "#6B1D5C", "#6b1d5c", ""},
		{"accent", " #036 ", "#003366", ""},
		{"accent", "#ffdd00", "", "contrast of only 1.34 to 1"},
		{"accent", "#777777", "", "4.47 to 1"},
		{"accent", "purple", "", "hex digits"},
		{"nation", "Wales", "wales", ""},
		{"nation", "mars", "", "england, wales"},
		{"start", "Inline", "inline", ""},
		{"start", "later", "", "button, visible or inline"},
		{"height", "100", "320", ""},
		{"height", "99999", "2000", ""},
		{"height", "tall", "", "whole number"},
		{"title", strings.Repeat("é", 120), strings.Repeat("é", 120), ""},
		{"title", strings.Repeat("é", 121), "", "1 to 120"},
	}
	for _, tt := range tests {
		clean, msg := option(t, tt.attr).Check(tt.typed)
		if clean != tt.clean || (tt.refused == "") != (msg == "") || !strings.Contains(msg, tt.refused) {
			t.Errorf("%s %q: Check = %q, %q; want %q and a message with %q", tt.attr, tt.typed, clean, msg, tt.clean, tt.refused)
		}
		if msg != "" && (!strings.HasSuffix(msg, ".") || strings.Contains(msg, tt.typed) && len(tt.typed) > 40) {
			t.Errorf("%s %q: message %q", tt.attr, tt.typed, msg)
		}
	}
}

func TestOptionsMatchParse(t *testing.T) {
	// Every fragment key the app reads has a builder option.
	attrs := map[string]bool{}
	for _, o := range Options(en) {
		attrs[o.Attr] = true
	}
	for _, f := range fields {
		attr := f.key
		if attr == KeyPartner {
			attr = "partner-name"
		}
		if !attrs[attr] && f.key != KeyHost {
			t.Errorf("no builder option for fragment key %q", f.key)
		}
	}
}

func TestBuild(t *testing.T) {
	pin := Pin{Name: "embed-0123456789ab.js", Integrity: "sha384-abc"}
	b := Build(en, "https://app.example/", map[string]string{
		"partner-name": `Help & "Care"`, "advocacy-phone": "0300 000 0000", "accent": "#ffdd00",
		"nation": "scotland", "start": "button", "height": "560",
	}, pin)
	for _, want := range []string{
		"<div data-putitright></div>\n<script",
		`<script async src="https://app.example/embed.js"`,
		`data-partner-name="Help &amp; &#34;Care&#34;"`,
		`data-advocacy-phone="0300 000 0000"`,
		`data-nation="scotland"`, `data-height="560"`,
	} {
		if !strings.Contains(b.Snippet, want) {
			t.Errorf("snippet lacks %s:\n%s", want, b.Snippet)
		}
	}
	if strings.Contains(b.Snippet, "accent") || strings.Contains(b.Snippet, "data-start") {
		t.Errorf("snippet keeps a refused or default value:\n%s", b.Snippet)
	}
	if len(b.Problems) != 1 || b.Problems[0].Attr != "accent" {
		t.Errorf("problems = %+v", b.Problems)
	}
	if !strings.Contains(b.Pinned, `src="https://app.example/embed-0123456789ab.js"`) ||
		!strings.Contains(b.Pinned, `integrity="sha384-abc" crossorigin="anonymous"`) {
		t.Errorf("pinned:\n%s", b.Pinned)
	}
	if b.CSP != "script-src https://app.example\nframe-src https://app.example" {
		t.Errorf("CSP = %q", b.CSP)
	}
	src := html.UnescapeString(b.Frame[strings.Index(b.Frame, "#")+1 : strings.Index(b.Frame, `" title`)])
	if cfg, warns := Parse(src); len(warns) != 0 || cfg.Local.Partner != `Help & "Care"` || cfg.Nation != "scotland" {
		t.Errorf("frame %s gives %+v, %q", b.Frame, cfg, warns)
	}
	if Build(en, "https://app.example/", nil, Pin{}).Pinned != "" {
		t.Error("a pinned snippet without a pin")
	}
}

// TestOptionWords checks every option has its label, its message for a
// refused value and a label for each choice, and that every
// "partners.option.*" text belongs to an option.
func TestOptionWords(t *testing.T) {
	used := map[string]bool{}
	need := func(id string) {
		used[id] = true
		if _, ok := en.Lookup(id); !ok {
			t.Errorf("no text %s", id)
		}
	}
	for _, o := range Options(en) {
		need(o.id(""))
		need(o.id(".refused"))
		if _, ok := en.Lookup(o.id(".hint")); ok {
			need(o.id(".hint"))
		}
		if o.Kind == Colour {
			need(o.id(".too-light"))
		}
		for _, v := range o.Choices {
			if v == "" {
				v = "not-set"
			}
			need(o.id("." + v))
		}
		if o.Label == "" || strings.Contains(o.Label+o.Hint+o.Group, "[") {
			t.Errorf("%s: label %q, hint %q, group %q", o.Attr, o.Label, o.Hint, o.Group)
		}
	}
	for _, tx := range en.Texts() {
		if strings.HasPrefix(tx.ID, "partners.option.") && !used[tx.ID] {
			t.Errorf("text %s belongs to no option", tx.ID)
		}
	}
	if got := option(t, "start").ChoiceLabel("button"); got != "When someone presses Start (best)" {
		t.Errorf("start button: %q", got)
	}
	if got := option(t, "nation").ChoiceLabel(""); got != "Not set: the app asks" {
		t.Errorf("nation not set: %q", got)
	}
}

// TestBuilderPseudo shows the builder's words in the pseudo-language:
// labels, hints, groups, choices, every refused value's message, the notes,
// and the frame and preview titles. Every word must come from the content
// or be what was typed.
func TestBuilderPseudo(t *testing.T) {
	c := pseudotest.Set(t)
	bad := map[string]string{"partner-name": strings.Repeat("a", 81), "nation": "mars", "advocacy-name": " ",
		"advocacy-phone": "call us", "advocacy-web": "http://x.example", "pals-phone": "1", "pals-web": "ftp://x",
		"healthwatch-name": strings.Repeat("b", 90), "healthwatch-phone": "x", "healthwatch-web": "https://u:p@x.example/",
		"accent": "#ffdd00", "start": "later", "height": "tall", "lang": "klingon", "title": strings.Repeat("é", 121)}
	var words []string
	for _, o := range Options(c) {
		words = append(words, o.Label, o.Hint, o.Group)
		for _, v := range o.Choices {
			words = append(words, o.ChoiceLabel(v))
		}
		_, msg := o.Check(bad[o.Attr])
		words = append(words, msg)
	}
	for _, o := range Options(c) {
		if o.Kind == Colour {
			_, msg := o.Check("purple")
			words = append(words, msg)
		}
		for _, typed := range []string{"99999", "#036", "Help\u202e Care"} {
			clean, _ := o.Check(typed)
			words = append(words, o.Note(typed, clean))
		}
	}
	b := Build(c, "https://app.example/", bad, Pin{})
	for _, p := range b.Problems {
		words = append(words, p.Label, p.Group, p.Message)
	}
	frame := html.UnescapeString(b.Frame[strings.Index(b.Frame, `title="`)+7 : strings.Index(b.Frame, `" style`)])
	page := PreviewPage(c, b)
	title := page[strings.Index(page, "<title>")+7 : strings.Index(page, "</title>")]
	words = append(words, frame, html.UnescapeString(title))
	all := strings.Join(words, "\n")
	pseudotest.Check(t, "builder", all, "#ffdd00", "2000", "1.34", "9.03")
	if !strings.Contains(page, `lang="en-XA"`) {
		t.Errorf("preview page language: %s", page)
	}
	if len(pseudotest.Plain(all+"\nEnter a name.", "#ffdd00", "2000", "1.34", "9.03")) == 0 {
		t.Error("a hard-coded word is not caught")
	}
}
