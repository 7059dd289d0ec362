package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// site writes a small site into a temp dir, with a secret file next to (not
// inside) the served directory, and returns a handler serving it.
func site(t *testing.T) (*Handler, string) {
	t.Helper()
	base := t.TempDir()
	root := filepath.Join(base, "web")
	files := map[string]string{
		"index.html":          "<!doctype html><title>حرف</title>",
		"app.js":              strings.Repeat("console.log('harf');\n", 100),
		"mod.mjs":             "export const x = 1;\n",
		"style.css":           "body { direction: rtl; }\n",
		"harf.wasm":           "\x00asm\x01\x00\x00\x00" + strings.Repeat("\x00", 2000),
		"icon.svg":            `<svg xmlns="http://www.w3.org/2000/svg"/>`,
		"shot.png":            "\x89PNG\r\n\x1a\n",
		"data.json":           `{"a":1}`,
		"empty/readme.txt":    "no index here",
		"docs/index.html":     "<!doctype html><title>docs</title>",
		".hidden/secret.txt":  "hidden",
		"sub/.env":            "TOKEN=1",
		"sub/deeper/page.txt": "deep",
	}
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(base, "secret.txt"), []byte("SECRET"), 0o644); err != nil {
		t.Fatal(err)
	}
	return New(os.DirFS(root)), root
}

func get(h http.Handler, target, acceptEncoding string) *http.Response {
	req := httptest.NewRequest(http.MethodGet, "http://harf.test/", nil)
	req.URL.Path = target // keep the raw path: no client-side cleaning
	req.RequestURI = target
	if acceptEncoding != "" {
		req.Header.Set("Accept-Encoding", acceptEncoding)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestContentTypes(t *testing.T) {
	h, _ := site(t)
	for path, want := range map[string]string{
		"/":           "text/html; charset=utf-8",
		"/index.html": "text/html; charset=utf-8",
		"/app.js":     "text/javascript; charset=utf-8",
		"/mod.mjs":    "text/javascript; charset=utf-8",
		"/style.css":  "text/css; charset=utf-8",
		"/harf.wasm":  "application/wasm",
		"/icon.svg":   "image/svg+xml",
		"/shot.png":   "image/png",
		"/data.json":  "application/json",
	} {
		for _, ae := range []string{"", "gzip"} {
			resp := get(h, path, ae)
			if resp.StatusCode != http.StatusOK {
				t.Errorf("GET %s (Accept-Encoding %q): status %d", path, ae, resp.StatusCode)
				continue
			}
			if got := resp.Header.Get("Content-Type"); got != want {
				t.Errorf("GET %s (Accept-Encoding %q): Content-Type %q, want %q", path, ae, got, want)
			}
		}
	}
}

func TestGzip(t *testing.T) {
	h, root := site(t)
	want, err := os.ReadFile(filepath.Join(root, "app.js"))
	if err != nil {
		t.Fatal(err)
	}

	// Without Accept-Encoding, or with gzip refused: identity.
	for _, ae := range []string{"", "identity", "gzip;q=0", "br", "*;q=0"} {
		resp := get(h, "/app.js", ae)
		if enc := resp.Header.Get("Content-Encoding"); enc != "" {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want none", ae, enc)
		}
		if got := body(t, resp); got != string(want) {
			t.Errorf("Accept-Encoding %q: body differs from the file", ae)
		}
		if v := resp.Header.Get("Vary"); v != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary %q, want Accept-Encoding", ae, v)
		}
	}

	// With gzip accepted: a compressed body that decompresses to the file.
	for _, ae := range []string{"gzip", "gzip, deflate, br, zstd", "br;q=1, gzip;q=0.5", "*"} {
		resp := get(h, "/app.js", ae)
		if enc := resp.Header.Get("Content-Encoding"); enc != "gzip" {
			t.Fatalf("Accept-Encoding %q: Content-Encoding %q, want gzip", ae, enc)
		}
		if v := resp.Header.Get("Vary"); v != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary %q, want Accept-Encoding", ae, v)
		}
		raw := body(t, resp)
		if len(raw) >= len(want) {
			t.Errorf("Accept-Encoding %q: gzip body %d bytes, file %d bytes", ae, len(raw), len(want))
		}
		zr, err := gzip.NewReader(strings.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("Accept-Encoding %q: decompressed body differs from the file", ae)
		}
	}

	// PNG is not compressed again.
	if enc := get(h, "/shot.png", "gzip").Header.Get("Content-Encoding"); enc != "" {
		t.Errorf("PNG: Content-Encoding %q, want none", enc)
	}
}

