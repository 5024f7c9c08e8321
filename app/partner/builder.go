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

// Option is one setting a partner can choose.
type Option struct {
	Attr    string   // the data attribute without "data-", e.g. "advocacy-phone"
	Label   string   // the form label
	Hint    string   // what is allowed, in words
	Kind    Kind     //
	Choices []string // for Choice: the values, the first being the default
	Group   string   // the fieldset it belongs to
	rule    func(string) (string, bool)
	refused string // the error message, after "Enter "
}

// Groups, in the builder's order.
const (
	GroupYou      = "Your organisation"
	GroupAdvocacy = "Your advocacy service"
	GroupPALS     = "Your local PALS or patient advice team"
	GroupHW       = "Your local Healthwatch"
	GroupLook     = "How the widget looks and starts"
)

const (
	nameHint  = "Up to 80 characters."
	phoneHint = "Digits, spaces and + ( ) -, with 6 to 20 digits, for example 0300 123 4567."
	webHint   = "A full address starting with https://, up to 200 characters."
)

// contact returns the name, phone and web address options of one of the
// partner's contacts.
func contact(prefix, group, who string) []Option {
	return []Option{
		{Attr: prefix + "-name", Label: "Name", Hint: nameHint, Kind: Text, Group: group, rule: asEmbed(Name, false),
			refused: "a name of 1 to 80 characters for the " + who},
		{Attr: prefix + "-phone", Label: "Phone number", Hint: phoneHint, Kind: Tel, Group: group, rule: asEmbed(Phone, false),
			refused: "a phone number for the " + who + " using only digits, spaces and + ( ) -, with 6 to 20 digits"},
		{Attr: prefix + "-web", Label: "Web address", Hint: webHint, Kind: URL, Group: group, rule: webAttr,
			refused: "a web address for the " + who + " that starts with https://, has no spaces or user name, and is up to 200 characters"},
	}
}

// Options returns every option embed.js reads, in the builder's order.
func Options() []Option {
	out := []Option{{Attr: "partner-name", Label: "Organisation name", Hint: "Shown as “Offered by …” on the card. " + nameHint,
		Kind: Text, Group: GroupYou, rule: asEmbed(Name, false), refused: "an organisation name of 1 to 80 characters"}}
	out = append(out, Option{Attr: "nation", Label: "Nation", Hint: "Where your people get their care. The app then skips that question.", Kind: Choice,
		Choices: []string{"", NationEngland, NationWales, NationScotland, NationNI}, Group: GroupYou,
		rule: asEmbed(nation, true), refused: "england, wales, scotland or northern-ireland"})
	out = append(out, contact("advocacy", GroupAdvocacy, "advocacy service")...)
	out = append(out, contact("pals", GroupPALS, "PALS")...)
	out = append(out, contact("healthwatch", GroupHW, "Healthwatch")...)
	return append(out,
		Option{Attr: "accent", Label: "Button colour", Hint: "#rgb or #rrggbb, for example #6b1d5c. It must be dark enough for white text on it.",
			Kind: Colour, Group: GroupLook, rule: asEmbed(Accent, true)},
		Option{Attr: "start", Label: "When the app loads", Kind: Choice, Choices: []string{"button", "visible", "inline"}, Group: GroupLook,
			rule: Start, refused: "button, visible or inline"},
		Option{Attr: "height", Label: "Height in pixels", Hint: "From 320 to 2000. How tall the app is while it loads; then it fits its own pages.",
			Kind: Number, Group: GroupLook, rule: Height, refused: "a height as a whole number of pixels, for example 640"},
		Option{Attr: "lang", Label: "Language", Hint: "The language of the app's words.", Kind: Choice,
			Choices: content.Languages(), Group: GroupLook, rule: asEmbed(lang, true), refused: "a language the app has"},
		Option{Attr: "title", Label: "Title", Hint: "The card's title, also read out by screen readers. A widget with its own title keeps its own drafts. Up to 120 characters.",
			Kind: Text, Group: GroupLook, rule: Title, refused: "a title of 1 to 120 characters"},
	)
}

// Nation values of data-nation.
const (
	NationEngland  = string(guide.England)
	NationWales    = string(guide.Wales)
	NationScotland = string(guide.Scotland)
	NationNI       = string(guide.NorthernIreland)
)

// ChoiceLabel is the words the builder shows for a Choice value.
func ChoiceLabel(v string) string {
	switch v {
	case "":
		return "Not set: the app asks"
	case NationEngland:
		return "England"
	case NationWales:
		return "Wales"
	case NationScotland:
		return "Scotland"
	case NationNI:
		return "Northern Ireland"
	case "button":
		return "When someone presses Start (best)"
	case "visible":
		return "When the widget scrolls into view"
	case "inline":
		return "With the page"
	case "en":
		return "English"
	}
	return v
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
// and "", or "" and a message saying what to enter.
func (o Option) Check(v string) (clean, msg string) {
	if strings.TrimSpace(v) == "" {
		return "", ""
	}
	clean, ok := o.rule(v)
	if ok {
		return clean, ""
	}
	if o.Kind == Colour {
		return "", accentMessage(v)
	}
	return "", "Enter " + o.refused + "."
}

// Note says how an accepted value differs from what was typed, or "".
func (o Option) Note(typed, clean string) string {
	if clean == "" {
		return ""
	}
	switch o.Kind {
	case Number:
		if n, _ := strconv.Atoi(strings.TrimSpace(typed)); strconv.Itoa(n) != clean {
			return "The widget will use " + clean + " pixels: heights go from 320 to 2000."
		}
	case Colour:
		r, _ := Contrast(clean, white)
		return "White text on this colour has a contrast of " + ratio(r) + " to 1. That is enough: it must be 4.5 to 1 or more."
	case Text:
		if clean != strings.TrimSpace(typed) {
			return "Hidden control or text-direction characters were taken out."
		}
	}
	return ""
}

// accentMessage explains a refused button colour in words.
func accentMessage(v string) string {
	hex, err := normalHex(strings.TrimSpace(v))
	if err != nil {
		return "Enter the button colour as # and 3 or 6 hex digits (0 to 9, a to f), for example #6b1d5c."
	}
	r, _ := Contrast(hex, white)
	return "Choose a darker button colour: white text on " + hex + " has a contrast of only " + ratio(r) +
		" to 1, and people with low vision need 4.5 to 1 or more to read it."
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
// app at appURL (the app's origin and path, such as https://app.example/).
// Refused values are left out of the snippets.
func Build(appURL string, typed map[string]string, pin Pin) Built {
	b := Built{Values: map[string]string{}}
	var attrs []string
	for _, o := range Options() {
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
		html.EscapeString(titleOf(b.Values)) + `" style="width:100%;height:` + heightOf(b.Values) +
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

// DefaultTitle is the card's title when data-title is not given.
const DefaultTitle = "Put It Right: help with a complaint about NHS or social care"

func titleOf(v map[string]string) string {
	if t := v["title"]; t != "" {
		return t
	}
	return DefaultTitle
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
// a partner's page, for the builder's preview frame.
func PreviewPage(b Built) string {
	return "<!doctype html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Your page</title>\n" +
		"<link rel=\"stylesheet\" href=\"/web/preview.css\"></head>\n<body>\n" +
		b.Snippet + "\n</body></html>\n"
}
