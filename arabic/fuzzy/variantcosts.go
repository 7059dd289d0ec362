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

// Costs are kept in arrays by context (start, inside, end), word length
// (longer, short) and letter slot, so that variantCost looks them up
// without hashing.
const (
	contexts    = 3
	letterSlots = 64
)

var (
	costsOnce sync.Once
	indelCost *[contexts][2][letterSlots]uint8
	subCost   *[contexts][2][letterSlots][letterSlots]uint8
	// skeletonOf says, by letter slot, how skeleton writes a letter: -1
	// not at all, 0 as it is, else as the first letter of its class of
	// cheap substitutions.
	skeletonOf *[letterSlots]rune
)

// skeletonDrop are the letters skeleton leaves out: the long vowels and
// hamza, the letters whose spelling varies most.
const skeletonDrop = "اويىءؤئأإآ"

// slot numbers the letters the table can name: the Arabic letters ء to ي,
// then the Persian letters news uses for foreign sounds; 0 for any other
// rune, whose edits always cost a full one.
func slot(r rune) int {
	if r >= 'ء' && r <= 'ي' {
		return int(r-'ء') + 1
	}
	switch r {
	case 'پ':
		return 43
	case 'چ':
		return 44
	case 'ژ':
		return 45
	case 'ڤ':
		return 46
	case 'گ':
		return 47
	case 'ی':
		return 48
	}
	return 0
}

func contextIndex(c byte) int {
	switch c {
	case atStart:
		return 0
	case atEnd:
		return 2
	}
	return 1
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// loadCosts fills the cost arrays from variantCostTable on first use, and
// derives from it the consonants that skeleton merges: those whose
// substitution costs at most skeletonMerge in a word longer than shortWord.
func loadCosts() {
	costsOnce.Do(func() {
		indelCost = new([contexts][2][letterSlots]uint8)
		subCost = new([contexts][2][letterSlots][letterSlots]uint8)
		for c := range indelCost {
			for s := range indelCost[c] {
				for i := range indelCost[c][s] {
					indelCost[c][s][i] = fullEdit
					for j := range subCost[c][s][i] {
						subCost[c][s][i][j] = fullEdit
					}
				}
			}
		}
		skeletonOf = new([letterSlots]rune)
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
			from, to := tableRune(f[0]), tableRune(f[1])
			ctx, short := contextIndex(f[2][0]), len(f[2]) > 1
			c := (f[3][0]-'0')*10 + f[3][1] - '0'
			switch {
			case to == 0:
				indelCost[ctx][boolIndex(short)][slot(from)] = c
			case from == 0:
				indelCost[ctx][boolIndex(short)][slot(to)] = c
			default:
				subCost[ctx][boolIndex(short)][slot(from)][slot(to)] = c
			}
			if short || c > skeletonMerge || from == 0 || to == 0 ||
				strings.ContainsRune(skeletonDrop, from) || strings.ContainsRune(skeletonDrop, to) {
				continue
			}
			if a, b := find(from), find(to); a != b {
				parent[max(a, b)] = min(a, b)
			}
		}
		// slot 0 stands for every other rune: never cheap
		for c := range indelCost {
			for s := range indelCost[c] {
				indelCost[c][s][0] = fullEdit
				for i := range subCost[c][s] {
					subCost[c][s][i][0], subCost[c][s][0][i] = fullEdit, fullEdit
				}
			}
		}
		for r := range parent {
			skeletonOf[slot(r)] = find(r)
		}
		for _, r := range skeletonDrop {
			skeletonOf[slot(r)] = -1
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
	var sabuf, sbbuf [32]int
	sa, sb := sabuf[:0], sbbuf[:0]
	for _, r := range ra {
		sa = append(sa, slot(r))
	}
	for _, r := range rb {
		sb = append(sb, slot(r))
	}
	sh := boolIndex(max(n, m) <= shortWord)
	var rowBuf [2][33]int
	prev, cur := rowBuf[0][:0], rowBuf[1][:0]
	if m+1 > cap(prev) {
		prev, cur = make([]int, 0, m+1), make([]int, 0, m+1)
	}
	prev, cur = prev[:m+1], cur[:m+1]
	prev[0] = 0
	for j := 1; j <= m; j++ {
		prev[j] = prev[j-1] + int(indelCost[contextIndex(position(j-1, m))][sh][sb[j-1]])
	}
	for i := 1; i <= n; i++ {
		del := int(indelCost[contextIndex(position(i-1, n))][sh][sa[i-1]])
		cur[0] = prev[0] + del
		for j := 1; j <= m; j++ {
			s := prev[j-1]
			if ra[i-1] != rb[j-1] {
				s += int(subCost[contextIndex(subPosition(i-1, j-1, n, m))][sh][sa[i-1]][sb[j-1]])
			}
			ins := int(indelCost[contextIndex(position(j-1, m))][sh][sb[j-1]])
			cur[j] = min(s, prev[j]+del, cur[j-1]+ins)
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
	var buf [64]byte
	return string(appendSkeleton(buf[:0], w))
}

// appendSkeleton appends the skeleton of w to dst.
func appendSkeleton(dst []byte, w string) []byte {
	loadCosts()
	var last rune
	for _, r := range w {
		if sl := slot(r); sl > 0 {
			switch c := skeletonOf[sl]; {
			case c < 0:
				continue
			case c > 0:
				r = c
			}
		}
		if r == last {
			continue // a doubled letter
		}
		dst = utf8.AppendRune(dst, r)
		last = r
	}
	return dst
}
