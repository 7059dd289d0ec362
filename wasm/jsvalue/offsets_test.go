package jsvalue

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// want16 is the reference: the UTF-16 length of s[:b].
func want16(s string, b int) int {
	return len(utf16.Encode([]rune(s[:b])))
}

// boundaries returns every rune boundary of s, len(s) included.
func boundaries(s string) []int {
	var bs []int
	for i := range s {
		bs = append(bs, i)
	}
	return append(bs, len(s))
}

var offsetTexts = []struct {
	name, s string
}{
	{"empty", ""},
	{"ascii", "Sara Haddad 2024"},
	{"arabic", "كَتبَ أحمدُ ﻷمه"},
	{"emoji before arabic", "😀 قال"},
	{"zwj family", "👨\u200d👩\u200d👧 أحمد"},
	{"flag and math", "🇸🇦 𝒜 ب"},
	{"bom", "\uFEFFابc"},
	{"replacement char", "\uFFFDا\uFFFD"},
	{"mixed", "أ😀b\u200fت𝒜\nث\U0010FFFF"},
}

// TestUTF16OffsetsSorted checks every rune boundary, in order, against
// utf16.Encode.
func TestUTF16OffsetsSorted(t *testing.T) {
	for _, tc := range offsetTexts {
		t.Run(tc.name, func(t *testing.T) {
			bs := boundaries(tc.s)
			got := UTF16Offsets(tc.s, bs)
			for i, b := range bs {
				if w := want16(tc.s, b); got[i] != w {
					t.Errorf("offset of byte %d = %d, want %d", b, got[i], w)
				}
			}
		})
	}
}

// TestUTF16OffsetsAnyOrder checks reversed, interleaved and repeated
// offsets.
func TestUTF16OffsetsAnyOrder(t *testing.T) {
	for _, tc := range offsetTexts {
		t.Run(tc.name, func(t *testing.T) {
			bs := boundaries(tc.s)
			rev := slices.Clone(bs)
			slices.Reverse(rev)
			// interleave far and near offsets: end, start, end-1, start+1, ...
			var mixed []int
			for i, j := 0, len(bs)-1; i <= j; i, j = i+1, j-1 {
				mixed = append(mixed, bs[j])
				if i != j {
					mixed = append(mixed, bs[i])
				}
			}
			for _, offs := range [][]int{rev, mixed, append(slices.Clone(bs), bs...)} {
				got := UTF16Offsets(tc.s, offs)
				for i, b := range offs {
					if w := want16(tc.s, b); got[i] != w {
						t.Errorf("%v: offset of byte %d = %d, want %d", offs, b, got[i], w)
					}
				}
				// the cursor, used directly in any order, agrees
				x := NewUTF16Index(tc.s)
				for _, b := range offs {
					if g, w := x.Offset(b), want16(tc.s, b); g != w {
						t.Errorf("cursor: offset of byte %d = %d, want %d", b, g, w)
					}
				}
			}
		})
	}
}

// TestUTF16OffsetEdges checks offsets inside a rune and outside the string.
func TestUTF16OffsetEdges(t *testing.T) {
	s := "a😀b" // bytes: a=0, 😀=1..4, b=5; UTF-16: a=0, 😀=1..2, b=3
	tests := []struct {
		name string
		b    int
		want int
	}{
		{"start", 0, 0},
		{"before emoji", 1, 1},
		{"inside emoji rounds down", 3, 1},
		{"after emoji", 5, 3},
		{"end", 6, 4},
		{"negative clamps", -4, 0},
		{"past the end clamps", 99, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := NewUTF16Index(s).Offset(tc.b); got != tc.want {
				t.Errorf("Offset(%d) = %d, want %d", tc.b, got, tc.want)
			}
			// the same from a cursor that sits at the end
			x := NewUTF16Index(s)
			x.Offset(len(s))
			if got := x.Offset(tc.b); got != tc.want {
				t.Errorf("from the end: Offset(%d) = %d, want %d", tc.b, got, tc.want)
			}
		})
	}
}

// TestUTF16OffsetsInvalidUTF8 checks that an invalid byte counts one code
// unit.
func TestUTF16OffsetsInvalidUTF8(t *testing.T) {
	// Strings from JS are always valid; an invalid byte counts one unit.
	s := "a\xffب\xe2\x82"
	if utf8.ValidString(s) {
		t.Fatal("test string should be invalid")
	}
	got := UTF16Offsets(s, []int{0, 1, 2, 4, 5, 6})
	if want := []int{0, 1, 2, 3, 4, 5}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestUTF16OffsetsLongText checks a long text with emoji.
func TestUTF16OffsetsLongText(t *testing.T) {
	s := strings.Repeat("😀 كتبَ أحمد\n", 5000)
	bs := boundaries(s)
	got := UTF16Offsets(s, bs)
	for i, b := range bs {
		if w := want16(s, b); got[i] != w {
			t.Fatalf("offset of byte %d = %d, want %d", b, got[i], w)
		}
		if i > 2000 {
			break // want16 is quadratic; the rest is checked by the end offset
		}
	}
	if w := len(utf16.Encode([]rune(s))); got[len(got)-1] != w {
		t.Errorf("end = %d, want %d", got[len(got)-1], w)
	}
}

// BenchmarkUTF16Offsets measures converting every rune boundary of a 1 MB
// text.
func BenchmarkUTF16Offsets(b *testing.B) {
	s := strings.Repeat("😀 كتبَ أحمد\n", 50000)
	bs := boundaries(s)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		UTF16Offsets(s, bs)
	}
}
