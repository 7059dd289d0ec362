//go:build ignore

// gen_variantcosts writes variantcosts_table.go: what one edit between two
// Arabic spellings costs, learned from the Arabic sides of the public name
// pairs in data/names (the train files only).
//
// Two kinds of pairs of Arabic spellings are taken from the data, each
// normalized the way search compares words:
//   - variants: two spellings paired with the same Latin spelling
//     (كلينتون and كلنتون for Clinton);
//   - distinct: two spellings within two edits of each other whose Latin
//     spellings have nothing in common: different names (حسن, حسين).
//
// Each pair is aligned (Levenshtein) and every edit of the alignment counted
// in its context: the letter inserted or deleted, or the two letters
// substituted, at the start, inside or at the end of the word, and whether
// the word is short (up to five letters). The cost of an edit is the
// posterior probability that a pair differing by it is two different names:
//
//	cost = 1 / (1 + LR/priorOdds),  LR = rate(variant) / rate(distinct)
//
// where rate is the edit's count over all the edits of that kind of pair
// (the distinct count plus one, so that no edit is certain) and priorOdds
// the odds, before looking at the edit, that two near spellings are
// different names.
// An edit seen in fewer than minVariant variant pairs costs a full edit: it
// is not a known variant. Contexts with little data fall back to the edit's
// counts over all contexts.
//
// Run: go generate ./arabic/fuzzy (or go run gen_variantcosts.go -out FILE).
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/normalize"
)

// The train files, relative to this directory.
var trainFiles = []struct {
	path          string
	latin, arabic int // columns
}{
	{"../../data/names/google-ar2en-train.tsv", 1, 0},
	{"../../data/names/wikidata-ar-train.tsv", 0, 1},
}

const (
	minVariant = 3  // fewest variant pairs an edit needs to be cheaper than a full edit
	minContext = 12 // fewest pairs (both kinds) a context needs to stand on its own
	maxCost    = 99 // a full edit, in hundredths
	minCost    = 5  // no edit is free
	// priorOdds is how many times more often two near spellings met in
	// text are different names than spellings of one name.
	priorOdds = 10
)

// orthographic are the letter pairs (0: nothing) of orthographicCost, in
// every context unless ctx says which.
var orthographic = []struct {
	a, b rune
	ctx  rune
}{
	{'ف', 'ڤ', 0}, {'ب', 'پ', 0}, {'ك', 'گ', 0}, {'غ', 'گ', 0}, {'ج', 'گ', 0}, {'ق', 'گ', 0},
	{'ج', 'چ', 0}, {'ش', 'چ', 0}, {'غ', 'ق', 0}, {'ج', 'ق', 0}, {'ك', 'غ', inside}, {'ك', 'ج', inside},
	{'ء', 'ؤ', 0}, {'ء', 'ئ', 0}, {'ؤ', 'ئ', 0}, {'ؤ', 'و', 0}, {'ئ', 'ي', 0},
	{'ء', 'ا', 0}, {'ء', 'ي', 0}, {'ء', 0, atEnd}, {'ي', 'ى', 0}, {'ة', 'ه', atEnd},
}

// orthographicCost is the cost of the orthographic pairs.
const orthographicCost = 10

