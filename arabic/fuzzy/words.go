// Package fuzzy finds names and words in Arabic text however they are
// spelled: with or without diacritics, with alef, hamza, ى/ي and ة/ه
// variants, ligatures, typos, clitics (و ف ب ك ل ال) before the word, words
// glued together, and queries typed in Latin letters.
//
// Text is normalized once (package normalize, the search preset by default)
// and cut into words; every match is reported as a span of the ORIGINAL text,
// diacritics and ligatures included, through the normalizer's offset map.
// Edit distance comes from github.com/agnivade/levenshtein.
package fuzzy

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/letters"
	"github.com/harf-project/harf/arabic/normalize"
)

// Word is one word of a text.
type Word struct {
	Text       string // as written in the original text
	Norm       string // normalized (and, for Latin letters, lower-cased)
	Start, End int    // byte span in the original text
	Arabic     bool   // written in Arabic script
}

// Words cuts text into words after normalizing it with the options; spans
// refer to text itself.
func Words(text string, opts normalize.Options) []Word {
	return newDoc(text, opts).words
}

// doc is a normalized text cut into words.
type doc struct {
	text  string
	res   *normalize.Result
	words []Word
	nspan [][2]int // each word's span in the normalized text
	cur   *normalize.Cursor
}

func newDoc(text string, opts normalize.Options) *doc {
	d := &doc{text: text, res: normalize.For(opts).Normalize(text)}
	d.cur = d.res.Cursor() // words come in order: one walk over the changes
	norm := d.res.Text
	d.words = make([]Word, 0, len(norm)/8+1)
	d.nspan = make([][2]int, 0, len(norm)/8+1)
	for i := 0; i < len(norm); {
		r, size := utf8.DecodeRuneInString(norm[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(norm) {
			r2, s2 := utf8.DecodeRuneInString(norm[j:])
			if !isWordRune(r2) {
				break
			}
			j += s2
		}
		d.add(i, j)
		i = j
	}
	return d
}

func (d *doc) add(i, j int) {
	start, end := d.cur.Span(i, j)
	w := Word{Text: d.text[start:end], Start: start, End: end}
	w.Norm, w.Arabic = comparable(d.res.Text[i:j])
	d.words = append(d.words, w)
	d.nspan = append(d.nspan, [2]int{i, j})
}

// comparable returns the form of a normalized word that matching compares:
// Latin letters lower-cased, Arabic as it is; and whether the word is Arabic.
func comparable(w string) (string, bool) {
	arabic, upper := false, false
	for _, r := range w {
		if letters.IsArabic(r) {
			arabic = true
		} else if unicode.IsUpper(r) {
			upper = true
		}
	}
	if upper {
		w = strings.ToLower(w)
	}
	return w, arabic
}

// isWordRune reports whether r belongs inside a word: letters, digits,
// combining marks and tatweel (the last two remain when the options keep
// them).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	if c := letters.ClassOf(r); c == letters.Letter || c.IsMark() || c == letters.Tatweel || c == letters.Digit {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tehMarbuta and heh are the two spellings of a word's last letter that
// search treats as one.
const (
	tehMarbuta = "ة"
	heh        = "ه"
)

// matchForm is the form search compares a normalized word in: a final ة is
// written ه, because news text spells names both ways (غزة, غزه) whatever
// the normalization options. The byte length does not change, so spans
// within the word hold.
func matchForm(w string) string {
	if strings.HasSuffix(w, tehMarbuta) {
		return w[:len(w)-len(tehMarbuta)] + heh
	}
	return w
}
