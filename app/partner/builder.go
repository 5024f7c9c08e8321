package partner

import (
	"html"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"putitright/app/content"
	"putitright/app/guide"
)

// The snippet builder at /partners uses what follows: one Option for each
// data attribute widget/embed.js reads, checked with the same rules as
// Parse, and the snippet, pinned snippet and Content Security Policy lines
// made from the accepted values.

// Embed-only limits, shared with widget/embed.js.
const (
	MaxTitle      = 120  // characters in data-title
	MinHeight     = 320  // pixels: a smaller data-height is raised to this
	MaxHeight     = 2000 // pixels: a larger data-height is lowered to this
	DefaultHeight = 640  // pixels when data-height is not given
)

// Kind is how the builder asks for an option.
type Kind int

// Option kinds.
const (
	Text Kind = iota
	Tel
	URL
	Colour
	Choice
	Number
)

// Option is one setting a partner can choose, with its words in the
// language of the content it was made with (see Options).
type Option struct {
	Attr    string   // the data attribute without "data-", e.g. "advocacy-phone"
	Label   string   // the form label: the text "partners.option.<attr>"
	Hint    string   // what is allowed, in words: "partners.option.<attr>.hint", or ""
	Kind    Kind     //
	Choices []string // for Choice: the values, the first being the default
	Group   string   // the fieldset it belongs to: the text "partners.group.<group>"
	rule    func(string) (string, bool)
	c       *content.Set // the words
}

// options lists every option embed.js reads, in the builder's order:
// attribute, kind, group (the last part of its "partners.group.*" text
// ID), rule and, for a choice, the values.
func options() []Option {
	contact := func(prefix, group string) []Option {
		return []Option{
			{Attr: prefix + "-name", Kind: Text, Group: group, rule: asEmbed(Name, false)},
			{Attr: prefix + "-phone", Kind: Tel, Group: group, rule: asEmbed(Phone, false)},
			{Attr: prefix + "-web", Kind: URL, Group: group, rule: webAttr},
		}
	}
	out := []Option{
		{Attr: "partner-name", Kind: Text, Group: "you", rule: asEmbed(Name, false)},
		{Attr: "nation", Kind: Choice, Choices: []string{"", NationEngland, NationWales, NationScotland, NationNI}, Group: "you",
			rule: asEmbed(nation, true)},
	}
	out = append(out, contact("advocacy", "advocacy")...)
	out = append(out, contact("pals", "pals")...)
	out = append(out, contact("healthwatch", "healthwatch")...)
	return append(out,
		Option{Attr: "accent", Kind: Colour, Group: "look", rule: asEmbed(Accent, true)},
		Option{Attr: "start", Kind: Choice, Choices: []string{"button", "visible", "inline"}, Group: "look", rule: Start},
		Option{Attr: "height", Kind: Number, Group: "look", rule: Height},
		Option{Attr: "lang", Kind: Choice, Choices: content.Languages(), Group: "look", rule: asEmbed(lang, true)},
		Option{Attr: "title", Kind: Text, Group: "look", rule: Title},
	)
}

// Options returns every option embed.js reads, in the builder's order,
// with the words of c: the texts "partners.*".
func Options(c *content.Set) []Option {
	out := options()
	for i := range out {
		o := &out[i]
		o.c = c
		o.Label = c.T(o.id(""))
		if _, ok := c.Lookup(o.id(".hint")); ok {
			o.Hint = c.T(o.id(".hint"))
		}
		o.Group = c.T("partners.group." + o.Group)
	}
	return out
}

func (o Option) id(suffix string) string { return "partners.option." + o.Attr + suffix }

// Nation values of data-nation.
const (
	NationEngland  = string(guide.England)
	NationWales    = string(guide.Wales)
	NationScotland = string(guide.Scotland)
	NationNI       = string(guide.NorthernIreland)
)

// ChoiceLabel is the words the builder shows for a Choice value: the
// text "partners.option.<attr>.<value>", or "….not-set" for "".
func (o Option) ChoiceLabel(v string) string {
	if v == "" {
		v = "not-set"
	}
	return o.c.T(o.id("." + v))
}

// Start checks data-start: button, visible or inline (any case).
func Start(s string) (string, bool) {
	switch s = strings.ToLower(strings.TrimSpace(s)); s {
	case "button", "visible", "inline":
		return s, true
	}
	return "", false
}

