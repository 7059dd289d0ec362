package translit

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/harf-project/harf/internal/corpus"
	"golang.org/x/text/transform"
)

type pair struct{ in, want string }

func mustLookup(t testing.TB, id string) *Scheme {
	t.Helper()
	s, err := Lookup(id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func check(t *testing.T, id string, tests []pair) {
	t.Helper()
	s := mustLookup(t, id)
	for _, tt := range tests {
		if got := s.Transliterate(tt.in); got != tt.want {
			t.Errorf("%s: Transliterate(%q) = %q, want %q", id, tt.in, got, tt.want)
		}
	}
}

// letterPairs turns "ءآ" and "'|" into pairs of single letters.
func letterPairs(arabic string, latin []string) []pair {
	var out []pair
	i := 0
	for _, r := range arabic {
		out = append(out, pair{string(r), latin[i]})
		i++
	}
	return out
}

// The classic Buckwalter table (Buckwalter 2002, as reproduced in CAMeL
// Tools' encoding table): ء آ أ ؤ إ ئ ا ب ة ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ
// ـ ف ق ك ل م ن ه و ى ي, then the marks ً ٌ ٍ َ ُ ِ ّ ْ ٰ and ٱ, then پ چ ڤ گ.
const bwLetters = "ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىي\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670ٱپچڤگ"

var (
	bwTable     = strings.Fields("' | > & < } A b p t v j H x d * r z s $ S D T Z E g _ f q k l m n h w Y y F N K a u i ~ o ` { P J V G")
	safeBWTable = strings.Fields("C M O W I Q A b p t v j H x d V r z s c S D T Z E g _ f q k l m n h w Y y F N K a u i ~ o e L P J B G")
	xmlBWTable  = strings.Fields("' | O W I } A b p t v j H x d * r z s $ S D T Z E g _ f q k l m n h w Y y F N K a u i ~ o ` { P J V G")
	// Habash, Soudi, Buckwalter (2007), code points as in CAMeL Tools.
	hsbTable = strings.Fields("' Ā Â ŵ Ă ŷ A b ħ t θ j H x d ð r z s š S D T Ď ς γ _ f q k l m n h w ý y ã ũ ĩ a u i ~ . á Ä p c v g")
)

func TestLetters(t *testing.T) {
	check(t, "buckwalter", letterPairs(bwLetters, bwTable))
	check(t, "buckwalter-safe", letterPairs(bwLetters, safeBWTable))
	check(t, "buckwalter-xml", letterPairs(bwLetters, xmlBWTable))
	check(t, "hsb", letterPairs(bwLetters, hsbTable))
	// ISO 233:1984: the consonants, ة ẗ, ى ỳ, ا ʾ, ء ˌ.
	check(t, "iso233", letterPairs("ءابتثجحخدذرزسشصضطظعغفقكلمنهويةى", strings.Fields(
		"ˌ ʾ b t ṯ ǧ ḥ ẖ d ḏ r z s š ṣ ḍ ṭ ẓ ʿ ġ f q k l m n h w y ẗ ỳ")))
	// DIN 31635 and ALA-LC: consonants as letters alone (ا alone is the
	// hamzat al-waṣl of a one-letter word, read i).
	check(t, "din31635", letterPairs("بتثجحخدذرزسشصضطظعغفقكلمنهوي", strings.Fields(
		"b t ṯ ǧ ḥ ḫ d ḏ r z s š ṣ ḍ ṭ ẓ ʿ ġ f q k l m n h w y")))
	check(t, "ala-lc", letterPairs("بتثجحخدذرزسشصضطظعغفقكلمنهوي", strings.Fields(
		"b t th j ḥ kh d dh r z s sh ṣ ḍ ṭ ẓ ʻ gh f q k l m n h w y")))
	check(t, "arabizi", letterPairs("ءبتثجحخدذرزسشصضطظعغفقكلمنهوي", strings.Fields(
		"2 b t th j 7 kh d dh r z s sh 9 9' 6 6' 3 gh f q k l m n h w y")))
}

// Words and sentences of our own. Comments cite the rule the expectation
// follows.
func TestBuckwalterWords(t *testing.T) {
	check(t, "buckwalter", []pair{
		{"كَتَبَ", "kataba"},
		{"مُحَمَّدٌ", "muHama~dN"},
		{"القُرْآن", "Alquro|n"},
		{"مَدْرَسَةٌ", "madorasapN"},
		{"مدرسة جديدة", "mdrsp jdydp"},
		{"ذهبت سلمى إلى المدرسة صباحاً", "*hbt slmY <lY Almdrsp SbAHAF"},
		{"سُئِلَ عن الشَّمْسِ والقَمَرِ", "su}ila En Al$a~mosi wAlqamari"},
		{"مؤتمر ٱلسلام", "m&tmr {lslAm"},
		{"هٰذا", "h`*A"},
		{"جمـــيل", "jm___yl"},
		{"پارک", "PArک"}, // ک (keheh) is not in the table: it passes through
		{"عام ٢٠٢٥: 3 Grad 💧 ok?", "EAm ٢٠٢٥: 3 Grad 💧 ok?"},
	})
	check(t, "buckwalter-safe", []pair{
		{"القُرْآن", "AlquroMn"},
		{"شيء ذو بال", "cyC Vw bAl"},
		{"سُئِلَ", "suQila"},
		{"ٱلرَّحْمٰن", "Llra~Homen"},
		{"أؤإ", "OWI"},
	})
	check(t, "buckwalter-xml", []pair{
		{"أحمد وإبراهيم ومؤمن", "OHmd wIbrAhym wmWmn"},
		{"شيء ذو بال", "$y' *w bAl"},
		{"سُئِلَ", "su}ila"},
	})
	check(t, "hsb", []pair{
		{"كَتَبَ", "kataba"},
		{"مُحَمَّدٌ", "muHama~dũ"},
		{"مَدْرَسَةٌ", "mad.rasaħũ"},
		{"ظلام الشتاء", "ĎlAm AlštA'"},
		{"على الطاولة", "ςlý AlTAwlħ"},
		{"بُيُوتاً", "buyuwtAã"},
	})
}

func TestISO233(t *testing.T) {
	// Letter for letter: long vowels are the vowel sign and its letter
	// (aʾ, uw, iy), shadda is a macron on its consonant even when the
	// vowel sign was typed first, sukun a ring, tanween á ú í.
	check(t, "iso233", []pair{
		{"كَتَبَ", "kataba"},
		{"كِتَاب", "kitaʾb"},
		{"\u0645\u064F\u062D\u064E\u0645\u064E\u0651\u062F\u064C", "muḥam\u0304adú"}, // مُحَمَّدٌ, fatha typed first
		{"\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F\u064C", "muḥam\u0304adú"}, // shadda typed first
		{"القُرْآن", "ʾlqur\u030Aʾ\u0302n"},
		{"مَدْرَسَةٌ", "mad\u030Arasaẗú"},
		{"مدرسة", "mdrsẗ"},
		{"الشمس والقمر", "ʾlšms wʾlqmr"},
		{"على", "ʿlỳ"},
		{"سأل مسؤول رئيس", "sʾˈl mswˈwl ryˈys"},
		{"إسلام", "ʾˌslʾm"},
		{"جمـــيل ٢٠٢٥، Doha", "ǧmyl 2025, Doha"},
	})
}

func TestDIN31635(t *testing.T) {
	check(t, "din31635", []pair{
		{"كَتَبَ", "kataba"},
		{"مُحَمَّدٌ", "muḥammadun"},
		{"القُرْآن", "al-qurʾān"},
		{"مَدْرَسَةٌ", "madrasatun"},
		{"مَدْرَسَة", "madrasa"}, // ة at a pause: a
		{"مدرسة", "mdrsa"},
		{"الشَّمْسُ", "aš-šamsu"}, // the article assimilates to a sun letter
		{"القَمَرُ", "al-qamaru"},
		{"الشمس والقمر", "aš-šms wa-l-qmr"},
		{"بالسيارة", "bi-s-syāra"},
		{"وأوروبا", "wa-awrūbā"},
		{"كِتَاب", "kitāb"},
		{"كتاب", "ktāb"}, // unvocalized: the skeleton with long vowels
		{"عَلِيّ", "ʿaliyy"},
		{"قُوَّة", "quwwa"},
		{"سَأَلَ", "saʾala"},
		{"أَحْمَد", "aḥmad"}, // initial hamza is not written
		{"إِسْلَام", "islām"},
		{"مُصْطَفَى", "muṣṭafā"},
		{"ذَهَبَ خَالِد", "ḏahaba ḫālid"},
		{"شُكْراً", "šukran"},
		{"هٰذا", "hāḏā"},
		{"پ چ ژ ڤ گ", "p č ž v g"},
	})
}

func TestALALC(t *testing.T) {
	// Examples from the ALA-LC rules (2012), vocalized as the rules read
	// them; our own sentences unvocalized.
	check(t, "ala-lc", []pair{
		{"كِتَاب", "kitāb"},
		{"صَلَاة", "ṣalāh"},             // rule 7(a)
		{"مَسْأَلَة", "masʼalah"},       // rule 8(a)
		{"مُؤْتَمَر", "muʼtamar"},       // rule 8(a)
		{"أَسَد", "asad"},               // rule 8(a): initial hamza not written
		{"إِذَا", "idhā"},               // rule 8(a)
		{"حَتَّى", "ḥattá"},             // rule 6(a)
		{"مُصْطَفَى", "muṣṭafá"},        // rule 6(a)
		{"المِصْرِيّ", "al-miṣrī"},      // rule 6(c), 11(b)(2)
		{"المِصْرِيَّة", "al-miṣrīyah"}, // rule 11(b)(1)
		{"قُوَّة", "qūwah"},             // rule 11(a)(1)
		{"شَوَّال", "shawwāl"},          // rule 11(a)(2)
		{"أَيَّام", "ayyām"},            // rule 11(b)(3)
		{"الكَشَّاف", "al-kashshāf"},    // rule 11(c): digraphs doubled
		{"أدهم", "adʹhm"},               // rule 21: the prime
		{"القُرْآن", "al-qurʼān"},       // rule 10(b)
		{"الآثار", "al-āthār"},          // rule 10(a), 17(a)
		{"فَعَلُوا", "faʻalū"},          // rule 4: silent alef
		{"مُحَمَّدٌ", "muḥammadun"},
		{"مَدْرَسَةٌ", "madrasatun"},
		{"كَتَبَ", "kataba"},
		// The article: al- before sun letters too (rule 17(c)), hyphen
		// after a proclitic (rule 17(b)), lil- for لل.
		{"الشَّمْس", "al-shams"},
		{"الشمس", "al-shms"},
		{"القمر", "al-qmr"},
		{"والشمس بالقمر", "wa-al-shms bi-al-qmr"},
		{"للشعب", "lil-shʻb"},
		{"الى", "ilá"},        // not an article: no word after it
		{"وأضاف", "wa-aḍāf"},  // rule 16(b): a proclitic before hamza on alef
		{"بأس", "bʼs"},        // ... but not in a word of three letters
		{"سيغطّي", "sīghṭṭī"}, // a shadda alone tells no vowel
		// Unvocalized: long vowels, no invented short ones.
		{"مدرسة جديدة", "mdrsah jdīdah"},
		{"وزارة المياه", "wzārah al-myāh"},
		{"سوريا ومصر", "sūryā wmṣr"},
		{"طويل", "ṭwīl"},
		{"قالوا", "qālū"},
		{"في", "fī"},
		{"على", "ʻlá"},
		{"إيران", "īrān"},
		{"عاماً", "ʻāman"}, // the alef of tanween is silent
		{"ذهب خالد إلى الشارع صباحاً", "dhhb khāld ilá al-shārʻ ṣbāḥan"},
		{"مسؤول رئيس سأل", "msʼūl rʼīs sʼl"},
		{"جمـــيل، ٢٠٢٥؟ Amman 🌍", "jmīl, 2025? Amman 🌍"},
		{"پ چ ژ ڤ گ", "p ch zh v g"},
	})
}

func TestArabizi(t *testing.T) {
	check(t, "arabizi", []pair{
		{"مرحبا", "mr7ba"},
		{"عَرَبِي", "3arabi"},
		{"حبيبي", "7bibi"},
		{"خالد", "khald"},
		{"صباح الخير", "9ba7 al-khir"},
		{"سؤال", "s2al"},
		{"ظلام", "6'lam"},
		{"ضابط", "9'ab6"},
		{"غزة", "ghza"},
		{"مُحَمَّد", "mu7ammad"},
		{"الشمس والقمر", "al-shms wal-qmr"},
		{"للشعب", "lil-sh3b"},
		{"مدرسة ٣", "mdrsa 3"},
		{"وأضاف", "wa-a9'af"},
	})
	s := mustLookup(t, "arabizi")
	for _, tt := range []pair{
		{"mar7aba", "مرحبا"},
		{"3arabi", "عربي"},
		{"7abibi", "حبيبي"},
		{"5alas", "خلس"}, // short vowels are not written
		{"sho2al", "شؤل"},
		{"2ana", "أنا"},
		{"yalla", "يلا"},
		{"al-shams", "الشمس"},
		{"wal-qamar", "والقمر"},
		{"elsisi", "السيسي"},
		{"allah", "الله"},
		{"9'aher 6'ul", "ضهر ظل"},
		{"Mahmoud", "مهمود"},
		{"ghazi kh", "غزي خ"},
		{"2020 😀 - ok!", "2020 😀 - أك!"},
		{"madrasah", "مدرسة"},
		{"wa-a9'af", "وأضف"},
	} {
		got, err := s.Detransliterate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("arabizi: Detransliterate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	// Unvocalized words without ا or ة inside come back as they were.
	for _, w := range []string{"الشمس", "مسؤول", "رئيس", "طويل", "سوريا", "حبيبي", "والقمر"} {
		if back, _ := s.Detransliterate(s.Transliterate(w)); back != w {
			t.Errorf("arabizi round trip of %q: %q → %q", w, s.Transliterate(w), back)
		}
	}
}

func TestPassThrough(t *testing.T) {
	// Latin, digits, punctuation, emoji, bidi controls and uncovered
	// Arabic pass through every scheme's Transliterate unchanged.
	const other = "Karim Haddad, 2030! 👩‍👩‍👧 \u200f«ok» (x) \t\n"
	for _, s := range Schemes() {
		if got := s.Transliterate(other); got != other {
			t.Errorf("%s: %q became %q", s.ID, other, got)
		}
		if got := s.Transliterate("ڭ"); got != "ڭ" {
			t.Errorf("%s: uncovered ڭ became %q", s.ID, got)
		}
		if got := s.Transliterate("a\xffb"); got != "a\uFFFDb" {
			t.Errorf("%s: invalid UTF-8 became %q", s.ID, got)
		}
	}
}

func TestMixedTextInBuckwalter(t *testing.T) {
	// Detransliterate turns every character of the alphabet into Arabic,
	// Latin words included, and passes the rest through.
	s := mustLookup(t, "buckwalter")
	for _, tt := range []pair{
		{"Hi", "حِ"},
		{"ok", "ْك"},
		{"Ce", "Ce"},
		{"ktAb ٣ 💧 — «x»", "كتاب ٣ 💧 — «خ»"},
		{"2030, 7.5%", "2030, 7.5%"},
		{"bad\xff", "بَد\uFFFD"},
	} {
		if got, _ := s.Detransliterate(tt.in); got != tt.want {
			t.Errorf("Detransliterate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRoundTripCorpus(t *testing.T) {
	// The sample article is in the domain once its Latin words are gone.
	var b strings.Builder
	for _, r := range corpus.Article {
		if r < utf8.RuneSelf && ('a' <= r|0x20 && r|0x20 <= 'z') {
			continue
		}
		b.WriteRune(r)
	}
	text := b.String()
	for _, id := range []string{"buckwalter", "buckwalter-safe", "buckwalter-xml"} {
		s := mustLookup(t, id)
		back, err := s.Detransliterate(s.Transliterate(text))
		if err != nil || back != text {
			t.Errorf("%s: the article does not round-trip (%v)", id, err)
		}
	}
	// hsb writes sukun as "."; without full stops the article round-trips.
	s := mustLookup(t, "hsb")
	noDots := strings.ReplaceAll(text, ".", "")
	if back, _ := s.Detransliterate(s.Transliterate(noDots)); back != noDots {
		t.Error("hsb: the article without full stops does not round-trip")
	}
}

func TestSafeAlphabets(t *testing.T) {
	// For any Arabic input, safe Buckwalter writes nothing special to
	// regexes or shells (but ~, as CAMeL Tools does, for shadda) and XML
	// Buckwalter nothing special to XML.
	var all strings.Builder
	for r := rune(blockLo); r < blockHi; r++ {
		all.WriteRune(r)
	}
	safe := mustLookup(t, "buckwalter-safe").Transliterate(all.String())
	xml := mustLookup(t, "buckwalter-xml").Transliterate(all.String())
	if i := strings.IndexAny(safe, safeForbidden); i >= 0 {
		t.Errorf("safe Buckwalter wrote %q", safe[i])
	}
	if i := strings.IndexAny(xml, xmlForbidden); i >= 0 {
		t.Errorf("XML Buckwalter wrote %q", xml[i])
	}
}

const (
	safeForbidden = `.^$*+?()[]{}|\/'"` + "`;&<>!#%="
	xmlForbidden  = `<>&"`
)

func TestAPI(t *testing.T) {
	if len(Schemes()) != 8 || strings.Join(IDs(), ",") != "buckwalter,buckwalter-safe,buckwalter-xml,hsb,iso233,din31635,ala-lc,arabizi" {
		t.Fatalf("schemes %v", IDs())
	}
	for _, s := range Schemes() {
		if s.Name == "" || s.Source == "" {
			t.Errorf("%s: no name or source", s.ID)
		}
		want := s.ID == "buckwalter" || s.ID == "buckwalter-safe" || s.ID == "buckwalter-xml" || s.ID == "hsb"
		if s.Reversible != want || s.Guess != (s.ID == "arabizi") {
			t.Errorf("%s: Reversible %v Guess %v", s.ID, s.Reversible, s.Guess)
		}
	}
	_, err := Lookup("klingon")
	var unknown *UnknownSchemeError
	if !errors.As(err, &unknown) || !strings.Contains(err.Error(), "klingon") || !strings.Contains(err.Error(), "buckwalter-safe, buckwalter-xml, hsb, iso233, din31635, ala-lc, arabizi") {
		t.Errorf("unknown scheme error: %v", err)
	}
	if _, err := Transliterate("x", "nope"); err == nil {
		t.Error("Transliterate with an unknown id")
	}
	if _, err := Detransliterate("x", "nope"); err == nil {
		t.Error("Detransliterate with an unknown id")
	}
	for _, id := range []string{"iso233", "din31635", "ala-lc"} {
		if _, err := Detransliterate("kitab", id); !errors.Is(err, ErrNotReversible) || !strings.Contains(err.Error(), id) {
			t.Errorf("%s: Detransliterate error %v", id, err)
		}
		if _, err := mustLookup(t, id).ReverseTransformer(); !errors.Is(err, ErrNotReversible) {
			t.Errorf("%s: ReverseTransformer error %v", id, err)
		}
	}
	if got, err := Transliterate("سلام", "buckwalter"); got != "slAm" || err != nil {
		t.Errorf("Transliterate = %q, %v", got, err)
	}
	if got, err := Detransliterate("slAm", "buckwalter"); got != "سلام" || err != nil {
		t.Errorf("Detransliterate = %q, %v", got, err)
	}
}

func TestTransformer(t *testing.T) {
	text := corpus.Generate(1<<16) + " مُحَمَّدٌ والشَّمْسُ\xff"
	for _, s := range Schemes() {
		want := s.Transliterate(text)
		if got, _, err := transform.String(s.Transformer(), text); err != nil || got != want {
			t.Errorf("%s: transform.String differs (%v)", s.ID, err)
		}
		for name, r := range map[string]io.Reader{
			"one byte": iotest.OneByteReader(strings.NewReader(text)),
			"half":     iotest.HalfReader(strings.NewReader(text)),
		} {
			got, err := io.ReadAll(transform.NewReader(r, s.Transformer()))
			if err != nil || string(got) != want {
				t.Errorf("%s: reader (%s) differs (%v)", s.ID, name, err)
			}
		}
		if !s.Reversible && !s.Guess {
			continue
		}
		rt, err := s.ReverseTransformer()
		if err != nil {
			t.Fatal(err)
		}
		back, _ := s.Detransliterate(want)
		got, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(want)), rt))
		if err != nil || string(got) != back {
			t.Errorf("%s: reverse reader differs (%v)", s.ID, err)
		}
	}
	// A tiny destination buffer still makes progress.
	s := mustLookup(t, "ala-lc")
	dst := make([]byte, 8)
	nDst, nSrc, err := s.Transformer().Transform(dst, []byte("في بيت كبير "), true)
	if err != transform.ErrShortDst || nSrc == 0 || string(dst[:nDst]) != "fī " {
		t.Errorf("small dst: %d %d %v %q", nDst, nSrc, err, dst[:nDst])
	}
}

// Romanizations read a ligature as its letters; the exact schemes keep it.
func TestPresentationForms(t *testing.T) {
	tests := []struct{ id, in, want string }{
		{"ala-lc", "ﻷحمد", "li-aḥmd"}, // لأحمد: the proclitic li- before hamza
		{"din31635", "ﷲ", "al-lh"},
		{"buckwalter", "ﻷحمد", "ﻷHmd"},
	}
	for _, tt := range tests {
		got, err := Transliterate(tt.in, tt.id)
		if err != nil || got != tt.want {
			t.Errorf("%s(%q) = %q, %v; want %q", tt.id, tt.in, got, err, tt.want)
		}
	}
}
