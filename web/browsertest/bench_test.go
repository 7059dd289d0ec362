package browsertest

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// loadRuns is how many times TestLoadToReady opens the page.
const loadRuns = 10

// readyProbe runs in every new document before the page's own scripts. It
// notes the time since navigation start (performance.now()) at which <html>
// gets data-harf-ready="true": a MutationObserver's callback runs right
// after the task that set the attribute, so no polling delay is counted.
const readyProbe = `(() => {
	const mark = () => {
		if (window.__harfReadyMs === undefined && document.documentElement?.dataset.harfReady === "true") {
			window.__harfReadyMs = performance.now();
		}
	};
	new MutationObserver(mark).observe(document, {attributes: true, subtree: true, attributeFilter: ["data-harf-ready"]});
})()`

// loadTiming is what one load measured, in milliseconds since navigation start.
type loadTiming struct {
	Ready float64 `json:"ready"` // <html data-harf-ready="true">
	Wasm  float64 `json:"wasm"`  // the .wasm file fully received
	DOM   float64 `json:"dom"`   // DOMContentLoaded handlers done
	// Harf's page only (performance marks of web/loader.js and wasm/main.go):
	Instantiated float64 `json:"instantiated"` // WebAssembly.instantiateStreaming done
	Main         float64 `json:"main"`         // Go's package initialization done, main runs
	Wired        float64 `json:"wired"`        // the page wired (ready may wait for the worker's scripts)
	WorkerLoaded float64 `json:"workerLoaded"` // the page's worker has its scripts (-1: before the mark existed)
}

