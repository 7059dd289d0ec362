package browsertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// maxWasmWire is the most bytes harf.wasm may take over the wire: the goal
// of 800,000 (issue 11). The build is about 762,000 (README, "The page:
// bytes over the wire"). Keep it equal to WASM_MAX_BROTLI's default in
// build.sh.
const maxWasmWire = 800_000

// TestWasmOverTheWire checks how harf.wasm reaches the browser: compressed
// at build time (brotli where the browser accepts it, else gzip), at most
// maxWasmWire bytes, with a content ETag; and that a reload revalidates it
// (304 Not Modified) instead of fetching it again.
func TestWasmOverTheWire(t *testing.T) {
	tab := openPage(t)
	type entry struct {
		Encoded, Decoded, Transfer int
	}
	e := Eval[entry](tab, `(() => { const e = performance.getEntriesByType("resource").find(e => e.name.endsWith("/harf.wasm"));
		return {Encoded: e.encodedBodySize, Decoded: e.decodedBodySize, Transfer: e.transferSize}; })()`)
	var wasm Response
	for _, r := range tab.Responses() {
		if strings.HasSuffix(r.URL, "/harf.wasm") {
			wasm = r
		}
	}
	// One request: the page's <link rel=preload> response is the one
	// loader.js compiles.
	if n := strings.Count(strings.Join(site.Paths(), " ")+" ", "/harf.wasm "); n < 1 {
		t.Fatal("the server saw no request for harf.wasm")
	}
	fetched := 0
	for _, r := range tab.Requests() {
		if strings.HasSuffix(r.URL, "/harf.wasm") {
			fetched++
		}
	}
	if fetched != 1 {
		t.Errorf("the page asked for harf.wasm %d times, want once (the preload is not reused?)", fetched)
	}
	enc := wasm.Headers.Get("Content-Encoding")
	report(t, "harf.wasm over the wire: %d bytes (%s; %d bytes decoded)", e.Encoded, enc, e.Decoded)
	if enc != "br" && enc != "gzip" {
		t.Fatalf("Content-Encoding %q, want br or gzip", enc)
	}
	if e.Encoded > maxWasmWire {
		t.Errorf("harf.wasm takes %d bytes over the wire (%s), more than %d", e.Encoded, enc, maxWasmWire)
	}
	if dir := os.Getenv("HARF_WEB_DIR"); dir == "" { // the suite built web/: compare with its copies
		suffix := map[string]string{"br": ".br", "gzip": ".gz"}[enc]
		if fi, err := os.Stat(filepath.Join("..", "harf.wasm"+suffix)); err != nil || fi.Size() != int64(e.Encoded) {
			t.Errorf("the browser received %d bytes; web/harf.wasm%s (compressed at build time) is %v (%v)", e.Encoded, suffix, fi.Size(), err)
		}
	}
	tag := wasm.Headers.Get("Etag")
	if len(tag) < 34 || wasm.Headers.Get("Cache-Control") != "no-cache" {
		t.Errorf("harf.wasm: ETag %q, Cache-Control %q; want a content hash, no-cache", tag, wasm.Headers.Get("Cache-Control"))
	}

	// A reload asks again with the ETag and gets 304 Not Modified (as the
	// server logged it: the browser reports the cached response's status).
	logged := len(site.Log())
	if err := chromedp.Do(tab.Ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := tab.Poll(ReadyExpr, ReadyTimeout); err != nil {
		t.Fatalf("not ready after a reload: %v", err)
	}
	var lines []string
	for _, l := range site.Log()[logged:] {
		if strings.Contains(l, " /harf.wasm ") {
			lines = append(lines, l)
		}
	}
	if len(lines) != 1 || !strings.Contains(lines[0], " /harf.wasm 304 ") {
		t.Errorf("on a reload the server answered for harf.wasm: %q, want one 304 Not Modified", lines)
	}
}
