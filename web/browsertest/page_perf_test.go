package browsertest

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// report logs a figure and appends it to screenshots/figures.txt (go test
// shows the output of passing tests only with -v).
func report(t *testing.T, format string, args ...any) {
	t.Helper()
	line := fmt.Sprintf(format, args...)
	t.Log(line)
	if err := os.MkdirAll("screenshots", 0o755); err != nil {
		return
	}
	f, err := os.OpenFile(filepath.Join("screenshots", "figures.txt"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return
	}
	defer f.Close()
	fmt.Fprintf(f, "%s %s: %s\n", time.Now().Format(time.DateTime), t.Name(), line)
}

// updateFigures are the timings the page records on #status.
type updateFigures struct {
	UpdateMs string `json:"updateMs"` // from the start of the update to its end, yields included
	WorkMs   string `json:"workMs"`   // of which in Go
	Stages   string `json:"stages"`
}

func TestReadyTimeReported(t *testing.T) {
	tab := openPage(t)
	type load struct {
		Ready, Wire, DOMContentLoaded float64
		WasmBytes                     float64
	}
	got := Eval[load](tab, `(() => { const nav = performance.getEntriesByType("navigation")[0];
		const wasm = performance.getEntriesByType("resource").find(r => r.name.endsWith(".wasm"));
		return {Ready: +document.getElementById("status").dataset.readyMs, Wire: +document.getElementById("status").dataset.wireMs,
			DOMContentLoaded: nav.domContentLoadedEventEnd, WasmBytes: wasm ? wasm.transferSize : -1}; })()`)
	if got.Ready <= 0 {
		t.Fatalf("#status has no data-ready-ms: %+v", got)
	}
	report(t, "load to ready %.0f ms (DOMContentLoaded %.0f ms, wiring the page %.0f ms, harf.wasm transferred %.0f bytes)",
		got.Ready, got.DOMContentLoaded, got.Wire, got.WasmBytes)
}

func TestLargePasteStaysResponsive(t *testing.T) {
	// A 1 MB article (UTF-8, as a file of that size), pasted at once, with
	// a watch list. No timed assertion: the figures are reported.
	tab := openPage(t)
	setQuery(t, tab, lines("المقداد", "هيثم بن طارق", "سلمى إبراهيم", "Karim Haddad"))
	loadSample(t, tab)
	Eval[chromedp.Void](tab, `(() => {
		const p = document.getElementById("article").value;
		let s = p;
		while (new TextEncoder().encode(s).length < 1 << 20) s += "\n\n" + p;
		window.__big = s;
		// A timer probe: how many timer tasks ran while the page was busy.
		// A page that froze for the whole update would run at most a few.
		window.__ticks = 0;
		setInterval(() => { if (document.getElementById("status").dataset.busy === "true") window.__ticks++; }, 20);
	})()`)
	// The long-task observer starts after the test's own setup (building
	// the 1 MB string is a long task of its own) and before the paste.
	Eval[chromedp.Void](tab, `(() => {
		window.__long = [];
		new PerformanceObserver(l => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); })
			.observe({type: "longtask"});
	})()`)
	before := updateSeq(tab)
	start := time.Now()
	Eval[chromedp.Void](tab, `(() => { window.__t0 = performance.now(); const a = document.getElementById("article");
		a.value = window.__big; a.dispatchEvent(new InputEvent("input", {bubbles: true, inputType: "insertFromPaste"})); })()`)
	waitUpdate(t, tab, before, 3*time.Minute)
	wall := time.Since(start)
	if where := Eval[string](tab, `document.getElementById("status").dataset.where`); where != "worker" {
		t.Errorf("the 1 MB update was computed in the %q, want the worker", where)
	}
	ticks := Eval[int](tab, `window.__ticks`)
	figs := Eval[updateFigures](tab, `({...document.getElementById("status").dataset})`)
	nextFrame(tab) // the observer reports the last long task
	long := Eval[[]int](tab, `window.__long`)
	maxLong := 0
	for _, d := range long {
		maxLong = max(maxLong, d)
	}
	size := Eval[int](tab, `new TextEncoder().encode(document.getElementById("article").value).length`)
	control := plainTextareaPaste(t, tab)
	report(t, "1 MB paste (%d bytes UTF-8): updated %.1f s after the paste (the browser's own handling of it included); update %s ms, of which %s ms on the main thread (stage: worker+page ms: %s); longest task %d ms; long tasks %v; %d timer ticks while busy; the same text put into a plain textarea that Harf does not watch, on the same page: long tasks %v (the browser's own layout of a megabyte of Arabic)",
		size, wall.Seconds(), figs.UpdateMs, figs.WorkMs, figs.Stages, maxLong, long, ticks, control)
	// Structural, not timed: the main thread ran timer tasks all along
	// (each stage's work is off it, and its DOM work is sliced).
	if ticks < 10 {
		t.Errorf("only %d timer tasks ran while the page was busy: it froze", ticks)
	}

	// Everything was updated, and capped in the DOM.
	if n := Eval[int](tab, `document.getElementById("normalized").textContent.length`); n < 500_000 {
		t.Errorf("#normalized has %d characters after the paste", n)
	}
	if n := Eval[int](tab, `document.querySelectorAll("#matches li").length`); n != 500 {
		t.Errorf("%d matches in the list, want the first 500", n)
	}
	if note := tab.Text("#matches-note"); !strings.Contains(note, "first 500") {
		t.Errorf("#matches-note = %q, want it to say only the first 500 are shown", note)
	}
	if n := Eval[int](tab, `document.querySelectorAll("#changes-view mark").length`); n > 500 {
		t.Errorf("%d marks in #changes-view, want at most 500", n)
	}
	checkSpans(t, readMatches(tab)[:20])
	// The page answers: a new name is searched.
	setQuery(t, tab, "مصطفى العلي")
	figs = Eval[updateFigures](tab, `({...document.getElementById("status").dataset})`)
	report(t, "1 MB article, a new name searched: update %s ms (%s)", figs.UpdateMs, figs.Stages)
	tab.AssertNoConsoleErrors()
}

// plainTextareaPaste puts the 1 MB text (window.__big) into a new textarea
// that no listener of Harf's watches and returns the long tasks that
// follow: the part of a paste's cost that is Chromium's alone (its layout
// of the text), for comparison with the page's. The textarea is removed.
func plainTextareaPaste(t *testing.T, tab *Tab) []int {
	t.Helper()
	Eval[chromedp.Void](tab, `(() => {
		const ta = document.createElement("textarea");
		ta.id = "plain-control"; ta.rows = 10; ta.dir = "auto"; ta.lang = "ar";
		document.querySelector(".panel-article").appendChild(ta);
		window.__plainLong = [];
		new PerformanceObserver(l => { for (const e of l.getEntries()) window.__plainLong.push(Math.round(e.duration)); })
			.observe({type: "longtask"});
	})()`)
	Eval[chromedp.Void](tab, `document.getElementById("plain-control").value = window.__big`)
	nextFrame(tab)
	nextFrame(tab) // the observer reports the last long task
	long := Eval[[]int](tab, `window.__plainLong`)
	Eval[chromedp.Void](tab, `document.getElementById("plain-control").remove()`)
	return long
}

func TestSecondPasteCancelsFirst(t *testing.T) {
	// A second article pasted while the worker works on a first one: the
	// first update is given up (never shown), the second is what the page
	// shows.
	tab := openPage(t)
	setQuery(t, tab, lines("المقداد", "سلمى إبراهيم"))
	loadSample(t, tab)
	Eval[chromedp.Void](tab, `(() => {
		const p = document.getElementById("article").value;
		let s = p;
		while (new TextEncoder().encode(s).length < 1 << 20) s += "\n\n" + p;
		window.__first = s;
		// The second: a shorter article, still for the worker, that ends
		// with a sentence of its own.
		window.__second = p + "\n\n" + p + "\n\nوختم المقداد كلمته بالشكر.";
	})()`)
	paste := func(which string) {
		Eval[chromedp.Void](tab, `(() => { const a = document.getElementById("article");
			a.value = window.`+which+`; a.dispatchEvent(new InputEvent("input", {bubbles: true, inputType: "insertFromPaste"})); })()`)
	}
	before := updateSeq(tab)
	jobs := Eval[int](tab, `+(document.getElementById("status").dataset.workerJobs || 0)`)
	paste("__first")
	// Wait until the worker has the first article's job, then paste again.
	if err := tab.Poll(fmt.Sprintf(`+(document.getElementById("status").dataset.workerJobs || 0) > %d`, jobs), time.Minute); err != nil {
		t.Fatalf("the first article's job never went to the worker: %v", err)
	}
	paste("__second")
	waitUpdate(t, tab, before, 3*time.Minute)
	d := Eval[map[string]string](tab, `({...document.getElementById("status").dataset})`)
	if d["updateSeq"] != fmt.Sprint(before+1) || d["cancelled"] == "" || d["cancelled"] == "0" {
		t.Errorf("after two pastes: update #%s (want #%d: the first never shown), %q cancelled", d["updateSeq"], before+1, d["cancelled"])
	}
	second := Eval[string](tab, `window.__second`)
	if got := Eval[string](tab, `document.getElementById("article").value`); got != second {
		t.Fatalf("the article is not the second paste")
	}
	if got := tab.Text("#normalized"); !strings.HasSuffix(got, "وختم المقداد كلمته بالشكر.") || len(got) > len(second) {
		t.Errorf("#normalized (%d bytes) is not the second article's cleaned text", len(got))
	}
	ms := readMatches(tab)
	last := ms[len(ms)-1]
	if last.Text != "المقداد" || last.Slice != last.Text || last.End < len([]rune(second))-30 {
		t.Errorf("the last match is %+v, want the second article's last sentence", last)
	}
	checkSpans(t, ms[:min(20, len(ms))])
	tab.AssertNoConsoleErrors()
}

// layouts are the sizes and schemes the page is looked at in.
var layouts = []struct {
	name          string
	width, height int64
	scheme        string
}{
	{"desktop-light", 1280, 900, "light"},
	{"desktop-dark", 1280, 900, "dark"},
	{"phone-light", 390, 844, "light"},
	{"phone-dark", 390, 844, "dark"},
}

func TestLayouts(t *testing.T) {
	// No sideways scrolling at phone width, dark colours in dark mode; the
	// screenshots (screenshots/, not committed) are for looking at.
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) {
			tab := openPage(t)
			viewport(t, tab, l.width, l.height, l.scheme)
			loadSample(t, tab)
			clickAndWait(t, tab, "#sample-names")
			click(t, tab, "#matches li button")
			type dims struct {
				Scroll, Client int
				Wide           []string
				Bg             string
			}
			d := Eval[dims](tab, `({Scroll: document.documentElement.scrollWidth, Client: document.documentElement.clientWidth,
				Wide: [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
					&& !e.closest(".offscreen, .visually-hidden, .skip")).slice(0, 5).map(e => e.tagName + "#" + e.id + "." + e.className),
				Bg: getComputedStyle(document.documentElement).backgroundColor})`)
			if d.Scroll > d.Client {
				t.Errorf("%s: the page scrolls sideways (%d > %d px); too wide: %v", l.name, d.Scroll, d.Client, d.Wide)
			}
			dark := d.Bg == "rgb(20, 24, 22)"
			if dark != (l.scheme == "dark") {
				t.Errorf("%s: background %s", l.name, d.Bg)
			}
			viewportShot(t, tab, "page-"+l.name, "")
			tab.Screenshot("page-" + l.name + "-full")
			tab.AssertNoConsoleErrors()
		})
	}
}

