package browsertest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// Helpers of the tests of the page's features (page_*_test.go).

// updateSeq returns how many updates the page has completed
// (#status[data-update-seq]).
func updateSeq(tab *Tab) int {
	tab.T.Helper()
	return Eval[int](tab, `+(document.getElementById("status").dataset.updateSeq || 0)`)
}

// waitUpdate waits until the page has completed an update after the one
// numbered after, and is idle.
func waitUpdate(t *testing.T, tab *Tab, after int, timeout time.Duration) {
	t.Helper()
	cond := fmt.Sprintf(`(() => { const s = document.getElementById("status").dataset;
		return s.busy === "false" && +(s.updateSeq || 0) > %d; })()`, after)
	if err := tab.Poll(cond, timeout); err != nil {
		t.Fatalf("no update after #%d: %v (status %q)", after, err, tab.Text("#status"))
	}
}

// act runs a JavaScript statement that changes the page and waits for the
// update it causes.
func act(t *testing.T, tab *Tab, js string) {
	t.Helper()
	before := updateSeq(tab)
	Eval[chromedp.Void](tab, `(() => { `+js+` })()`)
	waitUpdate(t, tab, before, 20*time.Second)
}

// settled waits until the page has no update pending or running
// (#status[data-busy="false"]) and the browser has rendered a frame after
// it: the condition "nothing more will happen by itself", never a fixed
// time.
func settled(t *testing.T, tab *Tab) {
	t.Helper()
	if err := tab.Poll(`document.getElementById("status").dataset.busy === "false"`, 60*time.Second); err != nil {
		t.Fatalf("the page stays busy: %v (status %q)", err, tab.Text("#status"))
	}
	nextFrame(tab)
}

// nextFrame returns once the browser has rendered a frame and run the tasks
// queued before it (events, observers) after this call.
func nextFrame(tab *Tab) {
	tab.T.Helper()
	Eval[chromedp.Void](tab, `new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))`)
}

// clickAndWait clicks the element matching sel and waits for the update the
// click causes.
func clickAndWait(t *testing.T, tab *Tab, sel string) {
	t.Helper()
	act(t, tab, fmt.Sprintf(`const el = document.querySelector(%s);
		if (!el) throw new Error("no element " + %[1]s); el.click();`, JS(sel)))
}

// click clicks the element matching sel (a real click event from script).
func click(t *testing.T, tab *Tab, sel string) {
	t.Helper()
	Eval[chromedp.Void](tab, fmt.Sprintf(`(() => { const el = document.querySelector(%s);
		if (!el) throw new Error("no element " + %[1]s); el.click(); })()`, JS(sel)))
}

// loadSample clicks the sample button and waits for the update.
func loadSample(t *testing.T, tab *Tab) {
	t.Helper()
	act(t, tab, `document.getElementById("sample").click()`)
}

// setQuery sets the watch list and waits for the search.
func setQuery(t *testing.T, tab *Tab, q string) {
	t.Helper()
	before := updateSeq(tab)
	tab.SetValue("#query", q)
	waitUpdate(t, tab, before, 20*time.Second)
}

// setArticle sets the article and waits for the update.
func setArticle(t *testing.T, tab *Tab, s string) {
	t.Helper()
	before := updateSeq(tab)
	tab.SetValue("#article", s)
	waitUpdate(t, tab, before, 60*time.Second)
}

// viewport sets the tab's size and colour scheme (light, dark).
func viewport(t *testing.T, tab *Tab, width, height int64, scheme string) {
	t.Helper()
	_, err := chromedp.Call(tab.Ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: width, Height: height, DeviceScaleFactor: 1, Mobile: width < 600})
	if err == nil {
		_, err = chromedp.Call(tab.Ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}})
	}
	if err != nil {
		t.Fatalf("viewport %dx%d %s: %v", width, height, scheme, err)
	}
}

// viewportShot saves a PNG of the visible part of the page as
// screenshots/<name>.png (or to path when it is not "") and returns its
// path.
func viewportShot(t *testing.T, tab *Tab, name, path string) string {
	t.Helper()
	buf, err := chromedp.Run(tab.Ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if path == "" {
		if err := os.MkdirAll("screenshots", 0o755); err != nil {
			t.Fatal(err)
		}
		path = filepath.Join("screenshots", name+".png")
	}
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// lines joins names one per line.
func lines(names ...string) string { return strings.Join(names, "\n") }