func main() {
	out := flag.String("out", "variantcosts_table.go", "file to write")
	dir := flag.String("dir", ".", "directory of this file (the data paths are relative to it)")
	flag.Parse()
	norm := normalize.For(normalize.Search)
	latinOf := map[string]map[string]bool{} // Arabic form → Latin spellings
	arabicOf := map[string]map[string]bool{}
	for _, f := range trainFiles {
		fh, err := os.Open(filepath.Join(*dir, f.path))
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) <= max(f.latin, f.arabic) {
				continue
			}
			lat := strings.ToLower(strings.TrimSpace(cols[f.latin]))
			ar := form(norm.String(strings.TrimSpace(cols[f.arabic])))
			if ar == "" || lat == "" || strings.ContainsAny(ar, " ") || !arabicOnly(ar) {
				continue
			}
			add(latinOf, ar, lat)
			add(arabicOf, lat, ar)
		}
		fh.Close()
	}

	variant, distinct := counts{}, counts{}
	// variants: the Arabic forms of one Latin spelling
	for _, forms := range sorted(arabicOf) {
		for i := range forms {
			for j := i + 1; j < len(forms); j++ {
				if levenshtein(forms[i], forms[j]) <= 2 {
					variant.pair(forms[i], forms[j])
				}
			}
		}
	}
	// distinct: forms sharing a one-letter deletion (within two edits) and no
	// Latin spelling
	buckets := map[string][]string{}
	for _, ar := range keys(latinOf) {
		for _, d := range deletions1(ar) {
			if b := buckets[d]; len(b) == 0 || b[len(b)-1] != ar {
				buckets[d] = append(b, ar)
			}
		}
	}
	seen := map[[2]string]bool{}
	for _, k := range keys(buckets) {
		b := buckets[k]
		for i := range b {
			for j := i + 1; j < len(b); j++ {
				p := [2]string{b[i], b[j]}
				if seen[p] || shareAny(latinOf[b[i]], latinOf[b[j]]) {
					continue
				}
				seen[p] = true
				distinct.pair(b[i], b[j])
			}
		}
	}

	type row struct {
		key  edit
		cost int
		v, d int
	}
	var rows []row
	for _, k := range variant.keys() {
		if k.ctx == anyContext {
			continue
		}
		v, d := variant.n[k], distinct.n[k]
		if v+d < minContext { // too little data here: the edit's counts anywhere
			g := k
			g.ctx = anyContext
			v, d = variant.n[g], distinct.n[g]
		}
		if v < minVariant {
			continue
		}
		lr := float64(v) / float64(variant.total) / (float64(d+1) / float64(distinct.total))
		c := int(100/(1+lr/priorOdds) + 0.5)
		c = min(max(c, minCost), maxCost)
		if c >= maxCost {
			continue
		}
		rows = append(rows, row{k, c, v, d})
	}
	// Spellings of one sound that the data holds too few of, from the
	// letters' standard use: the Persian letters Arabic news uses for
	// sounds Arabic lacks (ڤ for v, پ for p, گ for g, چ for ch), hamza on
	// its seats, a final hamza dropped (ـاء, ـا), and a long vowel doubled.
	learned := map[edit]bool{}
	for _, r := range rows {
		learned[r.key] = true
	}
	for _, o := range orthographic {
		for _, ctx := range []rune{atStart, inside, atEnd} {
			for _, short := range []bool{false, true} {
				for _, e := range []edit{{o.a, o.b, ctx, short}, {o.b, o.a, ctx, short}} {
					// ك for g only inside a longer word (انكلترا): at the
					// start of a short one it makes another (جمال, كمال)
					if o.ctx != 0 && (o.ctx != ctx || o.ctx == inside && short) || learned[e] {
						continue
					}
					learned[e] = true
					rows = append(rows, row{key: e, cost: orthographicCost})
				}
			}
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].key.less(rows[j].key) })

	var b bytes.Buffer
	fmt.Fprintf(&b, `// Code generated by gen_variantcosts.go from the Arabic sides of data/names/*-train.tsv; DO NOT EDIT.
// Regenerate with: go generate ./arabic/fuzzy

package fuzzy

// variantPairs and distinctPairs are how many pairs of Arabic spellings of
// the data the costs were learned from.
const (
	variantPairs  = %d
	distinctPairs = %d
)

// variantCostTable lists the edits cheaper than a full one, a record per
// line: the letter deleted (or - ), the letter inserted (or - ), the
// context (^ start, = inside, $ end; s: in a word of up to five letters) and
// the cost in hundredths of an edit.
const variantCostTable = "" +
`, variant.pairs, distinct.pairs)
	for _, r := range rows {
		note := fmt.Sprintf("%d variant, %d distinct", r.v, r.d)
		if r.v == 0 {
			note = "orthographic"
		}
		fmt.Fprintf(&b, "\t%q + // %s\n", r.key.String()+fmt.Sprintf(" %02d\n", r.cost), note)
	}
	b.WriteString("\t\"\"\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatalf("%v\n%s", err, b.Bytes())
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("gen_variantcosts: %d variant pairs, %d distinct pairs, %d cheap edits\n", variant.pairs, distinct.pairs, len(rows))
}

