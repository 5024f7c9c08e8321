// Package browsertest drives the real Put It Right server and build in real
// browsers for the end-to-end tests of e2e/ and widget/: Chromium over the
// DevTools protocol, Firefox ESR over WebDriver BiDi and WebKitGTK over
// classic WebDriver, all behind one set of verbs (open, answer, type,
// click, open a draft file, download, follow a link, read, screenshot).
// Every wait is on the page's state, never on time.
package browsertest

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"putitright/app/content"
)

// Root returns the repository root.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = parent
	}
}

// Dist returns the build folder the tests run against (PUTITRIGHT_DIST, or
// dist).
func Dist(t testing.TB) string {
	if d := os.Getenv("PUTITRIGHT_DIST"); d != "" {
		return d
	}
	return filepath.Join(Root(t), "dist")
}

// ServerBin returns the server binary the tests run (PUTITRIGHT_BIN, or
// bin/server).
func ServerBin(t testing.TB) string {
	t.Helper()
	bin := os.Getenv("PUTITRIGHT_BIN")
	if bin == "" {
		bin = filepath.Join(Root(t), "bin", "server")
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("%s is missing: run make build first", bin)
	}
	return bin
}

// Server is a running bin/server.
type Server struct {
	App  string // the app's origin, http://localhost:PORT
	Host string // the same server reached as another site, http://127.0.0.1:PORT
	Port int
	Stop func() // ends the server; it is also ended when the test ends
}

// Start runs the server and launches e, for a test that needs both.
func Start(t testing.TB, e Engine, flags ...chromedp.ExecAllocatorOption) (*Server, *Browser) {
	t.Helper()
	return StartServer(t), Launch(t, e, flags...)
}

// StartServer runs the server binary over the build folder on a free port.
func StartServer(t testing.TB) *Server { return StartServerDir(t, Dist(t), 0) }

// StartServerDir runs the server binary over the build folder dir on port
// (0: a free one), so that a test can stop it and start it again on the
// same origin.
func StartServerDir(t testing.TB, dir string, port int) *Server {
	t.Helper()
	bin := ServerBin(t)
	if port == 0 {
		port = FreePort(t)
	}
	cmd := exec.Command(bin, "-dir", dir, "-addr", fmt.Sprintf("127.0.0.1:%d", port))
	if testing.Verbose() {
		cmd.Stderr = os.Stderr
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cmd.Process.Signal(syscall.SIGTERM)
			done := make(chan struct{})
			go func() { cmd.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				<-done
			}
		})
	}
	t.Cleanup(stop)
	s := &Server{App: fmt.Sprintf("http://localhost:%d", port), Host: fmt.Sprintf("http://127.0.0.1:%d", port), Port: port, Stop: stop}
	if err := Until(20*time.Second, func() bool {
		res, err := http.Get(s.Host + "/healthz")
		if err != nil {
			return false
		}
		res.Body.Close()
		return res.StatusCode == 200
	}); err != nil {
		t.Fatal("the server did not start")
	}
	return s
}

// Until calls ok every 50ms until it returns true, or fails after d. It is
// the one polling loop the package's waits are made of.
func Until(d time.Duration, ok func() bool) error {
	deadline := time.Now().Add(d)
	for {
		if ok() {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("not so after %v", d)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// HTTPGet sends a request for url exactly as given, without following
// redirects or decompressing; hdr holds header names and values in turn.
func HTTPGet(t testing.TB, method, url string, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	c := &http.Client{
		Transport:     &http.Transport{DisableCompression: true},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Timeout:       time.Minute,
	}
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, b
}

// FreePort returns a TCP port that is free now.
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// ScreenshotDir returns test-output/screenshots, made if need be.
func ScreenshotDir(t testing.TB) string {
	d := filepath.Join(Root(t), "test-output", "screenshots")
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	return d
}

// English returns the app's English content, for the words a test expects
// to see.
func English(t testing.TB) *content.Set {
	t.Helper()
	c, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}
