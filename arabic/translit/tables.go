package translit

import (
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/letters"
)

// The lookup arrays, built once from the letters table. Code points of the
// Arabic block U+0600–U+06FF are found by index; the few rows outside it
// would go to a map, but no scheme column has any today.
const (
	blockLo = 0x0600
	blockHi = 0x0700
)

// charTable is one column as arrays: the value of each code point.
type charTable struct {
	dense  [blockHi - blockLo]string
	sparse map[rune]string
}

func (t *charTable) get(r rune) (string, bool) {
	if blockLo <= r && r < blockHi {
		v := t.dense[r-blockLo]
		return v, v != ""
	}
	v, ok := t.sparse[r]
	return v, ok
}

// reverseTable maps each character of an exact scheme's alphabet back to its
// Arabic code point; ASCII by index.
type reverseTable struct {
	ascii [utf8.RuneSelf]string // the Arabic code point, UTF-8 encoded, or ""
	other map[rune]string
}

// glyph is what the romanizer needs to know about one code point in one
// column.
type glyph struct {
	tr, alt string
	sound   letters.Sound
	vowel   letters.Sound
	traits  letters.Trait
}

var (
	forward [letters.NumColumns]charTable
	reverse [letters.NumColumns]*reverseTable // for exact schemes only
	glyphs  [letters.NumColumns][blockHi - blockLo]glyph
	// signs holds the value of each vowel sign by sound, per column: what a
	// virtual vowel (a proclitic's, a hamza seat's) is written as.
	signs [letters.NumColumns][letters.DaggerAlef + 1]string
)

// tablesOnce builds the lookup arrays on first use (loadTables), not at
// program start: a page that has not transliterated anything yet does not
// wait for them.
var tablesOnce sync.Once

// loadTables builds every table of the package once. Each entry point that
// reads them (appendForward, appendReverse, wordTest, alphabet) calls it.
func loadTables() { tablesOnce.Do(buildTables) }

func buildTables() {
	for c := letters.Column(0); c < letters.NumColumns; c++ {
		forward[c].sparse = map[rune]string{}
	}
	for _, e := range letters.All() {
		if blockLo <= e.Rune && e.Rune < blockHi {
			blockClass[e.Rune-blockLo] = e.Class
		}
		for c := letters.Column(0); c < letters.NumColumns; c++ {
			if v := e.Tr[c]; v != "" {
				if blockLo <= e.Rune && e.Rune < blockHi {
					forward[c].dense[e.Rune-blockLo] = v
				} else {
					forward[c].sparse[e.Rune] = v
				}
			}
			if blockLo <= e.Rune && e.Rune < blockHi && (e.Sound != letters.NoSound || e.Tr[c] != "") {
				glyphs[c][e.Rune-blockLo] = glyph{tr: e.Tr[c], alt: e.Alt[c], sound: e.Sound, vowel: e.Vowel, traits: e.Traits}
			}
			if e.Sound.IsSign() && signs[c][e.Sound] == "" {
				signs[c][e.Sound] = e.Tr[c]
			}
		}
	}
	for _, s := range schemes {
		if s.kind == exact {
			reverse[s.col] = buildReverse(s.col)
		}
	}
	buildDigraphs()
	buildAlefValues()
	buildPlain()
	buildChat()
}

// buildReverse inverts an exact scheme's column. The column must give each
// code point one character of its own; the letters tests check that, and a
// broken table stops the program here rather than corrupting text.
func buildReverse(c letters.Column) *reverseTable {
	t := &reverseTable{other: map[rune]string{}}
	seen := map[rune]rune{}
	for _, e := range letters.All() {
		v := e.Tr[c]
		if v == "" {
			continue
		}
		r, size := utf8.DecodeRuneInString(v)
		if size != len(v) || r == utf8.RuneError {
			panic("translit: " + c.String() + " value " + strconv.Quote(v) + " of " + strconv.QuoteRune(e.Rune) + " is not one character")
		}
		if prev, dup := seen[r]; dup {
			panic("translit: " + c.String() + " gives " + strconv.Quote(v) + " to both " + strconv.QuoteRune(prev) + " and " + strconv.QuoteRune(e.Rune))
		}
		seen[r] = e.Rune
		if r < utf8.RuneSelf {
			t.ascii[r] = string(e.Rune)
		} else {
			t.other[r] = string(e.Rune)
		}
	}
	return t
}

// alphabet returns the characters an exact scheme writes: the ones
// Detransliterate turns into Arabic.
func (s *Scheme) alphabet() []rune {
	var out []rune
	if s.kind != exact {
		return nil
	}
	loadTables()
	t := reverse[s.col]
	for r, v := range t.ascii {
		if v != "" {
			out = append(out, rune(r))
		}
	}
	for r := range t.other {
		out = append(out, r)
	}
	return out
}
