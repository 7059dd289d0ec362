package fuzzy

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/harf-project/harf/internal/corpus"
)

// FuzzSearch: no panic, every span reads its text in the original, and a
// query cut from the text at word boundaries is found at distance 0.
func FuzzSearch(f *testing.F) {
	f.Add(report, 3, 2)
	f.Add(corpus.Article, 10, 1)
	f.Add("😀 مُحَمَّدٌ ﻷحمد\u200f بن", 1, 1)
	f.Add("a  b", 0, 0)
	f.Fuzz(func(t *testing.T, text string, at, span int) {
		if !utf8.ValidString(text) || len(text) > 4096 {
			return
		}
		words := Words(text, DefaultOptions().Normalize)
		if len(words) == 0 {
			return
		}
		i := abs(at) % len(words)
		j := min(i+abs(span)%3, len(words)-1)
		query := text[words[i].Start:words[j].End]
		ms, err := Search(text, query, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range ms {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("bad span %+v in %q", m, text)
			}
			if m.Score < 0 || m.Score > 1 {
				t.Fatalf("score %v", m.Score)
			}
			if m.Distance == 0 && m.Start < words[j].End && words[i].Start < m.End {
				found = true
			}
		}
		if strings.TrimSpace(query) != "" && !found {
			t.Fatalf("query %q cut from %q not found at distance 0: %+v", query, text, ms)
		}
	})
}
