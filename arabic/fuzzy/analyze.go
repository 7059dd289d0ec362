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
	k = hamzaSeats.Replace(k)
	if utf8.RuneCountInString(k) >= 5 && (strings.HasSuffix(k, "يه") || strings.HasSuffix(k, "يا")) {
		k = k[:len(k)-len("ه")] + "ا"
	}
	return k
}

// hamzaSeats writes a hamza on any seat as ء.
var hamzaSeats = strings.NewReplacer("ؤ", "ء", "ئ", "ء")

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
