package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"putitright/app/ui"
)

func TestMain(m *testing.M) {
	ui.Routes() // main does this before serving
	os.Exit(m.Run())
}

// outside is written next to web/ and above the build folder: no response
// may ever contain it.
const outside = "OUTSIDE-THE-WEB-ROOT-7f3a"

// fakeDist writes a tiny build folder: a few bytes of "wasm" with brotli
// and gzip copies, CSS, a script, a file in a subfolder, and files outside
// web/ that must never be served.
func fakeDist(t testing.TB) string {
	t.Helper()
	top := t.TempDir()
	dist := filepath.Join(top, "dist")
	// Bigger than net/http's 4 KB buffer, so a missing Content-Length shows.
	wasm := append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("fake wasm body "), 2000)...)
	files := map[string][]byte{
		"web/app.wasm":    wasm,
		"web/app.wasm.br": bytes.Repeat([]byte("fake brotli bytes "), 500), // served as is
		"web/app.wasm.gz": gz(wasm),
		"web/app.css":     []byte("body { color: #0b0c0c }\n"),
		"web/app.css.gz":  gz([]byte("body { color: #0b0c0c }\n")),
		"web/boot.js":     []byte("// boot\n"),
		"web/icon.svg":    []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`),
		"web/sub/a.txt":   []byte("in a subfolder\n"),
		"secret.txt":      []byte(outside),
		"go.mod":          []byte(outside),
		"../go.mod":       []byte(outside),
		"../passwd":       []byte(outside),
	}
	for name, b := range files {
		p := filepath.Join(dist, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dist
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// testDist is the real build when PUTITRIGHT_DIST is set, else a fake one.
func testDist(t testing.TB) string {
	if d := os.Getenv("PUTITRIGHT_DIST"); d != "" {
		return d
	}
	return fakeDist(t)
}

// logBuf is a goroutine-safe access log.
type logBuf struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

type testServer struct {
	*Server
	URL  string
	Addr string // host:port
	log  *logBuf
	dist string
}

func newTestServer(t testing.TB, cfg Config) *testServer {
	t.Helper()
	if cfg.Dir == "" {
		cfg.Dir = testDist(t)
	}
	lb := &logBuf{}
	cfg.Log = log.New(lb, "", 0)
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return &testServer{Server: s, URL: ts.URL, Addr: ts.Listener.Addr().String(), log: lb, dist: cfg.Dir}
}

// client never follows redirects nor decompresses, so tests see exactly
// what the server sent.
var client = &http.Client{
	Transport:     &http.Transport{DisableCompression: true},
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	Timeout:       30 * time.Second,
}

func do(t testing.TB, method, url string, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := client.Do(req)
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

// checkSecurity checks the headers every response must carry.
func checkSecurity(t *testing.T, what string, h http.Header, ancestors string, hsts bool) {
	t.Helper()
	csp := h.Get("Content-Security-Policy")
	for _, want := range []string{
		"script-src 'self' 'wasm-unsafe-eval'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"frame-ancestors " + ancestors,
	} {
		if !strings.Contains(csp, want) {
			t.Errorf("%s: CSP %q lacks %q", what, csp, want)
		}
	}
	if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "'unsafe-eval'") {
		t.Errorf("%s: CSP allows inline or eval: %q", what, csp)
	}
	if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("%s: X-Content-Type-Options = %q", what, got)
	}
	if got := h.Get("Referrer-Policy"); got != "no-referrer" {
		t.Errorf("%s: Referrer-Policy = %q", what, got)
	}
	if got := h.Get("Permissions-Policy"); !strings.Contains(got, "camera=()") || !strings.Contains(got, "geolocation=()") {
		t.Errorf("%s: Permissions-Policy = %q", what, got)
	}
	if got := h.Get("X-Frame-Options"); got != "" {
		t.Errorf("%s: X-Frame-Options %q would stop partners framing the app", what, got)
	}
	got := h.Get("Strict-Transport-Security")
	if hsts && !strings.Contains(got, "max-age=31536000") {
		t.Errorf("%s: Strict-Transport-Security = %q, want max-age=31536000", what, got)
	}
	if !hsts && got != "" {
		t.Errorf("%s: Strict-Transport-Security %q sent without -hsts", what, got)
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	for _, tc := range []struct {
		name      string
		ancestors string
		hsts      bool
	}{
		{"default", "", false},
		{"hsts and one partner", "'self' https://charity.example", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestServer(t, Config{FrameAncestors: tc.ancestors, HSTS: tc.hsts})
			want := tc.ancestors
			if want == "" {
				want = DefaultFrameAncestors
			}
			for _, r := range []struct {
				method, path string
				status       int
			}{
				{"GET", "/", 200},
				{"HEAD", "/", 200},
				{"GET", "/q/nation", 200},
				{"GET", "/web/app.css", 200},
				{"GET", "/web/app.wasm", 200},
				{"GET", "/embed.js", 200},
				{"GET", s.pinned, 200},
				{"GET", "/healthz", 200},
				{"HEAD", "/healthz", 200},
				{"GET", "/web/missing.css", 404},
				{"GET", "/web/", 404},
				{"POST", "/", 405},
				{"DELETE", "/web/app.wasm", 405},
				{"GET", "/web//app.css", 307}, // ServeMux cleans the path
			} {
				res, _ := do(t, r.method, s.URL+r.path)
				what := r.method + " " + r.path
				if res.StatusCode != r.status {
					t.Errorf("%s: status %d, want %d", what, res.StatusCode, r.status)
				}
				checkSecurity(t, what, res.Header, want, tc.hsts)
			}
		})
	}
}

func TestOnlyGetAndHead(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"} {
		for _, p := range []string{"/", "/q/nation", "/web/app.wasm", "/embed.js", "/healthz"} {
			res, _ := do(t, m, s.URL+p)
			if res.StatusCode != http.StatusMethodNotAllowed {
				t.Errorf("%s %s: status %d, want 405", m, p, res.StatusCode)
			}
			if got := res.Header.Get("Allow"); got != "GET, HEAD" {
				t.Errorf("%s %s: Allow = %q", m, p, got)
			}
		}
	}
	// HEAD sends the headers and no body.
	res, body := do(t, "HEAD", s.URL+"/web/app.css")
	if res.StatusCode != 200 || len(body) != 0 || res.ContentLength <= 0 {
		t.Errorf("HEAD /web/app.css: status %d, %d body bytes, Content-Length %d", res.StatusCode, len(body), res.ContentLength)
	}
}

func TestNoDirectoryListings(t *testing.T) {
	s := newTestServer(t, Config{Dir: fakeDist(t)})
	for _, p := range []string{"/web/", "/web/sub/", "/web/sub", "/web/.", "/web/sub/."} {
		res, body := rawGet(t, s.Addr, p)
		if res.StatusCode != 404 {
			t.Errorf("GET %s: status %d, want 404", p, res.StatusCode)
		}
		if bytes.Contains(body, []byte("a.txt")) || bytes.Contains(body, []byte("app.css")) {
			t.Errorf("GET %s lists the folder:\n%s", p, body)
		}
	}
	if res, body := rawGet(t, s.Addr, "/web/sub/a.txt"); res.StatusCode != 200 || string(body) != "in a subfolder\n" {
		t.Errorf("GET /web/sub/a.txt: %d %q", res.StatusCode, body)
	}
}

// rawGet sends target exactly as written (no client-side cleaning) and
// follows same-server redirects, returning the last response.
func rawGet(t testing.TB, addr, target string) (*http.Response, []byte) {
	t.Helper()
	for range 5 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(30 * time.Second))
		fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, addr)
		res, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			c.Close()
			t.Fatalf("GET %q: %v", target, err)
		}
		body, _ := io.ReadAll(res.Body)
		c.Close()
		loc := res.Header.Get("Location")
		if res.StatusCode/100 != 3 || loc == "" {
			return res, body
		}
		if !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") {
			t.Fatalf("GET %q redirects off the server to %q", target, loc)
		}
		target = loc
	}
	t.Fatalf("GET %q: too many redirects", target)
	return nil, nil
}

func TestPathTraversal(t *testing.T) {
	s := newTestServer(t, Config{Dir: fakeDist(t)})
	for _, p := range []string{
		"/web/../go.mod",
		"/web/../secret.txt",
		"/web/../../go.mod",
		"/web/%2e%2e/go.mod",
		"/web/%2e%2e/%2e%2e/passwd",
		"/web/..%2fgo.mod",
		"/web/..%2f..%2fgo.mod",
		"/web/%2e%2e%2fsecret.txt",
		"/web/..%5cgo.mod",
		"/web/..\\go.mod",
		"/web/..\\..\\passwd",
		"/web/....//go.mod",
		"/web/....//....//passwd",
		"/web/.../go.mod",
		"/web/sub/../../secret.txt",
		"/web/app.css%00",
		"/web/app.css%00.png",
		"/web/%00",
		"//etc/passwd",
		"/etc/passwd",
		"/web//etc/passwd",
		"/web/%2fetc%2fpasswd",
		"/../../../../etc/passwd",
		"/web/.%2e/.%2e/passwd",
		"/web/%252e%252e/go.mod",
		"/secret.txt",
		"/go.mod",
	} {
		res, body := rawGet(t, s.Addr, p)
		if res.StatusCode != 404 {
			t.Errorf("GET %s: status %d, want 404", p, res.StatusCode)
		}
		if bytes.Contains(body, []byte(outside)) || bytes.Contains(body, []byte("root:x:0")) {
			t.Errorf("GET %s served a file outside the web root", p)
		}
	}
}

func TestWasmEncodings(t *testing.T) {
	s := newTestServer(t, Config{})
	size := func(name string) int64 {
		st, err := os.Stat(filepath.Join(s.dist, "web", name))
		if err != nil {
			t.Fatal(err)
		}
		return st.Size()
	}
	etags := map[string]string{}
	for _, tc := range []struct {
		accept, encoding, file string
	}{
		{"br", "br", "app.wasm.br"},
		{"gzip, deflate, br, zstd", "br", "app.wasm.br"},
		{"gzip", "gzip", "app.wasm.gz"},
		{"gzip, br;q=0", "gzip", "app.wasm.gz"},
		{"", "", "app.wasm"},
		{"identity", "", "app.wasm"},
		{"deflate", "", "app.wasm"},
		{"br;q=0, gzip;q=0", "", "app.wasm"},
	} {
		what := fmt.Sprintf("Accept-Encoding %q", tc.accept)
		res, body := do(t, "GET", s.URL+"/web/app.wasm", "Accept-Encoding", tc.accept)
		if res.StatusCode != 200 {
			t.Fatalf("%s: status %d", what, res.StatusCode)
		}
		if got := res.Header.Get("Content-Type"); got != "application/wasm" {
			t.Errorf("%s: Content-Type %q", what, got)
		}
		if got := res.Header.Get("Content-Encoding"); got != tc.encoding {
			t.Errorf("%s: Content-Encoding %q, want %q", what, got, tc.encoding)
		}
		if want := size(tc.file); res.ContentLength != want || int64(len(body)) != want {
			t.Errorf("%s: Content-Length %d, body %d bytes, want %d (%s)", what, res.ContentLength, len(body), want, tc.file)
		}
		if !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: Vary %q lacks Accept-Encoding", what, res.Header.Get("Vary"))
		}
		// HEAD gives the same length, and no body.
		head, hb := do(t, "HEAD", s.URL+"/web/app.wasm", "Accept-Encoding", tc.accept)
		if head.ContentLength != res.ContentLength || len(hb) != 0 || head.Header.Get("Content-Encoding") != tc.encoding {
			t.Errorf("%s: HEAD Content-Length %d (GET %d), %d body bytes, encoding %q", what, head.ContentLength, res.ContentLength, len(hb), head.Header.Get("Content-Encoding"))
		}
		tag := res.Header.Get("ETag")
		if tag == "" {
			t.Fatalf("%s: no ETag", what)
		}
		if prev, ok := etags[tc.encoding]; ok && prev != tag {
			t.Errorf("%s: ETag %s differs from %s for the same encoding", what, tag, prev)
		}
		etags[tc.encoding] = tag
		// A conditional request with the ETag gets 304 and no body.
		res, body = do(t, "GET", s.URL+"/web/app.wasm", "Accept-Encoding", tc.accept, "If-None-Match", tag)
		if res.StatusCode != http.StatusNotModified || len(body) != 0 {
			t.Errorf("%s: If-None-Match %s: status %d, %d bytes, want 304", what, tag, res.StatusCode, len(body))
		}
	}
	if etags["br"] == etags["gzip"] || etags["br"] == etags[""] || etags["gzip"] == etags[""] {
		t.Errorf("each encoding needs its own ETag: %v", etags)
	}
	// The brotli copy's tag does not validate the identity response.
	res, _ := do(t, "GET", s.URL+"/web/app.wasm", "If-None-Match", etags["br"])
	if res.StatusCode != 200 {
		t.Errorf("identity request with the brotli ETag: status %d, want 200", res.StatusCode)
	}
}

func TestRangeOnIdentity(t *testing.T) {
	s := newTestServer(t, Config{})
	whole, err := os.ReadFile(filepath.Join(s.dist, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	res, body := do(t, "GET", s.URL+"/web/app.wasm", "Range", "bytes=0-7")
	if res.StatusCode != http.StatusPartialContent {
		t.Fatalf("Range bytes=0-7: status %d", res.StatusCode)
	}
	if !bytes.Equal(body, whole[:8]) || res.Header.Get("Content-Encoding") != "" {
		t.Errorf("Range bytes=0-7: %q (encoding %q), want %q", body, res.Header.Get("Content-Encoding"), whole[:8])
	}
	if want := fmt.Sprintf("bytes 0-7/%d", len(whole)); res.Header.Get("Content-Range") != want {
		t.Errorf("Content-Range %q, want %q", res.Header.Get("Content-Range"), want)
	}
	res, body = do(t, "GET", s.URL+"/web/app.wasm", "Range", "bytes=-4")
	if res.StatusCode != 206 || !bytes.Equal(body, whole[len(whole)-4:]) {
		t.Errorf("Range bytes=-4: status %d body %q", res.StatusCode, body)
	}
	res, _ = do(t, "GET", s.URL+"/web/app.wasm", "Range", fmt.Sprintf("bytes=%d-", len(whole)+10))
	if res.StatusCode != http.StatusRequestedRangeNotSatisfiable {
		t.Errorf("unsatisfiable range: status %d, want 416", res.StatusCode)
	}
	checkSecurity(t, "416", res.Header, DefaultFrameAncestors, false)
}

func TestEmbedScripts(t *testing.T) {
	s := newTestServer(t, Config{})
	short, b1 := do(t, "GET", s.URL+"/embed.js")
	pinned, b2 := do(t, "GET", s.URL+s.pinned)
	if short.StatusCode != 200 || pinned.StatusCode != 200 || !bytes.Equal(b1, b2) || len(b1) == 0 {
		t.Fatalf("embed scripts: %d and %d, same body %v", short.StatusCode, pinned.StatusCode, bytes.Equal(b1, b2))
	}
	if !strings.HasPrefix(s.pinned, "/embed-") || !strings.HasSuffix(s.pinned, ".js") {
		t.Errorf("pinned path %q", s.pinned)
	}
	for _, r := range []*http.Response{short, pinned} {
		if got := r.Header.Get("Access-Control-Allow-Origin"); got != "*" {
			t.Errorf("%s: Access-Control-Allow-Origin %q", r.Request.URL.Path, got)
		}
		if got := r.Header.Get("Content-Type"); !strings.HasPrefix(got, "text/javascript") {
			t.Errorf("%s: Content-Type %q", r.Request.URL.Path, got)
		}
	}
	if got := short.Header.Get("Cache-Control"); got != "public, max-age=300" {
		t.Errorf("/embed.js Cache-Control %q, want a short cache", got)
	}
	if got := pinned.Header.Get("Cache-Control"); !strings.Contains(got, "immutable") || !strings.Contains(got, "max-age=31536000") {
		t.Errorf("%s Cache-Control %q, want immutable", s.pinned, got)
	}
	if res, _ := do(t, "GET", s.URL+"/embed-000000000000.js"); res.StatusCode == 200 && res.Header.Get("Access-Control-Allow-Origin") == "*" {
		t.Errorf("a wrong pinned hash is served as the script")
	}
}

func TestVersionFollowsContent(t *testing.T) {
	dist := fakeDist(t)
	version := func() string {
		t.Helper()
		s, err := New(Config{Dir: dist, Log: log.New(io.Discard, "", 0)})
		if err != nil {
			t.Fatal(err)
		}
		return s.Version()
	}
	v1 := version()
	if v2 := version(); v2 != v1 {
		t.Fatalf("version changed with no change: %s then %s", v1, v2)
	}
	// Touching files changes no content: the version stays.
	later := time.Now().Add(time.Hour)
	for _, n := range []string{"app.wasm", "app.css", "sub/a.txt"} {
		if err := os.Chtimes(filepath.Join(dist, "web", n), later, later); err != nil {
			t.Fatal(err)
		}
	}
	if v := version(); v != v1 {
		t.Errorf("touching files changed the version: %s then %s", v1, v)
	}
	// Rewriting a file with the same bytes keeps it too.
	css := filepath.Join(dist, "web", "app.css")
	old, _ := os.ReadFile(css)
	os.WriteFile(css, old, 0o644)
	if v := version(); v != v1 {
		t.Errorf("rewriting the same bytes changed the version")
	}
	prev := v1
	seen := map[string]string{v1: "start"}
	for _, change := range []struct {
		what string
		do   func() error
	}{
		{"app.css changed", func() error { return os.WriteFile(css, []byte("body { color: red }\n"), 0o644) }},
		{"app.wasm changed", func() error {
			return os.WriteFile(filepath.Join(dist, "web", "app.wasm"), []byte("\x00asm\x01\x00\x00\x00new"), 0o644)
		}},
		{"file in a subfolder changed", func() error {
			return os.WriteFile(filepath.Join(dist, "web", "sub", "a.txt"), []byte("changed\n"), 0o644)
		}},
		{"file added", func() error { return os.WriteFile(filepath.Join(dist, "web", "new.svg"), []byte("<svg/>"), 0o644) }},
		{"file removed", func() error { return os.Remove(filepath.Join(dist, "web", "boot.js")) }},
	} {
		if err := change.do(); err != nil {
			t.Fatal(err)
		}
		v := version()
		if v == prev {
			t.Errorf("%s: version stayed %s", change.what, v)
		}
		if was, ok := seen[v]; ok {
			t.Errorf("%s: version %s repeats the one after %s", change.what, v, was)
		}
		seen[v] = change.what
		prev = v
		if v2 := version(); v2 != v {
			t.Errorf("%s: version unstable: %s then %s", change.what, v, v2)
		}
	}
}

func TestAccessLogNeverHasTheQuery(t *testing.T) {
	s := newTestServer(t, Config{})
	const marker = "SECRETMARKER"
	for _, p := range []string{
		"/q/nation?secret=" + marker,
		"/web/app.css?v=" + marker,
		"/nowhere?" + marker,
		"/healthz?" + marker,
	} {
		do(t, "GET", s.URL+p)
	}
	do(t, "POST", s.URL+"/?"+marker)
	logged := s.log.String()
	if strings.Contains(logged, marker) {
		t.Errorf("the access log has a query string:\n%s", logged)
	}
	for _, want := range []string{`200 "/q/nation"`, `200 "/web/app.css"`, `200 "/healthz"`, `405 "/"`} {
		if !strings.Contains(logged, want) {
			t.Errorf("the access log lacks %q:\n%s", want, logged)
		}
	}
	if !strings.Contains(logged, `"/nowhere"`) {
		t.Errorf("the access log lacks /nowhere:\n%s", logged)
	}
	// A newline in a path cannot forge a log line.
	rawGet(t, s.Addr, "/web/x%0A200%20%22/forged%22")
	for _, line := range strings.Split(strings.TrimSpace(s.log.String()), "\n") {
		if strings.HasPrefix(line, `200 "/forged"`) {
			t.Errorf("forged log line %q", line)
		}
	}
}

func TestHealth(t *testing.T) {
	s := newTestServer(t, Config{})
	res, body := do(t, "GET", s.URL+"/healthz")
	if res.StatusCode != 200 || !strings.HasPrefix(string(body), "ok") {
		t.Errorf("/healthz: %d %q", res.StatusCode, body)
	}
	if !strings.Contains(string(body), s.Version()) {
		t.Errorf("/healthz %q does not name version %s", body, s.Version())
	}
	if got := res.Header.Get("Cache-Control"); got != "no-store" {
		t.Errorf("/healthz Cache-Control %q", got)
	}
}

func TestPages(t *testing.T) {
	s := newTestServer(t, Config{})
	res, body := do(t, "GET", s.URL+"/q/nation")
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("/q/nation: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	for _, want := range []string{`<html lang="en-GB"`, "/web/app.css"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/q/nation lacks %q", want)
		}
	}
	// go-app names its offline cache after the version, in the scripts.
	for _, p := range []string{"/app.js", "/app-worker.js"} {
		res, body := do(t, "GET", s.URL+p)
		if res.StatusCode != 200 || !strings.Contains(string(body), s.Version()) {
			t.Errorf("%s: status %d, version %s in it: %v", p, res.StatusCode, s.Version(), strings.Contains(string(body), s.Version()))
		}
		checkSecurity(t, p, res.Header, DefaultFrameAncestors, false)
	}
	// A page that does not exist is a 404, with the security headers.
	res, _ = do(t, "GET", s.URL+"/no-such-page")
	if res.StatusCode != 404 {
		t.Errorf("/no-such-page: status %d, want 404", res.StatusCode)
	}
	checkSecurity(t, "404 page", res.Header, DefaultFrameAncestors, false)
}

func TestWriteStatic(t *testing.T) {
	dist := testDist(t)
	out := filepath.Join(t.TempDir(), "public")
	cfg := Config{Dir: dist, FrameAncestors: "'self' https://charity.example", HSTS: true, Log: log.New(io.Discard, "", 0)}
	if err := WriteStatic(cfg, out); err != nil {
		t.Fatal(err)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil {
			t.Error(err)
		}
		return string(b)
	}
	for _, p := range ui.Pages() {
		name := p + ".html"
		if p == "/" {
			name = "/index.html"
		}
		if page := read(name); !strings.Contains(page, "<html") {
			t.Errorf("%s is not a page", name)
		}
	}
	for _, name := range []string{"web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/app.css"} {
		want, _ := os.ReadFile(filepath.Join(dist, filepath.FromSlash(name)))
		if read(name) != string(want) {
			t.Errorf("%s differs from the build", name)
		}
	}
	if read("embed.js") != string(s.embed) || read(s.pinned) != string(s.embed) {
		t.Error("embed scripts differ from the server's")
	}
	for _, name := range []string{"app.js", "wasm_exec.js", "app-worker.js", "manifest.webmanifest"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("go-app file: %v", err)
		}
	}
	// _headers: the server's security headers on every path, each header
	// from one rule only (hosts join repeated headers with commas).
	hf := read("_headers")
	rules := map[string]map[string]string{}
	var order []string
	var cur string
	for _, line := range strings.Split(hf, "\n") {
		switch {
		case line == "":
		case !strings.HasPrefix(line, " "):
			cur = line
			order = append(order, cur)
			rules[cur] = map[string]string{}
		default:
			k, v, ok := strings.Cut(strings.TrimSpace(line), ": ")
			if !ok || cur == "" {
				t.Fatalf("_headers line %q", line)
			}
			rules[cur][k] = v
		}
	}
	all := rules["/*"]
	for _, kv := range SecurityHeaders(cfg) {
		if all[kv[0]] != kv[1] {
			t.Errorf("_headers /*: %s = %q, want %q", kv[0], all[kv[0]], kv[1])
		}
	}
	if !strings.Contains(all["Content-Security-Policy"], "frame-ancestors 'self' https://charity.example") || all["Strict-Transport-Security"] == "" {
		t.Errorf("_headers ignores the config:\n%s", hf)
	}
	for _, r := range order {
		if r == "/*" {
			continue
		}
		for k := range rules[r] {
			if _, dup := all[k]; dup {
				t.Errorf("_headers: %s sets %s again; hosts would join the two values", r, k)
			}
		}
	}
	if rules["/embed.js"]["Cache-Control"] != "public, max-age=300" || rules["/embed.js"]["Access-Control-Allow-Origin"] != "*" {
		t.Errorf("_headers /embed.js: %v", rules["/embed.js"])
	}
	if !strings.Contains(rules[s.pinned]["Cache-Control"], "immutable") || rules[s.pinned]["Access-Control-Allow-Origin"] != "*" {
		t.Errorf("_headers %s: %v", s.pinned, rules[s.pinned])
	}
}

// docs/nginx.conf sends the same security headers as the server (with the
// default frame-ancestors and HSTS left commented out). make bench serves
// the static site with it in a real nginx.
func TestNginxConfMatchesServer(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "docs", "nginx.conf"))
	if err != nil {
		t.Fatal(err)
	}
	conf := string(b)
	added := map[string]string{}
	for _, line := range strings.Split(conf, "\n") {
		line = strings.TrimSpace(line)
		commented := strings.HasPrefix(line, "#")
		line = strings.TrimSpace(strings.TrimPrefix(line, "#"))
		rest, ok := strings.CutPrefix(line, "add_header ")
		if !ok {
			continue
		}
		name, value, _ := strings.Cut(rest, " ")
		value = strings.TrimSuffix(strings.TrimSpace(value), ";")
		always := strings.HasSuffix(value, " always")
		value = strings.Trim(strings.TrimSuffix(value, " always"), `"`)
		if commented {
			name = "#" + name
		}
		added[name] = value
		if strings.HasPrefix(value, "$") {
			continue
		}
		if !always {
			t.Errorf("nginx.conf: add_header %s lacks always (errors would go without it)", name)
		}
	}
	for _, kv := range SecurityHeaders(Config{FrameAncestors: DefaultFrameAncestors}) {
		if added[kv[0]] != kv[1] {
			t.Errorf("nginx.conf: %s = %q, want %q", kv[0], added[kv[0]], kv[1])
		}
	}
	if added["#Strict-Transport-Security"] != HSTS {
		t.Errorf("nginx.conf: commented HSTS = %q, want %q", added["#Strict-Transport-Security"], HSTS)
	}
	for _, want := range []string{
		"types { application/wasm wasm; }",
		"gzip_static on;",
		"autoindex off;",
		"try_files $uri $uri.html $uri/index.html =404;",
		`"public, max-age=300"`,
		"immutable",
		"return 405;",
	} {
		if !strings.Contains(conf, want) {
			t.Errorf("nginx.conf lacks %q", want)
		}
	}
	if strings.Contains(conf, "X-Frame-Options") {
		t.Error("nginx.conf sends X-Frame-Options: partners could not frame the app")
	}
}

