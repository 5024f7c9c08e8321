// Package widget holds the partner embed loader (embed.js) and the demo
// partner page, for the server to serve.
//
// Partners add one script tag; embed.js shows a small start card and, on
// request, the app in an iframe on the app's own origin. See embed.js for
// the data attributes and app/partner for how the app reads them.
package widget

import (
	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"html"
	"strings"

	"putitright/app/content"
)

//go:embed embed.js demo/index.html
var files embed.FS

// demoOrigin is the app origin written in demo/index.html.
const demoOrigin = "http://localhost:8080"

func mustRead(name string) []byte {
	b, err := files.ReadFile(name)
	if err != nil {
		panic(err) // embedded at build time; cannot happen
	}
	return b
}

// EmbedJS returns the loader script, with the card's words in every
// language (see Words). Serve it at the app root as /embed.js with a short
// cache lifetime, and as VersionedName(EmbedJS()) immutable. The caller
// must not modify the returned slice.
func EmbedJS() []byte { return embedJS }

var embedJS = withWords(stripped(mustRead("embed.js")))

// wordsLine is the line of embed.js that withWords fills in.
const wordsLine = "const WORDS = {};\n"

// withWords returns the loader with the card's words put in its WORDS.
func withWords(js []byte) []byte {
	b, err := json.Marshal(Words())
	if err != nil || bytes.Count(js, []byte(wordsLine)) != 1 {
		panic("widget: embed.js has no line " + strings.TrimSpace(wordsLine)) // checked by the tests
	}
	return bytes.Replace(js, []byte(wordsLine), []byte("const WORDS = "+string(b)+";\n"), 1)
}

// embedTexts are the content texts the card shows, by the name embed.js
// gives each.
var embedTexts = [][2]string{
	{"title", "embed.title"},
	{"intro", "embed.intro"},
	{"by", "embed.by"},
	{"start", "embed.start"},
	{"open", "embed.open"},
}

// Words returns the card's words for embed.js: for English ("en") every
// text, and for each other language the app has, and the pseudo-language
// for tests, the texts that differ from English. "{partner}" in the by
// text stands for the partner's name.
func Words() map[string]map[string]string {
	out := map[string]map[string]string{}
	en, err := content.Default()
	if err != nil {
		panic(err) // the embedded content is checked by its tests
	}
	words := func(c *content.Set) map[string]string {
		m := map[string]string{}
		for _, t := range embedTexts {
			m[t[0]] = c.F(t[1], "partner", "{partner}")
		}
		return m
	}
	english := words(en)
	out[content.English] = english
	for _, lang := range append(content.Languages()[1:], content.Pseudo) {
		c, err := content.Language(lang)
		if err != nil {
			continue
		}
		m := words(c)
		for k, v := range m {
			if v == english[k] {
				delete(m, k)
			}
		}
		if len(m) > 0 {
			out[lang] = m
		}
	}
	return out
}

// stripped returns the loader as it is served: without its comment lines,
// blank lines and indentation, which a browser does not need (partners'
// visitors download it before they ask for anything). Line breaks stay,
// so the script means exactly what its source says.
func stripped(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for line := range bytes.Lines(src) {
		t := bytes.TrimLeft(line, " \t")
		if bytes.HasPrefix(t, []byte("//")) || len(bytes.TrimSpace(t)) == 0 {
			continue
		}
		out = append(out, t...)
	}
	return out
}

// SRI returns the Subresource Integrity value for b:
// "sha384-" followed by the standard base64 of its SHA-384 digest.
func SRI(b []byte) string {
	sum := sha512.Sum384(b)
	return "sha384-" + base64.StdEncoding.EncodeToString(sum[:])
}

// VersionedName returns a content-addressed file name for b,
// "embed-" plus the first 12 hex digits of its SHA-256 plus ".js".
// embed.js also recognises itself under this name.
func VersionedName(b []byte) string {
	sum := sha256.Sum256(b)
	return "embed-" + hex.EncodeToString(sum[:])[:12] + ".js"
}

// DemoPage returns the demo partner page with its script tag pointing at
// appOrigin (e.g. "http://localhost:8080", no trailing slash) instead of
// http://localhost:8080. Serve it from a different site than the app, such
// as http://127.0.0.1:8080/demo/, so the embed is really cross-site.
func DemoPage(appOrigin string) []byte {
	appOrigin = html.EscapeString(strings.TrimSuffix(appOrigin, "/"))
	return bytes.ReplaceAll(mustRead("demo/index.html"), []byte(demoOrigin), []byte(appOrigin))
}
