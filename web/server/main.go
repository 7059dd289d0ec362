// Command server is Harf's small static file server for development and the
// browser tests. It serves one directory (by default web/) as a static host
// would: the right content types; FILE.br or FILE.gz (written by
// web/precompress at build time) when the client accepts brotli or gzip,
// else gzip made on the fly; an ETag from the file's content, so that a
// reload revalidates with one small request (Cache-Control: no-cache, then
// 304 Not Modified); and a strict Content-Security-Policy that allows only
// the page's own files plus 'wasm-unsafe-eval', which Go's WebAssembly
// needs.
//
// Usage:
//
//	go run ./web/server [-dir web] [-addr 127.0.0.1:8080]
//
// The default address uses $PORT when it is set. An address with port 0 picks
// a free port; the first line on stdout is always the URL being served.
// Each request is logged as one line on stderr.
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// CSP is the Content-Security-Policy sent with every response.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self'; " +
	"img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
	"form-action 'none'; frame-ancestors 'none'"

// contentTypes fixes the types that matter to the page, independently of the
// host's mime database.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".mjs":  "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".wasm": "application/wasm",
	".json": "application/json",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
	".txt":  "text/plain; charset=utf-8",
	".map":  "application/json",
}

// compressible lists the extensions worth gzipping (text and wasm; images
// such as PNG are compressed already).
var compressible = map[string]bool{
	".html": true, ".js": true, ".mjs": true, ".css": true, ".wasm": true,
	".json": true, ".svg": true, ".txt": true, ".map": true, ".ico": true,
}

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	dir := flag.String("dir", "web", "directory to serve")
	addr := flag.String("addr", net.JoinHostPort("127.0.0.1", port), "address to listen on (host:port; port 0 picks a free one)")
	flag.Parse()

	if fi, err := os.Stat(*dir); err != nil || !fi.IsDir() {
		log.Fatalf("server: %s is not a directory", *dir)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("server: %v", err)
	}
	srv := &http.Server{
		Handler:           Logged(New(os.DirFS(*dir)), log.New(os.Stderr, "", log.LstdFlags|log.Lmicroseconds)),
		ReadHeaderTimeout: 10 * time.Second,
	}
	fmt.Printf("http://%s/\n", ln.Addr())
	fmt.Fprintf(os.Stderr, "serving %s on http://%s/ (Ctrl-C to stop)\n", *dir, ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatalf("server: %v", err)
	}
}

// Handler serves the files of an fs.FS. It never lists directories and never
// serves dot files.
type Handler struct {
	root fs.FS

	mu   sync.Mutex
	gzip map[string]cacheEntry // compressed bytes by file name
	tags map[string]cacheEntry // content hashes (ETags) by file name
}

// cacheEntry is a cached gzip body or content hash, valid while the file's
// size and modification time stay the same.
type cacheEntry struct {
	modTime time.Time
	size    int64
	body    []byte
}

// New returns a Handler serving root.
func New(root fs.FS) *Handler {
	return &Handler{root: root, gzip: map[string]cacheEntry{}, tags: map[string]cacheEntry{}}
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", CSP)
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "no-referrer")
	hdr.Set("Cache-Control", "no-cache")

	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := fsName(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	f, fi, err := h.open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if fi.IsDir() {
		f.Close()
		if !strings.HasSuffix(r.URL.Path, "/") {
			// Redirect so that relative links inside the index resolve.
			http.Redirect(w, r, path.Base(r.URL.Path)+"/", http.StatusMovedPermanently)
			return
		}
		name = path.Join(name, "index.html")
		if f, fi, err = h.open(name); err != nil || fi.IsDir() {
			if err == nil {
				f.Close()
			}
			http.NotFound(w, r) // no directory listings
			return
		}
	}
	defer f.Close()

	ext := strings.ToLower(path.Ext(name))
	ctype, ok := contentTypes[ext]
	if !ok {
		if ctype = mime.TypeByExtension(ext); ctype == "" {
			ctype = "application/octet-stream"
		}
	}
	hdr.Set("Content-Type", ctype)

	tag, err := h.etag(name, f, fi)
	if err != nil {
		http.Error(w, "read error", http.StatusInternalServerError)
		return
	}
	if compressible[ext] {
		hdr.Add("Vary", "Accept-Encoding")
		ae := r.Header.Get("Accept-Encoding")
		// Files compressed at build time, when they are at least as new
		// as the file.
		for _, c := range []struct{ coding, suffix string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if !accepts(ae, c.coding) {
				continue
			}
			if cf, cfi, err := h.open(name + c.suffix); err == nil {
				if !cfi.IsDir() && !cfi.ModTime().Before(fi.ModTime()) {
					defer cf.Close()
					h.serve(w, r, name, fi, cf, tag, c.coding)
					return
				}
				cf.Close()
			}
		}
		if accepts(ae, "gzip") {
			body, err := h.gzipped(name, f, fi)
			if err != nil {
				http.Error(w, "read error", http.StatusInternalServerError)
				return
			}
			h.serve(w, r, name, fi, bytes.NewReader(body), tag, "gzip")
			return
		}
	}
	if err := rewind(f); err != nil {
		http.Error(w, "read error", http.StatusInternalServerError)
		return
	}
	h.serve(w, r, name, fi, f, tag, "")
}

