package fuzzy

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// index finds, for a word of the text, the query words within their edit
// budget of it, without comparing it to every query: each query word is
// stored under all the strings made by deleting up to its budget of letters
// from it, and a text word is looked up under its own deletions. Two strings
// within d edits always share such a string with at most d deletions on each
// side (the symmetric-deletion method), and every candidate is then checked
// with the real edit distance.
type index struct {
	entries []entry
	// variants maps the hash of a deletion to the first of its chain of
	// nodes: one small value per key, no slice per key.
	variants  chainTable
	nodes     []variantNode
	pending   []filed    // the deletions add filed, for finish to chain at once
	held      hashFilter // the hashes in variants, set by finish
	maxBudget []int      // by text word length: the largest budget that could reach it
	// skeletons, when not nil, also stores each entry under its skeleton,
	// for the spelling variants that variantCost weighs; skeletonLengths
	// says, by text word length, whether an entry there could take one.
	skeletons       map[string][]int32
	skeletonLengths []bool
}

type entry struct {
	q, w   int // query and word position (or joined, glued+i)
	s      string
	n      int
	budget int
	single bool // a one-word query
}

// variantNode is one entry filed under a deletion; next is the next node
// of the same deletion, or -1.
type variantNode struct {
	id, next int32
}

// filed is one deletion of an entry, before finish.
type filed struct {
	v  uint64
	id int32
}

func newIndex() *index { return &index{} }

func (x *index) add(w qword, q, pos int) {
	id := int32(len(x.entries))
	x.entries = append(x.entries, entry{q: q, w: pos, s: w.s, n: w.n, budget: w.budget, single: w.single})
	deletions(w.s, w.budget, func(v uint64) {
		x.pending = append(x.pending, filed{v, id})
	})
	if x.skeletons != nil {
		if sk, ok := skeletonKey(w.s, w.n); ok {
			x.skeletons[sk] = append(x.skeletons[sk], id)
			for l := max(w.n-w.budget-2, 0); l <= w.n+w.budget+2; l++ {
				for len(x.skeletonLengths) <= l {
					x.skeletonLengths = append(x.skeletonLengths, false)
				}
				x.skeletonLengths[l] = true
			}
		}
	}
}

// doubledVowel is the cost of a و or ي written twice.
const doubledVowel = 10

// minSkeleton is the fewest letters a skeleton needs to find variants by,
// but for words of four letters or more (داود, داوود: د).
const minSkeleton = 2

// skeletonKey returns the skeleton a word of n letters is indexed and
// looked up by, and whether it has one.
func skeletonKey(w string, n int) (string, bool) {
	sk := skeleton(w)
	return sk, hasSkeleton([]byte(sk), n)
}

// hasSkeleton reports whether sk, the skeleton of a word of n letters, is
// long enough to find variants by.
func hasSkeleton(sk []byte, n int) bool {
	return len(sk) > 0 && (n >= 4 || utf8.RuneCount(sk) >= minSkeleton)
}

func (x *index) finish() {
	// the map made once at its size: growing it deletion by deletion
	// cost a quarter of a short search
	x.variants = newChainTable(len(x.pending))
	x.nodes = make([]variantNode, 0, len(x.pending))
	x.held = newHashFilter(len(x.pending))
	for _, p := range x.pending {
		slot := x.variants.slot(p.v)
		head := x.variants.heads[slot] - 1
		if head >= 0 && x.nodes[head].id == p.id {
			continue // the same deletion twice
		}
		x.variants.keys[slot] = p.v
		x.variants.heads[slot] = int32(len(x.nodes)) + 1
		x.nodes = append(x.nodes, variantNode{p.id, head})
		x.held.add(p.v)
	}
	x.pending = nil
	longest := 0
	for _, e := range x.entries {
		longest = max(longest, e.n+e.budget)
	}
	x.maxBudget = make([]int, longest+1)
	for i := range x.maxBudget {
		x.maxBudget[i] = -1
	}
	for _, e := range x.entries {
		for l := max(e.n-e.budget, 0); l <= e.n+e.budget; l++ {
			x.maxBudget[l] = max(x.maxBudget[l], e.budget)
		}
	}
}

