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
	"html"
	"strings"
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

// EmbedJS returns the loader script. Serve it at the app root as /embed.js
// with a short cache lifetime, and as VersionedName(EmbedJS()) immutable.
// The caller must not modify the returned slice.
func EmbedJS() []byte { return embedJS }

var embedJS = stripped(mustRead("embed.js"))

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