// serve sends content (the file, or its encoding in coding) with the ETag
// of the file's content, marked by the coding: each representation has its
// own tag, as HTTP requires. http.ServeContent answers If-None-Match with
// 304 Not Modified and handles HEAD and ranges.
func (h *Handler) serve(w http.ResponseWriter, r *http.Request, name string, fi fs.FileInfo, content io.Reader, tag, coding string) {
	if coding != "" {
		w.Header().Set("Content-Encoding", coding)
		tag += "-" + coding
	}
	w.Header().Set("ETag", `"`+tag+`"`)
	rs, ok := content.(io.ReadSeeker)
	if !ok {
		data, err := io.ReadAll(content)
		if err != nil {
			http.Error(w, "read error", http.StatusInternalServerError)
			return
		}
		rs = bytes.NewReader(data)
	}
	http.ServeContent(w, r, name, fi.ModTime(), rs)
}

// etag returns the content hash of f (the first 16 bytes of its SHA-256, in
// hex), from the cache when the file has not changed since. It leaves f's
// offset at its end.
func (h *Handler) etag(name string, f fs.File, fi fs.FileInfo) (string, error) {
	h.mu.Lock()
	e, ok := h.tags[name]
	h.mu.Unlock()
	if ok && e.size == fi.Size() && e.modTime.Equal(fi.ModTime()) {
		return string(e.body), nil
	}
	sum := sha256.New()
	if _, err := io.Copy(sum, f); err != nil {
		return "", err
	}
	tag := hex.EncodeToString(sum.Sum(nil)[:16])
	h.mu.Lock()
	h.tags[name] = cacheEntry{modTime: fi.ModTime(), size: fi.Size(), body: []byte(tag)}
	h.mu.Unlock()
	return tag, nil
}

// fsName turns a URL path into an fs.FS name ("." for the root). It rejects
// anything that is not a clean, valid name below the root, and dot files.
func fsName(urlPath string) (string, bool) {
	if strings.Contains(urlPath, "\\") || strings.Contains(urlPath, "\x00") {
		return "", false
	}
	for _, elem := range strings.Split(urlPath, "/") {
		if elem == ".." || strings.HasPrefix(elem, ".") && elem != "." {
			return "", false
		}
	}
	name := strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	if name == "" {
		name = "."
	}
	return name, fs.ValidPath(name)
}

// open opens name and stats it.
func (h *Handler) open(name string) (fs.File, fs.FileInfo, error) {
	f, err := h.root.Open(name)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, fi, nil
}

// gzipped returns the gzip-compressed content of f, from the cache when the
// file has not changed since it was compressed.
func (h *Handler) gzipped(name string, f fs.File, fi fs.FileInfo) ([]byte, error) {
	h.mu.Lock()
	e, ok := h.gzip[name]
	h.mu.Unlock()
	if ok && e.size == fi.Size() && e.modTime.Equal(fi.ModTime()) {
		return e.body, nil
	}
	if err := rewind(f); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := io.Copy(zw, f); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	h.mu.Lock()
	h.gzip[name] = cacheEntry{modTime: fi.ModTime(), size: fi.Size(), body: buf.Bytes()}
	h.mu.Unlock()
	return buf.Bytes(), nil
}

// rewind seeks f back to its start.
func rewind(f fs.File) error {
	s, ok := f.(io.Seeker)
	if !ok {
		return errors.New("file cannot seek")
	}
	_, err := s.Seek(0, io.SeekStart)
	return err
}

// accepts reports whether an Accept-Encoding header value allows coding
// ("br" or "gzip"; "x-gzip" counts as gzip), explicitly or through "*",
// with a non-zero quality.
func accepts(header, coding string) bool {
	codingQ, starQ := -1.0, -1.0
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(k, "q") {
				if f, err := strconv.ParseFloat(v, 64); err == nil {
					q = f
				}
			}
		}
		name = strings.ToLower(strings.TrimSpace(name))
		switch {
		case name == coding, coding == "gzip" && name == "x-gzip":
			codingQ = q
		case name == "*":
			starQ = q
		}
	}
	if codingQ >= 0 {
		return codingQ > 0
	}
	return starQ > 0
}

// Logged wraps h so that every request is logged as one line:
// method, path, status, body bytes, duration and content encoding.
func Logged(h http.Handler, logger *log.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		enc := w.Header().Get("Content-Encoding")
		if enc == "" {
			enc = "-"
		}
		logger.Printf("%s %s %d %dB %s %s", r.Method, r.URL.RequestURI(), rec.status, rec.bytes,
			time.Since(start).Round(time.Microsecond), enc)
	})
}

// recorder remembers the status code and counts the body bytes written.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

// WriteHeader records the status for the log line.
func (r *recorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// Write counts the bytes for the log line.
func (r *recorder) Write(p []byte) (int, error) {
	n, err := r.ResponseWriter.Write(p)
	r.bytes += int64(n)
	return n, err
}
