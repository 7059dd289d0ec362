package phonetic

import (
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"
)

// VowelConflictCost is what Distance adds for each place where one spelling
// writes a long vowel and the other writes a vowel that cannot stand for it,
// or none at all.
const VowelConflictCost = 2

// Bounds on the work of one Distance: at most maxPairs pairs of readings,
// and fewer for long keys, so that the Levenshtein tables of all pairs hold
// about cellBudget cells. Weak classes past the bound are read their first
// way.
const (
	maxPairs   = 64
	cellBudget = 1 << 16
)

// gapInfo is what stands before a consonant of a reading: the long vowels
// written there and the long vowels that the vowels written there could
// stand for.
type gapInfo struct {
	long, cover uint8
}

// reading is one way to read a key: its consonant skeleton and, for each
// consonant, the gap before it.
type reading struct {
	skel []byte
	gaps []gapInfo // gaps[i] stands before skel[i]
}

var (
	longBit  [128]uint8 // long vowel rune → its bit
	coverBit [128]uint8 // vowel rune → bits of the long vowels it covers
	// sound is 1 for a class that is always read as a consonant, 2 for a
	// weak class that may be read as nothing.
	sound [128]uint8
)

func init() {
	for i := 0; i < len(consonantClasses); i++ {
		sound[consonantClasses[i]] = 1
	}
	for c, rs := range weakReadings {
		sound[c] = 1
		for _, r := range rs {
			if r == "" {
				sound[c] = 2
			}
		}
	}
	for i := 0; i < len(longVowels); i++ {
		longBit[longVowels[i]] = 1 << i
	}
	for l, cs := range vowelCover {
		for i := 0; i < len(cs); i++ {
			coverBit[cs[i]] |= longBit[l]
		}
	}
}

// item is one class of a key with the vowels written before it.
type item struct {
	class byte
	gap   gapInfo
}

func parse(key string) []item {
	items := make([]item, 0, len(key))
	var g gapInfo
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c >= 128 {
			continue
		}
		if strings.IndexByte(vowelOrder, c) >= 0 {
			g.long |= longBit[c]
			g.cover |= coverBit[c]
			continue
		}
		items = append(items, item{class: c, gap: g})
		g = gapInfo{}
	}
	return items
}

// classString holds the one-rune string of each class, so that reading a
// key allocates no strings.
var classString [128][]string

// options returns the ways to read one class of a key.
func options(c byte) []string {
	if rs, ok := weakReadings[c]; ok {
		return rs
	}
	if c < 128 && classString[c] != nil {
		return classString[c]
	}
	return []string{string(rune(c))}
}

func init() {
	for c := range classString {
		classString[c] = []string{string(rune(c))}
	}
}

// readings returns the ways to read a key: one for each choice of reading
// of its weak classes, at most limit. Once the bound is reached, the
// remaining weak classes are read their first way, so that the readings
// under a smaller limit are some of those under a larger one.
func readings(key string, limit int) []reading {
	items := parse(key)
	opts := make([][]string, len(items))
	total, full := 1, false
	for i, it := range items {
		o := options(it.class)
		if full || total*len(o) > limit {
			full = full || len(o) > 1
			o = o[:1]
		}
		opts[i] = o
		total *= len(o)
	}
	out := make([]reading, total)
	n := len(items)
	skelBuf := make([]byte, total*n)
	gapBuf := make([]gapInfo, total*n)
	idx := make([]int, n) // the choice for each item, counted in mixed radix
	for r := range out {
		skel := skelBuf[r*n : r*n : (r+1)*n]
		gaps := gapBuf[r*n : r*n : (r+1)*n]
		var pend gapInfo // vowels before absent sounds, waiting for the next consonant
		for i, it := range items {
			g := merge(pend, it.gap)
			o := opts[i][idx[i]]
			if o == "" {
				pend = g
				continue
			}
			skel = append(skel, o[0])
			gaps = append(gaps, g)
			pend = gapInfo{}
		}
		out[r] = reading{skel: skel, gaps: gaps}
		for i := n - 1; i >= 0; i-- {
			if idx[i]++; idx[i] < len(opts[i]) {
				break
			}
			idx[i] = 0
		}
	}
	return out
}

func merge(a, b gapInfo) gapInfo { return gapInfo{a.long | b.long, a.cover | b.cover} }

