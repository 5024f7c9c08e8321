// Package partner reads the configuration a partner (a local Healthwatch, an
// NHS complaints advocacy service) passes to the app when it embeds it with
// widget/embed.js.
//
// The loader puts the configuration in the URL fragment of the iframe, never
// in the query string, because the service worker's cache keys include the
// query. The loader already validates every value; Parse validates them again
// with the same rules, because anyone can link to the app with any fragment.
//
// The package is pure Go (no syscall/js) so it builds and tests natively and
// for js/wasm.
package partner

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"putitright/app/content"
	"putitright/app/guide"
)

// Fragment keys. They are also the loader's data attributes, without the
// "data-" prefix (except "partner", which is data-partner-name).
const (
	KeyPartner          = "partner"
	KeyAdvocacyName     = "advocacy-name"
	KeyAdvocacyPhone    = "advocacy-phone"
	KeyAdvocacyWeb      = "advocacy-web"
	KeyPALSName         = "pals-name"
	KeyPALSPhone        = "pals-phone"
	KeyPALSWeb          = "pals-web"
	KeyHealthwatchName  = "healthwatch-name"
	KeyHealthwatchPhone = "healthwatch-phone"
	KeyHealthwatchWeb   = "healthwatch-web"
	KeyAccent           = "accent"
	KeyNation           = "nation"
	KeyTitle            = "title" // the widget's title: each title keeps its own draft
	KeyLang             = "lang"  // the language, such as "en" (content.Languages)
	KeyEmbed            = "embed"
	KeyHost             = "host"
)

// Limits shared with widget/embed.js.
const (
	MaxName     = 80     // characters in a name, after cleaning
	MaxWeb      = 200    // characters in a web address
	MaxPhone    = 32     // characters in a phone number, separators included
	MinDigits   = 6      // digits in a phone number
	MaxDigits   = 20     //
	MinContrast = 4.5    // accent against white text (WCAG AA, normal text)
	maxFragment = 4096   // a longer fragment is ignored as a whole
	white       = "#fff" // the button text colour the accent must suit
)

// Config is the partner's configuration, every value validated.
type Config struct {
	Local    guide.Local  // the partner's name and local contacts
	Accent   string       // button colour as lower-case #rrggbb, or ""
	Nation   guide.Nation // the partner's nation, or "" if not given
	Embedded bool         // the app runs inside a partner's page (embed=1)
	Host     string       // the embedding page's origin, e.g. https://healthwatch.example
	Title    string       // the widget's own title (data-title), or ""
	Lang     string       // the language to show, or "" for English
}

// field ties a fragment key to a Config field and its rule.
type field struct {
	key  string
	what string // plain-English name for warnings
	rule func(string) (string, bool)
	get  func(*Config) *string
}

var fields = []field{
	{KeyPartner, "partner name", Name, func(c *Config) *string { return &c.Local.Partner }},
	{KeyAdvocacyName, "advocacy service name", Name, func(c *Config) *string { return &c.Local.Advocacy.Name }},
	{KeyAdvocacyPhone, "advocacy phone number", Phone, func(c *Config) *string { return &c.Local.Advocacy.Phone }},
	{KeyAdvocacyWeb, "advocacy web address", Web, func(c *Config) *string { return &c.Local.Advocacy.Web }},
	{KeyPALSName, "PALS name", Name, func(c *Config) *string { return &c.Local.PALS.Name }},
	{KeyPALSPhone, "PALS phone number", Phone, func(c *Config) *string { return &c.Local.PALS.Phone }},
	{KeyPALSWeb, "PALS web address", Web, func(c *Config) *string { return &c.Local.PALS.Web }},
	{KeyHealthwatchName, "Healthwatch name", Name, func(c *Config) *string { return &c.Local.Healthwatch.Name }},
	{KeyHealthwatchPhone, "Healthwatch phone number", Phone, func(c *Config) *string { return &c.Local.Healthwatch.Phone }},
	{KeyHealthwatchWeb, "Healthwatch web address", Web, func(c *Config) *string { return &c.Local.Healthwatch.Web }},
	{KeyAccent, "accent colour", Accent, func(c *Config) *string { return &c.Accent }},
	{KeyNation, "nation", nation, func(c *Config) *string { return (*string)(&c.Nation) }},
	{KeyTitle, "title", Title, func(c *Config) *string { return &c.Title }},
	{KeyLang, "language", lang, func(c *Config) *string { return &c.Lang }},
	{KeyHost, "embedding page's address", Origin, func(c *Config) *string { return &c.Host }},
}

