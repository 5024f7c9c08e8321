package partner

import (
	"math"
	"net/url"
	"strings"
	"testing"

	"putitright/app/guide"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		fragment string
		want     Config
		warns    int
	}{
		{"empty", "", Config{}, 0},
		{"just hash", "#", Config{}, 0},
		{"full", "#partner=Healthwatch+Example&advocacy-name=Example+Advocacy&advocacy-phone=0300+000+0000" +
			"&advocacy-web=https%3A%2F%2Fadvocacy.example.org%2F&pals-name=PALS&pals-phone=%2B44+(0)20+7946+0000" +
			"&pals-web=https://pals.example.nhs.uk/contact?x=1&healthwatch-name=HW&healthwatch-phone=01632-960000" +
			"&healthwatch-web=https://hw.example&accent=%23005EB8&nation=wales&embed=1&host=https%3A%2F%2Fhw.example",
			Config{
				Local: guide.Local{
					Partner:     "Healthwatch Example",
					Advocacy:    guide.Contact{Name: "Example Advocacy", Phone: "0300 000 0000", Web: "https://advocacy.example.org/"},
					PALS:        guide.Contact{Name: "PALS", Phone: "+44 (0)20 7946 0000", Web: "https://pals.example.nhs.uk/contact?x=1"},
					Healthwatch: guide.Contact{Name: "HW", Phone: "01632-960000", Web: "https://hw.example"},
				},
				Accent: "#005eb8", Nation: guide.Wales, Embedded: true, Host: "https://hw.example",
			}, 0},
		{"no leading hash", "partner=A", Config{Local: guide.Local{Partner: "A"}}, 0},
		{"name cleaned", "partner=%E2%80%AE+Evil%00Name%09+", Config{Local: guide.Local{Partner: "EvilName"}}, 0},
		{"name too long", "partner=" + strings.Repeat("a", 81), Config{}, 1},
		{"name 80 ok", "partner=" + strings.Repeat("é", 80), Config{Local: guide.Local{Partner: strings.Repeat("é", 80)}}, 0},
		{"name only controls", "partner=%E2%80%8F%01", Config{}, 1},
		{"name invalid utf8", "partner=%ff", Config{}, 1},
		{"phone script", "advocacy-phone=%3Cscript%3E", Config{}, 1},
		{"phone too few digits", "advocacy-phone=12345", Config{}, 1},
		{"phone too many digits", "advocacy-phone=123456789012345678901", Config{}, 1},
		{"phone letters", "pals-phone=0300+CALL+NOW", Config{}, 1},
		{"web javascript", "advocacy-web=javascript:alert(1)", Config{}, 1},
		{"web http", "advocacy-web=http://example.org/", Config{}, 1},
		{"web data", "advocacy-web=data:text/html,hi", Config{}, 1},
		{"web credentials", "advocacy-web=https://user:pass@example.org/", Config{}, 1},
		{"web user only", "advocacy-web=https://user@example.org/", Config{}, 1},
		{"web too long", "advocacy-web=https://example.org/" + strings.Repeat("a", 200), Config{}, 1},
		{"web relative", "advocacy-web=%2Fcontact", Config{}, 1},
		{"web spaces inside", "advocacy-web=https://example.org/a%20b c", Config{}, 1},
		{"web quote", "advocacy-web=https://example.org/%22onmouseover", Config{}, 1},
		{"web backslash", "advocacy-web=https://example.org%5C@evil.example/", Config{}, 1},
		{"web uppercase host", "advocacy-web=https://EXAMPLE.org/", Config{}, 1},
		{"accent short", "accent=%23036", Config{Accent: "#003366"}, 0},
		{"accent css injection", "accent=red;+background:url(x)", Config{}, 1},
		{"accent too light", "accent=%23ffdd00", Config{}, 1},
		{"accent grey just fails", "accent=%23777777", Config{}, 1}, // 4.48:1
		{"accent grey just passes", "accent=%23767676", Config{Accent: "#767676"}, 0},
		{"nation mars", "nation=mars", Config{}, 1},
		{"nation unsure not allowed", "nation=unsure", Config{}, 1},
		{"nation ni", "nation=northern-ireland", Config{Nation: guide.NorthernIreland}, 0},
		{"embed other", "embed=yes", Config{}, 1},
		{"host localhost", "embed=1&host=http://localhost:8080", Config{Embedded: true, Host: "http://localhost:8080"}, 0},
		{"host 127", "host=http://127.0.0.1:1234", Config{Host: "http://127.0.0.1:1234"}, 0},
		{"host http other", "host=http://example.org", Config{}, 1},
		{"host with path", "host=https://example.org/page", Config{}, 1},
		{"host null", "host=null", Config{}, 1},
		{"host bad port", "host=https://example.org:99999", Config{}, 1},
		{"unknown key", "colour=red&z=1", Config{}, 2},
		{"duplicate", "partner=A&partner=B", Config{Local: guide.Local{Partner: "A"}}, 1},
		{"semicolon", "partner=A;x=1", Config{}, 1},
		{"too long", "partner=" + strings.Repeat("a", 5000), Config{}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns := Parse(tt.fragment)
			if got != tt.want {
				t.Errorf("Parse(%q) =\n %+v\nwant\n %+v", tt.fragment, got, tt.want)
			}
			if len(warns) != tt.warns {
				t.Errorf("Parse(%q) warnings = %q, want %d", tt.fragment, warns, tt.warns)
			}
		})
	}
}

