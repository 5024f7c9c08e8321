package browsertest

import (
	"encoding/json"
	"regexp"
	"testing"
	"time"
)

var (
	precacheList = regexp.MustCompile(`const resourcesToCache = (\[[^\]]*\]);`)
	precacheName = regexp.MustCompile(`const cacheName = "app-" \+ "([^"]+)";`)
)

// Precache reads the service worker's cache name and list of files to
// cache from the server's /app-worker.js.
func Precache(t testing.TB, s *Server) (cacheName string, list []string) {
	t.Helper()
	res, js := HTTPGet(t, "GET", s.App+"/app-worker.js")
	if res.StatusCode != 200 {
		t.Fatalf("/app-worker.js: %d", res.StatusCode)
	}
	m := precacheList.FindSubmatch(js)
	if m == nil {
		t.Fatalf("no resourcesToCache in /app-worker.js:\n%s", js)
	}
	if err := json.Unmarshal(m[1], &list); err != nil {
		t.Fatal(err)
	}
	n := precacheName.FindSubmatch(js)
	if n == nil {
		t.Fatal("no cacheName in /app-worker.js")
	}
	return "app-" + string(n[1]), list
}

// WaitOfflineReady waits until the service worker controls the page and
// its cache holds every file on the precache list, so that the app works
// with the server gone.
func (b *Browser) WaitOfflineReady(s *Server) {
	b.T.Helper()
	name, list := Precache(b.T, s)
	want, _ := json.Marshal(list)
	cached := `(async () => {
		if (!(await caches.keys()).includes(` + jsString(name) + `)) return false;
		const have = (await (await caches.open(` + jsString(name) + `)).keys()).map(r => new URL(r.url).pathname);
		return ` + string(want) + `.every(u => have.includes(u));
	})()`
	// app.wasm twice over a shared CPU.
	if Until(3*time.Minute, func() bool { return b.poll(cached) }) != nil {
		b.T.Fatalf("the service worker did not cache the app: caches %v", Eval[any](b, `(async () => {
		const out = {}; for (const k of await caches.keys()) out[k] = (await (await caches.open(k)).keys()).length; return out })()`))
	}
	// The worker claims open pages when it activates, but Firefox now and
	// then leaves a page loaded during the install uncontrolled; a person
	// would reload, and the reloaded page is the worker's.
	controlled := `!!navigator.serviceWorker?.controller`
	if Until(15*time.Second, func() bool { return b.poll(controlled) }) != nil {
		b.Open(Eval[string](b, `location.href`))
		if Until(time.Minute, func() bool { return b.poll(controlled) }) != nil {
			b.T.Fatal("the service worker cached the app but does not control the page, even after a reload")
		}
	}
}
