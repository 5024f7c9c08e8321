package main

import (
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

func TestAcceptedEncodings(t *testing.T) {
	tests := []struct {
		accept string
		want   []string
	}{
		{"", nil},
		{"br", []string{"br"}},
		{"gzip, deflate, br, zstd", []string{"br", "gzip"}},
		{"br;q=0", nil},
		{"br;q=0.0", nil},
		{"br;q=0.000", nil},
		{"br; Q=0", nil},
		{"br;q=0.", nil},
		{"gzip;q=0, br;q=0", nil},
		{"gzip;q=0", nil},
		{"gzip, br;q=0", []string{"gzip"}},
		{"br;q=0.001", []string{"br"}},
		{"br;q=0.5, gzip", []string{"gzip", "br"}},
		{"br;q=1.0, gzip;q=0.9", []string{"br", "gzip"}},
		{"br;q=2", nil},      // malformed: ignored
		{"br;q=0.0001", nil}, // four digits: malformed
		{"br;q=abc, gzip", []string{"gzip"}},
		{"*", []string{"br", "gzip"}},
		{"*;q=0", nil},
		{"gzip, *;q=0", []string{"gzip"}},
		{"BR, GZIP", []string{"br", "gzip"}},
		{"x-gzip", []string{"gzip"}},
		{"identity", nil},
		{"br;level=5;q=0", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range acceptedEncodings(tt.accept) {
			got = append(got, e.name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("acceptedEncodings(%q) = %q, want %q", tt.accept, got, tt.want)
		}
	}
}

func TestEmbedEncodingRefused(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, accept := range []string{"gzip;q=0", "gzip;q=0.0, br;q=0"} {
		res, _ := do(t, "GET", s.URL+"/embed.js", "Accept-Encoding", accept)
		if enc := res.Header.Get("Content-Encoding"); enc != "" {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want none", accept, enc)
		}
	}
}

func TestDemoHostPort(t *testing.T) {
	s := newTestServer(t, Config{})
	tests := []struct {
		host   string
		status int
		origin string // the app origin the policy must name
	}{
		{"127.0.0.1:8080", 200, "http://localhost:8080"},
		{"127.0.0.1", 200, "http://localhost"},
		{"[::1]:9000", 200, "http://localhost:9000"},
		{"[::1]", 200, "http://localhost"},
		{"127.0.0.1:8080;script-src*", 400, ""},
		{"127.0.0.1:80 https://evil.example", 400, ""},
		{"127.0.0.1:99999", 400, ""},
		{"127.0.0.1:0", 400, ""},
		{"127.0.0.1:08080", 400, ""},
		{"127.0.0.1:", 400, ""},
		{"127.0.0.1:80:80", 400, ""},
	}
	for _, tt := range tests {
		// Straight to the handler: an HTTP client would clean the Host.
		req := httptest.NewRequest("GET", "/demo/", nil)
		req.Host = tt.host
		rec := httptest.NewRecorder()
		s.Server.ServeHTTP(rec, req)
		res := rec.Result()
		if res.StatusCode != tt.status {
			t.Errorf("Host %q: status %d, want %d", tt.host, res.StatusCode, tt.status)
			continue
		}
		if tt.status != 200 {
			continue
		}
		csp := res.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self' "+tt.origin+";") || !strings.Contains(csp, "frame-src "+tt.origin+";") {
			t.Errorf("Host %q: policy %q does not name %s", tt.host, csp, tt.origin)
		}
	}
}

func TestHostPort(t *testing.T) {
	for _, tt := range []struct {
		host, port string
		ok         bool
	}{
		{"localhost:8080", "8080", true},
		{"localhost", "", true},
		{"[::1]", "", true},
		{"[::1]:1", "1", true},
		{"localhost:65535", "65535", true},
		{"localhost:65536", "", false},
		{"localhost:+80", "", false},
		{"localhost:8o", "", false},
		{"localhost:80 'unsafe-inline'", "", false},
	} {
		port, ok := hostPort(tt.host)
		if ok != tt.ok || (ok && port != tt.port) {
			t.Errorf("hostPort(%q) = %q, %v; want %q, %v", tt.host, port, ok, tt.port, tt.ok)
		}
	}
}
