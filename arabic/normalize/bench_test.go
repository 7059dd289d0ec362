package normalize

import (
	"testing"

	"github.com/harf-project/harf/internal/corpus"
)

var benchText = corpus.Generate(1 << 20)

func BenchmarkString(b *testing.B) {
	for _, p := range Presets() {
		b.Run(p.ID, func(b *testing.B) {
			n := New(p.Options)
			b.SetBytes(int64(len(benchText)))
			for b.Loop() {
				_ = n.String(benchText)
			}
		})
	}
}

func BenchmarkNormalizeWithChanges(b *testing.B) {
	n := New(Search)
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		_ = n.Normalize(benchText)
	}
}

// BenchmarkCleanText measures the path where nothing changes: the input is
// returned without a copy.
func BenchmarkCleanText(b *testing.B) {
	n := New(Search)
	clean := n.String(benchText)
	b.SetBytes(int64(len(clean)))
	for b.Loop() {
		_ = n.String(clean)
	}
}