// form is a word the way search compares it: ة written ه.
func form(w string) string {
	if strings.HasSuffix(w, "ة") {
		return strings.TrimSuffix(w, "ة") + "ه"
	}
	return w
}

func arabicOnly(s string) bool {
	for _, r := range s {
		if r < 0x0600 || r > 0x06FF {
			return false
		}
	}
	return true
}

func add(m map[string]map[string]bool, k, v string) {
	if m[k] == nil {
		m[k] = map[string]bool{}
	}
	m[k][v] = true
}

func shareAny(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sorted(m map[string]map[string]bool) [][]string {
	var out [][]string
	for _, k := range keys(m) {
		if len(m[k]) > 1 {
			out = append(out, keys(m[k]))
		}
	}
	return out
}

func deletions1(s string) []string {
	rs := []rune(s)
	out := []string{s}
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
	}
	return out
}

// Contexts of an edit; they must match variantcosts.go.
const (
	atStart    = '^'
	inside     = '='
	atEnd      = '$'
	anyContext = '*'
	shortWord  = 5
)

// edit is one edit in its context.
type edit struct {
	from, to rune // 0 for nothing
	ctx      rune
	short    bool
}

func (e edit) String() string {
	c := func(r rune) string {
		if r == 0 {
			return "-"
		}
		return string(r)
	}
	s := c(e.from) + " " + c(e.to) + " " + string(e.ctx)
	if e.short {
		s += "s"
	}
	return s
}

func (e edit) less(f edit) bool { return e.String() < f.String() }

type counts struct {
	n            map[edit]int
	total, pairs int
}

func (c *counts) keys() []edit {
	var out []edit
	for k := range c.n {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].less(out[j]) })
	return out
}

// pair counts the edits of the alignment of a and b, in both directions
// (the costs are symmetric).
func (c *counts) pair(a, b string) {
	if c.n == nil {
		c.n = map[edit]int{}
	}
	c.pairs++
	short := max(utf8.RuneCountInString(a), utf8.RuneCountInString(b)) <= shortWord
	for _, e := range align([]rune(a), []rune(b)) {
		for _, e := range []edit{e, {from: e.to, to: e.from, ctx: e.ctx}} {
			e.short = short
			c.n[e]++
			g := e
			g.ctx, g.short = anyContext, false
			c.n[g]++
			c.total++
		}
	}
}

// align returns the edits of one cheapest alignment of a and b, each with
// its context in a (insertions: where they go).
func align(a, b []rune) []edit {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			s := d[i-1][j-1]
			if a[i-1] != b[j-1] {
				s++
			}
			d[i][j] = min(s, d[i-1][j]+1, d[i][j-1]+1)
		}
	}
	ctx := func(i, n int) rune {
		switch {
		case i == 0:
			return atStart
		case i >= n-1:
			return atEnd
		}
		return inside
	}
	var out []edit
	i, j := len(a), len(b)
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1] && d[i][j] == d[i-1][j-1]:
			i, j = i-1, j-1
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			out = append(out, edit{from: a[i-1], to: b[j-1], ctx: subContext(i-1, j-1, len(a), len(b))})
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			out = append(out, edit{from: a[i-1], ctx: ctx(i-1, len(a))})
			i--
		default:
			out = append(out, edit{to: b[j-1], ctx: ctx(j-1, len(b))})
			j--
		}
	}
	return out
}

// subContext is the context of a substitution at a[i], b[j]: the start or
// the end only when it is so in both words.
func subContext(i, j, n, m int) rune {
	switch {
	case i == 0 && j == 0:
		return atStart
	case i == n-1 && j == m-1:
		return atEnd
	}
	return inside
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			s := prev[j-1]
			if ra[i-1] != rb[j-1] {
				s++
			}
			cur[j] = min(s, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
