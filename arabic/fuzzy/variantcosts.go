package fuzzy

//go:generate go run gen_variantcosts.go

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Spelling variants: Arabic news writes a foreign name or a loanword many
// ways (كلينتون, كلنتون; غوغل, جوجل; ڤيينا, فيينا), while one consonant more or
// less makes another word (بيروت, بيرو; عمان, عثمان). variantCost weighs the
// edits between two spellings by what they are: each edit costs what
// variantCostTable says, learned from the Arabic sides of public name pairs
// (gen_variantcosts.go), or a full edit when the table does not list it. A
// word then matches when its cost stays within its typo budget plus
// variantAllowance, so a short name (no typo allowed) still takes its
// variants and a longer one takes variants beside its typos.

// variantAllowance is the cost of cheap edits, in hundredths of an edit,
// that a word may take beyond its typo budget.
const variantAllowance = 55

// skeletonMerge is the highest cost of a substitution whose letters
// skeleton merges: the regular ones (غ ج, ز س, ت ث); merging the dearer ones
// as well would chain most consonants into one class.
const skeletonMerge = 20

// fullEdit is the cost of an edit the table does not list.
const fullEdit = 100

// Contexts of an edit, as in variantCostTable.
const (
	atStart = '^'
	inside  = '='
	atEnd   = '$'
	// shortWord is the longest word whose edits have their own costs: in
	// short Arab names a long vowel makes another name (حسن, حسين).
	shortWord = 5
)

// costKey is an edit in its context: from or to is 0 for an insertion or a
// deletion.
type costKey struct {
	from, to rune
	ctx      byte
	short    bool
}

var (
	costsOnce sync.Once
	costs     map[costKey]uint8
	// skeletonClass maps a consonant to the first letter of its class of
	// cheap substitutions.
	skeletonClass map[rune]rune
)

// skeletonDrop are the letters skeleton leaves out: the long vowels and
// hamza, the letters whose spelling varies most.
const skeletonDrop = "اويىءؤئأإآ"

// loadCosts parses variantCostTable on first use, and derives from it the
// consonants that skeleton merges: those whose substitution costs at most
// skeletonMerge in a word longer than shortWord.
func loadCosts() {
	costsOnce.Do(func() {
		costs = map[costKey]uint8{}
		skeletonClass = map[rune]rune{}
		parent := map[rune]rune{}
		var find func(r rune) rune
		find = func(r rune) rune {
			if p, ok := parent[r]; ok && p != r {
				return find(p)
			}
			return r
		}
		for _, line := range strings.Split(variantCostTable, "\n") {
			f := strings.Fields(line)
			if len(f) != 4 {
				continue
			}
			k := costKey{from: tableRune(f[0]), to: tableRune(f[1]), ctx: f[2][0], short: len(f[2]) > 1}
			c := uint8((f[3][0]-'0')*10 + f[3][1] - '0')
			costs[k] = c
			if k.short || c > skeletonMerge || k.from == 0 || k.to == 0 ||
				strings.ContainsRune(skeletonDrop, k.from) || strings.ContainsRune(skeletonDrop, k.to) {
				continue
			}
			if a, b := find(k.from), find(k.to); a != b {
				parent[max(a, b)] = min(a, b)
			}
		}
		for r := range parent {
			skeletonClass[r] = find(r)
		}
	})
}

func tableRune(s string) rune {
	if s == "-" {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// editCost is the cost of one edit at position i of a word of n letters.
func editCost(from, to rune, ctx byte, short bool) int {
	if c, ok := costs[costKey{from, to, ctx, short}]; ok {
		return int(c)
	}
	return fullEdit
}

func position(i, n int) byte {
	switch {
	case i == 0:
		return atStart
	case i >= n-1:
		return atEnd
	}
	return inside
}

// variantCost is the weighted edit distance of a and b in hundredths of an
// edit: the cheapest sequence of insertions, deletions and substitutions,
// each costing what the learned table says in its context. It is
// symmetric: variantCost(a, b) == variantCost(b, a).
func variantCost(a, b string) int {
	if a == b {
		return 0
	}
	loadCosts()
	var abuf, bbuf [32]rune
	ra, rb := appendRunes(abuf[:0], a), appendRunes(bbuf[:0], b)
	n, m := len(ra), len(rb)
	short := max(n, m) <= shortWord
	var rowBuf [2][33]int
	prev, cur := rowBuf[0][:0], rowBuf[1][:0]
	if m+1 > cap(prev) {
		prev, cur = make([]int, 0, m+1), make([]int, 0, m+1)
	}
	prev, cur = prev[:m+1], cur[:m+1]
	prev[0] = 0
	for j := 1; j <= m; j++ {
		prev[j] = prev[j-1] + editCost(0, rb[j-1], position(j-1, m), short)
	}
	for i := 1; i <= n; i++ {
		del := editCost(ra[i-1], 0, position(i-1, n), short)
		cur[0] = prev[0] + del
		for j := 1; j <= m; j++ {
			s := prev[j-1]
			if ra[i-1] != rb[j-1] {
				s += editCost(ra[i-1], rb[j-1], subPosition(i-1, j-1, n, m), short)
			}
			cur[j] = min(s, prev[j]+del, cur[j-1]+editCost(0, rb[j-1], position(j-1, m), short))
		}
		prev, cur = cur, prev
	}
	return prev[m]
}

// subPosition is the context of a substitution of a[i] by b[j]: the start
// or the end only when it is so in both words.
func subPosition(i, j, n, m int) byte {
	switch {
	case i == 0 && j == 0:
		return atStart
	case i == n-1 && j == m-1:
		return atEnd
	}
	return inside
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// skeleton is what is left of a word once the letters that vary cheaply in
// spelling are dropped (long vowels, hamza) and the letters that replace one
// another cheaply are merged (غ ج ق ك; ف ڤ): two spellings of one name share
// it, so it finds the candidates that variantCost then weighs.
func skeleton(w string) string {
	loadCosts()
	var buf [32]byte
	out := buf[:0]
	var last rune
	for _, r := range w {
		if strings.ContainsRune(skeletonDrop, r) {
			continue
		}
		if c, ok := skeletonClass[r]; ok {
			r = c
		}
		if r == last {
			continue // a doubled letter
		}
		out = utf8.AppendRune(out, r)
		last = r
	}
	return string(out)
}
