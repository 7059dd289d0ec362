package fuzzy

import (
	"sort"
	"strings"
	"testing"
)

// TestSearchCategories: for each kind of spelling the name matching
// handles, the passage found (its text, which is its span in the original).
func TestSearchCategories(t *testing.T) {
	for _, tc := range []struct {
		name, text, query string
		want              []string // matched passages, in text order
	}{
		{"exonym English", "زار الوزير مصر ثم عاد إلى القاهرة.", "Egypt", []string{"مصر"}},
		{"exonym French", "زار الوزير مصر ثم عاد إلى القاهرة.", "Égypte", []string{"مصر"}},
		{"exonym with clitic", "وصل الوفد بالقاهرة ومنها إلى ومصر.", "Le Caire", []string{"بالقاهرة"}},
		{"exonym with و", "سافرت إلى الأردن والمغرب.", "Morocco", []string{"والمغرب"}},
		{"exonym of two words", "وقع الانفجار في الدار البيضاء أمس.", "Casablanca", []string{"الدار البيضاء"}},
		{"exonym Jordan", "قالت الأردن إن الحدود مفتوحة.", "Jordanie", []string{"الأردن"}},
		{"variant long vowel", "التقى كلنتون بالوفد.", "كلينتون", []string{"كلنتون"}},
		{"variant g", "أعلنت شركة جوجل عن خدمة.", "غوغل", []string{"جوجل"}},
		{"variant v", "عقد المؤتمر في ڤيينا.", "فيينا", []string{"ڤيينا"}},
		{"variant final hamza", "عاد الجنود من سينا أمس.", "سيناء", []string{"سينا"}},
		{"variant hamza seat", "قال مسئول في الوزارة.", "مسؤول", []string{"مسئول"}},
		{"variant ending", "عادت سورية إلى الجامعة.", "سوريا", []string{"سورية"}},
		{"another name: long vowel", "وصل محمود أمس.", "محمد", nil},
		{"another word: a consonant more", "سافر إلى بيرو أمس.", "بيروت", nil},
		{"another word: a consonant less", "وصل عثمان أمس.", "عمان", nil},
		{"middle part added", "قال سعد الدين الحريري إن الحكومة باقية.", "سعد الحريري", []string{"سعد الدين الحريري"}},
		{"middle part left out", "قال سعد الحريري إن الحكومة باقية.", "سعد الدين الحريري", []string{"سعد الحريري"}},
		{"father's name left out", "وقال محمد الخطيب إن الاتفاق قريب.", "محمد أحمد الخطيب", []string{"محمد الخطيب"}},
		{"function word is not a name part", "قال محمد إن الخطيب غاب.", "محمد الخطيب", nil},
		{"last word glued", "قال نصر اللهخلال كلمته.", "نصر الله", []string{"نصر الله"}},
		{"typo in a short word of a name", "وصل علي حسم إلى المدينة.", "علي حسن", []string{"علي حسم"}},
		{"two typos in the long word of a name", "قال محمد الخسيتي كلاما.", "محمد الحسيني", []string{"محمد الخسيتي"}},
		{"typo in a short word needs the rest exact", "وصل علي حسم إلى المدينة.", "عالي حسن", nil},
		{"a long vowel added to a short name in a full name", "قال محمود عباس أمس.", "محمد عباس", nil},
		{"a long vowel dropped in a full name", "قال دونالد ترمب أمس.", "دونالد ترامب", []string{"دونالد ترمب"}},
	} {
		ms, err := Search(tc.text, tc.query, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range ms {
			if tc.text[m.Start:m.End] != m.Text {
				t.Errorf("%s: span %d:%d is %q, Text %q", tc.name, m.Start, m.End, tc.text[m.Start:m.End], m.Text)
			}
			got = append(got, m.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: Search(%q) = %q, want %q", tc.name, tc.query, got, tc.want)
		}
	}
}

// TestVariantCostSymmetric: the weighted distance is the same both ways.
func TestVariantCostSymmetric(t *testing.T) {
	for _, p := range readVariantPairs(t) {
		if a, b := variantCost(p.a, p.b), variantCost(p.b, p.a); a != b {
			t.Errorf("variantCost(%s, %s) = %d, reverse %d", p.a, p.b, a, b)
		}
	}
}

// TestAnalyzeVariantCosts: analyze groups the spellings that search takes
// for variants, and keeps apart the names it keeps apart.
func TestAnalyzeVariantCosts(t *testing.T) {
	text := "قال كلينتون إن كلنتون لن يترشح. أعلنت جوجل أن غوغل شركة واحدة. " +
		"وصل محمد ثم محمود. قال مسؤول إن مسئول سافر إلى سوريا ثم سورية."
	a := Analyze(text, DefaultOptions().Normalize)
	var got []string
	for _, g := range a.Variants {
		var forms []string
		for _, f := range g.Forms {
			forms = append(forms, f.Text)
			for _, sp := range f.Spans {
				if text[sp[0]:sp[1]] != f.Text {
					t.Errorf("span %v reads %q, not %q", sp, text[sp[0]:sp[1]], f.Text)
				}
			}
		}
		got = append(got, strings.Join(forms, " "))
	}
	sort.Strings(got)
	want := []string{"جوجل غوغل", "سوريا سورية", "كلنتون كلينتون", "مسؤول مسئول"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("variant groups %q, want %q", got, want)
	}
}

// TestSearchMoreCategories: exonyms in Latin queries beside the phonetic
// keys, a connector left out, a name written apart.
func TestSearchMoreCategories(t *testing.T) {
	for _, tc := range []struct {
		name, text, query string
		want              []string
	}{
		{"Algeria", "قال إن الجزائر والمغرب اتفقا.", "Algérie", []string{"الجزائر"}},
		{"connector left out", "وصل محمد سلمان إلى باريس.", "محمد بن سلمان", []string{"محمد سلمان"}},
		{"connector added", "وصل محمد بن سلمان إلى باريس.", "محمد سلمان", []string{"محمد بن سلمان"}},
		{"written apart", "وصل الوفد إلى نيو يورك أمس.", "نيويورك", []string{"نيو يورك"}},
		{"nisba is another word", "قال البغدادي إن المدينة هادئة.", "بغداد", nil},
		{"article not counted", "قال إن الفراق صعب.", "العراق", nil},
	} {
		ms, err := Search(tc.text, tc.query, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range ms {
			got = append(got, tc.text[m.Start:m.End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: Search(%q) = %q, want %q", tc.name, tc.query, got, tc.want)
		}
	}
}
