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
	NumberForm                          // a separator inside numbers (٫ ٬), Base is its ASCII form
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

	// Sound is what the code point stands for when a scheme romanizes it,
	// for the context rules of package translit; NoSound for code points
	// that no scheme reads by context.
	Sound Sound
	// Traits are further facts about a letter that romanization reads.
	Traits Trait
	// Vowel is the short vowel (Fatha, Damma or Kasra) the letter is read
	// with at the start of a word when no vowel sign is written: the vowel a
	// hamza seat implies (أ a, إ i), the vowel of hamzat al-waṣl (ا ٱ i) and
	// the vowel of a one-letter proclitic (وَ فَ كَ بِ لِ). NoSound if none.
	Vowel Sound
	// Tr is the code point's value in every transliteration scheme, one
	// column per scheme; "" where the scheme does not cover it.
	Tr Tr
	// Alt is the value in the context the row's Sound names, for the
	// romanizations (DIN, ALA, Arabizi columns): the long vowel of و
	// and ي (ū, ī), ى after kasra (ī), ة before a vowel (at), آ at the start
	// of a word (ā).
	Alt Tr
}

// Column is one transliteration scheme's column of the table.
type Column uint8

// The scheme columns. Each follows a published table, cited in table.go.
const (
	BW      Column = iota // Buckwalter (Buckwalter 2002, with CAMeL Tools' P J V G)
	SafeBW                // Safe Buckwalter (CAMeL Tools): no regex or shell metacharacters
	XMLBW                 // XML Buckwalter (CAMeL Tools): no < > &
	HSB                   // Habash-Soudi-Buckwalter (2007), as in CAMeL Tools
	ISO                   // ISO 233:1984, strict letter-for-letter
	DIN                   // DIN 31635:2011
	ALA                   // ALA-LC romanization table for Arabic (2012)
	Arabizi               // the Arabic chat alphabet
	NumColumns
)

var columnNames = [NumColumns]string{"buckwalter", "buckwalter-safe", "buckwalter-xml", "hsb", "iso233",
	"din31635", "ala-lc", "arabizi"}

// String returns the id of the scheme that reads the column.
func (c Column) String() string {
	if c < NumColumns {
		return columnNames[c]
	}
	return "column(?)"
}

// Tr holds one value per scheme column. Rows of the table spell it with keyed
// elements, Tr{BW: "b", DIN: "b", ...}, so that each row reads as a line of
// the published tables.
type Tr [NumColumns]string

// Sound is the role of a code point in romanization: which context rule of
// package translit applies to it.
type Sound uint8

// The sounds. Consonants are written with their column value (doubled under
// shadda); the others have rules of their own, described with each.
const (
	NoSound     Sound = iota
	Consonant         // a consonant
	Lam               // ل: a consonant, and the l of the article ال
	Alef              // ا: long ā; the seat of the article, of hamzat al-waṣl and of tanween an
	AlefWasla         // ٱ: alef with waṣla, not read inside a word
	HamzaLetter       // ء, or hamza on a seat (أ إ ؤ ئ): the seat is not written; not written at the start of a word
	Madda             // آ: hamza and long ā
	Waw               // و: the consonant w or the long vowel ū
	Yeh               // ي: the consonant y or the long vowel ī
	AlefMaksura       // ى: long ā at the end of a word (ī after kasra)
	TehMarbuta        // ة: a (or ah) at a pause, at before a vowel
	Fatha             // short vowel a
	Damma             // short vowel u
	Kasra             // short vowel i
	Fathatan          // tanween an
	Dammatan          // tanween un
	Kasratan          // tanween in
	Shadda            // doubles the consonant it sits on
	Sukun             // marks a consonant without vowel
	DaggerAlef        // superscript alef: long ā
)

// IsSign reports whether the sound is a vowel sign, tanween, shadda, sukun or
// the superscript alef: a mark that belongs to the letter before it.
func (s Sound) IsSign() bool { return s >= Fatha && s <= DaggerAlef }

// Trait is a set of facts about a letter.
type Trait uint8

// The traits.
const (
	// Sun marks the sun letters (الحروف الشمسية): the l of the article
	// assimilates to them in pronunciation.
	Sun Trait = 1 << iota
	// Proclitic marks the letters that are also one-letter words written
	// joined to the next word: the conjunctions و ف and the prepositions
	// ب ك ل.
	Proclitic
)

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
