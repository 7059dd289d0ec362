package translit

import (
	"testing"

	"github.com/harf-project/harf/internal/corpus"
	"golang.org/x/text/transform"
)

var benchText = corpus.Generate(1 << 20)

func BenchmarkTransliterate(b *testing.B) {
	for _, s := range Schemes() {
		b.Run(s.ID, func(b *testing.B) {
			b.SetBytes(int64(len(benchText)))
			for b.Loop() {
				_ = s.Transliterate(benchText)
			}
		})
	}
}

func BenchmarkDetransliterate(b *testing.B) {
	for _, s := range Schemes() {
		if !s.Reversible && !s.Guess {
			continue
		}
		in := s.Transliterate(benchText)
		b.Run(s.ID, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				_, _ = s.Detransliterate(in)
			}
		})
	}
}

func BenchmarkTransformer(b *testing.B) {
	for _, id := range []string{"buckwalter", "ala-lc"} {
		s, _ := Lookup(id)
		b.Run(id, func(b *testing.B) {
			b.SetBytes(int64(len(benchText)))
			for b.Loop() {
				_, _, _ = transform.String(s.Transformer(), benchText)
			}
		})
	}
}
