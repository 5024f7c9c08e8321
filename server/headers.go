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

// headers sets the security headers every response carries. Pages may be
// framed by the allowed ancestors; nothing sends X-Frame-Options.
func (s *Server) headers(h http.Header, path string) {
	h.Set("Content-Security-Policy", CSP(s.cfg.FrameAncestors))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Permissions-Policy", PermissionsPolicy)
	if s.cfg.HSTS {
		h.Set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
	}
}
