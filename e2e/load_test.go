//go:build bench

package e2e

// The load test for make bench: wrk, in its own process on loopback, loads
// the page, /embed.js and the brotli app.wasm from bin/server and from
// nginx serving the static site (bin/server -static) with docs/nginx.conf,
// in the same run, and prints requests per second, p50/p99 latency and
// errors with the ratio ours/nginx. It builds only with the bench tag:
// run it with make bench.

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"putitright/app/flow"
	"putitright/app/ui"
	bt "putitright/internal/browsertest"
)

const (
	loadConnections = 128
	loadThreads     = 2
	loadDuration    = 5 * time.Second
)

// loadBrotliModule is Debian's brotli_static module for nginx
// (libnginx-mod-http-brotli-static).
const loadBrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"

func loadOnly(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is not on PATH (make bench installs it)", tool)
		}
	}
}

// loadWaitUp waits until url answers 200, failing with the server's log
// if it exits first.
func loadWaitUp(t *testing.T, url string, exited <-chan struct{}, logFile string) {
	t.Helper()
	if bt.Until(10*time.Second, func() bool {
		select {
		case <-exited:
			b, _ := os.ReadFile(logFile)
			t.Fatalf("%s: the server exited:\n%s", url, b)
		default:
		}
		res, err := http.Get(url)
		if err == nil {
			res.Body.Close()
		}
		return err == nil && res.StatusCode == 200
	}) != nil {
		t.Fatalf("%s did not come up", url)
	}
}

// loadStartProc starts a server process with its output in a log file (not the
// test's output: an access log line per request would slow it and flood
// the report), stopping it with sig at the end of the test.
func loadStartProc(t *testing.T, sig os.Signal, logFile, name string, args ...string) <-chan struct{} {
	t.Helper()
	out, err := os.Create(logFile)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); out.Close(); close(exited) }()
	t.Cleanup(func() {
		cmd.Process.Signal(sig)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	})
	return exited
}

// loadStartOurs runs bin/server on a loopback port; it returns the base URL.
func loadStartOurs(t *testing.T) string {
	t.Helper()
	dist, bin := bt.Dist(t), bt.ServerBin(t)
	port := bt.FreePort(t)
	logFile := filepath.Join(t.TempDir(), "server.log")
	exited := loadStartProc(t, syscall.SIGTERM, logFile, bin, "-dir", dist, "-addr", fmt.Sprintf("127.0.0.1:%d", port))
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	loadWaitUp(t, base+"/healthz", exited, logFile)
	return base
}

// loadNginx is nginx serving the static site with docs/nginx.conf.
type loadNginx struct {
	URL    string
	Brotli bool // the brotli_static module is loaded
	Site   string
}

// loadStartNginx writes the static site with bin/server -static and serves it
// with nginx on a loopback port, configured by docs/nginx.conf with only
// its listen and root lines changed. nginx runs in the foreground with its
// prefix, pid, logs and temp files in a temporary folder.
func loadStartNginx(t *testing.T) *loadNginx {
	t.Helper()
	dist, bin := bt.Dist(t), bt.ServerBin(t)
	dir := t.TempDir()
	site := filepath.Join(dir, "public")
	if out, err := exec.Command(bin, "-dir", dist, "-static", site).CombinedOutput(); err != nil {
		t.Fatalf("bin/server -static: %v\n%s", err, out)
	}
	conf, err := os.ReadFile(filepath.Join(bt.Root(t), "docs", "nginx.conf"))
	if err != nil {
		t.Fatal(err)
	}
	port := bt.FreePort(t)
	_, modErr := os.Stat(loadBrotliModule)
	brotli := modErr == nil
	rendered := string(conf)
	for _, r := range []struct{ from, to string }{
		{"    listen 80;\n", fmt.Sprintf("    listen 127.0.0.1:%d;\n", port)},
		{"    listen [::]:80;\n", ""},
		{"    root /srv/putitright/public;\n", fmt.Sprintf("    root %s;\n", site)},
	} {
		if !strings.Contains(rendered, r.from) {
			t.Fatalf("docs/nginx.conf has no line %q to render", r.from)
		}
		rendered = strings.Replace(rendered, r.from, r.to, 1)
	}
	if !brotli {
		t.Logf("%s is missing (apt-get install libnginx-mod-http-brotli-static): nginx serves gzip, not brotli", loadBrotliModule)
		rendered = strings.Replace(rendered, "    brotli_static on;\n", "", 1)
	}
	if err := os.WriteFile(filepath.Join(dir, "putitright.conf"), []byte(rendered), 0o644); err != nil {
		t.Fatal(err)
	}
	var main strings.Builder
	if brotli {
		fmt.Fprintf(&main, "load_module %s;\n", loadBrotliModule)
	}
	if os.Geteuid() == 0 {
		// As root, nginx would switch its workers to nobody, who cannot
		// read the test's temporary folder: keep the current user.
		u, err := user.Current()
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&main, "user %s;\n", u.Username)
	}
	fmt.Fprintf(&main, `daemon off;
worker_processes auto;
pid %[1]s/nginx.pid;
error_log %[1]s/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log %[1]s/access.log;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 60s;
    keepalive_requests 100000;
    client_body_temp_path %[1]s/tmp-body;
    proxy_temp_path %[1]s/tmp-proxy;
    fastcgi_temp_path %[1]s/tmp-fastcgi;
    uwsgi_temp_path %[1]s/tmp-uwsgi;
    scgi_temp_path %[1]s/tmp-scgi;
    include %[1]s/putitright.conf;
}
`, dir)
	mainConf := filepath.Join(dir, "nginx.conf")
	if err := os.WriteFile(mainConf, []byte(main.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	logFile := filepath.Join(dir, "nginx.out")
	if out, err := exec.Command("nginx", "-t", "-p", dir, "-c", mainConf, "-e", filepath.Join(dir, "error.log")).CombinedOutput(); err != nil {
		t.Fatalf("nginx -t rejects docs/nginx.conf: %v\n%s", err, out)
	}
	// SIGQUIT is nginx's graceful stop.
	exited := loadStartProc(t, syscall.SIGQUIT, logFile, "nginx", "-p", dir, "-c", mainConf, "-e", filepath.Join(dir, "error.log"))
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	loadWaitUp(t, base+"/", exited, filepath.Join(dir, "error.log"))
	return &loadNginx{URL: base, Brotli: brotli, Site: site}
}

var loadSecurityHeaders = []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "Strict-Transport-Security", "X-Frame-Options"}

