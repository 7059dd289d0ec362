package letters

import (
	"testing"
	"unicode"
)

func TestTableIsConsistent(t *testing.T) {
	seen := map[rune]bool{}
	for _, e := range table {
		if seen[e.Rune] {
			t.Errorf("%U listed twice", e.Rune)
		}
		seen[e.Rune] = true
		if e.Name == "" || e.Class == Unknown {
			t.Errorf("%U: missing name or class", e.Rune)
		}
		if e.Variant != 0 {
			b, ok := Lookup(e.Base)
			if !ok || b.Class != Letter {
				t.Errorf("%U (%s): variant of %U, which is not a letter in the table", e.Rune, e.Name, e.Base)
			}
		}
		if e.Class == Digit && (e.Base < '0' || e.Base > '9') {
			t.Errorf("%U: digit without an ASCII value", e.Rune)
		}
		if e.Class.IsMark() && !unicode.Is(unicode.Mn, e.Rune) && e.Rune != 0x06E5 && e.Rune != 0x06E6 {
			t.Errorf("%U (%s): a mark class for a non-combining character", e.Rune, e.Name)
		}
	}
	// Every assigned code point of the Arabic blocks is in the table.
	for _, block := range [][2]rune{{0x0600, 0x06FF}, {0x0750, 0x077F}, {0x08A0, 0x08FF}} {
		for r := block[0]; r <= block[1]; r++ {
			if unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Cf) && !seen[r] {
				t.Errorf("%U is assigned but missing from the table", r)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		r       rune
		class   Class
		variant Variant
		base    rune
	}{
		{'ا', Letter, 0, 0},
		{'أ', Letter, AlefForm | HamzaForm, 'ا'},
		{'ى', Letter, AlefMaksuraForm, 'ي'},
		{'ة', Letter, TehMarbutaForm, 'ه'},
		{'ؤ', Letter, HamzaForm, 'و'},
		{'ی', Letter, PersianForm, 'ي'},
		{'ک', Letter, PersianForm, 'ك'},
		{'\u064E', Diacritic, 0, 0},
		{'\u0670', Diacritic, 0, 0},
		{'\u0654', HamzaMark, 0, 0},
		{'\u06D6', QuranicMark, 0, 0},
		{'ـ', Tatweel, 0, 0},
		{'٣', Digit, 0, '3'},
		{'۵', Digit, 0, '5'},
		{'،', Punctuation, 0, ','},
		{'\u200F', Invisible, 0, 0},
		{'\u061C', Invisible, 0, 0},
		{'\u00A0', Space, 0, 0},
	}
	for _, tt := range tests {
		e, ok := Lookup(tt.r)
		if !ok || e.Class != tt.class || e.Variant != tt.variant || e.Base != tt.base {
			t.Errorf("Lookup(%q) = %+v, %v; want class %v variant %v base %q", tt.r, e, ok, tt.class, tt.variant, tt.base)
		}
		if ClassOf(tt.r) != tt.class {
			t.Errorf("ClassOf(%q) = %v, want %v", tt.r, ClassOf(tt.r), tt.class)
		}
	}
	if _, ok := Lookup('x'); ok || ClassOf('x') != Unknown || ClassOf('😀') != Unknown {
		t.Error("Latin letters and emoji are not in the table")
	}
	if !IsPresentationForm('ﻷ') || IsPresentationForm('ل') || !IsArabic('ﻷ') || IsArabic('x') {
		t.Error("presentation form ranges")
	}
}
