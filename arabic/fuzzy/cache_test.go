package fuzzy

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/harf-project/harf/internal/corpus"
)

// cacheQueries mixes Arabic names, Latin names (cross-script, a full name
// with a part left out, an exonym) and the benchmark's names.
var cacheQueries = append([]string{"محمد الحسيني", "بيروت", "الرياض", "Trump", "Nasrallah", "Saad Hariri", "Egypt", "Amman"},
	corpus.Names(100)...)

// cacheDocs returns documents that share many words: sentences of our own
// and the paragraphs of the benchmark's text.
func cacheDocs() []string {
	docs := []string{
		"قال محمد الحسيني إن الاجتماع سيعقد في القاهرة يوم الأحد.",
		"وأكد محمد الحسني أن الوفد وصل إلى بيروت مساء أمس.",
		"التقى الرئيس دونالد ترامب بنظيره الفرنسي في باريس، وقال ترمب إن اللقاء كان مثمرا.",
		"وصرح حسن نصرالله بأن المفاوضات لم تنته بعد، ونقل عن نصر الله قوله إن الرد قادم.",
		"زار سعد الدين الحريري مدينة طرابلس للمرة الأولى منذ سنوات.",
		"وقالت وزارة الخارجية في مصر إن الوزير سيزور عمان والرياض وبيروت.",
		"قال محمد الحسيني إن الاجتماع سيعقد في القاهرة يوم الأحد.", // again, all from the cache
	}
	return append(docs, strings.Split(corpus.Generate(120<<10), "\n\n")...)
}

// TestMatcherCache checks that a Matcher that remembers its words finds
// exactly what a fresh search finds, document after document, with a cache
// large enough to hold every word and with one so small that it forgets
// all the time.
func TestMatcherCache(t *testing.T) {
	docs := cacheDocs()
	want := make([][]Match, len(docs))
	found := 0
	for i, doc := range docs {
		var err error
		if want[i], err = SearchAll(doc, cacheQueries, DefaultOptions()); err != nil {
			t.Fatal(err)
		}
		found += len(want[i])
	}
	if found < len(docs)/4 {
		t.Fatalf("only %d matches in %d documents: the test searches for too little", found, len(docs))
	}
	for _, limit := range []int{maxCachedWords, 8} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			m, err := NewMatcher(cacheQueries, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			m.words = newWordCache(limit)
			for round := range 2 {
				for i, doc := range docs {
					if got := m.Find(doc); !reflect.DeepEqual(got, want[i]) {
						t.Fatalf("round %d, document %d %q:\n got %+v\nwant %+v", round, i, doc, got, want[i])
					}
				}
				if n, o := len(m.words.cur), len(m.words.old); n > limit || o > limit || n == 0 {
					t.Fatalf("round %d: the cache holds %d and %d words, limit %d", round, n, o, limit)
				}
			}
		})
	}
	t.Run("remembers", func(t *testing.T) {
		m, err := NewMatcher(cacheQueries, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		m.Find(docs[0])
		held := len(m.words.cur)
		if held != 10 {
			t.Errorf("the cache holds %d words after the first document, of 10", held)
		}
		m.Find(docs[6]) // the first document again
		if len(m.words.cur) != held {
			t.Errorf("a document seen before added %d words to the cache", len(m.words.cur)-held)
		}
	})
}

// TestMatcherCacheConcurrent runs Find on one Matcher from several
// goroutines (as cmd/harf's workers do), each through the documents in
// another order, with a small cache that keeps forgetting; run under -race.
func TestMatcherCacheConcurrent(t *testing.T) {
	docs := cacheDocs()
	if testing.Short() {
		docs = docs[:40]
	}
	want := make([][]Match, len(docs))
	for i, doc := range docs {
		want[i], _ = SearchAll(doc, cacheQueries, DefaultOptions())
	}
	m, err := NewMatcher(cacheQueries, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	m.words = newWordCache(64)
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range docs {
				i := (k*(2*g+1) + g) % len(docs)
				if got := m.Find(docs[i]); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d, document %d: got %+v, want %+v", g, i, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
