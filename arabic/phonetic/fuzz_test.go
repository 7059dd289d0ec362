package phonetic

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/harf-project/harf/arabic/letters"
)

var fuzzSeeds = []string{
	"", "محمد", "مُحَمَّدٌ", "Muhammad", "نصر الله", "Abd al-Aziz", "Abdelaziz", "3omar", "ﷲ ﻷ",
	"هَيْثَم بن طارِق", "al-Khartoum", "ʿAbd al-ʿAzīz", "l'Algérie", "Mohammed VI", "ال", "- al -",
	"ا\u0654\u064e", "x\u064e\u0651y", "😀 Beyrouth", "\xff\xfe", "Abdel", "عبدال", "7'assan 3'azi 9'",
}

// stripDiacritics removes the harakat, tanween, shadda, sukun, superscript
// alef and Quranic marks of s, as a reader who does not write them would.
func stripDiacritics(s string) string {
	return strings.Map(func(r rune) rune {
		switch letters.ClassOf(r) {
		case letters.Diacritic, letters.QuranicMark:
			return -1
		}
		return r
	}, s)
}

// FuzzKey: keys never panic, use only the alphabet, are deterministic, do
// not depend on diacritics, and compare with themselves at distance 0.
func FuzzKey(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		k := Key(s)
		if strings.Trim(k, Alphabet) != "" {
			t.Fatalf("Key(%q) = %q: outside the alphabet", s, k)
		}
		if k2 := Key(s); k2 != k {
			t.Fatalf("Key(%q) not deterministic: %q then %q", s, k, k2)
		}
		if bare := stripDiacritics(s); Key(bare) != k {
			t.Fatalf("Key(%q) = %q but without diacritics Key(%q) = %q", s, k, bare, Key(bare))
		}
		if JoinedKey(s) != strings.Join(Keys(s), "") {
			t.Fatalf("JoinedKey(%q) is not the joined Keys", s)
		}
		if d := Distance(k, k); d != 0 {
			t.Fatalf("Distance(%q, %q) = %d", k, k, d)
		}
		if !Match(k, k) {
			t.Fatalf("%q does not match itself", k)
		}
		_ = IsLatin(s)
	})
}

// FuzzDistance: Distance is symmetric, non-negative, and Match agrees with
// it.
func FuzzDistance(f *testing.F) {
	f.Add("Muhammad", "محمود")
	f.Add("Nasrallah", "نصر الله")
	f.Add("gggghhhhllll", "zzzzvvvv")
	f.Add("", "Qatar")
	f.Fuzz(func(t *testing.T, a, b string) {
		ka, kb := JoinedKey(a), JoinedKey(b)
		d := Distance(ka, kb)
		if d < 0 || d != Distance(kb, ka) {
			t.Fatalf("Distance(%q, %q) = %d, reverse %d", ka, kb, d, Distance(kb, ka))
		}
		if m := Match(ka, kb); m != (d <= min(MaxDistance(ka), MaxDistance(kb))) {
			t.Fatalf("Match(%q, %q) = %v but Distance %d", ka, kb, m, d)
		}
		if s := Similarity(ka, kb); s < 0 || s > 1 {
			t.Fatalf("Similarity(%q, %q) = %v", ka, kb, s)
		}
		// Some pair of skeletons is as close as the keys.
		if len(ka)+len(kb) < 200 {
			near := false
			for _, x := range Skeletons(ka) {
				for _, y := range Skeletons(kb) {
					near = near || levenshtein.ComputeDistance(x, y) <= d
				}
			}
			if !near {
				t.Fatalf("Distance(%q, %q) = %d but no skeletons that close: %q %q", ka, kb, d, Skeletons(ka), Skeletons(kb))
			}
		}
		// Raw strings, not keys, must not panic either.
		_ = Distance(a, b)
		_ = Skeletons(a)
	})
}