// chainTable maps the hash of a deletion to the head of its chain of nodes,
// by open addressing: built once at its size, it is quicker to fill and to
// read than a Go map of the same.
type chainTable struct {
	keys  []uint64
	heads []int32 // a node + 1; 0 for an empty slot
	shift uint
}

// newChainTable returns a table for up to n hashes, at most three
// quarters full.
func newChainTable(n int) chainTable {
	logSize := 3
	for 1<<logSize < n+n/3 {
		logSize++
	}
	return chainTable{keys: make([]uint64, 1<<logSize), heads: make([]int32, 1<<logSize), shift: uint(64 - logSize)}
}

// slot returns where hash h is, or the empty slot where it would go.
func (t *chainTable) slot(h uint64) int {
	mask := len(t.keys) - 1
	i := int((h * 0x9E3779B97F4A7C15) >> t.shift)
	for t.heads[i] != 0 && t.keys[i] != h {
		i = (i + 1) & mask
	}
	return i
}

// head returns the first node filed under hash h, or -1.
func (t *chainTable) head(h uint64) int32 {
	if len(t.keys) == 0 {
		return -1
	}
	return t.heads[t.slot(h)] - 1
}

// hashFilter is a bit set over the high bits of the hashes a map holds: a
// clear bit says that a hash is not there without probing the map, and
// most deletions of a text's words are not. Its zero value holds everything.
type hashFilter struct {
	bits  []uint64
	shift uint
}

// newHashFilter returns an empty filter for n hashes, about 8 bits each
// (about one in nine absent hashes then passes), 128 KB at most.
func newHashFilter(n int) hashFilter {
	logBits := 6
	for 1<<logBits < 8*n && logBits < 20 {
		logBits++
	}
	return hashFilter{bits: make([]uint64, 1<<(logBits-6)), shift: uint(64 - logBits)}
}

func (f *hashFilter) add(h uint64) {
	i := h >> f.shift
	f.bits[i>>6] |= 1 << (i & 63)
}

// has reports whether h may be held.
func (f *hashFilter) has(h uint64) bool {
	if f.bits == nil {
		return true
	}
	i := h >> f.shift
	return f.bits[i>>6]&(1<<(i&63)) != 0
}

// reaches reports whether some query word could match a word of n letters.
func (x *index) reaches(n int) bool { return n < len(x.maxBudget) && x.maxBudget[n] >= 0 }

// lookup calls found for every entry within its budget (less slack, down to
// exact) of s, a
// word of n letters, with the distance. seen de-duplicates entries within
// one lookup.
func (x *index) lookup(s string, n, slack int, seen map[int32]bool, found func(e *entry, dist int)) {
	if !x.reaches(n) {
		return
	}
	clear(seen)
	deletions(s, x.maxBudget[n], func(v uint64) {
		if !x.held.has(v) {
			return
		}
		for node := x.variants.head(v); node >= 0; node = x.nodes[node].next {
			id := x.nodes[node].id
			if seen[id] {
				continue
			}
			seen[id] = true
			e := &x.entries[id]
			b := max(e.budget-slack, 0)
			if abs(e.n-n) > b {
				continue
			}
			if d := distance(e.s, s); d <= b && !shortNameChange(e, s, n, d) {
				found(e, d)
			}
		}
	})
}

