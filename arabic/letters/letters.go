// Package letters is Harf's alphabet as data: one table holding every code
// point the toolkit knows, each with its class and the facts that the
// normalizer and the transliteration schemes read.
//
// The table is the single source of truth. Other packages never spell Arabic
// code points themselves; they ask this package what a rune is.
package letters

import "sort"

// Class is the broad role of a code point in text.
type Class uint8

// The classes, from the Unicode general category refined for Arabic.
const (
	Unknown     Class = iota // not in the table
	Letter                   // a base letter of an Arabic-script alphabet
	Diacritic                // harakat, tanween, shadda, sukun, superscript alef and other vowel marks
	HamzaMark                // combining madda U+0653 and hamza above/below U+0654, U+0655
	QuranicMark              // annotation marks of Quranic text (small high letters, stops)
	Tatweel                  // the kashida U+0640, a stretch with no meaning
	Digit                    // Arabic-Indic and Extended (Persian) digits
	Punctuation              // Arabic punctuation marks
	Symbol                   // signs and ornaments that are kept as they are
	Format                   // visible format characters such as the number sign U+0600
	Invisible                // zero-width and bidi controls that carry no text
	Space                    // horizontal white space
)

var classNames = [...]string{"unknown", "letter", "diacritic", "hamza mark", "quranic mark", "tatweel",
	"digit", "punctuation", "symbol", "format", "invisible", "space"}

// String returns the lower-case name of the class.
func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return "class(?)"
}

// IsMark reports whether code points of the class combine with the letter
// before them.
func (c Class) IsMark() bool { return c == Diacritic || c == HamzaMark || c == QuranicMark }

// Variant tells which spelling variation a letter stands for; Base is then
// the letter it varies from.
type Variant uint8

// The variants a letter may be. A letter can be several at once: أ is both an
// alef form and a hamza on its seat.
const (
	AlefForm        Variant = 1 << iota // أ إ آ ٱ and their kin, variants of ا
	AlefMaksuraForm                     // ى, written for final ي
	TehMarbutaForm                      // ة, pronounced and often written ه
	HamzaForm                           // a hamza on a carrier (ؤ ئ أ), Base is the carrier
	PersianForm                         // Persian/Urdu look-alikes (ی ک ہ), Base is the Arabic letter
)

// Entry is one row of the table: one code point.
type Entry struct {
	Rune    rune
	Name    string // Unicode name, lower case, without the "arabic letter" prefix
	Class   Class
	Variant Variant
	// Base is the letter this one is a variant of, the ASCII digit of a
	// digit, or the ASCII equivalent of a punctuation mark; 0 if none.
	Base rune
}

const (
	denseLo = 0x0600
	denseHi = 0x0900
)

var (
	dense  [denseHi - denseLo]int16 // index+1 into table for U+0600–U+08FF
	sparse = map[rune]int{}         // index into table for the rest
)

func init() {
	for i, l := range table {
		if denseLo <= l.Rune && l.Rune < denseHi {
			dense[l.Rune-denseLo] = int16(i + 1)
		} else {
			sparse[l.Rune] = i
		}
	}
}

// Lookup returns the table's row for r and whether r is in the table.
func Lookup(r rune) (Entry, bool) {
	if denseLo <= r && r < denseHi {
		if i := dense[r-denseLo]; i > 0 {
			return table[i-1], true
		}
		return Entry{}, false
	}
	if i, ok := sparse[r]; ok {
		return table[i], true
	}
	return Entry{}, false
}

// ClassOf returns the class of r, Unknown when r is not in the table.
func ClassOf(r rune) Class {
	if denseLo <= r && r < denseHi {
		if i := dense[r-denseLo]; i > 0 {
			return table[i-1].Class
		}
		return Unknown
	}
	if r < 0x80 && r != ' ' && r != '\t' {
		return Unknown
	}
	if i, ok := sparse[r]; ok {
		return table[i].Class
	}
	return Unknown
}

// All returns a copy of the table, sorted by code point.
func All() []Entry {
	out := append([]Entry(nil), table...)
	sort.Slice(out, func(i, j int) bool { return out[i].Rune < out[j].Rune })
	return out
}

// IsArabic reports whether r belongs to an Arabic-script block: the table's
// Arabic rows or the presentation forms.
func IsArabic(r rune) bool {
	switch {
	case denseLo <= r && r < denseHi, 0x0750 <= r && r <= 0x077F:
		return true
	case IsPresentationForm(r):
		return true
	}
	return false
}

// IsPresentationForm reports whether r is in Arabic Presentation Forms-A
// (U+FB50–U+FDFF) or -B (U+FE70–U+FEFE): contextual shapes and ligatures that
// Unicode decomposes to ordinary letters.
func IsPresentationForm(r rune) bool {
	return (0xFB50 <= r && r <= 0xFDFF) || (0xFE70 <= r && r <= 0xFEFE)
}
