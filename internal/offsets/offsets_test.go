package offsets

import (
	"slices"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// text has one-, two-, three- and four-byte runes: a Latin letter, Arabic
// letters with a shadda, an Arabic-Indic digit and an emoji before a name.
const text = "a مُحمّد ٣ 💧 سلمى."

// TestOffsetEveryBoundary checks each rune boundary against counts computed
// the slow way.
func TestOffsetEveryBoundary(t *testing.T) {
	for _, u := range []Unit{CodePoint, UTF16, Byte} {
		c := New(text, u)
		var want int
		for b := 0; b <= len(text); {
			if got := c.Offset(b); got != want {
				t.Fatalf("%v: Offset(%d) = %d, want %d", u, b, got, want)
			}
			if b == len(text) {
				break
			}
			r, size := utf8.DecodeRuneInString(text[b:])
			switch u {
			case CodePoint:
				want++
			case UTF16:
				want += utf16.RuneLen(r)
			case Byte:
				want += size
			}
			b += size
		}
	}
}

func TestOffsetAnyOrder(t *testing.T) {
	order := []int{len(text), 0, 25, 3, 3, len(text) - 1, 10, 2}
	for _, u := range []Unit{CodePoint, UTF16, Byte} {
		c := New(text, u)
		for _, b := range order {
			if got, want := c.Offset(b), New(text, u).Offset(b); got != want {
				t.Errorf("%v: Offset(%d) after others = %d, fresh %d", u, b, got, want)
			}
		}
	}
}

func TestInsideRuneAndClamp(t *testing.T) {
	// "💧" starts at byte 0 and takes 4 bytes, 2 UTF-16 units, 1 code point.
	s := "💧x"
	tests := []struct {
		u    Unit
		b    int
		want int
	}{
		{CodePoint, 2, 0}, {UTF16, 3, 0}, {CodePoint, 4, 1}, {UTF16, 4, 2},
		{UTF16, 5, 3}, {UTF16, 99, 3}, {CodePoint, -4, 0}, {Byte, 99, 5},
	}
	for _, tt := range tests {
		if got := New(s, tt.u).Offset(tt.b); got != tt.want {
			t.Errorf("%v Offset(%d) = %d, want %d", tt.u, tt.b, got, tt.want)
		}
	}
}

func TestConvertUnsorted(t *testing.T) {
	offs := []int{len(text), 2, 14, 0, 14}
	for _, u := range []Unit{CodePoint, UTF16, Byte} {
		got := slices.Clone(offs)
		Convert(text, u, got)
		for i, b := range offs {
			if want := New(text, u).Offset(b); got[i] != want {
				t.Errorf("%v: Convert[%d] (byte %d) = %d, want %d", u, i, b, got[i], want)
			}
		}
	}
}

func TestParseUnit(t *testing.T) {
	for _, u := range []Unit{CodePoint, UTF16, Byte} {
		if got, err := ParseUnit(u.String()); err != nil || got != u {
			t.Errorf("ParseUnit(%q) = %v, %v", u.String(), got, err)
		}
	}
	if _, err := ParseUnit("utf8"); err == nil {
		t.Error(`ParseUnit("utf8") gave no error`)
	}
}