var hints = map[string]string{
	KeyPartner:          "names must be 1 to 80 characters",
	KeyAdvocacyName:     "names must be 1 to 80 characters",
	KeyPALSName:         "names must be 1 to 80 characters",
	KeyHealthwatchName:  "names must be 1 to 80 characters",
	KeyAdvocacyPhone:    "use only digits, spaces and + ( ) -, with 6 to 20 digits",
	KeyPALSPhone:        "use only digits, spaces and + ( ) -, with 6 to 20 digits",
	KeyHealthwatchPhone: "use only digits, spaces and + ( ) -, with 6 to 20 digits",
	KeyAdvocacyWeb:      "use a full https:// address of up to 200 characters",
	KeyPALSWeb:          "use a full https:// address of up to 200 characters",
	KeyHealthwatchWeb:   "use a full https:// address of up to 200 characters",
	KeyAccent:           "use #rgb or #rrggbb dark enough for white text (contrast 4.5:1 or more)",
	KeyNation:           "use england, wales, scotland or northern-ireland",
	KeyTitle:            "titles must be 1 to 120 characters",
	KeyLang:             "use a language the app has: " + strings.Join(content.Languages(), ", "),
	KeyHost:             "it must be an origin such as https://example.org",
}

// Parse reads a URL fragment, with or without its leading '#'. Invalid or
// unknown values are ignored; each one gives a plain-English warning for
// the app to log. Parse never fails and never panics.
func Parse(fragment string) (Config, []string) {
	var c Config
	var warns []string
	fragment = strings.TrimPrefix(fragment, "#")
	if fragment == "" {
		return c, nil
	}
	if len(fragment) > maxFragment {
		return c, []string{fmt.Sprintf("The settings in the address were ignored: they are longer than %d characters.", maxFragment)}
	}
	q, err := url.ParseQuery(fragment)
	if err != nil {
		// ParseQuery keeps the pairs it could read; say so and go on.
		warns = append(warns, "Some settings in the address could not be read and were ignored.")
	}
	known := map[string]bool{KeyEmbed: true}
	for _, f := range fields {
		known[f.key] = true
		vs, ok := q[f.key]
		if !ok {
			continue
		}
		if len(vs) > 1 {
			warns = append(warns, fmt.Sprintf("The %s was given more than once; the first one is used.", f.what))
		}
		v, ok := f.rule(vs[0])
		if !ok {
			warns = append(warns, fmt.Sprintf("The %s %s was ignored: %s.", f.what, quote(vs[0]), hints[f.key]))
			continue
		}
		*f.get(&c) = v
	}
	if vs, ok := q[KeyEmbed]; ok {
		if vs[0] == "1" {
			c.Embedded = true
		} else {
			warns = append(warns, fmt.Sprintf("The embed setting %s was ignored: it must be 1.", quote(vs[0])))
		}
	}
	var unknown []string
	for k := range q {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		warns = append(warns, fmt.Sprintf("The unknown setting %s was ignored.", quote(k)))
	}
	return c, warns
}

// Fragment encodes the configuration for a link that opens the app at top
// level with the same settings: everything except Embedded and Host. The
// result has no leading '#'; it is "" for an empty configuration.
func (c Config) Fragment() string {
	q := url.Values{}
	for _, f := range fields {
		if f.key == KeyHost {
			continue
		}
		if v := *f.get(&c); v != "" {
			q.Set(f.key, v)
		}
	}
	return q.Encode()
}

// quote shows a rejected value in a warning, shortened and made printable.
func quote(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:40]) + "…"
	}
	return strconv.QuoteToASCII(s)
}

// stripped reports the characters names lose: control characters, bidi
// controls and the byte-order mark. embed.js strips the same set.
func stripped(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r == 0xfeff:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Name cleans a name: control and bidi characters are removed, then spaces
// trimmed. It is valid if 1 to MaxName characters remain.
func Name(s string) (string, bool) {
	if !utf8.ValidString(s) {
		return "", false
	}
	s = strings.TrimFunc(strings.Map(func(r rune) rune {
		if stripped(r) {
			return -1
		}
		return r
	}, s), unicode.IsSpace)
	n := utf8.RuneCountInString(s)
	return s, n > 0 && n <= MaxName
}

// lang checks a language: one the content has, or the pseudo-language
// used to test that every word comes from the content.
// The case of the letters does not matter ("EN-xa"); the language is
// given back as the content names it ("en-XA").
func lang(s string) (string, bool) {
	for _, l := range append(content.Languages(), content.Pseudo) {
		if strings.EqualFold(strings.TrimSpace(s), l) {
			return l, true
		}
	}
	return "", false
}

// Phone checks a phone number: only digits, spaces, +, (, ) and -, with
// MinDigits to MaxDigits digits. Surrounding spaces are trimmed.
func Phone(s string) (string, bool) {
	s = strings.Trim(s, " ")
	if len(s) > MaxPhone {
		return "", false
	}
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" +()-", r):
		default:
			return "", false
		}
	}
	return s, digits >= MinDigits && digits <= MaxDigits
}