func TestWarningsArePlain(t *testing.T) {
	_, warns := Parse("advocacy-phone=%3Cscript%3E&accent=red&nation=mars&host=x")
	if len(warns) != 4 {
		t.Fatalf("warnings = %q", warns)
	}
	for _, w := range warns {
		if !strings.HasPrefix(w, "The ") || !strings.HasSuffix(w, ".") || strings.ContainsAny(w, "\x00\u202e") {
			t.Errorf("warning %q is not a plain sentence", w)
		}
	}
	if !strings.Contains(warns[0], "advocacy phone number") {
		t.Errorf("first warning %q does not name the setting", warns[0])
	}
}

func TestFragment(t *testing.T) {
	c, _ := Parse("partner=A+%26+B&advocacy-web=https://a.example/?q=1%262&accent=%23036&nation=scotland&embed=1&host=https://h.example")
	f := c.Fragment()
	if strings.Contains(f, "embed") || strings.Contains(f, "host") {
		t.Errorf("Fragment() = %q keeps embed or host", f)
	}
	q, err := url.ParseQuery(f)
	if err != nil || q.Get("partner") != "A & B" || q.Get("advocacy-web") != "https://a.example/?q=1&2" || q.Get("accent") != "#003366" {
		t.Errorf("Fragment() = %q (%v)", f, err)
	}
	if (Config{}).Fragment() != "" {
		t.Error("empty config gives a non-empty fragment")
	}
}

func TestContrast(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"#000", "#fff", 21},
		{"#ffffff", "#FFFFFF", 1},
		{"#767676", "#fff", 4.54},
		{"#005eb8", "#fff", 6.38}, // NHS blue
		{"#fff", "#005eb8", 6.38}, // order does not matter
	}
	for _, tt := range tests {
		got, err := Contrast(tt.a, tt.b)
		if err != nil || math.Abs(got-tt.want) > 0.01 {
			t.Errorf("Contrast(%q, %q) = %.3f, %v; want %.2f", tt.a, tt.b, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "red", "#12", "#12345", "#ggg", "005eb8", "#005eb8 "} {
		if _, err := Contrast(bad, "#fff"); err == nil {
			t.Errorf("Contrast(%q) gave no error", bad)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "#partner=A&embed=1&host=http://localhost:8080",
		"advocacy-web=https://a.example/x?y=1&accent=%23036&nation=wales",
		"pals-phone=%2B44+(0)20+7946+0000&healthwatch-name=%E2%80%AEx",
		"partner=%ff&x=%zz&accent=red;a=b", "advocacy-web=https://u:p@x/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, _ := Parse(s)
		// Every value Parse keeps must pass its rule again...
		for _, fd := range fields {
			if v := *fd.get(&c); v != "" {
				if w, ok := fd.rule(v); !ok || w != v {
					t.Fatalf("%s %q does not re-validate (%q, %v)", fd.key, v, w, ok)
				}
			}
		}
		// ...and the re-encoded fragment gives the same configuration.
		again, warns := Parse(c.Fragment())
		c.Embedded, c.Host = false, ""
		if again != c || len(warns) != 0 {
			t.Fatalf("round trip of %q:\n %+v\n %+v\n %q", s, c, again, warns)
		}
	})
}
