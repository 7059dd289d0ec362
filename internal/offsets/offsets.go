// Package offsets converts UTF-8 byte offsets into a string, Go's unit, to the
// units other languages count in: code points (Python's str, Rust's chars) and
// UTF-16 code units (JavaScript strings and the DOM).
//
// A Converter keeps a cursor, so offsets asked in increasing order, or nearly
// so (the starts and ends of matches in text order), cost one walk over the
// string in total. An offset inside a rune is rounded down to the rune's
// start; offsets outside [0, len(s)] are clamped. An invalid byte counts as
// one code point and one UTF-16 unit, as the U+FFFD it decodes to.
//
// It is also how every span that crosses into JavaScript is converted
// (wasm/jsvalue), so it must not link fmt (./build.sh checks harf.wasm's
// dependencies).
package offsets

import (
	"errors"
	"sort"
	"strconv"
	"unicode/utf8"
)

// Unit is what an offset counts.
type Unit int

// The units, with the names ParseUnit accepts.
const (
	CodePoint Unit = iota // "codepoint": Python's str indices
	UTF16                 // "utf16": JavaScript's string indices
	Byte                  // "byte": UTF-8 bytes, Go's string indices
)

var unitNames = [...]string{CodePoint: "codepoint", UTF16: "utf16", Byte: "byte"}

// String returns the unit's name.
func (u Unit) String() string {
	if u < 0 || int(u) >= len(unitNames) {
		return "Unit(" + strconv.Itoa(int(u)) + ")"
	}
	return unitNames[u]
}

// ParseUnit returns the unit with the given name: codepoint, utf16 or byte.
func ParseUnit(name string) (Unit, error) {
	for u, n := range unitNames {
		if n == name {
			return Unit(u), nil
		}
	}
	return 0, errors.New("unknown offset unit " + strconv.Quote(name) + " (known: codepoint, utf16, byte)")
}

// Converter turns byte offsets into one string into offsets in a Unit.
type Converter struct {
	s    string
	unit Unit
	b, n int // cursor: byte offset of a rune boundary, and the same position in unit
}

// New returns a Converter for offsets into s, counted in u.
func New(s string, u Unit) *Converter { return &Converter{s: s, unit: u} }

// width is the number of units that encode r.
func (c *Converter) width(r rune) int {
	if c.unit == UTF16 && r >= 0x10000 && r <= utf8.MaxRune {
		return 2 // a surrogate pair
	}
	return 1
}

// Offset returns the offset in the Converter's unit of byte offset b.
func (c *Converter) Offset(b int) int {
	b = max(0, min(b, len(c.s)))
	if c.unit == Byte {
		return b
	}
	if b < c.b && b < c.b-b {
		c.b, c.n = 0, 0 // nearer the start than the cursor: restart
	}
	for c.b > b {
		r, size := utf8.DecodeLastRuneInString(c.s[:c.b])
		c.b -= size
		c.n -= c.width(r)
	}
	for c.b < b {
		r, size := utf8.DecodeRuneInString(c.s[c.b:])
		if c.b+size > b {
			break // b is inside this rune
		}
		c.b += size
		c.n += c.width(r)
	}
	return c.n
}

// Convert replaces each byte offset into s in offs by its offset in u,
// walking s once whatever the order of offs.
func Convert(s string, u Unit, offs []int) {
	if u == Byte {
		for i, b := range offs {
			offs[i] = max(0, min(b, len(s)))
		}
		return
	}
	c := New(s, u)
	if sort.IntsAreSorted(offs) {
		for i, b := range offs {
			offs[i] = c.Offset(b)
		}
		return
	}
	order := make([]int, len(offs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return offs[order[i]] < offs[order[j]] })
	out := make([]int, len(offs))
	for _, i := range order {
		out[i] = c.Offset(offs[i])
	}
	copy(offs, out)
}
