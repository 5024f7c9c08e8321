package main

import (
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkServeHTTP is the handler's own cost per request (no network).
func BenchmarkServeHTTP(b *testing.B) {
	s, err := New(Config{Dir: fakeDist(b), Log: log.New(io.Discard, "", log.LstdFlags)})
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range []string{"/", "/embed.js", "/web/app.wasm"} {
		b.Run(p, func(b *testing.B) {
			req := httptest.NewRequest("GET", p, nil)
			req.Header.Set("Accept-Encoding", "br")
			b.ReportAllocs()
			for b.Loop() {
				w := httptest.NewRecorder()
				s.ServeHTTP(w, req)
				if w.Code != http.StatusOK {
					b.Fatal(w.Code)
				}
			}
		})
	}
}