// conflicts counts the gaps, aligned through the common prefix and suffix of
// the two skeletons, where a long vowel of one reading is not covered by
// the other.
func conflicts(a, b reading) int {
	n := min(len(a.skel), len(b.skel))
	p := 0
	for p < n && a.skel[p] == b.skel[p] {
		p++
	}
	q := 0
	for q < n-p && a.skel[len(a.skel)-1-q] == b.skel[len(b.skel)-1-q] {
		q++
	}
	c := 0
	check := func(x, y gapInfo) {
		if x.long&^y.cover != 0 || y.long&^x.cover != 0 {
			c++
		}
	}
	for i := 0; i < p; i++ {
		check(a.gaps[i], b.gaps[i])
	}
	if p == len(a.skel) && p == len(b.skel) {
		return c
	}
	for j := 1; j < q; j++ {
		check(a.gaps[len(a.gaps)-j], b.gaps[len(b.gaps)-j])
	}
	return c
}

// cost is the distance between two readings.
func cost(a, b reading) int {
	return levenshtein.ComputeDistance(string(a.skel), string(b.skel)) + VowelConflictCost*conflicts(a, b)
}

// Distance returns how far apart two keys are: the Levenshtein distance
// (github.com/agnivade/levenshtein) between their consonant skeletons, plus
// VowelConflictCost for each long vowel one of them writes where the other
// has a vowel that cannot stand for it, minimized over every reading of
// their weak classes (h: H or nothing; l, the article: L or nothing; g: G, J
// or K; z: Z or D). Vowels are compared only where the two skeletons agree
// (their common prefix and suffix). Distance is symmetric and 0 for equal
// keys.
func Distance(a, b string) int {
	if a == b {
		return 0
	}
	if a > b {
		a, b = b, a // the same work either way round
	}
	pairs := max(1, min(maxPairs, cellBudget/((len(a)+1)*(len(b)+1))))
	ra := readings(a, pairs)
	rb := readings(b, max(1, pairs/len(ra)))
	best := -1
	for _, x := range ra {
		for _, y := range rb {
			if d := cost(x, y); best < 0 || d < best {
				best = d
				if d == 0 {
					return 0
				}
			}
		}
	}
	return best
}

// Length returns the number of consonants a key always has: its classes
// less the optional ones (the article l and the weak h).
func Length(key string) int {
	n, _ := lengths(key)
	return n
}

// lengths returns the number of classes of a key that are always read as a
// consonant and the number that may be read as nothing.
func lengths(key string) (always, optional int) {
	for i := 0; i < len(key); i++ {
		if c := key[i]; c < 128 {
			switch sound[c] {
			case 1:
				always++
			case 2:
				optional++
			}
		}
	}
	return always, optional
}

// MaxDistance returns the largest Distance at which a key still matches,
// from the number of consonants it always has (Length): keys of up to four
// consonants (Qatar, Omar, Gaza, Mekdad, Khartoum, Muhammad) must match
// exactly, keys of five to eight (Bouteflika, Haitham bin Tariq, Gamal Abdel
// Nasser) may differ by one edit, longer keys (most full names) by two. Spelling
// variation is mostly absorbed by the classes, the weak sounds and the
// vowels, which cost nothing; the edits are for the rest (Jumblatt and
// جنبلاط, a typo in a long name). Short keys stay exact because a four-letter
// skeleton one edit away is usually another word (Bagdad and المقداد).
func MaxDistance(key string) int {
	switch n := Length(key); {
	case n <= 4:
		return 0
	case n <= 8:
		return 1
	default:
		return 2
	}
}

// Similarity returns how alike two keys are, in [0, 1]: 1 for keys at
// Distance 0, falling by one part in Length of the longer key for each unit
// of Distance.
func Similarity(a, b string) float64 {
	n := max(Length(a), Length(b), 1)
	d := Distance(a, b)
	if d >= n {
		return 0
	}
	return 1 - float64(d)/float64(n)
}

// Skeletons returns the consonant skeleton of every reading of a key (its
// consonant classes, each weak class read every way it may be, up to 64
// readings), without duplicates. Since vowels only add to Distance, two keys at Distance d
// have skeletons at Levenshtein distance at most d: a search can index the
// skeletons of its words (for MaxDistance 0, exactly) and call Distance only
// on the candidates.
func Skeletons(key string) []string {
	var out []string
	for _, r := range readings(key, maxPairs) {
		if !slices.ContainsFunc(out, func(s string) bool { return s == string(r.skel) }) {
			out = append(out, string(r.skel)) // a few readings: no map
		}
	}
	return out
}

// Match reports whether two keys name the same thing: their Distance is at
// most the MaxDistance of the shorter one.
func Match(a, b string) bool {
	limit := min(MaxDistance(a), MaxDistance(b))
	// The skeletons cannot be closer than their lengths allow.
	la, oa := lengths(a)
	lb, ob := lengths(b)
	if la-(lb+ob) > limit || lb-(la+oa) > limit {
		return false
	}
	return Distance(a, b) <= limit
}
