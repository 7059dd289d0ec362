package normalize

import (
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Transformer returns a transform.Transformer that applies the Normalizer,
// for use with transform.Chain, transform.NewReader and the like. It carries
// the context of its output (the last letter, a pending space) from one call
// of Transform to the next until Reset, so its output is the same however the
// input is cut.
func (n *Normalizer) Transformer() transform.Transformer { return &transformer{n: n} }

type transformer struct {
	n  *Normalizer
	st state
}

// Reset forgets the context of earlier text.
func (t *transformer) Reset() { t.st = state{} }

// Transform implements transform.Transformer.
func (t *transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	var scratch [64]byte
	for nSrc < len(src) {
		r, size := utf8.DecodeRune(src[nSrc:])
		if r == utf8.RuneError && size == 1 && !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		st := t.st
		out, seq := t.n.step(&st, r, scratch[:0])
		if seq == 0 {
			out = src[nSrc : nSrc+size]
		}
		if nDst+len(out) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		t.st = st
		nSrc += size
	}
	return nDst, nSrc, nil
}

// cache holds the Normalizer of every combination of options, built on
// first use; an array indexed by the options' bits, because a map keyed by
// Options costs more than short normalizations themselves in WebAssembly.
var cache [1 << ruleCount]atomic.Pointer[Normalizer]

// For returns a shared Normalizer for the options, building it on first use.
func For(o Options) *Normalizer {
	key := o.bits()
	if n := cache[key].Load(); n != nil {
		return n
	}
	n := New(o)
	if cache[key].CompareAndSwap(nil, n) {
		return n
	}
	return cache[key].Load()
}

// bits packs the options into one bit each, in canonical order.
func (o Options) bits() uint {
	b := func(on bool, r rule) uint {
		if on {
			return 1 << (r - 1)
		}
		return 0
	}
	return b(o.Diacritics, ruleDiacritics) | b(o.Tatweel, ruleTatweel) | b(o.Alef, ruleAlef) |
		b(o.AlefMaksura, ruleAlefMaksura) | b(o.TehMarbuta, ruleTehMarbuta) | b(o.Hamza, ruleHamza) |
		b(o.PresentationForms, rulePresentationForms) | b(o.Persian, rulePersian) | b(o.Digits, ruleDigits) |
		b(o.Punctuation, rulePunctuation) | b(o.Invisibles, ruleInvisibles) | b(o.Whitespace, ruleWhitespace)
}