// TestBenchNginxConfig checks that docs/nginx.conf serves the static site
// as the server serves the app: the pages at their addresses, the same
// security headers, wasm as application/wasm and precompressed.
func TestBenchNginxConfig(t *testing.T) {
	loadOnly(t, "nginx")
	ours := loadStartOurs(t)
	ng := loadStartNginx(t)
	nation := bt.QuestionPath(flow.QNation)
	for _, p := range []string{ui.PathStart, nation, ui.PathCheck, complaint, "/web/app.wasm", "/embed.js", "/web/app.css", "/nowhere", "/web/"} {
		want, _ := bt.HTTPGet(t, "GET", ours+p)
		got, body := bt.HTTPGet(t, "GET", ng.URL+p)
		if got.StatusCode != want.StatusCode {
			t.Errorf("nginx %s: status %d, the server's %d", p, got.StatusCode, want.StatusCode)
		}
		for _, h := range loadSecurityHeaders {
			if got.Header.Get(h) != want.Header.Get(h) {
				t.Errorf("nginx %s: %s = %q, the server sends %q", p, h, got.Header.Get(h), want.Header.Get(h))
			}
		}
		if strings.HasSuffix(p, "/") && p != "/" && strings.Contains(string(body), "Index of") {
			t.Errorf("nginx lists %s", p)
		}
	}
	res, body := bt.HTTPGet(t, "GET", ng.URL+nation)
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") ||
		!strings.Contains(string(body), `<html lang="en-GB"`) || !strings.Contains(string(body), "Where was the care given?") {
		t.Errorf("nginx %s: %d %s, not the page:\n%.300s", nation, res.StatusCode, res.Header.Get("Content-Type"), body)
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors ") || !strings.Contains(csp, "'wasm-unsafe-eval'") {
		t.Errorf("nginx %s CSP %q", nation, csp)
	}
	wasm, err := os.ReadFile(filepath.Join(ng.Site, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ accept, encoding, file string }{
		{"br, gzip", "br", "app.wasm.br"},
		{"gzip", "gzip", "app.wasm.gz"},
		{"", "", "app.wasm"},
	} {
		if tc.encoding == "br" && !ng.Brotli {
			tc.encoding, tc.file = "gzip", "app.wasm.gz"
		}
		res, body := bt.HTTPGet(t, "GET", ng.URL+"/web/app.wasm", "Accept-Encoding", tc.accept)
		want, _ := os.ReadFile(filepath.Join(ng.Site, "web", tc.file))
		what := fmt.Sprintf("nginx app.wasm with Accept-Encoding %q", tc.accept)
		if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/wasm" {
			t.Errorf("%s: %d %q, want application/wasm", what, res.StatusCode, res.Header.Get("Content-Type"))
		}
		if res.Header.Get("Content-Encoding") != tc.encoding || string(body) != string(want) {
			t.Errorf("%s: encoding %q, %d bytes; want %q, %s (%d bytes)", what, res.Header.Get("Content-Encoding"), len(body), tc.encoding, tc.file, len(want))
		}
		if tc.encoding != "" && !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: no Vary: Accept-Encoding", what)
		}
	}
	if len(wasm) < 1000 {
		t.Errorf("app.wasm is %d bytes", len(wasm))
	}
	res, _ = bt.HTTPGet(t, "GET", ng.URL+"/embed.js")
	if res.Header.Get("Cache-Control") != "public, max-age=300" || res.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("nginx /embed.js: Cache-Control %q, ACAO %q", res.Header.Get("Cache-Control"), res.Header.Get("Access-Control-Allow-Origin"))
	}
	pinned, _ := filepath.Glob(filepath.Join(ng.Site, "embed-*.js"))
	if len(pinned) != 1 {
		t.Fatalf("static site pinned embed scripts: %v", pinned)
	}
	res, _ = bt.HTTPGet(t, "GET", ng.URL+"/"+filepath.Base(pinned[0]))
	if !strings.Contains(res.Header.Get("Cache-Control"), "immutable") || res.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("nginx pinned embed: Cache-Control %q, ACAO %q", res.Header.Get("Cache-Control"), res.Header.Get("Access-Control-Allow-Origin"))
	}
	res, _ = bt.HTTPGet(t, "GET", ng.URL+nation)
	if res.Header.Get("Cache-Control") != "no-cache" || res.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("nginx page: Cache-Control %q, ACAO %q", res.Header.Get("Cache-Control"), res.Header.Get("Access-Control-Allow-Origin"))
	}
	for _, m := range []string{"POST", "PUT", "DELETE"} {
		if res, _ := bt.HTTPGet(t, m, ng.URL+nation); res.StatusCode != 405 {
			t.Errorf("nginx %s: status %d, want 405", m, res.StatusCode)
		}
	}
	for _, p := range []string{"/_headers", "/web/../_headers", "/web/%2e%2e/_headers", "/web/sub/", "/q/"} {
		if res, _ := bt.HTTPGet(t, "GET", ng.URL+p); res.StatusCode != 404 {
			t.Errorf("nginx %s: status %d, want 404", p, res.StatusCode)
		}
	}
}

