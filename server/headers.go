package main

import (
	"net/http"
	"strings"
)

// CSP returns the Content Security Policy for the app's documents. It
// allows go-app's own scripts and the wasm compiler, nothing inline, and
// connections only to this origin.
func CSP(frameAncestors string) string {
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"style-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"manifest-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors " + frameAncestors,
	}, "; ")
}

// PermissionsPolicy turns off browser features the app never uses.
const PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-write=(self), web-share=(self)"

// HSTS is the Strict-Transport-Security value sent when Config.HSTS is set.
const HSTS = "max-age=31536000; includeSubDomains"

// SecurityHeaders returns the security headers every response carries, in
// order, as name and value pairs: the server, the static site's _headers
// file and docs/nginx.conf all send these. Pages may be framed by the
// allowed ancestors; nothing sends X-Frame-Options.
func SecurityHeaders(cfg Config) [][2]string {
	hs := [][2]string{
		{"Content-Security-Policy", CSP(cfg.FrameAncestors)},
		{"X-Content-Type-Options", "nosniff"},
		{"Referrer-Policy", "no-referrer"},
		{"Permissions-Policy", PermissionsPolicy},
	}
	if cfg.HSTS {
		hs = append(hs, [2]string{"Strict-Transport-Security", HSTS})
	}
	return hs
}

// headers sets the security headers on a response.
func (s *Server) headers(h http.Header) {
	for _, kv := range s.security {
		h.Set(kv[0], kv[1])
	}
}
