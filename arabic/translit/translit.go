// Package translit writes Arabic text in Latin letters and, where a scheme
// allows it, back. Every scheme is a column of the one letters table
// (package letters); this package adds only what a column cannot say: the
// context rules of the romanizations.
//
// # Schemes
//
// The ids are a contract shared with the JavaScript API:
//
//	buckwalter       Tim Buckwalter's ASCII transliteration (2002)          exact, both ways
//	buckwalter-safe  CAMeL Tools' Safe Buckwalter: no regex/shell specials  exact, both ways
//	buckwalter-xml   CAMeL Tools' XML Buckwalter: no < > &                  exact, both ways
//	hsb              Habash-Soudi-Buckwalter (2007)                         exact, both ways
//	iso233           ISO 233:1984, strict letter for letter                 Arabic → Latin
//	din31635         DIN 31635:2011                                         Arabic → Latin
//	ala-lc           ALA-LC romanization (2012)                             Arabic → Latin
//	arabizi          the Arabic chat alphabet (3 ع, 7 ح, 2 ء ...)            Arabic → Latin, back as a guess
//
// # The exact schemes and their domain
//
// buckwalter, buckwalter-safe, buckwalter-xml and hsb map each code point
// they cover to one character and back. Everything else passes through
// unchanged in both directions: Latin text, digits (Arabic-Indic digits stay
// Arabic-Indic, ASCII digits stay ASCII), punctuation, spaces, emoji,
// uncovered Arabic letters such as ژ or ک. Detransliterate turns every
// character of the scheme's alphabet into Arabic and passes everything else
// through.
//
// A Latin word in a Buckwalter string cannot be told from transliteration:
// Detransliterate turns "Hi" into "حِ" (H is ح, i is kasra) and "ok" into
// "ْك" (o is sukun, k is ك), while "Ce" stays "Ce" in buckwalter, whose
// alphabet has neither C nor e. The round trip
//
//	Detransliterate(Transliterate(s)) == s
//
// therefore holds exactly for every valid UTF-8 string s that contains no
// character of the scheme's output alphabet: Arabic text, diacritized or
// not, with spaces, line breaks, digits, emoji and any punctuation outside
// the alphabet. For buckwalter the alphabet is the ASCII letters it uses
// and ' | > & < } * $ _ ~ ` {; for hsb it includes "." (sukun) and "'"
// (hamza), so a sentence with an ASCII full stop does not come back
// exactly: its full stops return as sukun. Invalid UTF-8 becomes U+FFFD.
//
// buckwalter-safe writes no character special to regular expressions or
// shells except ~ for shadda (special to a shell only at the start of a
// word), as CAMeL Tools does; buckwalter-xml writes none of < > &, and keeps
// ' for hamza, which is safe in element content and in attributes quoted
// with ".
//
// # Romanizations
//
// iso233 writes each sign by itself: it needs no context. din31635, ala-lc
// and arabizi romanize by rules: shadda doubles the consonant, the article
// ال is written al- (DIN assimilates it to a sun letter, aš-šams; ALA-LC
// does not, al-shams), ة is -a/-ah at a pause and -at before a written
// vowel, and ا و ي after the matching short vowel are long ā ū ī.
//
// Unvocalized text, the common case, gives the consonant skeleton with the
// long vowels: no short vowel is invented. ا inside a word is ā; و and ي
// between consonants that carry no vowel signs are read as long ū and ī,
// at the start of a word or next to an alef as w and y. A word-initial hamza
// seat is read with the vowel its seat implies (أ a, إ i), a word-initial
// bare alef (hamzat al-waṣl) with i. Thus كتاب is ktāb in DIN and ALA-LC,
// مدينة mdīnah in ALA-LC, and كَتَبَ kataba. Written vowel signs and tanween
// are always romanized as written.
//
// The article is recognized at the start of a word, alone or after a
// one-letter proclitic (و ف ب ك ل: ALA-LC wa-al-, bi-al-, lil-; DIN wa-l-,
// bi-š-), when two letters or more follow it. A proclitic before anything
// else is not split off (وقال is wqāl): و may as well be a root letter.
// Words with a conventional spelling get no special case (الله is al-lh).
//
// Digits become ASCII digits and Arabic punctuation its ASCII equivalent in
// the romanizations; tatweel is dropped. Output is lower case: capitals
// depend on what a word is, which the letters do not say.
//
// # Arabizi back to Arabic
//
// The chat alphabet writes short vowels that Arabic leaves out, writes long
// and short vowels alike and spells one letter several ways, so going back
// is a guess, made word by word (a word is a run of ASCII letters, digits,
// apostrophes and hyphens that holds a letter):
//
//   - digits inside words are letters (2 ء, 3 ع, 5 خ, 6 ط, 7 ح, 8 ق, 9 ص;
//     3' غ, 6' ظ, 7' خ, 9' ض); a run of digits alone stays a number;
//   - kh sh ch th dh gh are one letter each (خ ش ش ث ذ غ);
//   - single a e o u inside a word are short vowels and are dropped; i, y,
//     ee, ii, ei, ai are ي; ou, oo, uu, w are و; aa is ا;
//   - at the start of a word a, o, u are أ and e, i are إ; at the end a is
//     ا, i is ي, o and u are و, and ah or eh after two consonants is ة;
//   - al- or el- (or al, el before three letters or more) is the article
//     ال; wa-, bi-, fa-, ka-, li- (w-, b- ...) before a hyphen are the
//     proclitics, wal-, bil-, lil- proclitic and article;
//   - 2 (or ') is hamza, on the seat the vowel next to it asks for
//     (أ إ ؤ ئ ء);
//   - a doubled consonant is written once; upper and lower case are alike.
//
// Everything else passes through. Many unvocalized words come back as they
// were (مسؤول، رئيس، الشمس), others do not (كتاب comes back as كتب, على as
// علا).
//
// # Streams
//
// (*Scheme).Transformer and ReverseTransformer return transformers in the
// style of golang.org/x/text/transform, with the same output as
// Transliterate and Detransliterate however the input is cut.
package translit