var (
	reTag  = regexp.MustCompile(`<[a-zA-Z][a-zA-Z0-9-]*((?:\s+[a-zA-Z:_-]+(?:="(?:[^"\\]|\\.)*")?)+)\s*>`)
	reAttr = regexp.MustCompile(`[a-zA-Z:_-]+(?:="(?:[^"\\]|\\.)*")?`)
)

// sortAttrs puts each tag's attributes in order: go-app writes them in
// map order, which changes from one rendering to the next.
func sortAttrs(html string) string {
	return reTag.ReplaceAllStringFunc(html, func(tag string) string {
		m := reTag.FindStringSubmatchIndex(tag)
		attrs := reAttr.FindAllString(tag[m[2]:m[3]], -1)
		slices.Sort(attrs)
		return tag[:m[2]] + " " + strings.Join(attrs, " ") + tag[m[3]:]
	})
}

// Pages are rendered once and kept: what is served is what go-app renders.
func TestPagesKeptAsRendered(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, p := range ui.Pages() {
		direct := httptest.NewRecorder()
		s.pages.ServeHTTP(direct, httptest.NewRequest("GET", p, nil))
		for i := range 2 {
			res, body := do(t, "GET", s.URL+p)
			if got, want := sortAttrs(string(body)), sortAttrs(direct.Body.String()); res.StatusCode != 200 || got != want {
				t.Errorf("%s (request %d): status %d, body differs from go-app's: %v", p, i+1, res.StatusCode, got != want)
			}
			for _, h := range []string{"Content-Type", "Cache-Control", "ETag"} {
				if res.Header.Get(h) != direct.Header().Get(h) {
					t.Errorf("%s: %s %q, go-app sends %q", p, h, res.Header.Get(h), direct.Header().Get(h))
				}
			}
			if res.ContentLength != int64(len(body)) {
				t.Errorf("%s: Content-Length %d for %d bytes", p, res.ContentLength, len(body))
			}
		}
	}
	res, _ := do(t, "GET", s.URL+"/q/nation")
	tag := res.Header.Get("ETag")
	if tag == "" {
		t.Fatal("no ETag on pages")
	}
	if res, body := do(t, "GET", s.URL+"/q/nation", "If-None-Match", tag); res.StatusCode != 304 || len(body) != 0 {
		t.Errorf("If-None-Match: status %d, %d bytes", res.StatusCode, len(body))
	}
	if res, body := do(t, "HEAD", s.URL+"/q/nation"); res.StatusCode != 200 || len(body) != 0 || res.ContentLength <= 0 {
		t.Errorf("HEAD: status %d, %d bytes, Content-Length %d", res.StatusCode, len(body), res.ContentLength)
	}
	// With a query the page goes to go-app each time (it may read the query).
	if res, body := do(t, "GET", s.URL+"/q/nation?x=1"); res.StatusCode != 200 || !strings.Contains(string(body), "<html") {
		t.Errorf("/q/nation?x=1: status %d", res.StatusCode)
	}
	if len(s.pageCache) != len(ui.Pages()) {
		t.Errorf("%d pages kept, want %d", len(s.pageCache), len(ui.Pages()))
	}
}

