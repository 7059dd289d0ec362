package normalize

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"", " ", "أَحْمَدُ ﻷ", "مُحَمَّدٌ", "هٰذا", "جمـــيل", "ﷲ ﷺ ﹰ ﳲ", "\u200fمرحبا\u200c", "  \t\n ",
	"ا\u0654\u0654ب", "أ\u064e\u0654", "ۃ ۓ ۀ", "😀 👩‍👩‍👧 مرحبا", "\xff\xc3", "٣٤ ۱۲ ٫٬", "a\u200b b",
	"\ufeffابc", "❤\ufe0f\u200d🔥", "ـ\u0654", "ى\u0654", " \u0651 ",
}

var allPresets = []Options{Light, Search, Aggressive, {Alef: true}, {Hamza: true},
	{Whitespace: true, Invisibles: true}, {PresentationForms: true}, {Diacritics: true, Hamza: true}}

// FuzzIdempotent: normalizing twice changes nothing more.
func FuzzIdempotent(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			// Invalid bytes pass through as they are and may pair up with
			// their new neighbours once marks between them are removed.
			return
		}
		for _, o := range allPresets {
			n := For(o)
			once := n.String(s)
			if twice := n.String(once); twice != once {
				t.Fatalf("%v: not idempotent on %q:\nonce  %q\ntwice %q", o.Enabled(), s, once, twice)
			}
		}
	})
}

// FuzzChanges: every change lies in the input and reads it, the changes
// rebuild the output, spans map back inside the input, and the output holds
// nothing the options remove.
func FuzzChanges(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, o := range allPresets {
			res := For(o).Normalize(s)
			if res.Text != For(o).String(s) {
				t.Fatalf("Normalize and String differ on %q", s)
			}
			checkChanges(t, s, res)
			if utf8.ValidString(s) {
				checkRemoved(t, o, res.Text)
			}
			cur := res.Cursor()
			for i := 0; i <= len(res.Text); i++ {
				for j := i; j <= len(res.Text) && j < i+12; j++ {
					a, b := res.Span(i, j)
					if a < 0 || a > b || b > len(s) {
						t.Fatalf("Span(%d,%d) = %d,%d outside input of %d bytes (%q)", i, j, a, b, len(s), s)
					}
					if ca, cb := cur.Span(i, j); ca != a || cb != b {
						t.Fatalf("Cursor.Span(%d,%d) = %d,%d, Span says %d,%d (%q)", i, j, ca, cb, a, b, s)
					}
				}
			}
		}
	})
}