// lookupArabic calls found with every hit of s, a word of n letters, on
// the entries: within the typo budget (less slack), within it plus
// variantAllowance in weighted cost. Variants are looked up by skeleton too
// when withVariants is set.
func (x *index) lookupArabic(s string, n, slack int, withVariants bool, seen map[int32]bool, found func(e *entry, h hit)) {
	clear(seen)
	variants := withVariants && x.skeletons != nil
	check := func(id int32) {
		seen[id] = true
		e := &x.entries[id]
		if abs(e.n-n) > max(e.budget-slack, 0)+2 {
			return // beyond any typo and variant the word may take
		}
		if h, ok := arabicHit(e, s, n, slack, variants); ok {
			found(e, h)
		}
	}
	if x.reaches(n) {
		deletions(s, x.maxBudget[n], func(v uint64) {
			if !x.held.has(v) {
				return
			}
			for node := x.variants.head(v); node >= 0; node = x.nodes[node].next {
				if id := x.nodes[node].id; !seen[id] {
					check(id)
				}
			}
		})
	}
	if withVariants && n < len(x.skeletonLengths) && x.skeletonLengths[n] {
		var buf [64]byte
		if sk := appendSkeleton(buf[:0], s); hasSkeleton(sk, n) {
			for _, id := range x.skeletons[string(sk)] { // no copy: a map index
				if !seen[id] {
					check(id)
				}
			}
		}
	}
}

// arabicHit decides whether query word e matches s, a word of n letters.
func arabicHit(e *entry, s string, n, slack int, withVariants bool) (hit, bool) {
	if e.s == s {
		return hit{}, true
	}
	d := distance(e.s, s)
	if d == 1 && max(e.n, n) <= shortName && longVowelApart(e.s, s) {
		return hit{}, false // محمد, محمود: another name
	}
	b := max(e.budget-slack, 0)
	if d == 1 && isDoubledVowel(doubled(e.s, s)) {
		// a long vowel doubled (داوود, داود): no typo
		return hit{dist: 1, cost: doubledVowel}, true
	}
	other := shortNameChange(e, s, n, d)
	if d <= b && !other {
		return hit{dist: d, cost: fullEdit * d}, true
	}
	if other {
		b = 0 // another word, unless the difference is a cheap variant
	}
	if withVariants && e.w != joined && d <= b+2 {
		// cheap edits beyond the typo budget, for variantAllowance and
		// half an edit per typo the word may take (a whole one would let
		// البغدادي find المقداد)
		limit := variantAllowance + fullEdit/2*b
		if c := variantCost(e.s, s); c <= limit {
			return hit{dist: d, cost: c}, true
		}
	}
	return hit{}, false
}

// shortName is the longest word in which one long vowel more or less
// (محمد, محمود; عمر, عامر) makes another name, not a typo.
const shortName = 5

// shortNameChange reports whether one edit between a query word and a text
// word makes another word rather than a typo: a final ي (بغداد, بغدادي); a
// long vowel more or less when the longer is of up to five letters (محمد,
// محمود); in a one-word query of up to five letters, a letter added or
// dropped (بيروت, بيرو; عمان, عثمان) other than a doubled one; and a letter
// replaced in a word of up to four (أحمد is not محمد), which only
// strictHit grants the words of a longer name.
func shortNameChange(e *entry, s string, n, d int) bool {
	if d != 1 {
		return false
	}
	if nisba(e.s, s) {
		return true // بغداد, بغدادي; الحسين, الحسيني
	}
	if e.single && n != e.n && max(e.n, n) <= shortName && doubled(e.s, s) == 0 {
		return true // بيروت, بيرو; عثمان, عمان
	}
	return e.n <= 4 && n == e.n || max(e.n, n) <= shortName && longVowelApart(e.s, s)
}

// nisba reports whether one of a and b is the other with a final ي: the
// adjective of a name (بغدادي of بغداد, الحسيني of الحسين), another word.
func nisba(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	return len(a) == len(b)+len("ي") && strings.HasSuffix(a, "ي") && strings.HasPrefix(a, b)
}