func TestScreenshotForREADME(t *testing.T) {
	// ./build.sh screenshot (HARF_SCREENSHOT=1) writes docs/screenshot.png:
	// the top of the page with the sample article searched for the sample
	// names.
	if os.Getenv("HARF_SCREENSHOT") != "1" {
		t.Skip("set HARF_SCREENSHOT=1 (./build.sh screenshot) to write docs/screenshot.png")
	}
	tab := openPage(t)
	viewport(t, tab, 1200, 900, "light")
	loadSample(t, tab)
	clickAndWait(t, tab, "#sample-names")
	click(t, tab, `#matches li[data-i="1"] button`) // selected in the article, which has the focus
	// The top of the page, as a person first sees it, with the result in
	// it: the highlights of the matches and the per-name counts.
	Eval[chromedp.Void](tab, `window.scrollTo(0, 0)`)
	nextFrame(tab)
	inView := Eval[[]string](tab, `["#mirror mark.hl", "#names li", "#status"].filter(sel => {
		const r = document.querySelector(sel)?.getBoundingClientRect();
		return !r || r.top < 0 || r.bottom > innerHeight; })`)
	if len(inView) > 0 || Eval[int](tab, `scrollY`) != 0 {
		t.Errorf("the top of the page does not show the result: %v out of view (scrollY %d)", inView, Eval[int](tab, `scrollY`))
	}
	out := filepath.Join("..", "..", "docs", "screenshot.png")
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	viewportShot(t, tab, "", out)
	// Re-encode with the best compression: a smaller file in the repository.
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if buf.Len() < len(raw) {
		raw = buf.Bytes()
	}
	if err := os.WriteFile(out, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	report(t, "wrote %s (%dx%d, %d bytes)", out, b.Dx(), b.Dy(), len(raw))
	tab.AssertNoConsoleErrors()
}
