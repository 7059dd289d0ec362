package translit

import (
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/letters"
)

const replacement = "\uFFFD"

// appendExact writes each code point the column covers as its value and
// copies everything else.
func appendExact(dst []byte, t *charTable, src string) []byte {
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if v, ok := t.get(r); ok {
			dst = append(dst, v...)
		} else if r == utf8.RuneError && size == 1 {
			dst = append(dst, replacement...)
		} else {
			dst = append(dst, src[i:i+size]...)
		}
		i += size
	}
	return dst
}

// appendExactReverse turns each character of the alphabet back into its
// Arabic code point and copies everything else.
func appendExactReverse(dst []byte, t *reverseTable, src string) []byte {
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if v := t.ascii[c]; v != "" {
				dst = append(dst, v...)
			} else {
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if v, ok := t.other[r]; ok {
			dst = append(dst, v...)
		} else if r == utf8.RuneError && size == 1 {
			dst = append(dst, replacement...)
		} else {
			dst = append(dst, src[i:i+size]...)
		}
		i += size
	}
	return dst
}

// maxSigns bounds how far back appendStrict moves a shadda or sukun: past
// the signs a letter can carry, not past an endless run of them.
const maxSigns = 16

// appendStrict is ISO 233's letter-for-letter writing: the column value of
// each code point; digits and punctuation with an ASCII equivalent (the
// table's Base) as that; tatweel, which is no letter, dropped. Shadda and
// sukun are diacritics of the consonant itself (ḇ̄, ḇ̊), so they are placed
// right after it, before a vowel typed ahead of them.
func appendStrict(dst []byte, c letters.Column, src string) []byte {
	t := &forward[c]
	afterLetter := -1 // len(dst) right after the last letter, while only signs follow it
	for i := 0; i < len(src); {
		b := src[i]
		if b < utf8.RuneSelf {
			dst = append(dst, b)
			afterLetter = -1
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		i += size
		v, ok := t.get(r)
		if !ok {
			dst = appendOther(dst, r, size == 1)
			if letters.ClassOf(r) != letters.Tatweel {
				afterLetter = -1
			}
			continue
		}
		var sound letters.Sound
		if blockLo <= r && r < blockHi {
			sound = glyphs[c][r-blockLo].sound
		}
		switch {
		case (sound == letters.Shadda || sound == letters.Sukun) && afterLetter >= 0 && len(dst)-afterLetter <= maxSigns:
			n := len(dst)
			dst = append(dst, v...)
			copy(dst[afterLetter+len(v):], dst[afterLetter:n])
			copy(dst[afterLetter:], v)
			afterLetter += len(v)
		case sound.IsSign():
			dst = append(dst, v...)
		default:
			dst = append(dst, v...)
			afterLetter = len(dst)
		}
	}
	return dst
}

// appendOther writes a code point that has no value in a romanization's
// column: digits and punctuation become ASCII, tatweel disappears, and
// everything else passes through.
func appendOther(dst []byte, r rune, invalid bool) []byte {
	if blockLo <= r && r < blockHi {
		switch o := &plain[r-blockLo]; {
		case o.drop:
			return dst
		case o.ascii != 0:
			return append(dst, o.ascii)
		}
	} else if r == utf8.RuneError && invalid {
		return append(dst, replacement...)
	}
	return utf8.AppendRune(dst, r)
}

// plainRule is what romanizations do with a code point of the Arabic block
// that no column covers, from its class in the letters table.
type plainRule struct {
	drop  bool // tatweel: no letter, nothing to write
	ascii byte // a digit's or punctuation mark's ASCII equivalent (Base)
}

var plain [blockHi - blockLo]plainRule

// buildPlain builds plain (see loadTables).
func buildPlain() {
	for _, e := range letters.All() {
		if e.Rune < blockLo || e.Rune >= blockHi {
			continue
		}
		p := &plain[e.Rune-blockLo]
		switch e.Class {
		case letters.Tatweel:
			p.drop = true
		case letters.Digit, letters.Punctuation:
			if 0 < e.Base && e.Base < utf8.RuneSelf {
				p.ascii = byte(e.Base)
			}
		}
	}
}