func TestGzipCacheFollowsChanges(t *testing.T) {
	h, root := site(t)
	p := filepath.Join(root, "style.css")
	gunzip := func() string {
		zr, err := gzip.NewReader(get(h, "/style.css", "gzip").Body)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if got := gunzip(); got != "body { direction: rtl; }\n" {
		t.Fatalf("first read: %q", got)
	}
	if err := os.WriteFile(p, []byte("p{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(p, later, later); err != nil {
		t.Fatal(err)
	}
	if got := gunzip(); got != "p{}" {
		t.Fatalf("after change: %q, want the new content", got)
	}
}

func TestSecurityHeaders(t *testing.T) {
	h, _ := site(t)
	for _, path := range []string{"/", "/harf.wasm", "/missing.js", "/empty/", "/../secret.txt"} {
		resp := get(h, path, "gzip")
		for name, want := range map[string]string{
			"Content-Security-Policy": CSP,
			"X-Content-Type-Options":  "nosniff",
			"Referrer-Policy":         "no-referrer",
			"Cache-Control":           "no-cache",
		} {
			if got := resp.Header.Get(name); got != want {
				t.Errorf("GET %s: %s %q, want %q", path, name, got, want)
			}
		}
	}
	if !strings.Contains(CSP, "'wasm-unsafe-eval'") || strings.Contains(CSP, "'unsafe-inline'") {
		t.Errorf("CSP %q must allow wasm and forbid inline code", CSP)
	}
}

func TestTraversalRejected(t *testing.T) {
	h, _ := site(t)
	for _, path := range []string{
		"/../secret.txt",
		"/../../secret.txt",
		"/sub/../../secret.txt",
		"/%2e%2e/secret.txt",
		"/..%2fsecret.txt",
		`/..\secret.txt`,
		"/.hidden/secret.txt",
		"/sub/.env",
	} {
		resp := get(h, path, "")
		if b := body(t, resp); resp.StatusCode != http.StatusNotFound || strings.Contains(b, "SECRET") || strings.Contains(b, "hidden") || strings.Contains(b, "TOKEN") {
			t.Errorf("GET %s: status %d body %q, want 404", path, resp.StatusCode, b)
		}
	}
	// Through a real server and client as well (the client does not clean "..").
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/../secret.txt")
	if err != nil {
		t.Fatal(err)
	}
	if b := body(t, resp); resp.StatusCode != http.StatusNotFound || strings.Contains(b, "SECRET") {
		t.Errorf("real GET /../secret.txt: status %d body %q", resp.StatusCode, b)
	}
}

func TestNoDirectoryListing(t *testing.T) {
	h, _ := site(t)
	for _, path := range []string{"/empty/", "/sub/", "/sub/deeper/"} {
		resp := get(h, path, "")
		if b := body(t, resp); resp.StatusCode != http.StatusNotFound || strings.Contains(b, "readme.txt") || strings.Contains(b, "page.txt") {
			t.Errorf("GET %s: status %d body %q, want 404 without a listing", path, resp.StatusCode, b)
		}
	}
	// A directory with an index.html serves it; without the slash it redirects.
	if resp := get(h, "/docs/", ""); resp.StatusCode != http.StatusOK || !strings.Contains(body(t, resp), "docs") {
		t.Errorf("GET /docs/: status %d, want the index", resp.StatusCode)
	}
	if resp := get(h, "/docs", ""); resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "/docs/" {
		t.Errorf("GET /docs: status %d Location %q, want a redirect to /docs/", resp.StatusCode, resp.Header.Get("Location"))
	}
}

func TestMethodsAndHead(t *testing.T) {
	h, _ := site(t)
	req := httptest.NewRequest(http.MethodPost, "/index.html", strings.NewReader("x"))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", rec.Code)
	}
	req = httptest.NewRequest(http.MethodHead, "/harf.wasm", nil)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || rec.Body.Len() != 0 || rec.Header().Get("Content-Type") != "application/wasm" {
		t.Errorf("HEAD: status %d, %d body bytes, type %q", rec.Code, rec.Body.Len(), rec.Header().Get("Content-Type"))
	}
}

func TestAccepts(t *testing.T) {
	for _, tc := range []struct {
		header, coding string
		want           bool
	}{
		{"", "gzip", false},
		{"gzip", "gzip", true},
		{"GZIP", "gzip", true},
		{"x-gzip", "gzip", true},
		{"deflate, gzip;q=1.0", "gzip", true},
		{"gzip;q=0", "gzip", false},
		{"gzip; q=0.0", "gzip", false},
		{"*", "gzip", true},
		{"*;q=0", "gzip", false},
		{"*, gzip;q=0", "gzip", false},
		{"br, zstd", "gzip", false},
		{"br, zstd", "br", true},
		{"gzip, deflate, br", "br", true},
		{"br;q=0, gzip", "br", false},
		{"gzip", "br", false},
		{"*", "br", true},
	} {
		if got := accepts(tc.header, tc.coding); got != tc.want {
			t.Errorf("accepts(%q, %q) = %v, want %v", tc.header, tc.coding, got, tc.want)
		}
	}
}

// TestPrecompressed checks that FILE.br and FILE.gz are sent as they are
// when the client accepts them and they are not older than FILE, each with
// its own ETag, and that a request with the ETag gets 304 Not Modified.
func TestPrecompressed(t *testing.T) {
	h, root := site(t)
	wasm := filepath.Join(root, "harf.wasm")
	for _, c := range []struct{ suffix, content string }{{".br", "BROTLI BYTES"}, {".gz", "GZIP BYTES"}} {
		if err := os.WriteFile(wasm+c.suffix, []byte(c.content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tags := map[string]string{}
	for _, tc := range []struct{ ae, wantEnc, wantBody string }{
		{"gzip, deflate, br, zstd", "br", "BROTLI BYTES"},
		{"br", "br", "BROTLI BYTES"},
		{"gzip", "gzip", "GZIP BYTES"},
		{"br;q=0, gzip", "gzip", "GZIP BYTES"},
		{"", "", "\x00asm\x01\x00\x00\x00" + strings.Repeat("\x00", 2000)},
	} {
		resp := get(h, "/harf.wasm", tc.ae)
		if enc := resp.Header.Get("Content-Encoding"); enc != tc.wantEnc {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", tc.ae, enc, tc.wantEnc)
		}
		if got := body(t, resp); got != tc.wantBody {
			t.Errorf("Accept-Encoding %q: body %.20q, want %.20q", tc.ae, got, tc.wantBody)
		}
		if ct := resp.Header.Get("Content-Type"); ct != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type %q", tc.ae, ct)
		}
		tag := resp.Header.Get("ETag")
		if len(tag) < 34 || tag[0] != '"' {
			t.Fatalf("Accept-Encoding %q: ETag %q, want a quoted content hash", tc.ae, tag)
		}
		if prev, ok := tags[tag]; ok && prev != tc.wantEnc {
			t.Errorf("ETag %s for both %q and %q", tag, prev, tc.wantEnc)
		}
		tags[tag] = tc.wantEnc

		req := httptest.NewRequest(http.MethodGet, "/harf.wasm", nil)
		req.Header.Set("Accept-Encoding", tc.ae)
		req.Header.Set("If-None-Match", tag)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
			t.Errorf("Accept-Encoding %q, If-None-Match %s: status %d with %d bytes, want 304", tc.ae, tag, rec.Code, rec.Body.Len())
		}
	}
	if len(tags) != 3 {
		t.Errorf("%d distinct ETags for br, gzip and identity", len(tags))
	}

	// A copy older than the file (the file was rebuilt since) is not sent;
	// the ETag follows the new content.
	oldTag := get(h, "/harf.wasm", "").Header.Get("ETag")
	later := time.Now().Add(time.Hour)
	if err := os.WriteFile(wasm, []byte("\x00asm\x01\x00\x00\x00 rebuilt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(wasm, later, later); err != nil {
		t.Fatal(err)
	}
	resp := get(h, "/harf.wasm", "br")
	if enc := resp.Header.Get("Content-Encoding"); enc != "" {
		t.Errorf("a stale .br was sent (Content-Encoding %q)", enc)
	}
	if got := body(t, resp); !strings.HasSuffix(got, "rebuilt") {
		t.Errorf("body %q, want the rebuilt file", got)
	}
	if tag := resp.Header.Get("ETag"); tag == oldTag {
		t.Errorf("the ETag %s did not change with the content", tag)
	}
}

func TestLoggedWritesOneLine(t *testing.T) {
	h, _ := site(t)
	var buf bytes.Buffer
	lh := Logged(h, log.New(&buf, "", 0))
	req := httptest.NewRequest(http.MethodGet, "/app.js", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	lh.ServeHTTP(httptest.NewRecorder(), req)
	lh.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/nope", nil))
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "GET /app.js 200 ") || !strings.HasSuffix(lines[0], " gzip") ||
		!strings.HasPrefix(lines[1], "GET /nope 404 ") {
		t.Errorf("log lines %q", lines)
	}
}