// doubled returns the letter that is written once in one of a and b and
// twice in the other, when that is all they differ by; else 0.
func doubled(a, b string) rune {
	if len(a) < len(b) {
		a, b = b, a
	}
	prev := rune(0)
	for i, r := range a {
		if r == prev && withoutAt(a, i, utf8.RuneLen(r), b) {
			return r
		}
		prev = r
	}
	return 0
}

// withoutAt reports whether a without its size bytes at i is b, without
// building the string.
func withoutAt(a string, i, size int, b string) bool {
	return len(a) == len(b)+size && a[:i] == b[:i] && a[i+size:] == b[i:]
}

// isDoubledVowel reports whether r, a letter written twice, is a long vowel
// (داوود, داود), which is a spelling, not a typo.
func isDoubledVowel(r rune) bool { return r == 'و' || r == 'ي' }

// longVowels are the letters that write long vowels.
const longVowels = "اوي"

// longVowelApart reports whether a and b differ by exactly one long vowel
// letter inserted in one of them, other than a doubled و or ي (داوود, داود).
func longVowelApart(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	prev := rune(0)
	for i, r := range a {
		size := utf8.RuneLen(r)
		next, _ := utf8.DecodeRuneInString(a[i+size:])
		if strings.ContainsRune(longVowels, r) && r != prev && r != next && withoutAt(a, i, size, b) {
			return true
		}
		prev = r
	}
	return false
}

