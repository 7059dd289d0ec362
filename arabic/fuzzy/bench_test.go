package fuzzy

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/harf-project/harf/internal/corpus"
)

func BenchmarkSearchAll(b *testing.B) {
	for _, size := range []int{100 << 10, 1 << 20} {
		text := corpus.Generate(size)
		for _, n := range []int{100, 1000} {
			names := corpus.Names(n)
			b.Run(fmt.Sprintf("%dKB/%dnames", size>>10, n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					if _, err := SearchAll(text, names, DefaultOptions()); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func BenchmarkSearchOneName(b *testing.B) {
	text := corpus.Generate(1 << 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_, _ = Search(text, "المقداد", DefaultOptions())
	}
}

func BenchmarkDistance(b *testing.B) {
	o := DefaultOptions().Normalize
	for b.Loop() {
		_ = Distance("عبد العزيز", "عبدالعزيز", o)
	}
}

// BenchmarkFindDocuments searches 2 MB of text cut into its paragraphs (a
// corpus of small documents) for 100 names, one Find per document, with a
// Matcher that remembers its words (NewMatcher) and without; "-parallel"
// runs Find from every core on one Matcher, as cmd/harf's workers do, to
// show what the cache's lock costs.
func BenchmarkFindDocuments(b *testing.B) {
	text := corpus.Generate(2 << 20)
	docs := strings.Split(text, "\n\n")
	for _, cached := range []bool{true, false} {
		m, err := NewMatcher(corpus.Names(100), DefaultOptions())
		if err != nil {
			b.Fatal(err)
		}
		if !cached {
			m.words = nil
		}
		name := map[bool]string{true: "cached", false: "uncached"}[cached]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				for _, d := range docs {
					m.Find(d)
				}
			}
		})
		b.Run(name+"-parallel", func(b *testing.B) {
			b.SetBytes(int64(len(text)) / int64(len(docs)))
			i := 0
			var mu sync.Mutex
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					mu.Lock()
					d := docs[i%len(docs)]
					i++
					mu.Unlock()
					m.Find(d)
				}
			})
		})
	}
}
