package page

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/harf-project/harf/arabic/fuzzy"
	"github.com/harf-project/harf/arabic/normalize"
)

// article is a text of our own with diacritics, a ligature, hamza forms,
// a name in two spellings and an emoji.
const article = "قالَ المُتحدّث إنّ ﻷهالي القرية حقّاً في الماء 😀، وأكّد سلمى ابراهيم وسلمى إبراهيم الحضور.\nوفي المساء عادت سلمى إلى البيت."

// TestJobRoundTrip checks that a job crosses to the worker unchanged.
func TestJobRoundTrip(t *testing.T) {
	search := fuzzy.DefaultOptions()
	search.MaxDistance = 2
	search.WholeWords = true
	search.Limit = 7
	search.Normalize = normalize.Search
	j := job{seq: 41, stages: workClean | workSearch | workRoman | workCounts, text: article,
		clean: normalize.Search, queries: []string{"سلمى إبراهيم", "Salma"}, search: search,
		scheme: "ala-lc", counts: normalize.Search, searchErr: "typos allowed must be auto or a number"}
	got, err := decodeJob(j.encode())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, j) {
		t.Errorf("decoded %+v, want %+v", got, j)
	}
}

// TestOutcomeRoundTrip runs every stage of a job on the article and checks
// that each result crosses back as it was computed.
func TestOutcomeRoundTrip(t *testing.T) {
	j := job{seq: 3, stages: workClean | workSearch | workRoman | workCounts, text: article,
		clean: normalize.Search, queries: []string{"سلمى إبراهيم", "القرية"}, search: fuzzy.DefaultOptions(),
		scheme: "buckwalter", counts: normalize.Search}
	var stages []work
	j.run(func(o outcome) bool {
		stages = append(stages, o.stage)
		if o.err != "" {
			t.Errorf("stage %d failed: %s", o.stage, o.err)
		}
		got, err := decodeOutcome(o.encode(), article)
		if err != nil {
			t.Fatalf("stage %d: %v", o.stage, err)
		}
		if o.stage == workClean {
			// The page keeps its own Input; what the page reads of a
			// Result (Text, Changes) must be exact.
			if got.clean.Input != article || got.clean.Text != o.clean.Text || !reflect.DeepEqual(got.clean.Changes, o.clean.Changes) {
				t.Errorf("clean: decoded %+v, want %+v", got.clean, o.clean)
			}
			got.clean, o.clean = normalize.Result{}, normalize.Result{}
		}
		if !reflect.DeepEqual(got, o) {
			t.Errorf("stage %d: decoded %+v, want %+v", o.stage, got, o)
		}
		return true
	})
	if !reflect.DeepEqual(stages, stageOrder) {
		t.Errorf("stages ran in the order %v, want %v", stages, stageOrder)
	}
}

// TestJobResults checks what the stages compute on the article: the
// cleaned text, both spellings of the name, a romanization.
func TestJobResults(t *testing.T) {
	j := job{stages: workClean | workSearch | workRoman | workCounts, text: article,
		clean: normalize.Search, queries: []string{"سلمى إبراهيم"}, search: fuzzy.DefaultOptions(),
		scheme: "buckwalter", counts: normalize.Search}
	j.run(func(o outcome) bool {
		switch o.stage {
		case workClean:
			if !strings.Contains(o.clean.Text, "لاهالي") || strings.ContainsRune(o.clean.Text, 'َ') {
				t.Errorf("cleaned text %q keeps a ligature or a diacritic", o.clean.Text)
			}
		case workSearch:
			var found []string
			for _, m := range o.matches {
				found = append(found, article[m.Start:m.End])
			}
			if len(found) != 2 || found[0] != "ابراهيم" && !strings.Contains(found[0], "ابراهيم") {
				t.Errorf("found %q, want both spellings of the name", found)
			}
		case workRoman:
			if o.romanID != "buckwalter" || !strings.Contains(o.roman, "Alqryp") {
				t.Errorf("romanized as %s: %q", o.romanID, o.roman)
			}
		case workCounts:
			if o.counts.Words < 15 || len(o.counts.Variants) == 0 {
				t.Errorf("analysis: %d words, %d variant groups", o.counts.Words, len(o.counts.Variants))
			}
		}
		return true
	})
}

// TestDecodeCutShort checks that a truncated message is an error, never a
// panic or a wrong result.
func TestDecodeCutShort(t *testing.T) {
	j := job{seq: 1, stages: workClean, text: article, clean: normalize.Search, search: fuzzy.DefaultOptions()}
	b := j.encode()
	for n := 0; n < len(b); n++ {
		if _, err := decodeJob(b[:n]); err == nil {
			t.Fatalf("a job cut to %d of %d bytes decoded without an error", n, len(b))
		}
	}
	var o outcome
	j.run(func(x outcome) bool { o = x; return true })
	b = o.encode()
	for n := 0; n < len(b); n += 7 {
		if _, err := decodeOutcome(b[:n], article); err == nil {
			t.Fatalf("a result cut to %d of %d bytes decoded without an error", n, len(b))
		}
	}
}

// TestJobStops checks that a job stops after the stage whose post says so,
// and that a search whose options were refused reports why.
func TestJobStops(t *testing.T) {
	j := job{stages: workClean | workSearch | workRoman | workCounts, text: article,
		clean: normalize.Search, queries: []string{"سلمى"}, searchErr: "typos allowed must be auto or a number from 0, got \"-4\"",
		scheme: "buckwalter", counts: normalize.Search}
	var got []work
	j.run(func(o outcome) bool {
		got = append(got, o.stage)
		if o.stage == workSearch && (o.err != j.searchErr || o.matches != nil) {
			t.Errorf("search: err %q, %d matches; want the options' error", o.err, len(o.matches))
		}
		return o.stage != workSearch
	})
	if !reflect.DeepEqual(got, []work{workClean, workSearch}) {
		t.Errorf("stages run: %v, want clean and search only", got)
	}
}

// TestVarint checks the integer encoding at its edges.
func TestVarint(t *testing.T) {
	for _, n := range []int{0, 1, -1, 63, -64, 64, 127, 128, 1 << 20, -(1 << 40), math.MaxInt64, math.MinInt64} {
		w := &writer{}
		w.int(n)
		r := &reader{b: w.b}
		if got := r.int(); got != n || r.err != nil || len(r.b) != 0 {
			t.Errorf("%d came back as %d (%v, %d bytes left)", n, got, r.err, len(r.b))
		}
	}
}
