package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"putitright/app/content"
	"putitright/app/ui"
	"putitright/widget"
)

// Config is how the server is set up.
type Config struct {
	Dir            string      // the build folder; its web/ subfolder holds app.wasm, CSS, scripts and icons
	FrameAncestors string      // the CSP frame-ancestors sources allowed to embed the app; empty means DefaultFrameAncestors
	HSTS           bool        // send Strict-Transport-Security
	Log            *log.Logger // the access log: status and path, never the query; nil means standard error
}

// DefaultFrameAncestors lets any https: site embed the app, plus local
// development hosts.
const DefaultFrameAncestors = "'self' https: http://localhost:* http://127.0.0.1:*"

// handlerVersion changes when the page shell set up below changes, so the
// version hash moves even if no built file did.
const handlerVersion = "pages-2"

// Server serves the app. It is an http.Handler.
type Server struct {
	cfg      Config
	security [][2]string // SecurityHeaders(cfg)
	web      *os.Root
	pages    *app.Handler
	version  string
	embed    []byte
	embedGz  []byte // embed gzipped
	pinned   string // the versioned embed script's path, e.g. /embed-0123456789ab.js
	notFound []byte // the page for an address the app does not have
	mux      *http.ServeMux

	pageSet   map[string]bool // ui.Pages()
	pageMu    sync.Mutex
	pageCache map[string]*renderedPage
	now       func() time.Time
}

// renderedPage is a page as go-app rendered it on a day (letters show
// the date).
type renderedPage struct {
	day    string
	header http.Header
	body   []byte
	gz     []byte // body gzipped
}

// goappFiles are go-app's own files: like pages, they depend only on the
// build, so they are kept and sent compressed too.
var goappFiles = []string{"/app.js", "/wasm_exec.js", "/app-worker.js", "/manifest.webmanifest", "/app.css"}

// New checks the build folder and returns a Server.
func New(cfg Config) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = log.New(os.Stderr, "", log.LstdFlags)
	}
	if cfg.FrameAncestors == "" {
		cfg.FrameAncestors = DefaultFrameAncestors
	}
	web, err := os.OpenRoot(path.Join(cfg.Dir, "web"))
	if err != nil {
		return nil, fmt.Errorf("opening the build folder (run make build first): %w", err)
	}
	st, err := web.Stat("app.wasm")
	if err != nil {
		return nil, fmt.Errorf("finding app.wasm (run make build first): %w", err)
	}
	version, err := hashWeb(web)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, security: SecurityHeaders(cfg), web: web, version: version, embed: widget.EmbedJS()}
	s.embedGz = gzipped(s.embed)
	s.pinned = "/" + widget.VersionedName(s.embed)
	s.pages = pageHandler(version, st.Size())
	s.notFound = notFoundPage(english())
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("/healthz", s.health)
	s.mux.HandleFunc("/web/", s.asset)
	s.mux.HandleFunc("/embed.js", s.embedJS)
	s.mux.HandleFunc(s.pinned, s.embedJS)
	s.mux.HandleFunc("/demo/", s.demo)
	s.mux.HandleFunc("/", s.page)
	s.pageSet = map[string]bool{}
	for _, p := range append(ui.Pages(), goappFiles...) {
		s.pageSet[p] = true
	}
	s.pageCache = map[string]*renderedPage{}
	s.now = time.Now
	return s, nil
}

// Version is the hash of the built assets that go-app uses to name its
// offline cache: it changes exactly when the built app changes.
func (s *Server) Version() string { return s.version }

// english returns the English content. The server writes in English: a
// person's language is in the address fragment, which only the app in
// the browser sees.
func english() *content.Set {
	c, err := content.Default()
	if err != nil {
		panic(err) // the embedded content is checked by its tests
	}
	return c
}

