package jsvalue

import (
	"slices"

	"github.com/harf-project/harf/internal/offsets"
)

// This file has no build constraint: the conversion is plain Go, so its tests
// run natively as well as under GOOS=js GOARCH=wasm.

// UTF16Index converts UTF-8 byte offsets into one string to UTF-16 code-unit
// offsets, the unit of JavaScript strings and the DOM. It is the ONE place
// where Go offsets become JS offsets: every span that crosses into JS goes
// through it. It is internal/offsets' Converter (the command line's
// --offsets utf16 uses the same) in the UTF-16 unit.
//
// It keeps a cursor, so offsets asked in increasing order cost one walk over
// the string in total; any order is correct. Runes above U+FFFF count two
// code units (a surrogate pair), the rest one. An invalid byte counts one
// unit, as the U+FFFD it decodes to in JS; strings that came from JS are
// always valid UTF-8 (a lone surrogate arrives as the three bytes of U+FFFD,
// one code unit like the surrogate it replaced), so their offsets hold
// exactly. An offset inside a rune is rounded down to the rune's start;
// offsets outside [0, len(s)] are clamped.
type UTF16Index = offsets.Converter

// NewUTF16Index returns a converter for offsets into s.
func NewUTF16Index(s string) *UTF16Index { return offsets.New(s, offsets.UTF16) }

// UTF16Offsets converts the byte offsets offs into s to UTF-16 offsets. It
// walks s once: in the given order when offs is sorted, else in sorted order.
func UTF16Offsets(s string, offs []int) []int {
	out := slices.Clone(offs)
	offsets.Convert(s, offsets.UTF16, out)
	return out
}