import (
	"errors"
	"strconv"
	"strings"

	"github.com/harf-project/harf/arabic/letters"
	"github.com/harf-project/harf/arabic/normalize"
)

// Scheme is one way of writing Arabic in Latin letters.
type Scheme struct {
	ID   string // the id used by Lookup and the JavaScript API
	Name string // a human-readable name
	// Reversible reports that Detransliterate restores the Arabic text
	// exactly, for text in the scheme's domain (see the package doc).
	Reversible bool
	// Guess reports that Detransliterate gives a best guess rather than an
	// exact inverse (arabizi).
	Guess bool
	// Source names the published table the scheme follows.
	Source string

	col  letters.Column
	kind kind
	rom  *rules // the context rules of a romanization; nil otherwise
}

// kind is how a scheme uses its column.
type kind uint8

const (
	exact     kind = iota // one code point to one character and back; everything else passes through
	strict                // letter for letter; digits and punctuation as ASCII, tatweel dropped
	romanized             // letter values plus context rules, word by word
)

var schemes = []Scheme{
	{ID: "buckwalter", Name: "Buckwalter", Reversible: true, col: letters.BW, kind: exact,
		Source: "Buckwalter, Arabic Morphological Analyzer 1.0 (LDC2002L49, 2002); پ چ ڤ گ as in CAMeL Tools"},
	{ID: "buckwalter-safe", Name: "Buckwalter (safe)", Reversible: true, col: letters.SafeBW, kind: exact,
		Source: "CAMeL Tools, Encoding Schemes: Safe Buckwalter"},
	{ID: "buckwalter-xml", Name: "Buckwalter (XML)", Reversible: true, col: letters.XMLBW, kind: exact,
		Source: "CAMeL Tools, Encoding Schemes: XML Buckwalter"},
	{ID: "hsb", Name: "Habash-Soudi-Buckwalter", Reversible: true, col: letters.HSB, kind: exact,
		Source: "Habash, Soudi, Buckwalter, On Arabic Transliteration (2007); code points as in CAMeL Tools"},
	{ID: "iso233", Name: "ISO 233", col: letters.ISO, kind: strict,
		Source: "ISO 233:1984, stringent transliteration"},
	{ID: "din31635", Name: "DIN 31635", col: letters.DIN, kind: romanized, rom: &dinRules,
		Source: "DIN 31635:2011"},
	{ID: "ala-lc", Name: "ALA-LC", col: letters.ALA, kind: romanized, rom: &alaRules,
		Source: "ALA-LC Romanization Tables: Arabic (Library of Congress, 2012)"},
	{ID: "arabizi", Name: "Arabizi (chat alphabet)", Guess: true, col: letters.Arabizi, kind: romanized, rom: &arabiziRules,
		Source: "the Arabic chat alphabet as commonly typed"},
}

