package fuzzy

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/normalize"
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

// FuzzDistance: distance is symmetric, zero exactly when the normalized
// strings are equal, and within the triangle inequality; similarity stays in
// [0, 1].
func FuzzDistance(f *testing.F) {
	f.Add("أحمد", "احمد", "محمد")
	f.Add("المقداد", "المقدد", "")
	f.Add("😀 مُحَمَّدٌ", "ﷲ", "a\u200db")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) || !utf8.ValidString(c) || len(a)+len(b)+len(c) > 600 {
			return
		}
		o := DefaultOptions().Normalize
		ab, ba := Distance(a, b, o), Distance(b, a, o)
		if ab != ba {
			t.Fatalf("Distance(%q, %q) = %d but %d the other way", a, b, ab, ba)
		}
		n := normalize.For(o)
		if (ab == 0) != (n.String(a) == n.String(b)) {
			t.Fatalf("Distance(%q, %q) = %d, normalized %q and %q", a, b, ab, n.String(a), n.String(b))
		}
		if ac, cb := Distance(a, c, o), Distance(c, b, o); ab > ac+cb {
			t.Fatalf("triangle: d(a,b)=%d > d(a,c)+d(c,b)=%d+%d", ab, ac, cb)
		}
		if s := Similarity(a, b, o); s < 0 || s > 1 || (s == 1) != (ab == 0) {
			t.Fatalf("Similarity(%q, %q) = %v with distance %d", a, b, s, ab)
		}
	})
}

// FuzzAnalyze: counts agree with Words, and every span of every variant
// form reads that form in the original text.
func FuzzAnalyze(f *testing.F) {
	f.Add(corpus.Article)
	f.Add("سوريا سورية السُّوري السوري مسؤول مسئول 😀")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 8192 {
			return
		}
		a := Analyze(text, DefaultOptions().Normalize)
		words := Words(text, DefaultOptions().Normalize)
		if a.Words != len(words) || a.ArabicWords > a.Words || a.UniqueWords > a.Words {
			t.Fatalf("counts %+v for %d words", a, len(words))
		}
		if utf8.ValidString(text) && a.Characters != utf8.RuneCountInString(text) {
			t.Fatalf("characters %d", a.Characters)
		}
		for _, w := range words {
			if text[w.Start:w.End] != w.Text || w.Norm == "" {
				t.Fatalf("word %+v", w)
			}
		}
		for _, g := range a.Variants {
			if len(g.Forms) < 2 {
				t.Fatalf("group %q has %d forms", g.Key, len(g.Forms))
			}
			for _, f := range g.Forms {
				if f.Count != len(f.Spans) {
					t.Fatalf("form %q: count %d, %d spans", f.Text, f.Count, len(f.Spans))
				}
				for _, sp := range f.Spans {
					if text[sp[0]:sp[1]] != f.Text {
						t.Fatalf("span %v reads %q, not %q", sp, text[sp[0]:sp[1]], f.Text)
					}
				}
			}
		}
	})
}

// FuzzVariantSymmetric: between two Arabic words that get the same typo
// budget, matching is symmetric: a finds b exactly when b finds a, and the
// weighted distance is the same both ways.
func FuzzVariantSymmetric(f *testing.F) {
	for _, p := range [][2]string{{"كلينتون", "كلنتون"}, {"غوغل", "جوجل"}, {"محمد", "محمود"}, {"بيروت", "بيرو"},
		{"داوود", "داود"}, {"مسؤول", "مسئول"}, {"سيناء", "سينا"}, {"عمان", "عثمان"}} {
		f.Add(p[0], p[1])
	}
	o := DefaultOptions()
	o.Clitics, o.WholeWords, o.CrossScript = false, true, false
	finds := func(t *testing.T, query, word string) bool {
		ms, err := Search("قال "+word+" أمس", query, o)
		if err != nil {
			t.Fatal(err)
		}
		return len(ms) > 0
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		wa, wb := Words(a, o.Normalize), Words(b, o.Normalize)
		if len(wa) != 1 || len(wb) != 1 || !wa[0].Arabic || !wb[0].Arabic || len(a) > 64 || len(b) > 64 {
			return
		}
		na, nb := matchForm(wa[0].Norm), matchForm(wb[0].Norm)
		if c, d := variantCost(na, nb), variantCost(nb, na); c != d {
			t.Fatalf("variantCost(%q, %q) = %d, reverse %d", na, nb, c, d)
		}
		qa := []qword{{s: na, n: utf8.RuneCountInString(na)}}
		qb := []qword{{s: nb, n: utf8.RuneCountInString(nb)}}
		if DefaultMaxDistance(lettersForBudget(qa)) != DefaultMaxDistance(lettersForBudget(qb)) {
			return
		}
		if ab, ba := finds(t, wa[0].Text, wb[0].Text), finds(t, wb[0].Text, wa[0].Text); ab != ba {
			t.Fatalf("%q finds %q: %v, the reverse: %v", wa[0].Text, wb[0].Text, ab, ba)
		}
	})
}