// TestLoadToReady measures how long Harf's page takes from navigation start
// to <html data-harf-ready="true">, and the same for a bare Go WebAssembly
// page (testdata/bare: syscall/js only, the same loader pattern, built with
// the same Go and flags, served compressed the same way): loadRuns loads of
// each, interleaved, each in a browser started for it with a fresh profile
// (a cold browser: nothing cached, nothing compiled). The figure that
// matters is the ratio of the medians, measured in one run. It is a
// benchmark, run by ./build.sh bench with HARF_BENCH=1, and skipped
// otherwise. With HARF_BENCH_OUT set it also writes the figures there as
// JSON, for web/tools/bench.mjs's table.
func TestLoadToReady(t *testing.T) {
	if os.Getenv("HARF_BENCH") != "1" {
		t.Skip("a benchmark: set HARF_BENCH=1 (./build.sh bench does)")
	}
	if skipReason != "" {
		t.Skip(skipReason)
	}
	bare := startBareSite(t)
	exe, err := FindChromium()
	if err != nil {
		t.Fatal(err)
	}
	pages := []struct {
		name, url, wasm string
		runs            []loadTiming
	}{
		{name: "harf", url: site.URL, wasm: "/harf.wasm"},
		{name: "bare", url: bare.URL, wasm: "/bare.wasm"},
	}
	var userAgent string
	for i := range loadRuns {
		for p := range pages {
			pg := &pages[p]
			t.Run(fmt.Sprintf("%s/%d", pg.name, i+1), func(t *testing.T) {
				b, err := StartBrowser(exe, t.TempDir())
				if err != nil {
					t.Fatal(err)
				}
				defer b.Close()
				tab := b.NewTab(t, TestTimeout)
				if _, err := chromedp.Call(tab.Ctx, page.AddScriptToEvaluateOnNewDocument,
					page.AddScriptToEvaluateOnNewDocumentParams{Source: readyProbe}); err != nil {
					t.Fatalf("adding the ready probe: %v", err)
				}
				tab.Open(pg.url, ReadyTimeout)
				if err := tab.Poll(`window.__harfReadyMs !== undefined`, 5*time.Second); err != nil {
					t.Fatalf("the ready probe saw no data-harf-ready: %v", err)
				}
				r := Eval[loadTiming](tab, fmt.Sprintf(`(() => {
					const nav = performance.getEntriesByType("navigation")[0];
					const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith(%s));
					const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? -1;
					return {ready: window.__harfReadyMs, wasm: wasm ? wasm.responseEnd : -1,
						dom: nav ? nav.domContentLoadedEventEnd : -1,
						instantiated: mark("harf:instantiated"), main: mark("harf:main"), wired: mark("harf:wired"),
						workerLoaded: mark("harf:worker-loaded")};
				})()`, JS(pg.wasm)))
				userAgent = Eval[string](tab, `navigator.userAgent`)
				tab.AssertNoConsoleErrors()
				t.Logf("%s load %d: ready %.1f ms (wasm received %.1f ms, DOMContentLoaded %.1f ms; instantiated %.1f, main %.1f, wired %.1f, worker's scripts in %.1f)",
					pg.name, i+1, r.Ready, r.Wasm, r.DOM, r.Instantiated, r.Main, r.Wired, r.WorkerLoaded)
				pg.runs = append(pg.runs, r)
			})
		}
	}
	stats := func(runs []loadTiming) (ready, wasm []float64) {
		for _, r := range runs {
			ready = append(ready, round(r.Ready))
			wasm = append(wasm, round(r.Wasm))
		}
		return ready, wasm
	}
	harfReady, harfWasm := stats(pages[0].runs)
	bareReady, bareWasm := stats(pages[1].runs)
	if len(harfReady) != loadRuns || len(bareReady) != loadRuns {
		t.Fatalf("%d and %d of %d loads measured", len(harfReady), len(bareReady), loadRuns)
	}
	ratio := median(harfReady) / median(bareReady)
	var inst, init, wire, rest []float64
	for _, r := range pages[0].runs {
		inst = append(inst, r.Instantiated-r.Wasm)
		init = append(init, r.Main-r.Instantiated)
		wire = append(wire, r.Wired-r.Main)
		rest = append(rest, r.Ready-r.Wired)
	}
	t.Logf("Harf's page, medians: harf.wasm received %.0f ms; then instantiation done +%.0f ms, Go initialization +%.0f ms, wiring +%.0f ms, ready +%.0f ms",
		median(harfWasm), median(inst), median(init), median(wire), median(rest))
	browser := browserName(userAgent)
	summary := map[string]any{
		"runs":             loadRuns,
		"medianMs":         round(median(harfReady)),
		"minMs":            round(slices.Min(harfReady)),
		"maxMs":            round(slices.Max(harfReady)),
		"medianWasmMs":     round(median(harfWasm)),
		"samplesMs":        harfReady,
		"bareMedianMs":     round(median(bareReady)),
		"bareMinMs":        round(slices.Min(bareReady)),
		"bareMaxMs":        round(slices.Max(bareReady)),
		"bareMedianWasmMs": round(median(bareWasm)),
		"bareSamplesMs":    bareReady,
		"ratio":            math.Round(ratio*100) / 100,
		"browser":          browser,
		"userAgent":        userAgent,
	}
	t.Logf("load to ready in %s, a cold browser per load, median of %d: Harf %.1f ms (min %.1f, max %.1f; harf.wasm received at %.1f ms), bare Go page %.1f ms (min %.1f, max %.1f): %.2fx",
		browser, loadRuns, median(harfReady), slices.Min(harfReady), slices.Max(harfReady), median(harfWasm),
		median(bareReady), slices.Min(bareReady), slices.Max(bareReady), ratio)
	if out := os.Getenv("HARF_BENCH_OUT"); out != "" {
		b, err := json.MarshalIndent(summary, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// startBareSite builds testdata/bare into a new directory with Go's
// wasm_exec.js, compresses it as build.sh compresses harf.wasm, and serves
// it with Harf's file server.
func startBareSite(t *testing.T) *Site {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "bare.wasm"), "./testdata/bare")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building testdata/bare: %v\n%s", err, out)
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]string{
		{filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"), "wasm_exec.js"},
		{filepath.Join("testdata", "bare", "index.html"), "index.html"},
		{filepath.Join("testdata", "bare", "loader.js"), "loader.js"},
	} {
		b, err := os.ReadFile(c[0])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, c[1]), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pre := exec.Command("go", "run", "./web/precompress", filepath.Join(dir, "bare.wasm"), filepath.Join(dir, "wasm_exec.js"))
	pre.Dir = root
	if out, err := pre.CombinedOutput(); err != nil {
		t.Fatalf("compressing bare.wasm: %v\n%s", err, out)
	}
	s, err := StartSite(root, dir, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// median returns the median of xs.
func median(xs []float64) float64 {
	xs = slices.Sorted(slices.Values(xs))
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}

// round rounds a time in milliseconds to a tenth (performance.now() is
// coarser than that in a page anyway).
func round(ms float64) float64 { return math.Round(ms*10) / 10 }

// browserName picks "HeadlessChrome/<version>" out of a user agent string.
func browserName(ua string) string {
	for _, f := range strings.Fields(ua) {
		if strings.Contains(f, "Chrome/") {
			return f
		}
	}
	return ua
}
