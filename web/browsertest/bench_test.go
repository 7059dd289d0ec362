package browsertest

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
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
	Wasm  float64 `json:"wasm"`  // harf.wasm fully received
	DOM   float64 `json:"dom"`   // DOMContentLoaded handlers done
}

// TestLoadToReady measures how long the page takes from navigation start to
// <html data-harf-ready="true">, over loadRuns loads, each in a fresh tab
// with its own browser context (empty cache: harf.wasm is fetched and
// compiled every time). It is a benchmark, run by ./build.sh bench with
// HARF_BENCH=1, and skipped otherwise. With HARF_BENCH_OUT set it also writes
// the figures there as JSON, for web/tools/bench.mjs's table.
func TestLoadToReady(t *testing.T) {
	if os.Getenv("HARF_BENCH") != "1" {
		t.Skip("a benchmark: set HARF_BENCH=1 (./build.sh bench does)")
	}
	var runs []loadTiming
	var userAgent string
	for i := range loadRuns {
		t.Run(fmt.Sprint(i+1), func(t *testing.T) {
			tab := newTab(t)
			if _, err := chromedp.Call(tab.Ctx, page.AddScriptToEvaluateOnNewDocument,
				page.AddScriptToEvaluateOnNewDocumentParams{Source: readyProbe}); err != nil {
				t.Fatalf("adding the ready probe: %v", err)
			}
			tab.Open(site.URL, ReadyTimeout)
			if err := tab.Poll(`window.__harfReadyMs !== undefined`, 5*time.Second); err != nil {
				t.Fatalf("the ready probe saw no data-harf-ready: %v", err)
			}
			r := Eval[loadTiming](tab, `(() => {
				const nav = performance.getEntriesByType("navigation")[0];
				const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/harf.wasm"));
				return {ready: window.__harfReadyMs, wasm: wasm ? wasm.responseEnd : -1,
					dom: nav ? nav.domContentLoadedEventEnd : -1};
			})()`)
			userAgent = Eval[string](tab, `navigator.userAgent`)
			tab.AssertNoConsoleErrors()
			t.Logf("load %d: ready %.1f ms (harf.wasm received %.1f ms, DOMContentLoaded %.1f ms)", i+1, r.Ready, r.Wasm, r.DOM)
			runs = append(runs, r)
		})
	}
	if len(runs) != loadRuns {
		t.Fatalf("%d of %d loads measured", len(runs), loadRuns)
	}

	ready := make([]float64, 0, len(runs))
	wasm := make([]float64, 0, len(runs))
	for _, r := range runs {
		ready = append(ready, round(r.Ready))
		wasm = append(wasm, round(r.Wasm))
	}
	browser := browserName(userAgent)
	summary := map[string]any{
		"runs":         len(runs),
		"medianMs":     round(median(ready)),
		"minMs":        round(slices.Min(ready)),
		"maxMs":        round(slices.Max(ready)),
		"medianWasmMs": round(median(wasm)),
		"samplesMs":    ready,
		"browser":      browser,
		"userAgent":    userAgent,
	}
	t.Logf("load to ready in %s: median %.1f ms over %d loads (min %.1f, max %.1f); harf.wasm received at %.1f ms (median)",
		browser, median(ready), len(runs), slices.Min(ready), slices.Max(ready), median(wasm))
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
