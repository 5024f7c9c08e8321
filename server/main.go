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
//
// The timeouts (-read-header-timeout, -read-timeout, -write-timeout,
// -idle-timeout, -shutdown-timeout) have production defaults; see
// DefaultTimeouts.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
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

// Timeouts bound how long a client may hold a connection, so slow or idle
// clients cannot pin them, and how long shutdown waits for requests in
// flight.
type Timeouts struct {
	ReadHeader time.Duration // to read the request line and headers
	Read       time.Duration // to read the whole request
	Write      time.Duration // to write the response, from the end of the headers
	Idle       time.Duration // a keep-alive connection may wait for its next request
	Shutdown   time.Duration // to finish requests in flight when stopping
}

// DefaultTimeouts are the production timeouts.
var DefaultTimeouts = Timeouts{
	ReadHeader: 5 * time.Second,
	Read:       15 * time.Second,
	Write:      2 * time.Minute, // a 1.5 MB download on a very slow phone
	Idle:       60 * time.Second,
	Shutdown:   20 * time.Second,
}

func run(args []string) error {
	ui.Routes()
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	dir := fs.String("dir", "dist", "folder holding the built web/ assets")
	addr := fs.String("addr", ":"+envOr("PORT", "8080"), "address to listen on")
	static := fs.String("static", "", "write a static site into this folder and exit")
	ancestors := fs.String("frame-ancestors", DefaultFrameAncestors, "who may put the app in a frame (CSP frame-ancestors)")
	hsts := fs.Bool("hsts", false, "send Strict-Transport-Security (only behind TLS)")
	t := DefaultTimeouts
	fs.DurationVar(&t.ReadHeader, "read-header-timeout", t.ReadHeader, "time to read a request's headers")
	fs.DurationVar(&t.Read, "read-timeout", t.Read, "time to read a whole request")
	fs.DurationVar(&t.Write, "write-timeout", t.Write, "time to write a response")
	fs.DurationVar(&t.Idle, "idle-timeout", t.Idle, "time a keep-alive connection may wait for its next request")
	fs.DurationVar(&t.Shutdown, "shutdown-timeout", t.Shutdown, "time to finish requests in flight when stopping")
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
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log.Printf("serving Put It Right version %s on %s", h.Version(), ln.Addr())
	return serve(ctx, ln, h, t)
}

// newHTTPServer returns the http.Server for h with the timeouts t.
func newHTTPServer(h http.Handler, t Timeouts) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: t.ReadHeader,
		ReadTimeout:       t.Read,
		WriteTimeout:      t.Write,
		IdleTimeout:       t.Idle,
		MaxHeaderBytes:    16 << 10,
		// "OPTIONS *" goes to h too, which allows only GET and HEAD.
		DisableGeneralOptionsHandler: true,
	}
}

// serve serves h on ln until ctx is done, then stops accepting connections
// and waits up to t.Shutdown for the requests in flight to finish.
func serve(ctx context.Context, ln net.Listener, h http.Handler, t Timeouts) error {
	srv := newHTTPServer(h, t)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Print("shutting down: finishing requests in flight")
	shut, cancel := context.WithTimeout(context.Background(), t.Shutdown)
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
