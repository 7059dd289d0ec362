package fuzzy

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/normalize"
)

// Analysis describes a text: its size, its most frequent words and the
// groups of different spellings of the same word, so an editor can make
// spelling consistent.
type Analysis struct {
	Characters  int // code points
	Words       int
	ArabicWords int
	UniqueWords int // distinct words after normalization
	TopWords    []WordCount
	Variants    []VariantGroup
}

// WordCount is a normalized word and how often it occurs.
type WordCount struct {
	Word  string
	Count int
}

// VariantGroup is a set of written forms that are one word spelled
// differently; Key is the form they share.
type VariantGroup struct {
	Key   string
	Forms []VariantForm
}

// VariantForm is one written form with its occurrences (byte spans of the
// original text).
type VariantForm struct {
	Text  string
	Count int
	Spans [][2]int
}

// TopWordsCount is how many words Analyze lists in TopWords.
const TopWordsCount = 20

// Analyze counts the words of text normalized with opts and groups their
// spelling variants. TopWords leaves out one-letter words, numbers and the
// most common Arabic function words (في، من، على…), which would top every
// article.
func Analyze(text string, opts normalize.Options) Analysis {
	d := newDoc(text, opts)
	a := Analysis{Characters: utf8.RuneCountInString(text), Words: len(d.words)}
	counts := map[string]int{}
	type group struct {
		forms map[string]*VariantForm
		total int
	}
	groups := map[string]*group{}
	for _, w := range d.words {
		counts[w.Norm]++
		if !w.Arabic {
			continue
		}
		a.ArabicWords++
		k := variantKey(w.Text)
		if stopwords[k] {
			continue
		}
		g := groups[k]
		if g == nil {
			g = &group{forms: map[string]*VariantForm{}}
			groups[k] = g
		}
		f := g.forms[w.Text]
		if f == nil {
			f = &VariantForm{Text: w.Text}
			g.forms[w.Text] = f
		}
		f.Count++
		f.Spans = append(f.Spans, [2]int{w.Start, w.End})
		g.total++
	}
	a.UniqueWords = len(counts)
	for word, c := range counts {
		if utf8.RuneCountInString(word) < 2 || isNumber(word) || stopwords[variantKey(word)] {
			continue
		}
		a.TopWords = append(a.TopWords, WordCount{word, c})
	}
	sort.Slice(a.TopWords, func(i, j int) bool {
		if a.TopWords[i].Count != a.TopWords[j].Count {
			return a.TopWords[i].Count > a.TopWords[j].Count
		}
		return a.TopWords[i].Word < a.TopWords[j].Word
	})
	if len(a.TopWords) > TopWordsCount {
		a.TopWords = a.TopWords[:TopWordsCount]
	}
	// spellings that the search takes for variants of one another
	// (كلينتون, كلنتون; جوجل, غوغل) join one group, keyed by its most
	// frequent spelling's key
	for _, set := range variantSets(groups, func(k string) int { return groups[k].total }) {
		into := groups[set[0]]
		for _, k := range set[1:] {
			for text, f := range groups[k].forms {
				if have := into.forms[text]; have != nil {
					have.Count += f.Count
					have.Spans = append(have.Spans, f.Spans...)
				} else {
					into.forms[text] = f
				}
			}
			into.total += groups[k].total
			delete(groups, k)
		}
	}
	for _, g := range groups {
		for _, f := range g.forms {
			sort.Slice(f.Spans, func(i, j int) bool { return f.Spans[i][0] < f.Spans[j][0] })
		}
	}
	totals := map[string]int{}
	for k, g := range groups {
		if len(g.forms) < 2 {
			continue
		}
		vg := VariantGroup{Key: k}
		for _, f := range g.forms {
			vg.Forms = append(vg.Forms, *f)
		}
		sort.Slice(vg.Forms, func(i, j int) bool {
			if vg.Forms[i].Count != vg.Forms[j].Count {
				return vg.Forms[i].Count > vg.Forms[j].Count
			}
			return vg.Forms[i].Text < vg.Forms[j].Text
		})
		a.Variants = append(a.Variants, vg)
		totals[k] = g.total
	}
	sort.Slice(a.Variants, func(i, j int) bool {
		ti, tj := totals[a.Variants[i].Key], totals[a.Variants[j].Key]
		if ti != tj {
			return ti > tj
		}
		return a.Variants[i].Key < a.Variants[j].Key
	})
	return a
}