// Height checks data-height: 1 to 5 digits, raised or lowered into
// MinHeight to MaxHeight, as embed.js does.
func Height(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) == 0 || len(s) > 5 || strings.Trim(s, "0123456789") != "" {
		return "", false
	}
	n, _ := strconv.Atoi(s)
	return strconv.Itoa(min(MaxHeight, max(MinHeight, n))), true
}

// Title checks data-title: a name of up to MaxTitle characters.
func Title(s string) (string, bool) {
	v, _ := Name(s)
	n := len([]rune(v))
	return v, n > 0 && n <= MaxTitle
}

// Check checks a value as embed.js would. An empty value (or spaces only)
// is not set: it gives "", "". Otherwise it gives the value embed.js uses
// and "", or "" and a message saying what to enter: the text
// "partners.option.<attr>.refused".
func (o Option) Check(v string) (clean, msg string) {
	if strings.TrimSpace(v) == "" {
		return "", ""
	}
	clean, ok := o.rule(v)
	if ok {
		return clean, ""
	}
	if o.Kind == Colour {
		return "", o.accentMessage(v)
	}
	return "", o.c.T(o.id(".refused"))
}

// Note says how an accepted value differs from what was typed, or "".
func (o Option) Note(typed, clean string) string {
	if clean == "" {
		return ""
	}
	switch o.Kind {
	case Number:
		if n, _ := strconv.Atoi(strings.TrimSpace(typed)); strconv.Itoa(n) != clean {
			return o.c.F("partners.note.height", "height", clean)
		}
	case Colour:
		r, _ := Contrast(clean, white)
		return o.c.F("partners.note.accent", "ratio", ratio(r))
	case Text:
		if clean != strings.TrimSpace(typed) {
			return o.c.T("partners.note.cleaned")
		}
	}
	return ""
}

// accentMessage explains a refused button colour in words: the text
// "partners.option.accent.refused", or "….too-light".
func (o Option) accentMessage(v string) string {
	hex, err := normalHex(strings.TrimSpace(v))
	if err != nil {
		return o.c.T(o.id(".refused"))
	}
	r, _ := Contrast(hex, white)
	return o.c.F(o.id(".too-light"), "colour", hex, "ratio", ratio(r))
}

// ratio writes a contrast ratio rounded down to 2 decimals, so that a
// colour just under the limit never shows as 4.50.
func ratio(r float64) string {
	return strconv.FormatFloat(float64(int(r*100))/100, 'f', 2, 64)
}

// Pin names the pinned copy of embed.js: its file name (embed-HASH.js) and
// its Subresource Integrity value.
type Pin struct{ Name, Integrity string }

// Problem is a refused value.
type Problem struct {
	Attr, Label, Group, Message string
}

// Built is what the builder shows for a set of typed values.
type Built struct {
	Values   map[string]string // the accepted values, cleaned, by attribute
	Problems []Problem         // refused values, in form order
	Snippet  string            // HTML for the page: container and script tag
	Pinned   string            // the same with the pinned, SRI-checked script; "" without a Pin
	CSP      string            // the Content Security Policy lines for the partner's site
	Frame    string            // the iframe-only fallback, for sites that allow no scripts
}

// Build checks typed values (by attribute) and makes the snippets for the
// app at appURL (the app's origin and path, such as https://app.example/),
// with the words of c. Refused values are left out of the snippets.
func Build(c *content.Set, appURL string, typed map[string]string, pin Pin) Built {
	b := Built{Values: map[string]string{}}
	var attrs []string
	for _, o := range Options(c) {
		clean, msg := o.Check(typed[o.Attr])
		switch {
		case msg != "":
			b.Problems = append(b.Problems, Problem{Attr: o.Attr, Label: o.Label, Group: o.Group, Message: msg})
		case clean != "" && !(o.Kind == Choice && clean == o.Choices[0] && o.Attr == "start"):
			b.Values[o.Attr] = clean
			attrs = append(attrs, "\n  data-"+o.Attr+`="`+html.EscapeString(clean)+`"`)
		}
	}
	base := strings.TrimSuffix(appURL, "/") + "/"
	container := "<div data-putitright></div>\n"
	tail := strings.Join(attrs, "") + "></script>"
	b.Snippet = container + `<script async src="` + html.EscapeString(base) + `embed.js"` + tail
	if pin.Name != "" && pin.Integrity != "" {
		b.Pinned = container + `<script async src="` + html.EscapeString(base+pin.Name) + `"` +
			"\n  integrity=\"" + html.EscapeString(pin.Integrity) + "\" crossorigin=\"anonymous\"" + tail
	}
	origin := originOf(appURL)
	b.CSP = "script-src " + origin + "\nframe-src " + origin
	b.Frame = `<iframe src="` + html.EscapeString(base+"#"+b.fragment()) + `" title="` +
		html.EscapeString(titleOf(c, b.Values)) + `" style="width:100%;height:` + heightOf(b.Values) +
		`px;border:0" referrerpolicy="strict-origin"></iframe>`
	return b
}

