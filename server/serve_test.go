package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// short timeouts for tests; production uses DefaultTimeouts.
var testTimeouts = Timeouts{
	ReadHeader: 300 * time.Millisecond,
	Read:       2 * time.Second,
	Write:      10 * time.Second,
	Idle:       300 * time.Millisecond,
	Shutdown:   20 * time.Second,
}

// startServe runs serve on a loopback port and returns its address, a
// function that starts the shutdown, and serve's result.
func startServe(t *testing.T, h http.Handler, tm Timeouts) (addr string, stop context.CancelFunc, done <-chan error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	finished := make(chan struct{})
	go func() { errc <- serve(ctx, ln, h, tm); close(finished) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-finished:
		case <-time.After(30 * time.Second):
			t.Error("serve did not return")
		}
	})
	return ln.Addr().String(), cancel, errc
}

func TestDefaultTimeouts(t *testing.T) {
	srv := newHTTPServer(http.NotFoundHandler(), DefaultTimeouts)
	if srv.ReadHeaderTimeout <= 0 || srv.ReadHeaderTimeout > 10*time.Second {
		t.Errorf("ReadHeaderTimeout %v", srv.ReadHeaderTimeout)
	}
	if srv.IdleTimeout <= 0 || srv.IdleTimeout > 2*time.Minute {
		t.Errorf("IdleTimeout %v", srv.IdleTimeout)
	}
	if srv.ReadTimeout <= 0 || srv.WriteTimeout <= 0 || srv.MaxHeaderBytes <= 0 || DefaultTimeouts.Shutdown <= 0 {
		t.Errorf("a timeout or limit is off: %+v", srv)
	}
}

func TestTimeoutFlags(t *testing.T) {
	// run parses the flags before it needs a build; a bad flag is an error.
	if err := run([]string{"-read-header-timeout", "soon"}); err == nil {
		t.Error("a bad duration was accepted")
	}
}

// A client that sends its headers a byte at a time is cut off after the
// header timeout, never served.
func TestSlowlorisCutOff(t *testing.T) {
	s := newTestServer(t, Config{})
	addr, _, _ := startServe(t, s, testTimeouts)
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	closed := make(chan string, 1)
	go func() {
		b, _ := io.ReadAll(c) // returns when the server closes the connection
		closed <- string(b)
	}()
	start := time.Now()
	if _, err := io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n"); err != nil {
		t.Fatal(err)
	}
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case got := <-closed:
			if strings.Contains(got, " 200 ") {
				t.Fatalf("a slow client was served:\n%s", got)
			}
			t.Logf("cut off after %v (%d header bytes trickled in); server said %q", time.Since(start).Round(time.Millisecond), i, firstLine(got))
			return
		case <-tick.C:
			if time.Since(start) > 20*time.Second {
				t.Fatal("a client trickling headers held the connection for 20s with a 300ms header timeout")
			}
			// One byte at a time, never finishing the headers. Write errors
			// (the server hung up) are fine: the read above sees it.
			c.Write([]byte{"X-Slow: abcdefghijklmnopqrstuvwxyz\r\n"[i%36]})
		}
	}
}

// A keep-alive connection left idle is closed after the idle timeout.
func TestIdleConnectionClosed(t *testing.T) {
	s := newTestServer(t, Config{})
	addr, _, _ := startServe(t, s, testTimeouts)
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	br := bufio.NewReader(c)
	// Two requests on one connection: keep-alive works.
	for range 2 {
		fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
		res, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || res.Close {
			t.Fatalf("keep-alive request: %d, close %v", res.StatusCode, res.Close)
		}
	}
	start := time.Now()
	c.SetReadDeadline(time.Now().Add(20 * time.Second))
	_, err = br.ReadByte()
	if !errors.Is(err, io.EOF) {
		t.Fatalf("idle connection: read gave %v, want EOF from the server closing it (20s limit, 300ms idle timeout)", err)
	}
	t.Logf("idle connection closed after %v", time.Since(start).Round(time.Millisecond))
}

// Shutdown finishes a request in flight, and refuses new connections.
func TestGracefulShutdown(t *testing.T) {
	started := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			close(started)
			time.Sleep(500 * time.Millisecond)
		}
		fmt.Fprint(w, "finished "+r.URL.Path)
	})
	addr, stop, done := startServe(t, h, testTimeouts)
	type result struct {
		status int
		body   string
		err    error
	}
	got := make(chan result, 1)
	go func() {
		res, err := http.Get("http://" + addr + "/slow")
		if err != nil {
			got <- result{err: err}
			return
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		got <- result{res.StatusCode, string(b), err}
	}()
	select {
	case <-started:
	case <-time.After(20 * time.Second):
		t.Fatal("the slow request never started")
	}
	stop() // shutdown begins while /slow sleeps
	// New connections are refused once the listener is closed (shortly
	// after shutdown starts; poll, never assert timings).
	refused := false
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			refused = true
			break
		}
		c.Close()
	}
	if !refused {
		t.Error("new connections were still accepted 10s after shutdown began")
	}
	select {
	case r := <-got:
		if r.err != nil || r.status != 200 || r.body != "finished /slow" {
			t.Errorf("request in flight: status %d body %q err %v, want 200", r.status, r.body, r.err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the request in flight never finished")
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v after a clean shutdown", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not return after shutdown")
	}
}

// "OPTIONS *" is a method other than GET and HEAD too.
func TestOptionsStar(t *testing.T) {
	s := newTestServer(t, Config{})
	addr, _, _ := startServe(t, s, testTimeouts)
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != 405 {
		t.Errorf("OPTIONS *: status %d, want 405", res.StatusCode)
	}
	checkSecurity(t, "OPTIONS *", res.Header, DefaultFrameAncestors, false)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\r\n")
	return line
}