// onlyBytes reports whether s is not empty and every byte of it is in set.
func onlyBytes(s, set string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(set, s[i]) < 0 {
			return false
		}
	}
	return true
}

const (
	hostBytes = "abcdefghijklmnopqrstuvwxyz0123456789.-"
	hexBytes  = "0123456789abcdefABCDEF"
)

// Web checks a web address: an absolute https URL of at most MaxWeb
// printable ASCII characters (as a browser serialises it), with a host name
// and no user name or password.
func Web(s string) (string, bool) {
	s = strings.Trim(s, " ")
	if len(s) > MaxWeb || !strings.HasPrefix(s, "https://") {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if b := s[i]; b <= ' ' || b >= 0x7f || strings.IndexByte("\"<>\\`", b) >= 0 {
			return "", false
		}
	}
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "https" || u.User != nil || u.Opaque != "" ||
		!onlyBytes(u.Hostname(), hostBytes) || !validPort(u.Port()) {
		return "", false
	}
	return s, true
}

// Origin checks the embedding page's origin (location.origin): https with a
// host name, or plain http only for localhost and 127.0.0.1.
func Origin(s string) (string, bool) {
	host, ok := strings.CutPrefix(s, "https://")
	secure := ok
	if !ok {
		if host, ok = strings.CutPrefix(s, "http://"); !ok {
			return "", false
		}
	}
	if h, port, found := strings.Cut(host, ":"); found {
		if len(port) > 5 || !onlyBytes(port, "0123456789") || !validPort(port) {
			return "", false
		}
		host = h
	}
	if secure && onlyBytes(host, hostBytes) || !secure && (host == "localhost" || host == "127.0.0.1") {
		return s, true
	}
	return "", false
}

func validPort(p string) bool {
	if p == "" {
		return true
	}
	n, err := strconv.Atoi(p)
	return err == nil && n > 0 && n < 65536
}

// Accent checks a button colour: #rgb or #rrggbb (any case) giving at least
// MinContrast against white text. It returns lower-case #rrggbb.
func Accent(s string) (string, bool) {
	hex, err := normalHex(s)
	if err != nil {
		return "", false
	}
	r, err := Contrast(hex, white)
	return hex, err == nil && r >= MinContrast
}

func nation(s string) (string, bool) {
	switch n := guide.Nation(s); n {
	case guide.England, guide.Wales, guide.Scotland, guide.NorthernIreland:
		return s, true
	}
	return "", false
}

// normalHex turns #rgb or #rrggbb into lower-case #rrggbb.
func normalHex(s string) (string, error) {
	if h, ok := strings.CutPrefix(s, "#"); !ok || len(h) != 3 && len(h) != 6 || !onlyBytes(h, hexBytes) {
		return "", errors.New("partner: colour must be #rgb or #rrggbb")
	}
	s = strings.ToLower(s)
	if len(s) == 4 {
		s = string([]byte{'#', s[1], s[1], s[2], s[2], s[3], s[3]})
	}
	return s, nil
}

// Contrast returns the WCAG 2 contrast ratio (1 to 21) between two colours
// given as #rgb or #rrggbb, from their relative luminance.
func Contrast(hexA, hexB string) (float64, error) {
	la, err := luminance(hexA)
	if err != nil {
		return 0, err
	}
	lb, err := luminance(hexB)
	if err != nil {
		return 0, err
	}
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05), nil
}

// luminance is the WCAG relative luminance of an sRGB colour.
func luminance(hex string) (float64, error) {
	h, err := normalHex(hex)
	if err != nil {
		return 0, err
	}
	var ch [3]float64
	for i := range ch {
		v, _ := strconv.ParseUint(h[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			ch[i] = c / 12.92
		} else {
			ch[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*ch[0] + 0.7152*ch[1] + 0.0722*ch[2], nil
}