// loadWrkResult is what wrk reports for one run.
type loadWrkResult struct {
	RPS      float64
	P50, P99 time.Duration
	Requests int
	Errors   int // socket errors and non-2xx/3xx responses
	Transfer string
}

var (
	loadReRPS      = regexp.MustCompile(`(?m)^Requests/sec:\s+([\d.]+)`)
	loadReLatency  = regexp.MustCompile(`(?m)^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$`)
	loadReRequests = regexp.MustCompile(`(?m)^\s+(\d+) requests in`)
	loadReSocket   = regexp.MustCompile(`Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)`)
	loadReNon2xx   = regexp.MustCompile(`Non-2xx or 3xx responses: (\d+)`)
	loadReTransfer = regexp.MustCompile(`(?m)^Transfer/sec:\s+(\S+)`)
)

// loadParseWrk reads wrk --latency output.
func loadParseWrk(out string) (loadWrkResult, error) {
	var r loadWrkResult
	m := loadReRPS.FindStringSubmatch(out)
	if m == nil {
		return r, fmt.Errorf("no Requests/sec in wrk output")
	}
	r.RPS, _ = strconv.ParseFloat(m[1], 64)
	for _, m := range loadReLatency.FindAllStringSubmatch(out, -1) {
		v, _ := strconv.ParseFloat(m[2], 64)
		unit := map[string]time.Duration{"us": time.Microsecond, "ms": time.Millisecond, "s": time.Second, "m": time.Minute}[m[3]]
		d := time.Duration(v * float64(unit))
		if m[1] == "50" {
			r.P50 = d
		} else {
			r.P99 = d
		}
	}
	if r.P50 == 0 || r.P99 == 0 {
		return r, fmt.Errorf("no latency distribution in wrk output (run it with --latency)")
	}
	if m := loadReRequests.FindStringSubmatch(out); m != nil {
		r.Requests, _ = strconv.Atoi(m[1])
	}
	if m := loadReSocket.FindStringSubmatch(out); m != nil {
		for _, n := range m[1:] {
			v, _ := strconv.Atoi(n)
			r.Errors += v
		}
	}
	if m := loadReNon2xx.FindStringSubmatch(out); m != nil {
		v, _ := strconv.Atoi(m[1])
		r.Errors += v
	}
	if m := loadReTransfer.FindStringSubmatch(out); m != nil {
		r.Transfer = m[1]
	}
	return r, nil
}

