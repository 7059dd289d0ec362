package phonetic

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// name is one row of testdata/names.tsv: an Arabic spelling and the Latin
// spellings of the same name.
type name struct {
	kind, arabic string
	latin        []string
}

func loadNames(t testing.TB, path string) []name {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var names []name
	sc := bufio.NewScanner(f)
	for header := true; sc.Scan(); {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("%s: bad line %q", path, line)
		}
		names = append(names, name{kind: cols[0], arabic: cols[1], latin: strings.Split(cols[2], "|")})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return names
}

// scores are the figures of a Latin-query evaluation.
type scores struct {
	queries, hits      int // Latin spellings; those matching their own Arabic name
	falseMatches       int // (spelling, other name) pairs that match
	pairs              int // (spelling, other name) pairs tried
	misses, falsePairs []string
	perQuery           []queryScore
}

// queryScore is the outcome of one Latin spelling.
type queryScore struct {
	latin, arabic string
	hit           bool
	falseMatches  int
}

func (s scores) recall() float64 { return float64(s.hits) / float64(s.queries) }

// precision is the share of matches that are right.
func (s scores) precision() float64 {
	if s.hits+s.falseMatches == 0 {
		return 1
	}
	return float64(s.hits) / float64(s.hits+s.falseMatches)
}

// specificity is the share of wrong pairs that do not match.
func (s scores) specificity() float64 { return 1 - float64(s.falseMatches)/float64(s.pairs) }

// evaluate compares the joined key of every Latin spelling with the joined
// key of every Arabic name.
func evaluate(names []name, match func(a, b string) bool) scores {
	var s scores
	arabic := make([]string, len(names))
	for i, n := range names {
		arabic[i] = JoinedKey(n.arabic)
	}
	for i, n := range names {
		for _, l := range n.latin {
			k := JoinedKey(l)
			s.queries++
			q := queryScore{latin: l, arabic: n.arabic}
			if match(k, arabic[i]) {
				s.hits++
				q.hit = true
			} else {
				s.misses = append(s.misses, l+" ("+k+") ≠ "+n.arabic+" ("+arabic[i]+")")
			}
			for j, m := range names {
				if j == i || m.arabic == n.arabic {
					continue
				}
				s.pairs++
				if match(k, arabic[j]) {
					s.falseMatches++
					q.falseMatches++
					s.falsePairs = append(s.falsePairs, l+" ("+k+") = "+m.arabic+" ("+arabic[j]+")")
				}
			}
			s.perQuery = append(s.perQuery, q)
		}
	}
	return s
}

// TestNameList measures the keys on testdata/names.tsv: recall (each Latin
// spelling matches its own Arabic name) and precision (matches that are
// right, over all matches of every spelling against every Arabic name).
// Run with -v to see the figures:
//
//	go test ./arabic/phonetic -run TestNameList -v
func TestNameList(t *testing.T) {
	names := loadNames(t, "testdata/names.tsv")
	if len(names) < 60 {
		t.Fatalf("only %d names", len(names))
	}
	s := evaluate(names, Match)
	t.Logf("names: %d Arabic names, %d Latin spellings", len(names), s.queries)
	t.Logf("recall %.3f (%d/%d), precision %.3f (%d false matches), false-match rate %.5f (%d of %d pairs)",
		s.recall(), s.hits, s.queries, s.precision(), s.falseMatches, float64(s.falseMatches)/float64(s.pairs),
		s.falseMatches, s.pairs)
	for _, m := range s.misses {
		t.Logf("miss:  %s", m)
	}
	for _, m := range s.falsePairs {
		t.Logf("false: %s", m)
	}
	if s.recall() < 0.9 {
		t.Errorf("recall %.3f < 0.9", s.recall())
	}
	if s.precision() < 0.95 {
		t.Errorf("precision %.3f < 0.95", s.precision())
	}
	if s.specificity() < 0.95 {
		t.Errorf("%.3f of wrong pairs do not match, want at least 0.95", s.specificity())
	}

	// The same figures for the spellings of one-word names only (Qatar,
	// Omar, Beirut), whose short keys are the hard case for precision; they
	// are still compared with every name.
	var single scores
	for _, q := range s.perQuery {
		if !strings.Contains(strings.TrimSpace(q.arabic), " ") {
			single.queries++
			if q.hit {
				single.hits++
			}
			single.falseMatches += q.falseMatches
		}
	}
	t.Logf("one-word names: recall %.3f (%d/%d), precision %.3f (%d false matches)",
		single.recall(), single.hits, single.queries, single.precision(), single.falseMatches)

	ex := evaluate(loadNames(t, "testdata/exonyms.tsv"), Match)
	t.Logf("exonyms (not counted): %d of %d match", ex.hits, ex.queries)
}

// TestNameListArabicVariants checks that the written variants of the
// Arabic names (diacritics, hamza and alef forms, ة as ه, ى as ي, the
// article glued to عبد) keep their keys.
func TestNameListArabicVariants(t *testing.T) {
	variants := map[string]string{
		"مُحَمَّد":           "محمد",
		"احمد":               "أحمد",
		"اسامة بن لادن":      "أسامة بن لادن",
		"اسامه بن لادن":      "أسامة بن لادن",
		"عبدالعزيز بوتفليقه": "عبد العزيز بوتفليقة",
		"مقتدي الصدر":        "مقتدى الصدر",
		"بشار الاسد":         "بشار الأسد",
		"صنعاء":              "صنعا",
		"الإسكندريّة":        "الإسكندرية",
	}
	for v, want := range variants {
		if JoinedKey(v) != JoinedKey(want) {
			t.Errorf("%s: key %q, %s: %q", v, JoinedKey(v), want, JoinedKey(want))
		}
	}
}
