package phonetic

import (
	"strings"
	"testing"

	"github.com/harf-project/harf/arabic/letters"
)

func TestIsLatin(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Muhammad", true},
		{"3omar", true},
		{"Haitham bin Tariq", true},
		{"Algérie", true},
		{"Ḥamās", true},
		{"ʿAbd al-ʿAzīz", true},
		{"محمد", false},
		{"مُحَمَّد", false},
		{"Mohamed محمد", false},
		{"ﷲ", false},
		{"2026", false},
		{"٣", false},
		{"", false},
		{"  -  ", false},
		{"Москва", false},
	} {
		if got := IsLatin(tc.in); got != tc.want {
			t.Errorf("IsLatin(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestCrossScript: each Latin query matches each Arabic spelling.
func TestCrossScript(t *testing.T) {
	for _, tc := range []struct {
		latin  []string
		arabic []string
	}{
		{[]string{"Muhammad", "Mohammed", "Mohamed", "Mohammad", "Muḥammad"}, []string{"محمد", "مُحَمَّدٌ"}},
		{[]string{"Nasrallah", "Nasr Allah", "Nasrullah"}, []string{"نصر الله", "نصرالله", "نصر ﷲ"}},
		{[]string{"Abdel Aziz", "Abd al-Aziz", "Abdelaziz", "Abdul Aziz", "Abd-el-Aziz", "ʿAbd al-ʿAzīz"}, []string{"عبد العزيز", "عبدالعزيز"}},
		{[]string{"Gaddafi", "Qaddafi", "Kadhafi", "Gadhafi", "al-Qadhafi", "El Gueddafi"}, []string{"القذافي", "قذافي"}},
		{[]string{"Khartoum", "Khartum", "al-Khartoum"}, []string{"الخرطوم", "والخرطوم"[2:]}},
		{[]string{"Qatar", "Katar"}, []string{"قطر"}},
		{[]string{"Beirut", "Beyrouth", "Bayrut"}, []string{"بيروت"}},
		{[]string{"3omar", "Omar", "Umar", "'Umar"}, []string{"عمر", "عُمَر"}},
		{[]string{"Haitham bin Tariq", "Haytham ben Tarik", "Haïtham ibn Tariq"}, []string{"هيثم بن طارق", "هَيْثَم بن طارِق"}},
		{[]string{"Mekdad", "Meqdad", "Miqdad", "al-Mikdad"}, []string{"المقداد", "المَقْداد", "المِقداد", "مقداد"}},
		{[]string{"Jeddah", "Djeddah", "Jidda"}, []string{"جدة", "جده"}},
		{[]string{"Fatima", "Fatma", "Fatimah"}, []string{"فاطمة"}},
		{[]string{"Salah", "Salaḥ"}, []string{"صلاح"}},
		{[]string{"Abdullah", "Abdallah", "Abd Allah", "Abdellah"}, []string{"عبد الله", "عبدالله"}},
		{[]string{"Abderrahmane", "Abdurrahman", "Abd ar-Rahman", "Abdel Rahman"}, []string{"عبد الرحمن", "عبدالرحمن"}},
		{[]string{"Hafez", "Hafiz", "Hafedh"}, []string{"حافظ"}},
		{[]string{"Abu Dhabi", "Abou Dhabi", "Aboudabi"}, []string{"أبو ظبي"}},
		{[]string{"Aboul Gheit", "Abu al-Ghait", "Abul-Gheit"}, []string{"أبو الغيط", "ابوالغيط"}},
		{[]string{"Ould Abdel Aziz", "Ould Abdelaziz"}, []string{"ولد عبد العزيز"}},
		{[]string{"Youssef", "Yusuf", "Youcef"}, []string{"يوسف"}},
		{[]string{"Walid", "Waleed", "Oualid"}, []string{"وليد", "الوليد"}},
		{[]string{"Hussein", "Hussain", "Husayn"}, []string{"حسين"}},
		{[]string{"Hassan", "Hasan"}, []string{"حسن"}},
		{[]string{"Mahmoud", "Mahmood"}, []string{"محمود"}},
		{[]string{"7abibi", "Habibi"}, []string{"حبيبي"}},
		{[]string{"Sa3d", "Saad", "Saʿd"}, []string{"سعد"}},
		{[]string{"Tawfiq", "Taoufik", "Toufic"}, []string{"توفيق"}},
		{[]string{"Kuwait", "Koweït"}, []string{"الكويت"}},
		{[]string{"Haniyeh", "Haniya", "Haniyya"}, []string{"هنية"}},
	} {
		for _, l := range tc.latin {
			for _, a := range tc.arabic {
				kl, ka := JoinedKey(l), JoinedKey(a)
				if !Match(kl, ka) {
					t.Errorf("%s (%s) does not match %s (%s): distance %d", l, kl, a, ka, Distance(kl, ka))
				}
			}
		}
	}
}

// TestNegativePairs: names that must not match.
func TestNegativePairs(t *testing.T) {
	for _, p := range [][2]string{
		{"Qatar", "الكويت"},
		{"Kuwait", "قطر"},
		{"Qatar", "أكثر"},     // ث is not t
		{"Muhammad", "محمود"}, // the long vowel of محمود
		{"Mohammed", "محمود"},
		{"Mohammed", "أحمد"},
		{"Hassan", "حسين"},
		{"Hussein", "حسن"},
		{"Homs", "حماس"},
		{"Bagdad", "المقداد"},
		{"Mekdad", "بغداد"},
		{"Al Jazeera", "الجزائر"},
		{"Nasrallah", "نصر"},
		{"Abdel Aziz", "عبد الله"},
		{"Abdullah", "عبد العزيز"},
		{"Beirut", "بيرم"},
		{"Gaza", "قطر"},
		{"Omar", "عامر"}, // the long a of Amer
		{"Haitham bin Tariq", "هيثم بن طلال"},
		{"Mohammed bin Salman", "محمد بن زايد"},
		{"Tunis", "تونسيون"},
		{"Khartoum", "الخرطومي الكبير"},
	} {
		a, b := JoinedKey(p[0]), JoinedKey(p[1])
		if Match(a, b) {
			t.Errorf("%s (%s) matches %s (%s): distance %d", p[0], a, p[1], b, Distance(a, b))
		}
	}
}

func TestKeys(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"محمد", []string{"MHMD"}},
		{"مُحَمَّدٌ", []string{"MHMD"}},
		{"Muhammad", []string{"MuHaMaD"}},
		{"Mohamed", []string{"MuHaMeD"}},
		{"محمود", []string{"MHMUD"}},
		{"Mahmoud", []string{"MaHMuD"}},
		{"نصر الله", []string{"NSR", "lLh"}},
		{"Nasrallah", []string{"NaSRaLah"}},
		{"Abdel Aziz", []string{"aBD", "laZiZ"}},
		{"Abd al-Aziz", []string{"aBD", "laZiZ"}},
		{"Abdelaziz", []string{"aBDlaZiZ"}},
		{"عبد العزيز", []string{"3BD", "l3ZIZ"}},
		{"عبدالعزيز", []string{"3BDl3ZIZ"}},
		{"عامر", []string{"A3MR"}},
		{"Omar", []string{"uMaR"}},
		{"القذافي", []string{"lKDAF"}},
		{"Gaddafi", []string{"gaDaF"}},
		{"الخرطوم", []string{"lXRTUM"}},
		{"Khartoum", []string{"XaRTuM"}},
		{"El Khartoum", []string{"lXaRTuM"}},
		{"Beyrouth", []string{"BIeyRuv"}},
		{"3omar", []string{"u3MaR"}},
		{"عمر", []string{"3MR"}},
		{"هيثم بن طارق", []string{"HIVM", "BN", "TARK"}},
		{"Haitham bin Tariq", []string{"HIavaM", "BN", "TaRiK"}},
		{"Mohammed bin Rashid Al Maktoum", []string{"MuHaMeD", "BN", "RaCiD", "lMaKTuM"}},
		{"محمد بن راشد آل مكتوم", []string{"MHMD", "BN", "RACD", "lMKTUM"}},
		{"Mohammed VI", []string{"MuHaMeD"}},
		{"قال إن المقداد في بيروت", []string{"KAL", "lMKDAD", "BIRUT"}},
		{"ال", nil},
		{"", nil},
		{"... ، ؟", nil},
	} {
		got := Keys(tc.in)
		if strings.Join(got, " ") != strings.Join(tc.want, " ") || len(got) != len(tc.want) {
			t.Errorf("Keys(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestArticle: the Arabic article and every Latin form of it give the
// same key, and a Latin spelling without it still matches.
func TestArticle(t *testing.T) {
	want := Key("الخرطوم")
	for _, s := range []string{"الخرطوم", "آل خرطوم", "ال خرطوم"} {
		if got := Key(s); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
	}
	latin := Key("al-Khartoum")
	for _, s := range []string{"al-Khartoum", "el-Khartoum", "Al Khartoum", "El Khartoum", "al Khartoum", "ul-Khartoum"} {
		if got := Key(s); got != latin {
			t.Errorf("Key(%q) = %q, want %q", s, got, latin)
		}
	}
	if !strings.HasPrefix(want, "l") || !strings.HasPrefix(latin, "l") {
		t.Errorf("the article is not a weak l: %q, %q", want, latin)
	}
	for _, s := range []string{"as-Sisi", "es-Sisi", "El Sisi", "Sisi", "Elsisi", "al-Sisi"} {
		if !Match(Key(s), Key("السيسي")) {
			t.Errorf("%s (%s) does not match السيسي (%s)", s, Key(s), Key("السيسي"))
		}
	}
	// "as" is the article only before a hyphen.
	if Keys("Abbas as")[1] != "aS" {
		t.Errorf("Keys(Abbas as) = %q", Keys("Abbas as"))
	}
	// A word that begins with ال without the article.
	if got := Key("إلياس"); got != "LAIS" {
		t.Errorf("Key(إلياس) = %q", got)
	}
}

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"MHMD", "MHMD", 0},
		{"MuHaMaD", "MHMD", 0},
		{"MuHaMaD", "MHMUD", VowelConflictCost}, // a is not و
		{"MaHMuD", "MHMUD", 0},
		{"NaSRaLah", "NSRlLh", 0}, // the article read as nothing
		{"gaDaF", "lKDAF", 0},     // g read as K
		{"HaFeZ", "HAFz", 0},      // ظ read as Z
		{"KaTaR", "lKIUT", 2},
		{"", "", 0},
		{"", "MHMD", 4},
		{"FaTiM", "FATMh", 0},
		{"SaLah", "SLH", 0},
	} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := Distance(tc.b, tc.a); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d (not symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestMaxDistance(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want int
	}{
		{"", 0}, {"KTR", 0}, {"lMKDAD", 0}, {"lXRTUM", 0}, {"MuHaMaD", 0},
		{"BDlZIZ", 0}, {"BTFLKh", 1}, {"HIVMBNTARK", 1}, {"JMLBDlNASR", 1},
		{"MHMDBNRACDlMKTUM", 2},
	} {
		if got := MaxDistance(tc.key); got != tc.want {
			t.Errorf("MaxDistance(%q) = %d, want %d", tc.key, got, tc.want)
		}
	}
	if Length("lXRTUMh") != 4 || Length("gaDaF") != 3 {
		t.Errorf("Length: %d %d", Length("lXRTUMh"), Length("gaDaF"))
	}
}

func TestSimilarity(t *testing.T) {
	if s := Similarity("MHMD", "MuHaMaD"); s != 1 {
		t.Errorf("Similarity = %v, want 1", s)
	}
	if s := Similarity("KTR", "lKIUT"); s < 0 || s >= 1 {
		t.Errorf("Similarity = %v", s)
	}
	if s := Similarity("", ""); s != 1 {
		t.Errorf("Similarity of empty keys = %v", s)
	}
}

func TestSkeletons(t *testing.T) {
	got := Skeletons(Key("Gaddafi"))
	if strings.Join(got, " ") != "GDF JDF KDF" {
		t.Errorf("Skeletons(Gaddafi) = %q", got)
	}
	got = Skeletons(Key("المقداد"))
	if strings.Join(got, " ") != "LMKDD MKDD" {
		t.Errorf("Skeletons(المقداد) = %q", got)
	}
	// Keys within Distance d have skeletons within d.
	a, b := Key("Haitham bin Tarik"), Key("هيثم بن طارق")
	if Distance(a, b) != 0 {
		t.Fatal(Distance(a, b))
	}
	sa, sb := map[string]bool{}, Skeletons(b)
	for _, s := range Skeletons(a) {
		sa[s] = true
	}
	shared := false
	for _, s := range sb {
		shared = shared || sa[s]
	}
	if !shared {
		t.Errorf("no shared skeleton: %q %q", Skeletons(a), sb)
	}
}

// TestArabicSoundsTable checks the table against the letters table: every
// row is a letter, and every letter of the basic Arabic alphabet has a row.
func TestArabicSoundsTable(t *testing.T) {
	for r := range arabicSounds {
		if c := letters.ClassOf(r); c != letters.Letter {
			t.Errorf("%U %c is a %v in the letters table", r, r, c)
		}
	}
	for _, e := range letters.All() {
		basic := 0x0621 <= e.Rune && e.Rune <= 0x063A || 0x0641 <= e.Rune && e.Rune <= 0x064A
		if _, ok := arabicSounds[e.Rune]; basic && !ok {
			t.Errorf("%U %c (%s) has no sound", e.Rune, e.Rune, e.Name)
		}
	}
	for r, s := range arabicSounds {
		for _, c := range s.Class + s.Initial + s.Final {
			if !strings.ContainsRune(consonantClasses+weakClasses, c) {
				t.Errorf("%U: class %q not in the alphabet", r, c)
			}
		}
	}
	for _, r := range latinRules {
		for _, c := range r.Class {
			if !strings.ContainsRune(consonantClasses+weakClasses, c) {
				t.Errorf("Latin %q: class %q not in the alphabet", r.From, c)
			}
		}
	}
}

// TestKeysInAlphabet: the keys of the name list use only Alphabet.
func TestKeysInAlphabet(t *testing.T) {
	for _, n := range loadNames(t, "testdata/names.tsv") {
		for _, s := range append([]string{n.arabic}, n.latin...) {
			if k := JoinedKey(s); strings.Trim(k, Alphabet) != "" {
				t.Errorf("Key(%q) = %q is outside the alphabet", s, k)
			}
		}
	}
}