func distance(a, b string) int {
	if a == b {
		return 0
	}
	return levenshtein.ComputeDistance(a, b)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// deletions calls f with the hash of s and of every string made by deleting
// up to d runes from it (some more than once). Hashes stand for the strings
// in the index: a collision only costs a needless distance check.
func deletions(s string, d int, f func(uint64)) {
	var buf [64]rune
	rs := buf[:0]
	for _, r := range s {
		rs = append(rs, r)
	}
	var skipBuf [64]bool
	skip := skipBuf[:0]
	if len(rs) > len(skipBuf) {
		skip = make([]bool, len(rs))
	}
	skip = skip[:len(rs)]
	var rec func(from, left int)
	rec = func(from, left int) {
		f(hashRunes(rs, skip))
		if left == 0 {
			return
		}
		for i := from; i < len(rs); i++ {
			// deleting either of two equal neighbours gives the same string
			if i > from && rs[i] == rs[i-1] {
				continue
			}
			skip[i] = true
			rec(i+1, left-1)
			skip[i] = false
		}
	}
	rec(0, d)
}

// hashRunes is FNV-1a over the runes not skipped.
func hashRunes(rs []rune, skip []bool) uint64 {
	h := uint64(14695981039346656037)
	for i, r := range rs {
		if skip[i] {
			continue
		}
		h ^= uint64(r)
		h *= 1099511628211
	}
	return h
}

// formKind says how a form of a text word relates to the word.
type formKind uint8

const (
	whole  formKind = iota // the word itself
	stem                   // the word without its clitics; the match spans the whole word
	prefix                 // the start of a word glued to the next one
	suffix                 // the end of a word glued to the previous one
)

// form is one string a text word is compared as.
type form struct {
	s    string
	n    int
	kind formKind
	at   int // stem, suffix: bytes cut from the start; prefix: bytes kept
	// letters is the letterSet of the form once strictHit needed it, with
	// lettersSet; 0 before
	letters uint64
}

// glued reports whether the form is part of a word glued to another.
func (f form) glued() bool { return f.kind == prefix || f.kind == suffix }

// wordForms are the forms of one distinct text word and what they hit.
type wordForms struct {
	forms []form
	hits  []hit
	// exact has bit i set when some query word matches form i exactly
	// (the first 64 forms: the whole word and its stems come first)
	exact uint64
	// mayBeAdded: the word may stand inside a name the query writes
	// without it (mayBeAdded), decided once per distinct word
	mayBeAdded bool
}

// isExact reports whether some query word matches form i exactly.
func (wf *wordForms) isExact(i int) bool { return i < 64 && wf.exact&(1<<i) != 0 }

// best returns the cheapest hit of word w of query q on a form of the word
// whose kind is in kinds, and whether there is one; the whole word, with or
// without clitics, before a glued part.
func (wf *wordForms) best(q, w int, kinds kindSet) (best hit, ok bool) {
	for _, h := range wf.hits {
		if h.q != q || h.w != w || !kinds.has(wf.forms[h.form].kind) {
			continue
		}
		if !ok || wf.better(h, best) {
			best, ok = h, true
		}
	}
	return best, ok
}

// better reports whether hit a is a better reading of the word than b.
func (wf *wordForms) better(a, b hit) bool {
	ga, gb := wf.forms[a.form].glued(), wf.forms[b.form].glued()
	switch {
	case ga != gb:
		return !ga
	case a.cost != b.cost:
		return a.cost < b.cost
	}
	return a.dist < b.dist
}

// kindSet is a set of form kinds.
type kindSet uint8

func kinds(ks ...formKind) kindSet {
	var s kindSet
	for _, k := range ks {
		s |= 1 << k
	}
	return s
}

func (s kindSet) has(k formKind) bool { return s&(1<<k) != 0 }

// minGlued is the fewest letters a one-word query must have to be found
// glued to another word; shorter ones would be found inside ordinary longer
// words. A word of a longer name, which the other words confirm, needs
// minGluedInName.
const (
	minGlued       = 5
	minGluedInName = 3
)

// hits looks every distinct word of the document up in the index once.
// A Matcher made by NewMatcher also remembers them for its next texts
// (wordCache).
func (m *Matcher) hits(d *doc) []*wordForms {
	out := make([]*wordForms, len(d.words))
	cache := map[string]*wordForms{}
	if m.words != nil {
		m.words.lookup(d.words, cache)
	}
	var fresh []string // the words looked up here, for the Matcher's cache
	seen := map[int32]bool{}
	for i, w := range d.words {
		if wf, ok := cache[w.Norm]; ok {
			out[i] = wf
			continue
		}
		wf := &wordForms{forms: m.forms(w), mayBeAdded: mayBeAdded(w)}
		for fi, f := range wf.forms {
			slack := 0
			if f.kind == prefix || f.kind == suffix {
				slack = 1
			}
			m.arabic.lookupArabic(f.s, f.n, slack, f.kind == whole || f.kind == stem, seen, func(e *entry, h hit) {
				if (f.kind == prefix || f.kind == suffix) && !m.mayGlue(e, f.kind) {
					return
				}
				h.q, h.w, h.form = e.q, e.w, fi
				wf.hits = append(wf.hits, h)
			})
		}
		wf.dropNearHits()
		if m.words != nil {
			// strictHit's letter sets, computed once for every text
			for fi := range wf.forms {
				if f := &wf.forms[fi]; !f.glued() {
					f.letters = letterSet(f.s)
				}
			}
		}
		cache[w.Norm] = wf
		fresh = append(fresh, w.Norm)
		out[i] = wf
	}
	if m.words != nil {
		m.words.store(fresh, cache)
	}
	return out
}

// maxCachedWords is the most distinct words a wordCache generation holds:
// about 200 bytes each, a few MB in all.
const maxCachedWords = 1 << 14

// wordCache remembers, across the Find calls of one Matcher, what the
// distinct normalized words of its texts hit: the documents of a corpus
// share most of their words, and the page searches its text again after
// each edit. Two generations bound its memory: when the current one holds
// limit words it becomes the old one and the old one is dropped; a word
// found in the old one moves back. One mutex guards it, taken twice per
// text (all its words looked up at once, then the new ones stored), so
// that concurrent Find calls do not contend word by word. The wordForms it
// holds are never written again.
type wordCache struct {
	mu       sync.Mutex
	limit    int
	cur, old map[string]*wordForms
}

func newWordCache(limit int) *wordCache {
	return &wordCache{limit: limit, cur: map[string]*wordForms{}}
}

// lookup copies into into the words of ws that the cache holds.
func (c *wordCache) lookup(ws []Word, into map[string]*wordForms) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, w := range ws {
		if _, ok := into[w.Norm]; ok {
			continue
		}
		if wf, ok := c.cur[w.Norm]; ok {
			into[w.Norm] = wf
		} else if wf, ok := c.old[w.Norm]; ok {
			into[w.Norm] = wf
			c.put(w.Norm, wf)
		}
	}
}

