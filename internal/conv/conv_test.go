package conv

import (
	"strconv"
	"testing"
	"unicode"
)

func TestQuote(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", `""`},
		{"buckwalter", `"buckwalter"`},
		{"قال أحمد", `"قال أحمد"`},
		{"مُحَمَّد", `"مُحَمَّد"`}, // combining marks as they are
		{`say "salam" \ bye`, `"say \"salam\" \\ bye"`},
		{"line\nnext\ttab\r\a\b\f\v", `"line\nnext\ttab\r\a\b\f\v"`},
		{"\x00\x1b\x7f", `"\x00\x1b\x7f"`},
		{"\u0085\u00a0", `"\u0085\u00a0"`},                     // C1 control, no-break space
		{"\u200fعربي\u200e\u2028", `"\u200fعربي\u200e\u2028"`}, // bidi marks, line separator
		{"\ufeffبسم", `"\ufeffبسم"`},
		{"\U000e0001", `"\U000e0001"`}, // a format character outside the BMP
		{"\xff\xd8", `"\xff\xd8"`},     // not UTF-8
		{"\ufffd", `"` + "\ufffd" + `"`},
		{"ﷺ 😀 ٣", `"ﷺ 😀 ٣"`},
	} {
		got := Quote(tc.in)
		if got != tc.want {
			t.Errorf("Quote(%q) = %s, want %s", tc.in, got, tc.want)
		}
		if sq := strconv.Quote(tc.in); sq != got {
			t.Errorf("Quote(%q) = %s, strconv.Quote %s", tc.in, got, sq)
		}
	}
	// Where the two differ: unassigned and private-use code points.
	for _, r := range []rune{0x0378, 0xE000, 0x10FFFD} {
		if got, want := Quote(string(r)), `"`+string(r)+`"`; got != want {
			t.Errorf("Quote(%U) = %s, want %s", r, got, want)
		}
	}
}

// FuzzQuote checks that Quote's output reads back as its input (strconv's
// Unquote) and agrees with strconv.Quote wherever strconv.Quote keeps no
// code point of the two kinds Quote leaves as they are.
func FuzzQuote(f *testing.F) {
	for _, s := range []string{"", "احمد", `"\`, "\x00\u200f\xff", "\U000e0001 \u00a0", "\u0378"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := Quote(s)
		back, err := strconv.Unquote(q)
		if err != nil || back != s {
			t.Fatalf("Quote(%q) = %s, which reads back as %q (%v)", s, q, back, err)
		}
		if sq := strconv.Quote(s); sq != q {
			for _, r := range s {
				if !strconv.IsPrint(r) && !unicode.IsControl(r) && !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
					return // unassigned or private use: strconv.Quote escapes it, Quote does not
				}
			}
			t.Fatalf("Quote(%q) = %s, strconv.Quote %s", s, q, sq)
		}
	})
}

func TestAtoi(t *testing.T) {
	for _, in := range []string{
		"0", "7", "42", "-3", "+5", "007", "-0", "+0",
		"9223372036854775807", "-9223372036854775808",
		"9223372036854775808", "-9223372036854775809", "99999999999999999999",
		"", "+", "-", "--1", "+-1", " 1", "1 ", "1_000", "0x10", "١٢", "3.0", "auto", "1e3",
	} {
		n, err := Atoi(in)
		want, werr := strconv.Atoi(in)
		if (err == nil) != (werr == nil) || err == nil && n != want {
			t.Errorf("Atoi(%q) = %d, %v; strconv.Atoi %d, %v", in, n, err, want, werr)
		}
	}
}

func FuzzAtoi(f *testing.F) {
	for _, s := range []string{"12", "-9223372036854775808", "+1", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Atoi(s)
		want, werr := strconv.Atoi(s)
		if (err == nil) != (werr == nil) || err == nil && n != want {
			t.Fatalf("Atoi(%q) = %d, %v; strconv.Atoi %d, %v", s, n, err, want, werr)
		}
	})
}
