//go:build bench

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"putitright/app/ui"
	bt "putitright/internal/browsertest"
)

// The budgets of the issue "First visit on a poor signal", in one run:
// app.wasm's size, the first visit against the time its bytes need at slow
// 4G, the repeat visit, and what a partner's page loads from us before the
// person shows any intent. Each is printed next to go-app's hello world,
// built with the same go-app, tags and flags and served by the same server
// in place of app.wasm. Printed, never asserted.
const (
	budgetWasmBrotli = 1_300_000 // B
	budgetFirstRatio = 1.05      // first visit interactive / transfer limit
	budgetRepeatMS   = 1500      // repeat visit interactive
	budgetHostBytes  = 5120      // B from our origin on a partner's page before intent
)

// wasmBuild returns the environment and go arguments of the Makefile's
// WASM_BUILD, with $(WASM_TAGS) filled in, so that the hello world is built
// exactly as app.wasm is; it fails unless the Makefile then runs
// tools/wasmdata on app.wasm, as budgetHelloDist does.
func wasmBuild(t *testing.T) (env, args []string) {
	t.Helper()
	mk, err := os.ReadFile(filepath.Join(bt.Root(t), "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{}
	for _, line := range strings.Split(string(mk), "\n") {
		for _, op := range []string{" := ", " = "} {
			if k, v, ok := strings.Cut(line, op); ok && !strings.ContainsAny(k, " \t#") {
				vars[k] = strings.TrimSpace(v)
				break
			}
		}
	}
	build := strings.ReplaceAll(vars["WASM_BUILD"], "$(WASM_TAGS)", vars["WASM_TAGS"])
	pre, cmd, ok := strings.Cut(build, "$(GO) ")
	if !ok || !strings.HasPrefix(cmd, "build ") {
		t.Fatalf("the Makefile's WASM_BUILD is not $(GO) build ...: %q", vars["WASM_BUILD"])
	}
	// app.wasm may be built with more flags (an -overlay of the trimmed
	// content); the hello world needs none of them.
	if !regexp.MustCompile(`\n\t\$\(WASM_BUILD\) [^\n]*-o \$@ \./wasm\n\t\$\(GO\) run \./tools/wasmdata \$@\n`).Match(mk) {
		t.Fatal("the Makefile no longer builds app.wasm with $(WASM_BUILD) then tools/wasmdata: change budgetHelloDist to match")
	}
	return shellFields(pre), shellFields(cmd)
}

// shellFields splits s into words as the shell does for the Makefile's
// recipes: on spaces outside single quotes, which it removes.
func shellFields(s string) []string {
	var out []string
	var w strings.Builder
	quoted, in := false, false
	for _, r := range s {
		switch {
		case r == '\'':
			quoted, in = !quoted, true
		case r == ' ' && !quoted:
			if in {
				out = append(out, w.String())
				w.Reset()
			}
			in = false
		default:
			w.WriteRune(r)
			in = true
		}
	}
	if in {
		out = append(out, w.String())
	}
	return out
}

// transferLimit is the least time a first visit can take at slow4G: the
// bytes at its download rate, plus four round trips (connection, page,
// scripts, wasm).
func transferLimit(bytes float64) float64 {
	return bytes/slow4G.DownloadThroughput*1000 + 4*slow4G.Latency
}

func TestBenchBudgets(t *testing.T) {
	dist := bt.Dist(t)
	appBr, err := os.Stat(filepath.Join(dist, "web", "app.wasm.br"))
	if err != nil {
		t.Fatal(err)
	}
	helloDist := budgetHelloDist(t, dist)
	helloBr, err := os.Stat(filepath.Join(helloDist, "web", "app.wasm.br"))
	if err != nil {
		t.Fatal(err)
	}

	app := bt.StartServer(t)
	hello := bt.StartServerDir(t, helloDist, 0)
	type visits struct{ first, limit, repeat float64 }
	measure := func(s *bt.Server) visits {
		const runs = 3
		var first, limit, repeat []float64
		for range runs {
			b := bt.Launch(t, bt.Chromium)
			_, tti, n := visit(b, s.App+ui.PathStart, false)
			first, limit = append(first, tti), append(limit, transferLimit(float64(n)))
			b.WaitOfflineReady(s)
			_, tti, _ = visit(b, s.App+ui.PathStart, false)
			repeat = append(repeat, tti)
		}
		return visits{median(first), median(limit), median(repeat)}
	}
	av, hv := measure(app), measure(hello)
	hostBytes, cls := budgetHostPage(t, app)

	line := func(what string, v, budget, helloV float64, unit string, within bool) {
		verdict := "within budget"
		if !within {
			verdict = "OVER budget"
		}
		fmt.Printf("  %-34s %11.0f %-3s budget %9.0f (%.2f×)   hello world %9.0f (app %.2f× hello)   %s\n",
			what, v, unit, budget, v/budget, helloV, v/helloV, verdict)
	}
	fmt.Println("budgets, against go-app's hello world built the same way (390×844, slow 4G 150 ms RTT 1.6 Mbit/s, CPU 4× slower, medians of 3):")
	line("app.wasm brotli -q 11", float64(appBr.Size()), budgetWasmBrotli, float64(helloBr.Size()), "B", appBr.Size() <= budgetWasmBrotli)
	fmt.Printf("  %-34s %11.2f×    budget %9.2f×         hello world %9.2f×   (interactive %.0f ms, limit %.0f ms; hello %.0f ms, limit %.0f ms)   %s\n",
		"first visit interactive / limit", av.first/av.limit, budgetFirstRatio, hv.first/hv.limit, av.first, av.limit, hv.first, hv.limit,
		map[bool]string{true: "within budget", false: "OVER budget"}[av.first/av.limit <= budgetFirstRatio])
	line("repeat visit interactive", av.repeat, budgetRepeatMS, hv.repeat, "ms", av.repeat <= budgetRepeatMS)
	fmt.Printf("  %-34s %11d B   budget %9d (%.2f×)   layout shift %.3f (budget 0)   %s\n",
		"partner page, from us, no intent", hostBytes, budgetHostBytes, float64(hostBytes)/budgetHostBytes, cls,
		map[bool]string{true: "within budget", false: "OVER budget"}[hostBytes <= budgetHostBytes && cls == 0])
	fmt.Println("  (limit = bytes on the wire at 1.6 Mbit/s + 4 round trips)")
}

// budgetHelloDist builds go-app's hello world (testdata/hello) as the
// Makefile builds app.wasm, and returns a copy of the build folder with it
// in place of app.wasm (and its .gz and .br).
func budgetHelloDist(t *testing.T, dist string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(dist)); err != nil {
		t.Fatal(err)
	}
	wasm := filepath.Join(dir, "web", "app.wasm")
	env, args := wasmBuild(t)
	cmd := exec.Command("go", append(args, "-o", wasm, "./e2e/testdata/hello")...)
	cmd.Dir = bt.Root(t)
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the hello world: %v\n%s", err, out)
	}
	merge := exec.Command("go", "run", "./tools/wasmdata", wasm)
	merge.Dir = bt.Root(t)
	if out, err := merge.CombinedOutput(); err != nil {
		t.Fatalf("merging the hello world's data: %v\n%s", err, out)
	}
	for _, c := range [][]string{{"gzip", "-9", "-k", "-f", wasm}, {"brotli", "-q", "11", "-f", "-o", wasm + ".br", wasm}} {
		if out, err := exec.Command(c[0], c[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", c[0], err, out)
		}
	}
	return dir
}

// budgetHostPage loads the demo partner page (on another site) at 1280×800
// and returns the bytes it received from the app's origin before any
// input, once every request it made has finished and two frames more have
// been drawn (a widget that starts when near the screen would have asked
// by then), and its cumulative layout shift.
func budgetHostPage(t *testing.T, s *bt.Server) (int64, float64) {
	t.Helper()
	b := bt.Launch(t, bt.Chromium)
	b.SetViewport(1280, 800)
	reqs := b.Record()
	b.Navigate(s.Host + "/demo/")
	b.WaitFor("the demo page's load", `document.readyState === 'complete'`)
	cls := b.LayoutShift()
	b.Drawn()
	b.Settled(reqs)
	return reqs.Bytes(s.App), cls
}
