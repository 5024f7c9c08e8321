package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/ui"
)

// WriteStatic writes the whole app as a static site into out: every page
// prerendered as PAGE.html, go-app's scripts, web/ with its precompressed
// copies, the embed scripts and a _headers file carrying the same security
// headers as the server (the format Netlify and Cloudflare Pages read).
func WriteStatic(cfg Config, out string) error {
	s, err := New(cfg)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return fmt.Errorf("clearing %s: %w", out, err)
	}
	if err := app.GenerateStaticWebsite(out, s.pages, ui.Pages()...); err != nil {
		return fmt.Errorf("prerendering pages: %w", err)
	}
	appJS := filepath.Join(out, "app.js")
	b, err := os.ReadFile(appJS)
	if err == nil {
		b, err = PatchAppJS(b)
	}
	if err == nil {
		err = os.WriteFile(appJS, b, 0o644)
	}
	if err != nil {
		return fmt.Errorf("patching app.js: %w", err)
	}
	// Static hosts want PAGE.html for the address /PAGE: go-app v10 writes
	// that; older versions wrote PAGE without an extension.
	for _, p := range ui.Pages() {
		if p == "/" {
			continue
		}
		f := filepath.Join(out, filepath.FromSlash(p))
		if _, err := os.Stat(f + ".html"); err == nil {
			continue
		}
		if err := os.Rename(f, f+".html"); err != nil {
			return fmt.Errorf("naming page %s: %w", p, err)
		}
	}
	err = fs.WalkDir(s.web.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(s.web.FS(), p)
		if err != nil {
			return err
		}
		dst := filepath.Join(out, "web", filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		return fmt.Errorf("copying web assets: %w", err)
	}
	files := map[string][]byte{
		"embed.js":   s.embed,
		s.pinned[1:]: s.embed,
		"_headers":   []byte(headersFile(cfg, s.pinned)),
		"404.html":   s.notFound, // the page static hosts show for an unknown address
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
	}
	return nil
}

// headersFile returns the _headers file for static hosts. Hosts that read
// it (Netlify, Cloudflare Pages) give a path every matching rule's headers
// and join repeated ones with commas, so each header is set by one rule
// only: Cache-Control is left to the host's default (revalidate) for pages.
func headersFile(cfg Config, pinned string) string {
	var b strings.Builder
	b.WriteString("/*\n")
	for _, kv := range SecurityHeaders(cfg) {
		fmt.Fprintf(&b, "  %s: %s\n", kv[0], kv[1])
	}
	b.WriteString("/web/*\n  Cache-Control: no-cache\n")
	b.WriteString("/web/*.wasm\n  Content-Type: application/wasm\n")
	b.WriteString("/embed.js\n  Cache-Control: public, max-age=300\n  Access-Control-Allow-Origin: *\n  Cross-Origin-Resource-Policy: cross-origin\n")
	fmt.Fprintf(&b, "%s\n  Cache-Control: public, max-age=31536000, immutable\n  Access-Control-Allow-Origin: *\n  Cross-Origin-Resource-Policy: cross-origin\n", pinned)
	return b.String()
}