// Schemes returns every scheme, in a fixed order.
func Schemes() []Scheme { return append([]Scheme(nil), schemes...) }

// IDs returns the ids of all schemes, in the order of Schemes.
func IDs() []string {
	ids := make([]string, len(schemes))
	for i, s := range schemes {
		ids[i] = s.ID
	}
	return ids
}

// UnknownSchemeError is returned for an id that names no scheme.
type UnknownSchemeError struct{ ID string }

// Error names the id and the known ones.
func (e *UnknownSchemeError) Error() string {
	return "translit: unknown scheme " + strconv.Quote(e.ID) + " (known schemes: " + strings.Join(IDs(), ", ") + ")"
}

// ErrNotReversible is returned by Detransliterate for schemes that only
// write Arabic in Latin letters.
var ErrNotReversible = errors.New("not reversible")

// Lookup returns the scheme with the id, or an *UnknownSchemeError that
// lists the known ids.
func Lookup(id string) (*Scheme, error) {
	for i := range schemes {
		if schemes[i].ID == id {
			return &schemes[i], nil
		}
	}
	return nil, &UnknownSchemeError{ID: id}
}

// Transliterate writes text in the scheme. Characters the scheme does not
// cover pass through unchanged; invalid UTF-8 becomes U+FFFD.
//
// The romanizations (the schemes that are not Reversible) first resolve
// presentation forms and ligatures (ﻷ, ﷲ) into the letters they stand for;
// the exact schemes pass them through, so that they round-trip.
func (s *Scheme) Transliterate(text string) string {
	if !s.Reversible {
		text = letterForms.String(text)
	}
	return string(s.appendForward(make([]byte, 0, len(text)+len(text)/4), text))
}

// letterForms resolves presentation forms before a romanization.
var letterForms = normalize.New(normalize.Options{PresentationForms: true})

// Detransliterate turns text written in the scheme back into Arabic. For the
// exact schemes (Reversible) it inverts Transliterate over the scheme's
// domain; for arabizi (Guess) it is a best guess; the other schemes return
// an error wrapping ErrNotReversible.
func (s *Scheme) Detransliterate(text string) (string, error) {
	if !s.Reversible && !s.Guess {
		return "", s.errNotReversible()
	}
	return string(s.appendReverse(make([]byte, 0, len(text)*2), text)), nil
}

func (s *Scheme) errNotReversible() error {
	return &notReversibleError{s.ID}
}

// notReversibleError says which scheme cannot go back; it wraps
// ErrNotReversible.
type notReversibleError struct{ id string }

// Error names the scheme and the ones that do go back.
func (e *notReversibleError) Error() string {
	return "translit: scheme " + strconv.Quote(e.id) + " is not reversible: only buckwalter, buckwalter-safe, " +
		"buckwalter-xml, hsb and (as a guess) arabizi go back to Arabic"
}

// Unwrap returns ErrNotReversible.
func (e *notReversibleError) Unwrap() error { return ErrNotReversible }

// Transliterate writes text in the scheme with the id; see
// (*Scheme).Transliterate.
func Transliterate(text, id string) (string, error) {
	s, err := Lookup(id)
	if err != nil {
		return "", err
	}
	return s.Transliterate(text), nil
}

// Detransliterate turns text written in the scheme with the id back into
// Arabic; see (*Scheme).Detransliterate.
func Detransliterate(text, id string) (string, error) {
	s, err := Lookup(id)
	if err != nil {
		return "", err
	}
	return s.Detransliterate(text)
}

// appendForward appends the transliteration of src, a whole text or a piece
// cut at a boundary (see cut), to dst.
func (s *Scheme) appendForward(dst []byte, src string) []byte {
	if src == "" {
		return dst // the page's first update, of an empty article, builds no tables
	}
	loadTables()
	switch s.kind {
	case exact:
		return appendExact(dst, &forward[s.col], src)
	case strict:
		return appendStrict(dst, s.col, src)
	default:
		return s.appendRomanized(dst, src)
	}
}

// appendReverse appends the Arabic for src to dst.
func (s *Scheme) appendReverse(dst []byte, src string) []byte {
	if src == "" {
		return dst
	}
	loadTables()
	if s.kind == exact {
		return appendExactReverse(dst, reverse[s.col], src)
	}
	return appendArabizi(dst, src)
}
