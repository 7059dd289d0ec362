// Command precompress writes, next to each file it is given, a brotli
// (FILE.br) and a gzip (FILE.gz) copy at the best compression, so that a
// server (web/server, or any static host) sends them as they are instead
// of compressing on every request. build.sh runs it on the page's files.
// Copies that already hold the file's content are kept.
//
// Usage:
//
//	go run ./web/precompress FILE ...
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/andybalholm/brotli"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress FILE ...")
		os.Exit(2)
	}
	for _, name := range os.Args[1:] {
		if err := precompress(name); err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
	}
}

// precompress writes name.br and name.gz unless both already hold name's
// content (a build rewrites harf.wasm even when nothing changed, and brotli
// at its best takes tens of seconds for it).
func precompress(name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if holds(name+".gz", data, func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }) &&
		holds(name+".br", data, func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }) {
		// Newer than the file again: servers take an older copy for stale.
		now := time.Now()
		for _, c := range []string{name + ".gz", name + ".br"} {
			if err := os.Chtimes(c, now, now); err != nil {
				return err
			}
		}
		return nil
	}
	var br, gz bytes.Buffer
	bw := brotli.NewWriterOptions(&br, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
	if _, err := bw.Write(data); err != nil {
		return err
	}
	if err := bw.Close(); err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	for _, out := range []struct {
		name string
		data []byte
	}{{name + ".br", br.Bytes()}, {name + ".gz", gz.Bytes()}} {
		if err := os.WriteFile(out.name, out.data, 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("%s: %d bytes, %d brotli, %d gzip\n", name, len(data), br.Len(), gz.Len())
	return nil
}

// holds reports whether the compressed file name decompresses to data.
func holds(name string, data []byte, decompress func(io.Reader) (io.Reader, error)) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	r, err := decompress(f)
	if err != nil {
		return false
	}
	got, err := io.ReadAll(r)
	return err == nil && bytes.Equal(got, data)
}