// store adds the words fresh, found in from.
func (c *wordCache) store(fresh []string, from map[string]*wordForms) {
	if len(fresh) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, w := range fresh {
		c.put(w, from[w])
	}
}

func (c *wordCache) put(w string, wf *wordForms) {
	if len(c.cur) >= c.limit {
		c.old, c.cur = c.cur, make(map[string]*wordForms, c.limit)
	}
	c.cur[w] = wf
}

// dropNearHits keeps, on a form that some query word matches exactly, only
// the exact hits: a word that is exactly a word of one name of the list is
// that word, not a typo or a variant of another's (محمد الحسيني is not
// أحمد الحسيني when محمد is a name of the list too).
func (wf *wordForms) dropNearHits() {
	for _, h := range wf.hits {
		if h.dist == 0 && h.form < 64 {
			wf.exact |= 1 << h.form
		}
	}
	if wf.exact == 0 {
		return
	}
	kept := wf.hits[:0]
	for _, h := range wf.hits {
		if h.dist == 0 || !wf.isExact(h.form) {
			kept = append(kept, h)
		}
	}
	wf.hits = kept
}

// mayGlue reports whether query word e may be found as the glued part k of
// a text word: a one-word query of minGlued letters, either end; the first
// word of a longer name glued to the word before it, the last glued to the
// word after it (محمد الخطيبوأكد).
func (m *Matcher) mayGlue(e *entry, k formKind) bool {
	n := len(m.queries[e.q].words)
	switch {
	case e.w < 0 || e.w >= glued:
		return false
	case n == 1:
		return e.n >= minGlued
	case k == suffix:
		return e.w == 0 && e.n >= minGluedInName
	}
	return e.w == n-1 && e.n >= minGluedInName
}

// forms lists the strings a text word is compared as.
func (m *Matcher) forms(w Word) []form {
	n := utf8.RuneCountInString(w.Norm)
	if !w.Arabic {
		return []form{{s: w.Norm, n: n, kind: whole}}
	}
	norm := matchForm(w.Norm)
	fs := []form{{s: norm, n: n, kind: whole}}
	if m.opts.Clitics {
		ss, cuts := stems(norm)
		for k, s := range ss {
			fs = append(fs, form{s: s, n: utf8.RuneCountInString(s), kind: stem, at: cuts[k]})
		}
	}
	if !m.opts.WholeWords && n > minGluedInName+1 {
		// every cut that leaves at least two letters on the other side
		i, k := 0, 0
		for i < len(norm) {
			_, size := utf8.DecodeRuneInString(norm[i:])
			i += size
			k++
			if k >= minGluedInName && n-k >= minStem {
				if m.arabic.reaches(k) {
					fs = append(fs, form{s: matchForm(norm[:i]), n: k, kind: prefix, at: i})
				}
				if m.arabic.reaches(n - k) {
					fs = append(fs, form{s: norm[i:], n: n - k, kind: suffix, at: i})
				}
			}
		}
	}
	return fs
}

// formSpan returns the span in the original text that a form of the word at
// position i covers.
func (d *doc) formSpan(i int, f form) (int, int) {
	w := d.words[i]
	ns := d.nspan[i]
	switch f.kind {
	case prefix:
		return d.res.Span(ns[0], ns[0]+f.at)
	case suffix:
		return d.res.Span(ns[0]+f.at, ns[1])
	}
	return w.Start, w.End
}