// pageHandler is go-app's handler for the pages, the service worker and
// the manifest, with local icons only. Every page, the favicon and the Apple
// touch icon are precached, so that after one visit the whole app works with
// no network; the worker is ours (appWorker), not go-app's default.
func pageHandler(version string, wasmSize int64) *app.Handler {
	pages := ui.Pages()
	c := english()
	return &app.Handler{
		Name:            c.T("ui.app.name"),
		ShortName:       c.T("ui.app.short-name"),
		Title:           c.T("ui.app.name"),
		Description:     c.T("ui.app.description"),
		Lang:            "en-GB",
		BackgroundColor: "#ffffff",
		ThemeColor:      "#1d4e89",
		LoadingLabel:    c.F("ui.app.loading", "progress", "{progress}"), // go-app fills in {progress}
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable.png",
			SVG:      "/web/icon.svg",
		},
		Styles:  []string{"/web/app.css"},
		Scripts: []string{"/web/boot.js defer"},
		// The snippet builder's preview runs the loader offline too.
		CacheableResources: append(pages[1:], "/web/apple-touch-icon.png", "/web/icon.svg", "/embed.js", "/web/preview.css"),
		RawHeaders: []string{
			// go-app also links the 512px maskable icon as apple-touch-icon;
			// the sizes tell iOS this one is made for it.
			`<link rel="apple-touch-icon" sizes="180x180" href="/web/apple-touch-icon.png">`,
			`<meta name="referrer" content="no-referrer">`,
		},
		// The snippet builder offers the pinned, SRI-checked loader.
		Env: map[string]string{
			ui.EnvEmbedPinned:    widget.VersionedName(widget.EmbedJS()),
			ui.EnvEmbedIntegrity: widget.SRI(widget.EmbedJS()),
		},
		Version:               version,
		WasmContentLength:     fmt.Sprint(wasmSize),
		ServiceWorkerTemplate: appWorker,
	}
}

// appWorker is the service worker. It differs from go-app's default in
// three ways that matter offline:
//
//   - install waits (event.waitUntil) until every listed file is cached.
//     go-app's worker does not wait, so a failed or interrupted download
//     left an active worker with an empty cache and no offline app; now
//     the install fails and the browser tries again on the next visit.
//   - a page address that is not cached exactly (say with ?utm=x) gets the
//     cached page for its path, and with no network any page gets the
//     cached start page: the app itself draws the right page from the
//     address.
//   - it never reloads or messages pages: go-app's app.js sees the new
//     worker activate and the app shows "A new version is ready".
//
// Like go-app's, a new version takes over at once (skipWaiting), deletes
// the old version's cache, and is cache-first.
const appWorker = `// Put It Right's service worker (made by server/handler.go).
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    // "no-cache": never take a stale copy from the HTTP cache.
    await cache.addAll(resourcesToCache.map((url) => new Request(url, { cache: "no-cache" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(cacheName);
  const page = request.mode === "navigate";
  const cached = await cache.match(request, { ignoreVary: true, ignoreSearch: page });
  if (cached) {
    return cached;
  }
  try {
    return await fetch(request);
  } catch (err) {
    const start = page && (await cache.match("/"));
    if (start) {
      return start;
    }
    throw err;
  }
}
`

