// Command server serves Put It Right: the prerendered pages, the wasm app
// (precompressed), the partner embed script and a demo partner page. It
// keeps no state: everything a person types stays in their browser.
//
// It can also write the whole app as a static site for any static host or
// CDN:
//
//	server -dir dist -static public
//
// Usage:
//
//	server -dir dist [-addr :8080] [-frame-ancestors "https: http://localhost:*"] [-hsts]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"putitright/app/ui"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	ui.Routes()
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	dir := fs.String("dir", "dist", "folder holding the built web/ assets")
	addr := fs.String("addr", ":"+envOr("PORT", "8080"), "address to listen on")
	static := fs.String("static", "", "write a static site into this folder and exit")
	ancestors := fs.String("frame-ancestors", DefaultFrameAncestors, "who may put the app in a frame (CSP frame-ancestors)")
	hsts := fs.Bool("hsts", false, "send Strict-Transport-Security (only behind TLS)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg := Config{Dir: *dir, FrameAncestors: *ancestors, HSTS: *hsts}
	if *static != "" {
		return WriteStatic(cfg, *static)
	}
	h, err := New(cfg)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Addr:              *addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      2 * time.Minute, // a 1.5 MB download on a very slow phone
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	log.Printf("serving Put It Right version %s on %s", h.Version(), *addr)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Print("shutting down: finishing requests in flight")
	shut, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
