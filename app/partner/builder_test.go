package partner

import (
	"html"
	"strings"
	"testing"
)

func option(t *testing.T, attr string) Option {
	t.Helper()
	for _, o := range Options() {
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
	for _, o := range Options() {
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
	b := Build("https://app.example/", map[string]string{
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
	if Build("https://app.example/", nil, Pin{}).Pinned != "" {
		t.Error("a pinned snippet without a pin")
	}
}
