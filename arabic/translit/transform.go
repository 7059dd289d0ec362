package translit

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Transformer returns a transform.Transformer that transliterates, for use
// with transform.NewReader, transform.Chain and the like. Its output is the
// same as Transliterate's however the input is cut: it converts whole words
// at a time (a word longer than 1 KiB is cut, which may change how its
// pieces are romanized).
func (s *Scheme) Transformer() transform.Transformer {
	if !s.Reversible {
		return transform.Chain(letterForms.Transformer(), &transformer{s: s})
	}
	return &transformer{s: s}
}

// ReverseTransformer returns a transform.Transformer that detransliterates,
// or an error wrapping ErrNotReversible for the schemes that do not go back
// to Arabic.
func (s *Scheme) ReverseTransformer() (transform.Transformer, error) {
	if !s.Reversible && !s.Guess {
		return nil, s.errNotReversible()
	}
	return &transformer{s: s, reverse: true}, nil
}

type transformer struct {
	transform.NopResetter
	s       *Scheme
	reverse bool
	buf     []byte
}

// maxWord is how much input a transformer holds back waiting for the end of
// a word; chunk is how much it converts at a time.
const (
	maxWord = 1024
	chunk   = 4096
)

// Transform implements transform.Transformer.
func (t *transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	end := len(src)
	if !atEOF {
		if end = t.cut(src); end == 0 {
			return 0, 0, transform.ErrShortSrc
		}
	}
	limit := chunk
	for nSrc < end {
		rest := src[nSrc:end]
		n := t.unit(rest, limit)
		out := t.convert(rest[:n])
		if nDst+len(out) > len(dst) {
			// Too much for what is left of dst: from now on one word (or
			// code point) at a time.
			limit = 0
			if m := t.unit(rest, 0); m < n {
				n, out = m, t.convert(rest[:m])
			}
			if nDst+len(out) > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
		nDst += copy(dst[nDst:], out)
		nSrc += n
	}
	if end < len(src) {
		return nDst, nSrc, transform.ErrShortSrc
	}
	return nDst, nSrc, nil
}

func (t *transformer) convert(b []byte) []byte {
	if t.reverse {
		t.buf = t.s.appendReverse(t.buf[:0], string(b))
	} else {
		t.buf = t.s.appendForward(t.buf[:0], string(b))
	}
	return t.buf
}

// unit returns the length of the next piece of src to convert on its own:
// at most limit bytes cut at a boundary, and at least one code point (one
// word and the character after it for the schemes that read words). src
// itself ends at a boundary.
func (t *transformer) unit(src []byte, limit int) int {
	if limit >= len(src) {
		return len(src)
	}
	for limit > 0 && !utf8.RuneStart(src[limit]) {
		limit-- // cut between code points
	}
	word := t.wordTest()
	if word == nil {
		n := limit
		for n > 0 && !utf8.RuneStart(src[n]) {
			n--
		}
		if n == 0 {
			_, n = utf8.DecodeRune(src)
		}
		return n
	}
	// The last boundary within limit, else the first one after it.
	for i := limit; i > 0; {
		r, size := utf8.DecodeLastRune(src[:i])
		if !word(r) {
			return i
		}
		i -= size
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		i += size
		if !word(r) {
			return i
		}
	}
	return len(src)
}

// cut returns the length of the longest prefix of src that ends where the
// scheme's output does not depend on what follows: after a complete code
// point for the exact schemes, after a character outside words for the
// others (ISO 233 moves shadda and sukun next to their consonant, the
// romanizations read words, arabizi's guess too). 0 if there is none.
func (t *transformer) cut(src []byte) int {
	end := len(src)
	// Never end inside a code point.
	if i := lastRuneStart(src); i >= 0 && !utf8.FullRune(src[i:]) {
		end = i
	}
	word := t.wordTest()
	if word == nil {
		return end
	}
	for i := end; i > 0; {
		r, size := utf8.DecodeLastRune(src[:i])
		if !word(r) {
			return i
		}
		i -= size
	}
	if end >= maxWord {
		return end
	}
	return 0
}

// wordTest returns the test for characters that belong to a word, or nil
// when the scheme converts code point by code point.
func (t *transformer) wordTest() func(rune) bool {
	loadTables()
	switch {
	case t.s.kind == exact:
		return nil
	case t.reverse:
		return func(r rune) bool { return r < utf8.RuneSelf && isChatByte(byte(r)) }
	}
	return inWord
}

func lastRuneStart(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			return i
		}
	}
	return -1
}