// variantOptions fold everything that varies in spelling but the hamza
// seats, which variantKey unifies instead of dropping (سؤال is not سأل).
var variantOptions = func() normalize.Options {
	o := normalize.Aggressive
	o.Hamza = false
	return o
}()

// variantKey is the form shared by the spellings of one word: aggressively
// normalized, any hamza seat (مسؤول, مسئول) written as ء, and the endings
// ية and يا of names of countries and their adjectives (سورية, سوريا)
// both written يا.
func variantKey(w string) string {
	k := normalize.For(variantOptions).String(w)
	k = hamzaSeats(k)
	if utf8.RuneCountInString(k) >= 5 && (strings.HasSuffix(k, "يه") || strings.HasSuffix(k, "يا")) {
		k = k[:len(k)-len("ه")] + "ا"
	}
	return k
}

// maxVariantBucket caps the keys compared with one another in one skeleton
// bucket (pairs grow with its square).
const maxVariantBucket = 200

// variantSets returns the sets of keys (two or more) that are spelling
// variants of one another by the search's variant costs, each set's most
// frequent key (by weight) first.
func variantSets[V any](keys map[string]V, weight func(string) int) [][]string {
	buckets := map[string][]string{}
	for k := range keys {
		if sk, ok := skeletonKey(k, utf8.RuneCountInString(k)); ok {
			buckets[sk] = append(buckets[sk], k)
		}
	}
	parent := map[string]string{}
	var find func(k string) string
	find = func(k string) string {
		if p, ok := parent[k]; ok && p != k {
			r := find(p)
			parent[k] = r
			return r
		}
		return k
	}
	for _, b := range buckets {
		if len(b) < 2 || len(b) > maxVariantBucket {
			continue
		}
		// sort.Slice, whose code harf.wasm has anyway: sort.Strings would
		// add slices' sort for strings (4 KB brotli) for these few words.
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		for i, a := range b {
			for _, c := range b[i+1:] {
				if isVariant(a, c) {
					if ra, rc := find(a), find(c); ra != rc {
						parent[rc] = ra
					}
				}
			}
		}
	}
	sets := map[string][]string{}
	for k := range parent {
		r := find(k)
		sets[r] = append(sets[r], k)
	}
	var out [][]string
	for r, set := range sets {
		set = append(set, r)
		sort.Slice(set, func(i, j int) bool {
			if wi, wj := weight(set[i]), weight(set[j]); wi != wj {
				return wi > wj
			}
			return set[i] < set[j]
		})
		out = append(out, set)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// isVariant reports whether two words are spelling variants of one another
// as search sees them with no typo allowed: the cheap edits of
// variantCost, and no long vowel making another short name.
func isVariant(a, b string) bool {
	e := entry{s: a, n: utf8.RuneCountInString(a), single: true}
	_, ok := arabicHit(&e, b, utf8.RuneCountInString(b), 0, true)
	return ok
}

// hamzaSeats writes a hamza on any seat (ؤ ئ) as ء. In UTF-8 the three are
// D8 A4, D8 A6 and D8 A1, and D8 only ever starts a character, so this is a
// change of bytes in place (a strings.Replacer would link its code into
// harf.wasm).
func hamzaSeats(k string) string {
	var b []byte
	for i := 0; i+1 < len(k); i++ {
		if k[i] == 0xD8 && (k[i+1] == 0xA4 || k[i+1] == 0xA6) {
			if b == nil {
				b = []byte(k)
			}
			b[i+1] = 0xA1
		}
	}
	if b == nil {
		return k
	}
	return string(b)
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// stopwords are Arabic function words, as variant keys.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`في من على إلى الى عن أن إن ان ما لا لم لن قد هذا هذه ذلك تلك التي الذي الذين
		كان كانت يكون مع بين عند حتى ثم أو او هو هي هم هن نحن أنا انت كل بعد قبل منذ خلال وقد وفي وأن وان ولا وهو وهي
		كما لكن بل اي أي إذا اذا غير عليه عليها فيه فيها منه منها به بها له لها الا إلا وقال قال وقالت قالت أمس يوم`) {
		m[variantKey(w)] = true
	}
	return m
}()
