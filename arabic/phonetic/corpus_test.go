package phonetic

import (
	"strings"
	"testing"

	"github.com/harf-project/harf/internal/corpus"
)

// window is a run of consecutive words of a text and its joined key.
type window struct {
	text, key string
}

func windows(text string, maxWords int) []window {
	words := strings.Fields(text)
	var out []window
	for n := 1; n <= maxWords; n++ {
		for i := 0; i+n <= len(words); i++ {
			w := strings.Join(words[i:i+n], " ")
			if k := JoinedKey(w); k != "" {
				out = append(out, window{w, k})
			}
		}
	}
	return out
}

// TestCorpusArticle looks for Latin queries in Harf's sample article, word
// by word and over runs of up to four words, as a search would.
func TestCorpusArticle(t *testing.T) {
	ws := windows(corpus.Article, 4)
	for _, tc := range []struct {
		query string
		want  []string // windows that must match
		not   []string // windows that must not
	}{
		{"Mekdad", []string{"المَقْداد", "المقداد", "المِقداد"}, []string{"بغداد"}},
		{"Haitham bin Tariq", []string{"هيثم بن طارق"}, nil},
		{"Haytham ben Tarek al-Mekdad", []string{"هيثم بن طارق المَقْداد"}, nil},
		{"Beyrouth", []string{"بيروت،"}, nil},
		{"Amman", []string{"عمّان", "عمان"}, nil},
		{"Syria", []string{"سوريا"}, nil},
		{"Qatar", nil, []string{"أكثر", "بأكثر"}},
		{"Salma Ibrahim", []string{"سلمى إبراهيم"}, nil},
		{"Mustafa al-Ali", []string{"مصطفى العلي"}, nil},
		{"Yarmouk", []string{"اليرموك"}, nil},
		{"Zarqa", []string{"الزرقاء"}, nil},
		{"Irbid", nil, nil}, // written وإربد, with a proclitic: the search's part
	} {
		q := JoinedKey(tc.query)
		found := map[string]bool{}
		var all []string
		for _, w := range ws {
			if Match(q, w.key) {
				found[w.text] = true
				all = append(all, w.text)
			}
		}
		for _, w := range tc.want {
			if !found[w] {
				t.Errorf("%s (%s) does not find %s (%s)", tc.query, q, w, JoinedKey(w))
			}
		}
		for _, w := range tc.not {
			if found[w] {
				t.Errorf("%s (%s) finds %s (%s)", tc.query, q, w, JoinedKey(w))
			}
		}
		t.Logf("%s: %q", tc.query, all)
	}
}

// TestCorpusNoise counts the words of the generated corpus that the Latin
// spellings of the name list match, a measure of how much a search would
// highlight by mistake.
func TestCorpusNoise(t *testing.T) {
	names := loadNames(t, "testdata/names.tsv")
	seen := map[string]bool{}
	var words []window
	for _, w := range strings.Fields(corpus.Generate(1 << 18)) {
		if k := Key(w); k != "" && !seen[w] {
			seen[w] = true
			words = append(words, window{w, k})
		}
	}
	queries, hits := 0, 0
	for _, n := range names {
		for _, l := range n.latin {
			queries++
			q := JoinedKey(l)
			var matched []string
			for _, w := range words {
				if Match(q, w.key) {
					matched = append(matched, w.text)
				}
			}
			hits += len(matched)
			if len(matched) > 0 {
				t.Logf("%s: %q", l, matched)
			}
		}
	}
	t.Logf("%d Latin spellings against %d distinct corpus words: %d matches", queries, len(words), hits)
	if hits > queries/2 {
		t.Errorf("%d matches for %d queries: too noisy", hits, queries)
	}
}
