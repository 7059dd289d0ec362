package translit

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

var fuzzSeeds = []string{
	"", "كَتَبَ", "مُحَمَّدٌ", "القُرْآن", "مَدْرَسَةٌ والشَّمْسُ", "ٱلرَّحْمٰنِ", "هٰذا جمـــيل",
	"سُئِلَ مسؤول عن شيء", "عاماً ٢٠٢٥ 💧", "پ چ ڤ گ ژ ک", "Karim Haddad, 2030.", "\xff\xc3ب",
	"\u200fمرحبا\u200c", "ﻷ ﷲ", "ab ~ * $ { } | < > &",
}

// domain returns the runes of an exact scheme's domain to build fuzz input
// from: every code point the scheme covers, and a choice of what must pass
// through (spaces, line breaks, digits of both kinds, punctuation, Latin
// letters, emoji, bidi controls, uncovered Arabic), less the characters of
// the scheme's alphabet.
func domain(s *Scheme) []rune {
	loadTables()
	var rs []rune
	for r := rune(blockLo); r < blockHi; r++ {
		if _, ok := forward[s.col].get(r); ok {
			rs = append(rs, r)
		}
	}
	alphabet := s.alphabet()
	for _, r := range " \n\t\r0123456789.,;:!?-()[]\"'%/+=@#^_*$&|<>{}~`abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" +
		"٠١٢٣٤٥٦٧٨٩۱۲۳،؛؟«»—…ژکیۀڭـ\u200c\u200f\u0654\u06D6😀💧ﻷéñθ\uFFFD" {
		if !slices.Contains(alphabet, r) && !slices.Contains(rs, r) {
			rs = append(rs, r)
		}
	}
	return rs
}

// fromBytes maps fuzz bytes onto runes of the set.
func fromBytes(data []byte, set []rune) string {
	var b strings.Builder
	for _, c := range data {
		b.WriteRune(set[int(c)%len(set)])
	}
	return b.String()
}

// arabicOnly maps fuzz bytes onto the whole Arabic block U+0600–U+06FF.
func arabicOnly(data []byte) string {
	var b strings.Builder
	for _, c := range data {
		b.WriteRune(blockLo + rune(c))
	}
	return b.String()
}

func fuzzRoundTrip(f *testing.F, id string) {
	s := mustLookup(f, id)
	set := domain(s)
	for _, seed := range fuzzSeeds {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		in := fromBytes(data, set)
		out := s.Transliterate(in)
		back, err := s.Detransliterate(out)
		if err != nil || back != in {
			t.Fatalf("%s: %q → %q → %q (%v)", id, in, out, back, err)
		}
		// The safe variants stay safe for any Arabic input.
		ar := s.Transliterate(arabicOnly(data))
		switch id {
		case "buckwalter-safe":
			if i := strings.IndexAny(ar, safeForbidden); i >= 0 {
				t.Fatalf("safe Buckwalter wrote %q", ar[i])
			}
		case "buckwalter-xml":
			if i := strings.IndexAny(ar, xmlForbidden); i >= 0 {
				t.Fatalf("XML Buckwalter wrote %q", ar[i])
			}
		}
	})
}

// FuzzRoundTripBuckwalter: Detransliterate(Transliterate(s)) == s for any
// text in the domain.
func FuzzRoundTripBuckwalter(f *testing.F) { fuzzRoundTrip(f, "buckwalter") }

// FuzzRoundTripBuckwalterSafe: the same for safe Buckwalter, whose output
// also never holds a regex or shell metacharacter.
func FuzzRoundTripBuckwalterSafe(f *testing.F) { fuzzRoundTrip(f, "buckwalter-safe") }

// FuzzRoundTripBuckwalterXML: the same for XML Buckwalter, whose output
// never holds < > &.
func FuzzRoundTripBuckwalterXML(f *testing.F) { fuzzRoundTrip(f, "buckwalter-xml") }

// FuzzRoundTripHSB: the same for Habash-Soudi-Buckwalter.
func FuzzRoundTripHSB(f *testing.F) { fuzzRoundTrip(f, "hsb") }

// FuzzSchemes: on any input every scheme terminates without panic, writes
// valid UTF-8 and agrees with its Transformer; the exact schemes round-trip
// whatever valid input avoids their alphabet.
func FuzzSchemes(f *testing.F) {
	for _, seed := range fuzzSeeds {
		f.Add(seed)
	}
	f.Fuzz(fuzzBody)
}

var allSchemes = Schemes()

func fuzzBody(t *testing.T, in string) {
	all := allSchemes
	for i := range all {
		s := &all[i]
		out := s.Transliterate(in)
		if !utf8.ValidString(out) {
			t.Fatalf("%s: invalid UTF-8 out of %q: %q", s.ID, in, out)
		}
		if got, _, err := transform.String(s.Transformer(), in); err != nil || got != out {
			t.Fatalf("%s: Transformer gives %q, Transliterate %q (%v)", s.ID, got, out, err)
		}
		if !s.Reversible && !s.Guess {
			continue
		}
		back, err := s.Detransliterate(in)
		if err != nil || !utf8.ValidString(back) {
			t.Fatalf("%s: Detransliterate(%q) = %q, %v", s.ID, in, back, err)
		}
		if s.Reversible && utf8.ValidString(in) && !strings.ContainsAny(in, string(s.alphabet())) {
			if back, _ := s.Detransliterate(out); back != in {
				t.Fatalf("%s: %q → %q → %q", s.ID, in, out, back)
			}
		}
	}
}