// hashWeb hashes every built asset (not the precompressed copies, which
// follow from them) with the page setup, to make the app version.
func hashWeb(web *os.Root) (string, error) {
	var names []string
	err := fs.WalkDir(web.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && !strings.HasSuffix(p, ".br") && !strings.HasSuffix(p, ".gz") {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("hashing the build: %w", err)
	}
	sort.Strings(names)
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n", handlerVersion, widget.VersionedName(widget.EmbedJS()))
	for _, n := range names {
		b, err := fs.ReadFile(web.FS(), n)
		if err != nil {
			return "", fmt.Errorf("hashing %s: %w", n, err)
		}
		sum := sha256.Sum256(b)
		fmt.Fprintf(h, "%s %x\n", n, sum)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// notFoundPage is the page for an address the app does not have, in
// words from c, with a link to the start.
func notFoundPage(c *content.Set) []byte {
	title := html.EscapeString(c.T("ui.not-found.title"))
	var text strings.Builder
	for _, seg := range c.Segments("ui.not-found.text") {
		switch seg.Name {
		case "":
			text.WriteString(html.EscapeString(seg.Text))
		case "start":
			text.WriteString(`<a href="/">` + html.EscapeString(c.T("ui.not-found.start")) + `</a>`)
		default:
			text.WriteString("[" + html.EscapeString(seg.Name) + "]")
		}
	}
	return []byte(`<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>` + html.EscapeString(c.F("ui.title", "page", c.T("ui.not-found.title"))) + `</title>
<link rel="stylesheet" href="/web/app.css"></head>
<body><div class="width"><main class="main" id="main"><h1 class="h1">` + title + `</h1>
<p>` + text.String() + `</p></main></div></body></html>
`)
}

// notFoundWriter passes a response through, but in place of a 404's body
// writes the not-found page.
type notFoundWriter struct {
	http.ResponseWriter
	page    []byte
	swapped bool
}

func (w *notFoundWriter) WriteHeader(code int) {
	if code == http.StatusNotFound {
		w.swapped = true
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Del("Content-Length")
		w.ResponseWriter.WriteHeader(code)
		w.ResponseWriter.Write(w.page)
		return
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *notFoundWriter) Write(b []byte) (int, error) {
	if w.swapped {
		return len(b), nil // the 404's own body
	}
	return w.ResponseWriter.Write(b)
}

// page serves a page. go-app renders the page's components on every
// request; a page depends only on its address, the build and the date
// (letter previews are dated), so each is rendered once a day and kept.
// Addresses with a query, and anything that is not a page, go to go-app
// every time.
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	if r.URL.RawQuery != "" || !s.pageSet[r.URL.Path] {
		s.pages.ServeHTTP(&notFoundWriter{ResponseWriter: w, page: s.notFound}, r)
		return
	}
	p := s.rendered(r.URL.Path)
	if p == nil {
		s.pages.ServeHTTP(w, r)
		return
	}
	for k, v := range p.header {
		w.Header()[k] = slices.Clone(v)
	}
	serveGzip(w, r, p.body, p.gz)
}

// serveGzip serves body, or its gzipped copy when the browser accepts it.
func serveGzip(w http.ResponseWriter, r *http.Request, body, gz []byte) {
	w.Header().Add("Vary", "Accept-Encoding")
	for _, enc := range acceptedEncodings(r.Header.Get("Accept-Encoding")) {
		if enc.name == "gzip" && gz != nil {
			w.Header().Set("Content-Encoding", "gzip")
			if tag := w.Header().Get("ETag"); tag != "" {
				w.Header().Set("ETag", strings.TrimSuffix(tag, `"`)+`-gzip"`)
			}
			http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(gz))
			return
		}
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// gzipped returns b compressed with gzip at the best level.
func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// rendered returns the page at path as go-app renders it, or nil if go-app
// does not answer 200.
func (s *Server) rendered(path string) *renderedPage {
	day := s.now().Format(time.DateOnly)
	s.pageMu.Lock()
	defer s.pageMu.Unlock()
	if p, ok := s.pageCache[path]; ok && p.day == day {
		return p
	}
	rec := &recorder{header: http.Header{}, status: http.StatusOK}
	s.pages.ServeHTTP(rec, &http.Request{Method: http.MethodGet, URL: &url.URL{Path: path}, Header: http.Header{}, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1})
	if rec.status != http.StatusOK {
		return nil
	}
	rec.header.Del("Content-Length")
	body := rec.body.Bytes()
	if path == "/app.js" {
		var err error
		if body, err = PatchAppJS(body); err != nil {
			s.cfg.Log.Print(err)
		}
	}
	p := &renderedPage{day: day, header: rec.header, body: body, gz: gzipped(body)}
	s.pageCache[path] = p
	return p
}

// recorder is a ResponseWriter that keeps what is written to it.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) WriteHeader(code int)        { r.status = code }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }

// ServeHTTP allows only GET and HEAD, adds the security headers, and logs
// the path and status (never the query).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &statusWriter{ResponseWriter: w, status: http.StatusOK}
	s.headers(rec.Header())
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		rec.Header().Set("Allow", "GET, HEAD")
		http.Error(rec, "method not allowed", http.StatusMethodNotAllowed)
	} else {
		s.mux.ServeHTTP(rec, r)
	}
	// %q keeps a path with a newline in it on one log line.
	s.cfg.Log.Printf("%d %q %s", rec.status, r.URL.Path, time.Since(start).Round(time.Microsecond))
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// ReadFrom keeps net/http's sendfile path for files (ServeContent copies
// with io.CopyN, which uses ReadFrom when the writer has it).
func (w *statusWriter) ReadFrom(r io.Reader) (int64, error) {
	if rf, ok := w.ResponseWriter.(io.ReaderFrom); ok {
		return rf.ReadFrom(r)
	}
	return io.Copy(w.ResponseWriter, r)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, "ok", s.version)
}

// asset serves a file from web/, choosing a brotli or gzip copy when the
// browser accepts it. Paths cannot leave web/: os.Root refuses.
func (s *Server) asset(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(path.Clean(r.URL.Path), "/web/")
	if name == "" || strings.HasPrefix(name, ".") || strings.Contains(name, "\\") {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Cache-Control", "no-cache")
	h.Add("Vary", "Accept-Encoding")
	if ct := contentType(name); ct != "" {
		h.Set("Content-Type", ct)
	}
	for _, enc := range acceptedEncodings(r.Header.Get("Accept-Encoding")) {
		if s.serveFile(w, r, name+"."+enc.ext, enc.name) {
			return
		}
	}
	if !s.serveFile(w, r, name, "") {
		http.NotFound(w, r)
	}
}

// serveFile serves one file from web/, reporting false if it does not exist.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, name, encoding string) bool {
	f, err := s.web.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		return false
	}
	tag := fmt.Sprintf(`"%s-%x-%x"`, s.version, st.Size(), st.ModTime().UnixNano())
	if encoding != "" {
		w.Header().Set("Content-Encoding", encoding)
		tag = strings.TrimSuffix(tag, `"`) + "-" + encoding + `"`
		// ServeContent leaves out Content-Length when Content-Encoding is
		// set (it guards against on-the-fly compression), which would send
		// app.wasm chunked, with no size for the loading bar. The bytes here
		// are the file's: its size is right. Range responses get theirs
		// from ServeContent; 304s and errors drop it.
		w.Header().Set("Content-Length", fmt.Sprint(st.Size()))
	}
	w.Header().Set("ETag", tag)
	http.ServeContent(w, r, "", st.ModTime(), f)
	return true
}

type encoding struct{ name, ext string }

// acceptedEncodings lists the precompressed copies the browser accepts,
// best first: brotli before gzip unless the browser prefers gzip by q-value
// (RFC 9110, section 12.5.3). A q-value of 0 refuses an encoding; "*" stands
// for any encoding not named.
func acceptedEncodings(accept string) []encoding {
	q := map[string]int{} // q-values in thousandths
	for part := range strings.SplitSeq(accept, ",") {
		token, params, _ := strings.Cut(part, ";")
		token = strings.ToLower(strings.TrimSpace(token))
		if token == "" {
			continue
		}
		v, ok := qValue(params)
		if !ok {
			continue // a malformed entry is ignored
		}
		if _, seen := q[token]; !seen {
			q[token] = v
		}
	}
	weight := func(name string) int {
		if v, ok := q[name]; ok {
			return v
		}
		if name == "gzip" {
			if v, ok := q["x-gzip"]; ok {
				return v
			}
		}
		return q["*"] // 0 when absent
	}
	var out []encoding
	for _, e := range []encoding{{"br", "br"}, {"gzip", "gz"}} {
		if weight(e.name) > 0 {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b encoding) int { return weight(b.name) - weight(a.name) })
	return out
}

// qValue reads the q parameter of one Accept-Encoding entry's parameters
// (the text after its first ';') in thousandths: 1000 when there is none.
// It reports false for a malformed q-value.
func qValue(params string) (int, bool) {
	for p := range strings.SplitSeq(params, ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
		if !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		return parseQ(strings.TrimSpace(v))
	}
	return 1000, true
}

// parseQ parses a qvalue: "0" or "1", optionally followed by a point and up
// to three digits, no more than 1.
func parseQ(s string) (int, bool) {
	whole, frac, _ := strings.Cut(s, ".")
	if (whole != "0" && whole != "1") || len(frac) > 3 {
		return 0, false
	}
	n := 0
	for i := range 3 {
		n *= 10
		if i < len(frac) {
			c := frac[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n += int(c - '0')
		}
	}
	if whole == "1" {
		if n != 0 {
			return 0, false
		}
		return 1000, true
	}
	return n, true
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".png":
		return "image/png"
	case ".svg":
		return "image/svg+xml"
	case ".json", ".webmanifest":
		return "application/json"
	case ".txt":
		return "text/plain; charset=utf-8"
	}
	return ""
}

// embedJS serves the partner loader: /embed.js with a short cache so
// partners get fixes, /embed-HASH.js for ever, for partners who pin it
// with Subresource Integrity.
func (s *Server) embedJS(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/javascript; charset=utf-8")
	h.Set("Access-Control-Allow-Origin", "*") // needed for integrity= checks
	h.Set("Cross-Origin-Resource-Policy", "cross-origin")
	if r.URL.Path == "/embed.js" {
		h.Set("Cache-Control", "public, max-age=300")
	} else {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	}
	serveGzip(w, r, s.embed, s.embedGz)
}

// demo serves a demo partner page that loads the widget from this server,
// reached through localhost, so the page and the app are different sites.
func (s *Server) demo(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/demo/" {
		http.NotFound(w, r)
		return
	}
	port, ok := hostPort(r.Host)
	if !ok {
		http.Error(w, "bad Host header", http.StatusBadRequest)
		return
	}
	origin := "http://localhost"
	if port != "" {
		origin += ":" + port
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	// The demo is a partner's page: its policy is the one the README tells
	// partners to add.
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self' "+origin+"; frame-src "+origin+"; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'")
	w.Write(widget.DemoPage(origin))
}

// hostPort returns the port of a Host header value ("" if it has none),
// reporting false unless the port is a number from 1 to 65535 written
// plainly, so that it can go into a Content Security Policy as it is.
func hostPort(host string) (string, bool) {
	if !strings.Contains(host, ":") || strings.HasSuffix(host, "]") {
		return "", true // no port: an IPv6 literal in brackets ends with ']'
	}
	_, port, err := net.SplitHostPort(host)
	if err != nil || port == "" || len(port) > 5 || port[0] == '0' {
		return "", false
	}
	n := 0
	for _, c := range port {
		if c < '0' || c > '9' {
			return "", false
		}
		n = n*10 + int(c-'0')
	}
	return port, n <= 65535
}

// wasmFetch is what PatchAppJS puts in go-app's app.js.
const wasmFetch = `
// Put It Right: when the offline copy serves the app, fetch it plainly so
// the browser can reuse the code it compiled last time; go-app's progress
// wrapper makes a new response that cannot be reused.
function putitrightFetchWasm(url, progress) {
  if (navigator.serviceWorker && navigator.serviceWorker.controller) {
    progress(100);
    return fetch(url);
  }
  return fetchWithProgress(url, progress);
}
`

// PatchAppJS changes go-app's app.js so that repeat visits load the wasm
// from the offline copy without go-app's progress wrapper. It returns the
// file unchanged and an error if go-app's code is not as expected.
func PatchAppJS(js []byte) ([]byte, error) {
	const call = "fetchWithProgress(\"/web/app.wasm\""
	if bytes.Count(js, []byte(call)) != 1 {
		return js, fmt.Errorf("app.js: go-app's wasm loading code has changed; not patched")
	}
	out := bytes.Replace(js, []byte(call), []byte("putitrightFetchWasm(\"/web/app.wasm\""), 1)
	return append(out, wasmFetch...), nil
}
