package letters

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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
		if e.Variant != 0 && e.Variant != NumberForm {
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

// exactColumns are the columns that must map one code point to one
// character and back.
var exactColumns = []Column{BW, SafeBW, XMLBW, HSB}

func TestSchemeColumns(t *testing.T) {
	for _, c := range exactColumns {
		owner := map[string]rune{}
		for _, e := range table {
			v := e.Tr[c]
			if v == "" {
				continue
			}
			if utf8.RuneCountInString(v) != 1 {
				t.Errorf("%v: %U has %q, not one character", c, e.Rune, v)
			}
			if c != HSB && (len(v) != 1 || v[0] >= utf8.RuneSelf) {
				t.Errorf("%v: %U has %q, not ASCII", c, e.Rune, v)
			}
			if prev, dup := owner[v]; dup {
				t.Errorf("%v: %U and %U share %q", c, prev, e.Rune, v)
			}
			owner[v] = e.Rune
		}
	}
	// Every letter of the Arabic alphabet proper (U+0621–U+064A, less
	// U+063B–U+063F, letters for other languages that Unicode 5.1 placed
	// in the gap), every harakah, tanween, shadda, sukun, the superscript
	// alef and alef wasla have a value in every column.
	for _, e := range table {
		inCore := 0x0621 <= e.Rune && e.Rune <= 0x064A && e.Class == Letter && !(0x063B <= e.Rune && e.Rune <= 0x063F)
		if !inCore && !(0x064B <= e.Rune && e.Rune <= 0x0652) && e.Rune != 0x0670 && e.Rune != 0x0671 {
			continue
		}
		for c := Column(0); c < NumColumns; c++ {
			if e.Tr[c] == "" && !(e.Sound == Shadda || e.Sound == Sukun || e.Sound == AlefWasla) {
				t.Errorf("%U (%s) has no %v value", e.Rune, e.Name, c)
			}
		}
		if e.Sound == NoSound {
			t.Errorf("%U (%s) has no sound", e.Rune, e.Name)
		}
	}
	// Safe Buckwalter has no character special to regular expressions or
	// shells (CAMeL Tools keeps ~ for shadda: it is special to a shell only
	// at the start of a word); XML Buckwalter none special to XML markup.
	for _, e := range table {
		if strings.ContainsAny(e.Tr[SafeBW], `.^$*+?()[]{}|\/'"`+"`;&<>!#%=") {
			t.Errorf("safe Buckwalter value %q of %U is special to regexes or shells", e.Tr[SafeBW], e.Rune)
		}
		if strings.ContainsAny(e.Tr[XMLBW], `<>&"`) {
			t.Errorf("XML Buckwalter value %q of %U is special to XML", e.Tr[XMLBW], e.Rune)
		}
	}
}

func TestSoundsAndTraits(t *testing.T) {
	var sun, clitic []rune
	for _, e := range table {
		if e.Traits&Sun != 0 {
			sun = append(sun, e.Rune)
		}
		if e.Traits&Proclitic != 0 {
			clitic = append(clitic, e.Rune)
		}
		if e.Vowel != NoSound && e.Vowel != Fatha && e.Vowel != Damma && e.Vowel != Kasra {
			t.Errorf("%U: Vowel %v is not a short vowel", e.Rune, e.Vowel)
		}
		if e.Sound.IsSign() != (e.Sound != NoSound && e.Class == Diacritic) {
			t.Errorf("%U: sound %d and class %v disagree", e.Rune, e.Sound, e.Class)
		}
		hasAlt := e.Alt != Tr{}
		switch e.Sound {
		case Waw, Yeh, AlefMaksura, TehMarbuta, Madda:
			for _, c := range []Column{DIN, ALA, Arabizi} {
				if e.Alt[c] == "" {
					t.Errorf("%U (%s): no %v value for its context", e.Rune, e.Name, c)
				}
			}
		default:
			if hasAlt {
				t.Errorf("%U (%s): an Alt value that no rule reads", e.Rune, e.Name)
			}
		}
	}
	// The fourteen sun letters: ت ث د ذ ر ز س ش ص ض ط ظ ل ن.
	if got := string(sun); got != "تثدذرزسشصضطظلن" {
		t.Errorf("sun letters %s", got)
	}
	if got := string(clitic); got != "بفكلو" {
		t.Errorf("proclitics %s", got)
	}
}

func TestColumnNames(t *testing.T) {
	if BW.String() != "buckwalter" || Arabizi.String() != "arabizi" || NumColumns.String() != "column(?)" {
		t.Error("column names")
	}
}
