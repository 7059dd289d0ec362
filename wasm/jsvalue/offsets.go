package jsvalue

import (
	"sort"
	"unicode/utf8"
)

// This file has no build constraint: the conversion is plain Go, so its tests
// run natively as well as under GOOS=js GOARCH=wasm.

// UTF16Index converts UTF-8 byte offsets into one string to UTF-16 code-unit
// offsets, the unit of JavaScript strings and the DOM. It is the ONE place
// where Go offsets become JS offsets: every span that crosses into JS goes
// through it.
//
// It keeps a cursor (a rune boundary and the same position in code units), so
// offsets asked in increasing order cost one walk over the string in total.
// An offset before the cursor walks back from the cursor or restarts from the
// start, whichever is shorter, so any order is correct.
//
// Runes above U+FFFF count two code units (a surrogate pair), the rest one.
// An invalid byte counts one unit, as the U+FFFD it decodes to in JS; strings
// that came from JS are always valid UTF-8 (a lone surrogate arrives as the
// three bytes of U+FFFD, one code unit like the surrogate it replaced), so
// their offsets hold exactly. An offset inside a rune is rounded down to the
// rune's start; offsets outside [0, len(s)] are clamped.
type UTF16Index struct {
	s    string
	b, u int // cursor: byte offset of a rune boundary, and its UTF-16 offset
}

// NewUTF16Index returns a converter for offsets into s.
func NewUTF16Index(s string) *UTF16Index { return &UTF16Index{s: s} }

// units is the number of UTF-16 code units that encode r.
func units(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// Offset returns the UTF-16 offset of byte offset b.
func (x *UTF16Index) Offset(b int) int {
	b = max(0, min(b, len(x.s)))
	if b < x.b && b < x.b-b {
		x.b, x.u = 0, 0 // nearer the start than the cursor: restart
	}
	for x.b > b {
		r, size := utf8.DecodeLastRuneInString(x.s[:x.b])
		x.b -= size
		x.u -= units(r)
	}
	for x.b < b {
		r, size := utf8.DecodeRuneInString(x.s[x.b:])
		if x.b+size > b {
			break // b is inside this rune
		}
		x.b += size
		x.u += units(r)
	}
	return x.u
}

// UTF16Offsets converts the byte offsets offs into s to UTF-16 offsets. It
// walks s once: in the given order when offs is sorted, else in sorted order.
func UTF16Offsets(s string, offs []int) []int {
	out := make([]int, len(offs))
	x := NewUTF16Index(s)
	if sort.IntsAreSorted(offs) {
		for i, b := range offs {
			out[i] = x.Offset(b)
		}
		return out
	}
	order := make([]int, len(offs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return offs[order[i]] < offs[order[j]] })
	for _, i := range order {
		out[i] = x.Offset(offs[i])
	}
	return out
}
