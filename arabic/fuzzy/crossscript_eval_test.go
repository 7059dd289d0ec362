package fuzzy

import (
	"bufio"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/harf-project/harf/arabic/normalize"
)

// namePair is one Latin–Arabic pair of a name set of data/names.
type namePair struct{ latin, arabic string }

// readPairs reads a name set of data/names: google-ar2en-* files are
// Arabic<TAB>English, wikidata-ar-* files English<TAB>Arabic<TAB>count.
func readPairs(t testing.TB, path string) []namePair {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	arabicFirst := strings.HasPrefix(filepath.Base(path), "google-")
	var out []namePair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 2 {
			continue
		}
		p := namePair{latin: cols[0], arabic: cols[1]}
		if arabicFirst {
			p = namePair{latin: cols[1], arabic: cols[0]}
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// crossScriptScores are the figures of the cross-script protocol of issue 10.
type crossScriptScores struct {
	pairs, found    int // pairs; those whose own line is hit by their Latin spelling
	hits, rightHits int // matches; those on an Arabic form listed for their spelling
	missed, wrong   []string
}

func (s crossScriptScores) recall() float64 { return float64(s.found) / float64(max(s.pairs, 1)) }
func (s crossScriptScores) precision() float64 {
	return float64(s.rightHits) / float64(max(s.hits, 1))
}

// evalCrossScript runs the protocol: every distinct Arabic name of the set on
// its own line of one text ("name.\n"), SearchAll over it with every distinct
// Latin spelling and the default options. Recall counts the pairs whose own
// line is hit by their Latin spelling; precision the hits whose Arabic text
// (aggressive-normalized) is a form listed for the same spelling in the set.
func evalCrossScript(t testing.TB, pairs []namePair) crossScriptScores {
	t.Helper()
	aggr := normalize.For(normalize.Aggressive)
	var b strings.Builder
	line := map[string]int{} // Arabic name → its line
	var lineStart []int
	for _, p := range pairs {
		if _, ok := line[p.arabic]; !ok {
			line[p.arabic] = len(lineStart)
			lineStart = append(lineStart, b.Len())
			b.WriteString(p.arabic)
			b.WriteString(".\n")
		}
	}
	text := b.String()
	lineOf := func(at int) int { return sort.SearchInts(lineStart, at+1) - 1 }

	query := map[string]int{}
	var queries []string
	forms := map[string]map[string]bool{} // Latin spelling → its Arabic forms, aggressive-normalized
	for _, p := range pairs {
		if _, ok := query[p.latin]; !ok {
			query[p.latin] = len(queries)
			queries = append(queries, p.latin)
			forms[p.latin] = map[string]bool{}
		}
		forms[p.latin][aggr.String(p.arabic)] = true
	}
	ms, err := SearchAll(text, queries, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	type qline struct{ q, line int }
	hit := map[qline]bool{}
	s := crossScriptScores{pairs: len(pairs), hits: len(ms)}
	for _, m := range ms {
		hit[qline{m.Query, lineOf(m.Start)}] = true
		if forms[queries[m.Query]][aggr.String(m.Text)] {
			s.rightHits++
		} else if len(s.wrong) < 40 {
			s.wrong = append(s.wrong, queries[m.Query]+" → "+m.Text)
		}
	}
	for _, p := range pairs {
		if hit[qline{query[p.latin], line[p.arabic]}] {
			s.found++
		} else if len(s.missed) < 40 {
			s.missed = append(s.missed, p.latin+" → "+p.arabic)
		}
	}
	return s
}

// TestCrossScriptEval prints the figures of issue 10's cross-script protocol
// on the eval/dev sets of data/names and guards a floor a few points under
// them (the figures are deterministic). Print them with
//
//	go test ./arabic/fuzzy -run TestCrossScriptEval -v
func TestCrossScriptEval(t *testing.T) {
	if testing.Short() || runtime.GOOS == "js" {
		t.Skip("the eval sets take seconds natively, minutes under js/wasm")
	}
	for _, set := range []struct {
		file       string
		minR, minP float64
	}{
		{"google-ar2en-eval.tsv", 0.93, 0.95},
		{"wikidata-ar-dev.tsv", 0.85, 0.84},
	} {
		pairs := readPairs(t, filepath.Join("..", "..", "data", "names", set.file))
		s := evalCrossScript(t, pairs)
		t.Logf("%s: %d pairs, %d hits: recall %.1f%%, precision %.1f%%", set.file, s.pairs, s.hits,
			100*s.recall(), 100*s.precision())
		if testing.Verbose() {
			t.Logf("  some missed: %q", s.missed)
			t.Logf("  some wrong: %q", s.wrong)
		}
		if s.recall() < set.minR || s.precision() < set.minP {
			t.Errorf("%s: recall %.3f (floor %.2f), precision %.3f (floor %.2f)", set.file,
				s.recall(), set.minR, s.precision(), set.minP)
		}
	}
}
