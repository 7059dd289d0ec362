package fuzzy

import (
	"fmt"
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