// A kept page is rendered again on a new day: letter previews are dated.
func TestPagesRenderedAgainNextDay(t *testing.T) {
	s := newTestServer(t, Config{})
	today := time.Date(2026, 3, 2, 23, 59, 0, 0, time.Local)
	s.now = func() time.Time { return today }
	do(t, "GET", s.URL+"/letters/complaint")
	first := s.pageCache["/letters/complaint"]
	do(t, "GET", s.URL+"/letters/complaint")
	if s.pageCache["/letters/complaint"] != first {
		t.Error("the page was rendered again on the same day")
	}
	s.now = func() time.Time { return today.Add(2 * time.Minute) }
	do(t, "GET", s.URL+"/letters/complaint")
	if again := s.pageCache["/letters/complaint"]; again == first || again.day != "2026-03-03" {
		t.Errorf("the page was not rendered again the next day (kept from %s)", again.day)
	}
}

// TestPatchAppJS checks the patch still fits go-app's app.js, so repeat
// visits can reuse the compiled wasm.
func TestPatchAppJS(t *testing.T) {
	rec := httptest.NewRecorder()
	pageHandler("v", 1).ServeHTTP(rec, httptest.NewRequest("GET", "/app.js", nil))
	out, err := PatchAppJS(rec.Body.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out, []byte(`putitrightFetchWasm("/web/app.wasm"`)) || !bytes.Contains(out, []byte("function putitrightFetchWasm(")) {
		t.Error("app.js not patched")
	}
	if _, err := PatchAppJS([]byte("something else")); err == nil {
		t.Error("PatchAppJS accepted a file it cannot patch")
	}
}
