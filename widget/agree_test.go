package widget

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"putitright/app/partner"
	bt "putitright/internal/browsertest"
)

// TestRulesAgree: for a table of values, embed.js keeps exactly what
// app/partner's builder options keep (the snippet builder shows their
// messages), and passes it on to the app unchanged.
func TestRulesAgree(t *testing.T) {
	cases := []struct{ attr, value string }{
		{"partner-name", "Healthwatch Example"},
		{"partner-name", "  Spaced  Name  "},
		{"partner-name", "Evil\u202eName\u0007"},
		{"partner-name", "\u200f\u0001"},
		{"partner-name", strings.Repeat("a", 80)},
		{"partner-name", strings.Repeat("a", 81)},
		{"partner-name", strings.Repeat("é", 80)},
		{"advocacy-name", "Advocacy & Co \"Quoted\""},
		{"advocacy-phone", "0300 000 0000"},
		{"advocacy-phone", "+44 (0)20 7946 0000"},
		{"advocacy-phone", " 01632-960000 "},
		{"advocacy-phone", "12345"},
		{"advocacy-phone", "123456789012345678901"},
		{"advocacy-phone", "0300 CALL NOW"},
		{"advocacy-phone", "<script>"},
		{"advocacy-web", "https://advocacy.example.org/"},
		{"advocacy-web", "https://advocacy.example.org"},
		{"advocacy-web", "HTTPS://Advocacy.Example.org/Help?x=1&y=2"},
		{"advocacy-web", "https://advocacy.example.org:443/a"},
		{"advocacy-web", "https://advocacy.example.org:8443/a"},
		{"advocacy-web", "http://advocacy.example.org/"},
		{"advocacy-web", "javascript:alert(1)"},
		{"advocacy-web", "https://user:pass@example.org/"},
		{"advocacy-web", "/contact"},
		{"advocacy-web", "https://example.org/" + strings.Repeat("a", 200)},
		{"pals-name", "PALS"},
		{"pals-phone", "020 7946 0000"},
		{"pals-web", "https://pals.example.nhs.uk/contact"},
		{"healthwatch-name", "Healthwatch Example"},
		{"healthwatch-phone", "(01632) 960 000"},
		{"healthwatch-web", "https://hw.example/"},
		{"accent", "#6b1d5c"},
		{"accent", "#6B1D5C"},
		{"accent", " #036 "},
		{"accent", "#767676"},
		{"accent", "#777777"},
		{"accent", "#ffdd00"},
		{"accent", "red"},
		{"accent", "#12345"},
		{"nation", "wales"},
		{"nation", " Scotland "},
		{"nation", "NORTHERN-IRELAND"},
		{"nation", "mars"},
		{"nation", "unsure"},
		{"title", "Plan your complaint"},
		{"title", strings.Repeat("t", 120)},
		{"title", strings.Repeat("t", 121)},
		{"lang", "en"},
		{"lang", " EN "},
		{"lang", "en-XA"},
		{"lang", "en-xa"},
		{"lang", "fr"},
		{"lang", "en-GB"},
		{"lang", "constructor"},
		{"lang", "__proto__"},
	}
	var body strings.Builder
	for _, c := range cases {
		fmt.Fprintf(&body, "<div data-putitright data-start=\"inline\" data-%s=\"%s\"></div>\n", c.attr, html.EscapeString(c.value))
	}
	body.WriteString(`<script src="{{APP}}/embed.js"></script>`)
	e := setup(t, body.String(), 1280, 800)
	options := map[string]partner.Option{}
	for _, o := range partner.Options(bt.English(t)) {
		options[o.Attr] = o
	}
	for i, c := range cases {
		key := c.attr
		if key == "partner-name" {
			key = partner.KeyPartner
		}
		src := e.WidgetSrc(i)
		got := e.fragment(i).Get(key)
		want, msg := options[c.attr].Check(c.value)
		if got != want {
			t.Errorf("data-%s=%q: embed.js passes %q, the builder keeps %q (message %q)", c.attr, c.value, got, want, msg)
		}
		if cfg, warns := partner.Parse(src[strings.Index(src, "#")+1:]); len(warns) != 0 {
			t.Errorf("data-%s=%q: the app warns %q (%+v)", c.attr, c.value, warns, cfg)
		}
	}

	// Height and start do not reach the app: they are checked on the page.
	heights := []string{"640", "100", "99999", "500", "tall", "12.5", " 700 "}
	starts := []string{"button", "INLINE", "later", "inline "}
	body.Reset()
	for _, h := range heights {
		fmt.Fprintf(&body, "<div data-putitright data-height=\"%s\"></div>\n", html.EscapeString(h))
	}
	for _, s := range starts {
		fmt.Fprintf(&body, "<div data-putitright data-start=\"%s\"></div>\n", html.EscapeString(s))
	}
	body.WriteString(`<script src="{{APP}}/embed.js"></script>`)
	e = setup(t, body.String(), 1280, 800)
	for i, h := range heights {
		got := bt.Eval[string](e.Browser, bt.Widgets(fmt.Sprintf(`W(%d).host.style.getPropertyValue('--h')`, i)))
		want, msg := options["height"].Check(h)
		if want == "" {
			want = fmt.Sprint(partner.DefaultHeight)
		}
		if got != want+"px" {
			t.Errorf("data-height=%q: embed.js uses %q, the builder %q (message %q)", h, got, want, msg)
		}
	}
	for j, s := range starts {
		i := len(heights) + j
		want, _ := options["start"].Check(s)
		if want == "inline" {
			e.WidgetSrc(i) // waits for the frame
			continue
		}
		if e.WidgetHeight(i) != -1 {
			t.Errorf("data-start=%q: embed.js loaded the app at once, the builder keeps %q", s, want)
		}
	}
}