func guideNation(s string) guide.Nation { return guide.Nation(s) }

// jsTrim trims white space as JavaScript's String.prototype.trim does.
func jsTrim(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return r != 0x85 && (unicode.IsSpace(r) || r == 0xfeff) })
}

// asEmbed wraps a rule with what embed.js does to a data attribute before
// its rule: trim, and for some, lower-case.
func asEmbed(rule func(string) (string, bool), lower bool) func(string) (string, bool) {
	return func(s string) (string, bool) {
		s = jsTrim(s)
		if lower {
			s = strings.ToLower(s)
		}
		return rule(s)
	}
}

// webAttr checks data-*-web as embed.js does: it reads the address as the
// browser would (new URL), which lower-cases the scheme and host and adds
// "/" as an empty path, then applies Web.
func webAttr(s string) (string, bool) {
	s = jsTrim(s)
	u, err := url.Parse(s)
	if err != nil || !strings.EqualFold(u.Scheme, "https") || u.Host == "" {
		return "", false
	}
	rest := s[len(u.Scheme)+3:]
	host, after := rest, ""
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		host, after = rest[:i], rest[i:]
	}
	if after == "" || after[0] != '/' {
		after = "/" + after
	}
	if p := u.Port(); p == "443" {
		host = strings.TrimSuffix(host, ":443")
	}
	return Web("https://" + strings.ToLower(host) + after)
}

// fragment is the app's settings for the iframe-only fallback, as embed.js
// would write them for a link.
func (b Built) fragment() string {
	c := Config{Accent: b.Values[KeyAccent], Title: b.Values[KeyTitle]}
	c.Nation = guideNation(b.Values[KeyNation])
	c.Local.Partner = b.Values["partner-name"]
	c.Local.Advocacy.Name, c.Local.Advocacy.Phone, c.Local.Advocacy.Web = b.Values[KeyAdvocacyName], b.Values[KeyAdvocacyPhone], b.Values[KeyAdvocacyWeb]
	c.Local.PALS.Name, c.Local.PALS.Phone, c.Local.PALS.Web = b.Values[KeyPALSName], b.Values[KeyPALSPhone], b.Values[KeyPALSWeb]
	c.Local.Healthwatch.Name, c.Local.Healthwatch.Phone, c.Local.Healthwatch.Web = b.Values[KeyHealthwatchName], b.Values[KeyHealthwatchPhone], b.Values[KeyHealthwatchWeb]
	return c.Fragment()
}

func heightOf(v map[string]string) string {
	if h := v["height"]; h != "" {
		return h
	}
	return strconv.Itoa(DefaultHeight)
}

// titleOf returns the frame's title: the partner's, or the text
// "embed.title" when data-title is not given.
func titleOf(c *content.Set, v map[string]string) string {
	if t := v["title"]; t != "" {
		return t
	}
	return c.T("embed.title")
}

// originOf returns the scheme and host of an address.
func originOf(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return strings.TrimSuffix(s, "/")
	}
	return u.Scheme + "://" + u.Host
}

// PreviewPage is a page holding only the widget, as the snippet puts it on
// a partner's page, for the builder's preview frame, in the language of c.
func PreviewPage(c *content.Set, b Built) string {
	lang := c.Lang()
	if lang == content.English {
		lang = "en-GB"
	}
	return "<!doctype html>\n<html lang=\"" + html.EscapeString(lang) + "\"><head><meta charset=\"utf-8\"><title>" +
		html.EscapeString(c.T("partners.preview.title")) + "</title>\n" +
		"<link rel=\"stylesheet\" href=\"/web/preview.css\"></head>\n<body>\n" +
		b.Snippet + "\n</body></html>\n"
}