func TestLoadParseWrk(t *testing.T) {
	out := `Running 5s test @ http://127.0.0.1:8080/
  2 threads and 128 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     2.13ms    1.02ms  20.00ms   80.00%
    Req/Sec    30.00k     2.00k   35.00k    70.00%
  Latency Distribution
     50%  850.00us
     75%    2.50ms
     90%    3.10ms
     99%    1.20s
  300000 requests in 5.00s, 1.00GB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 5
Requests/sec:  60000.50
Transfer/sec:    200.00MB
`
	r, err := loadParseWrk(out)
	if err != nil {
		t.Fatal(err)
	}
	want := loadWrkResult{RPS: 60000.5, P50: 850 * time.Microsecond, P99: 1200 * time.Millisecond, Requests: 300000, Errors: 10, Transfer: "200.00MB"}
	if r != want {
		t.Errorf("parseWrk = %+v, want %+v", r, want)
	}
	if _, err := loadParseWrk("unable to connect to 127.0.0.1:1 Connection refused\n"); err == nil {
		t.Error("no error for wrk output without results")
	}
}

func loadRunWrk(t *testing.T, url string) loadWrkResult {
	t.Helper()
	args := []string{
		"-t", strconv.Itoa(loadThreads), "-c", strconv.Itoa(loadConnections),
		"-d", fmt.Sprintf("%ds", int(loadDuration.Seconds())), "--timeout", "10s", "--latency",
		"-H", "Accept-Encoding: br", url,
	}
	out, err := exec.Command("wrk", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("wrk %s: %v\n%s", url, err, out)
	}
	r, err := loadParseWrk(string(out))
	if err != nil {
		t.Fatalf("wrk %s: %v\n%s", url, err, out)
	}
	return r
}

// TestBenchLoad loads both servers in turn, on loopback, and reports.
func TestBenchLoad(t *testing.T) {
	loadOnly(t, "wrk", "nginx")
	ours := loadStartOurs(t)
	ng := loadStartNginx(t)
	paths := []string{"/", "/embed.js", "/web/app.wasm"}
	// Both serve each path, with the same encoding, before loading them.
	for _, p := range paths {
		a, ab := bt.HTTPGet(t, "GET", ours+p, "Accept-Encoding", "br")
		b, bb := bt.HTTPGet(t, "GET", ng.URL+p, "Accept-Encoding", "br")
		if a.StatusCode != 200 || b.StatusCode != 200 {
			t.Fatalf("%s: server %d, nginx %d", p, a.StatusCode, b.StatusCode)
		}
		t.Logf("%-14s server: %8d bytes %-4s  nginx: %8d bytes %s", p, len(ab), a.Header.Get("Content-Encoding"), len(bb), b.Header.Get("Content-Encoding"))
	}
	var table strings.Builder
	fmt.Fprintf(&table, "wrk -t%d -c%d -d%s --latency -H 'Accept-Encoding: br', loopback, %d CPUs shared by wrk and the server\n",
		loadThreads, loadConnections, loadDuration, runtime.NumCPU())
	fmt.Fprintf(&table, "%-14s %-7s %10s %10s %10s %8s %10s\n", "path", "server", "req/s", "p50", "p99", "errors", "transfer/s")
	var ratios []string
	for _, p := range paths {
		a := loadRunWrk(t, ours+p)
		b := loadRunWrk(t, ng.URL+p)
		for _, row := range []struct {
			name string
			r    loadWrkResult
		}{{"ours", a}, {"nginx", b}} {
			fmt.Fprintf(&table, "%-14s %-7s %10.0f %10s %10s %8d %10s\n", p, row.name, row.r.RPS, loadDur(row.r.P50), loadDur(row.r.P99), row.r.Errors, row.r.Transfer)
		}
		ratios = append(ratios, fmt.Sprintf("%-14s ours/nginx: req/s %.2f, p50 %.2f, p99 %.2f", p, a.RPS/b.RPS,
			float64(a.P50)/float64(b.P50), float64(a.P99)/float64(b.P99)))
		if a.Errors > 0 {
			t.Errorf("%s: our server had %d errors under load", p, a.Errors)
		}
	}
	table.WriteString(strings.Join(ratios, "\n") + "\n")
	if !ng.Brotli {
		table.WriteString("nginx had no brotli_static module: it served gzip\n")
	}
	t.Log("\n" + table.String())
	outDir := filepath.Join(bt.Root(t), "test-output")
	if err := os.MkdirAll(outDir, 0o755); err == nil {
		os.WriteFile(filepath.Join(outDir, "load.txt"), []byte(table.String()), 0o644)
	}
}

func loadDur(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return fmt.Sprintf("%.0fus", float64(d)/float64(time.Microsecond))
	case d < time.Second:
		return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond))
	}
	return fmt.Sprintf("%.2fs", d.Seconds())
}
