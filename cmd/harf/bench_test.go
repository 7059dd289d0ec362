package main

import (
	"bytes"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/harf-project/harf/arabic/fuzzy"
	"github.com/harf-project/harf/arabic/normalize"
	"github.com/harf-project/harf/internal/corpus"
)

// benchCorpus is 4 MB of JSONL: corpus.Generate's paragraphs, one a line.
var benchCorpus = func() []byte {
	var b bytes.Buffer
	for _, p := range strings.Split(corpus.Generate(4<<20), "\n\n") {
		b.Write(appendJSONString([]byte(`{"source":"bench","text":`), p))
		b.WriteString("}\n")
	}
	return b.Bytes()
}()

// benchStream runs fn over benchCorpus through the command's pipeline, with
// -j 1 and with every core, the output discarded.
func benchStream(b *testing.B, fn process) {
	for _, jobs := range []int{1, runtime.NumCPU()} {
		b.Run("j"+string(rune('0'+jobs)), func(b *testing.B) {
			in := &inputFlags{input: "jsonl", field: "text", jobs: jobs, progress: switchFlag{set: true}}
			b.SetBytes(int64(len(benchCorpus)))
			for b.Loop() {
				if _, failed := stream(in, nil, bytes.NewReader(benchCorpus), io.Discard, io.Discard, fn); failed {
					b.Fatal("a line failed")
				}
			}
		})
	}
}

func BenchmarkStreamNormalize(b *testing.B) {
	n := normalize.New(normalize.Search)
	benchStream(b, func(d *document, buf []byte) ([]byte, bool, error) {
		return append(d.json.replaceText(buf, n.String(d.text)), '\n'), false, nil
	})
}

func BenchmarkStreamSearch100Names(b *testing.B) {
	m, err := fuzzy.NewMatcher(corpus.Names(100), fuzzy.DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	w := matchWriter{format: "jsonl", queries: corpus.Names(100)}
	benchStream(b, func(d *document, buf []byte) ([]byte, bool, error) {
		ms := m.Find(d.text)
		return w.append(buf, d, ms), len(ms) > 0, nil
	})
}

// BenchmarkParseJSONLine is the reader alone: find the text of a line.
func BenchmarkParseJSONLine(b *testing.B) {
	lines := bytes.Split(bytes.TrimSpace(benchCorpus), []byte("\n"))
	b.SetBytes(int64(len(benchCorpus)))
	for b.Loop() {
		for _, l := range lines {
			if _, err := parseJSONLine(l, "text", ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}
