package normalize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/letters"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func only(id string) Options {
	var o Options
	if err := o.Set(id, true); err != nil {
		panic(err)
	}
	return o
}

func TestEachOptionAlone(t *testing.T) {
	tests := []struct {
		option, in, want string
	}{
		{"diacritics", "كَتَبَ الطّالِبُ دَرْسَهُ", "كتب الطالب درسه"},
		{"diacritics", "مُحَمَّدٌ وَعَلِيٌّ", "محمد وعلي"},               // shadda + haraka stacks
		{"diacritics", "هٰذا الرَّحْمٰنُ", "هذا الرحمن"},                 // superscript alef U+0670
		{"diacritics", "عَلِيمٌۖ قُلْۚ", "عليم قل"},                      // Quranic pause marks
		{"diacritics", "أَحْمَد", "أحمد"},                                // the hamza letter stays
		{"tatweel", "جمـــيل جـداً", "جميل جداً"},                        // only U+0640 goes
		{"alef", "أحمد إبراهيم آمنة ٱلكتاب", "احمد ابراهيم امنة الكتاب"}, // أ إ آ ٱ
		{"alef", "سأل ا\u0654حمد", "سال احمد"},                           // decomposed hamza above alef
		{"alef", "مؤتمر", "مؤتمر"},                                       // not alef: unchanged
		{"alefMaksura", "مصطفى على الهدى", "مصطفي علي الهدي"},            // ى → ي
		{"tehMarbuta", "مدرسة القرية", "مدرسه القريه"},                   // ة → ه
		{"hamza", "مؤتمر سئل أحمد إسلام", "موتمر سيل احمد اسلام"},        // ؤ ئ and hamza on alef
		{"hamza", "سماء", "سماء"},                                        // hamza on the line has no seat
		{"hamza", "و\u0654", "و"},                                        // decomposed ؤ
		{"presentationForms", "ﻷ", "لأ"},                                 // compatibility decomposition
		{"presentationForms", "ﷲ", "الله"},                               //
		{"presentationForms", "ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ", "السلام عليكم"},             // contextual forms
		{"presentationForms", "ﹰ", "\u064B"},                             // isolated mark: no space added
		{"persian", "یک کتاب ہے", "يك كتاب هي"},                          // ی ک ہ ے
		{"digits", "عام ٢٠٢٦ و۱۴۰۵", "عام 2026 و1405"},
		{"digits", "نسبة ١٢٫٥٪ من ١٬٢٠٠", "نسبة 12.5٪ من 1,200"},                       // separators go with the digits, ٪ with punctuation                                 // Arabic-Indic and Persian digits
		{"punctuation", "نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"},                          //
		{"invisibles", "\u200fمرحبا\u200c بكم\u202b\u2067x\u2069\ufeff", "مرحبا بكمx"}, //
		{"invisibles", "👨\u200d👩\u200d👧 ب\u200dب", "👨\u200d👩\u200d👧 بب"},               // the joiner stays inside emoji
		{"invisibles", "\u061cقال", "قال"},                                             // Arabic letter mark
		{"whitespace", "كلمة  \t  أخرى\n\n  سطر", "كلمة أخرى\n\n سطر"},                 // line breaks stay
		{"whitespace", "أ\u00a0ب\tج", "أ ب ج"},                                         // single odd spaces become ' '
	}
	for _, tt := range tests {
		got := New(only(tt.option)).String(tt.in)
		if got != tt.want {
			t.Errorf("%s: %q → %q, want %q", tt.option, tt.in, got, tt.want)
		}
	}
}

func TestPresets(t *testing.T) {
	in := "\u200fقالَ أحمــدُ إبراهيم، مُدير المدرسة: «الاجتماع يوم ٣ في ﷲ مصطفى ﻷ» یک 😀 OK"
	tests := []struct {
		preset, want string
	}{
		{"light", "قالَ أحمدُ إبراهيم، مُدير المدرسة: «الاجتماع يوم ٣ في الله مصطفى لأ» یک 😀 OK"},
		{"search", "قال احمد ابراهيم، مدير المدرسة: «الاجتماع يوم 3 في الله مصطفي لا» یک 😀 OK"},
		{"aggressive", "قال احمد ابراهيم, مدير المدرسه: «الاجتماع يوم 3 في الله مصطفي لا» يك 😀 OK"},
	}
	for _, tt := range tests {
		o, err := PresetOptions(tt.preset)
		if err != nil {
			t.Fatal(err)
		}
		if got := New(o).String(in); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.preset, got, tt.want)
		}
	}
	if _, err := PresetOptions("strong"); err == nil || !strings.Contains(err.Error(), "light, search, aggressive") {
		t.Errorf("unknown preset: err = %v, want one naming the known presets", err)
	}
}

func TestCombinedAndOverride(t *testing.T) {
	o := Search
	o.Alef = false // explicit option overrides the preset
	if got := New(o).String("أَحمد"); got != "أحمد" {
		t.Errorf("search without alef: %q", got)
	}
	o = Options{Alef: true, Hamza: true}
	if got := New(o).String("إبراهيم يسأل"); got != "ابراهيم يسال" {
		t.Errorf("alef+hamza: %q", got)
	}
	// chains end where every rule is done: ۃ (teh marbuta goal) → ة → ه
	if got := New(Options{Persian: true, TehMarbuta: true}).String("ۃ"); got != "ه" {
		t.Errorf("persian+tehMarbuta chain: %q", got)
	}
	if got := New(Options{Persian: true}).String("ۃ"); got != "ة" {
		t.Errorf("persian alone: %q", got)
	}
}

func TestSetUnknownOption(t *testing.T) {
	var o Options
	err := o.Set("diacritic", true)
	if err == nil || !strings.Contains(err.Error(), `"diacritic"`) || !strings.Contains(err.Error(), "diacritics") {
		t.Errorf("Set(diacritic) = %v, want an error naming it and the known options", err)
	}
	if err := o.Set("alefMaksura", true); err != nil || !o.AlefMaksura {
		t.Errorf("Set(alefMaksura) = %v, %+v", err, o)
	}
	if on, ok := o.Get("alefMaksura"); !on || !ok {
		t.Errorf("Get(alefMaksura) = %v, %v", on, ok)
	}
	if got := strings.Join(Search.Enabled(), ","); got != "diacritics,tatweel,alef,alefMaksura,presentationForms,digits,invisibles,whitespace" {
		t.Errorf("Search.Enabled() = %s", got)
	}
}

func TestChanges(t *testing.T) {
	in := "😀 أَحْمَــد  ﻷ"
	res := New(Search).Normalize(in)
	want := []Change{
		{Start: 5, End: 7, From: "أ", To: "ا", Rule: "alef", OutStart: 5},
		{Start: 7, End: 9, From: "\u064e", To: "", Rule: "diacritics", OutStart: 7},
		{Start: 11, End: 13, From: "\u0652", To: "", Rule: "diacritics", OutStart: 9},
		{Start: 15, End: 17, From: "\u064e", To: "", Rule: "diacritics", OutStart: 11},
		{Start: 17, End: 21, From: "ــ", To: "", Rule: "tatweel", OutStart: 11},
		{Start: 24, End: 25, From: " ", To: "", Rule: "whitespace", OutStart: 14},
		{Start: 25, End: 28, From: "ﻷ", To: "لا", Rule: "presentationForms+alef", OutStart: 14},
	}
	if res.Text != "😀 احمد لا" {
		t.Fatalf("text %q", res.Text)
	}
	if len(res.Changes) != len(want) {
		t.Fatalf("changes:\n%+v\nwant\n%+v", res.Changes, want)
	}
	for i := range want {
		if res.Changes[i] != want[i] {
			t.Errorf("change %d: %+v, want %+v", i, res.Changes[i], want[i])
		}
	}
	checkChanges(t, in, res)
}

func TestSpan(t *testing.T) {
	in := "قال ـمُحَمَّدٌ\u200f و ﻷحمد"
	res := New(Search).Normalize(in)
	tests := []struct{ out, in string }{
		{"محمد", "مُحَمَّدٌ"}, // trailing tanween belongs to the word, the tatweel before does not
		{"قال", "قال"},
		{"لا", "ﻷ"},
		{"احمد", "ﻷحمد"}, // a span starting inside a ligature takes all of it
	}
	for _, tt := range tests {
		i := strings.Index(res.Text, tt.out)
		if i < 0 {
			t.Fatalf("%q not in %q", tt.out, res.Text)
		}
		s, e := res.Span(i, i+len(tt.out))
		if got := in[s:e]; got != tt.in {
			t.Errorf("Span(%q) = %q, want %q", tt.out, got, tt.in)
		}
	}
}

func TestUnchangedTextIsReturnedAsIs(t *testing.T) {
	in := "Plain ASCII text, and some عربية بلا تشكيل."
	res := New(Search).Normalize(in)
	if res.Text != in || len(res.Changes) != 0 {
		t.Errorf("changed clean text: %q %+v", res.Text, res.Changes)
	}
	if s, e := res.Span(6, 11); in[s:e] != "ASCII" {
		t.Errorf("identity span: %q", in[s:e])
	}
}

func TestInvalidUTF8PassesThrough(t *testing.T) {
	in := "أ\xffب\xc3"
	got := New(Search).String(in)
	if got != "ا\xffب\xc3" {
		t.Errorf("got %q", got)
	}
}

func TestTransformerMatchesString(t *testing.T) {
	in := strings.Repeat("قالَ أحمــدُ  \u200f ﻷ ٣ ا\u0654 ", 50)
	for _, p := range Presets() {
		n := New(p.Options)
		want := n.String(in)
		for _, chunk := range []int{1, 2, 3, 7, 64} {
			r := transform.NewReader(&chunkReader{s: in, n: chunk}, n.Transformer())
			var b strings.Builder
			buf := make([]byte, 5)
			for {
				k, err := r.Read(buf)
				b.Write(buf[:k])
				if err != nil {
					break
				}
			}
			if b.String() != want {
				t.Errorf("%s, chunks of %d: transformer differs from String", p.ID, chunk)
			}
		}
		if got, _, err := transform.String(transform.Chain(n.Transformer(), n.Transformer()), in); err != nil || got != want {
			t.Errorf("%s: chained twice: %v", p.ID, err)
		}
	}
}

type chunkReader struct {
	s string
	n int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.s) == 0 {
		return 0, errEOF{}
	}
	k := min(c.n, len(p), len(c.s))
	copy(p, c.s[:k])
	c.s = c.s[k:]
	return k, nil
}

type errEOF struct{}

func (errEOF) Error() string { return "EOF" }

// checkChanges verifies the invariants of a Result: changes are sorted,
// disjoint, read their input, and applying them to the input gives Text.
func checkChanges(t testing.TB, in string, res *Result) {
	t.Helper()
	var b strings.Builder
	pos := 0
	for i, c := range res.Changes {
		if c.Start < pos || c.End < c.Start || c.End > len(in) {
			t.Fatalf("change %d %+v out of order or out of range", i, c)
		}
		if in[c.Start:c.End] != c.From || c.From == "" {
			t.Fatalf("change %d: From %q but input reads %q", i, c.From, in[c.Start:c.End])
		}
		if c.Rule == "" {
			t.Fatalf("change %d has no rule", i)
		}
		b.WriteString(in[pos:c.Start])
		if b.Len() != c.OutStart {
			t.Fatalf("change %d: OutStart %d, output so far %d", i, c.OutStart, b.Len())
		}
		b.WriteString(c.To)
		pos = c.End
	}
	b.WriteString(in[pos:])
	if b.String() != res.Text {
		t.Fatalf("applying changes gives %q, Text is %q", b.String(), res.Text)
	}
}

// lastBase returns the last rune of s that is not a combining mark.
func lastBase(s string) rune {
	rs := []rune(s)
	for i := len(rs) - 1; i >= 0; i-- {
		if !unicode.Is(unicode.Mn, rs[i]) {
			return rs[i]
		}
	}
	return 0
}

// checkRemoved verifies that the output holds nothing the options remove.
func checkRemoved(t testing.TB, o Options, out string) {
	t.Helper()
	for i, r := range out {
		c := letters.ClassOf(r)
		bad := (o.Diacritics && (c == letters.Diacritic || c == letters.QuranicMark)) ||
			(o.Tatweel && c == letters.Tatweel) ||
			(o.Invisibles && c == letters.Invisible && !(r == zeroWidthJoiner && i > 0 && isPictograph(lastBase(out[:i])))) ||
			(o.PresentationForms && letters.IsPresentationForm(r) && decomposition(r) != string(r)) ||
			(o.Whitespace && c == letters.Space && r != ' ') ||
			(o.Digits && c == letters.Digit)
		if e, ok := letters.Lookup(r); ok {
			bad = bad || (o.Alef && e.Variant&letters.AlefForm != 0) ||
				(o.AlefMaksura && e.Variant&letters.AlefMaksuraForm != 0) ||
				(o.TehMarbuta && e.Variant&letters.TehMarbutaForm != 0) ||
				(o.Hamza && e.Variant&letters.HamzaForm != 0) ||
				(o.Persian && e.Variant&letters.PersianForm != 0)
		}
		if bad {
			t.Fatalf("output %q holds %U at %d, which the options remove", out, r, i)
		}
	}
	if o.Whitespace && strings.Contains(out, "  ") {
		t.Fatalf("output %q holds a run of spaces", out)
	}
}

// The generated table is Unicode's compatibility decomposition.
func TestDecompositionsAreNFKC(t *testing.T) {
	for r := rune(0xFB50); r <= 0xFEFE; r++ {
		if !letters.IsPresentationForm(r) {
			continue
		}
		want := norm.NFKC.String(string(r))
		if m, _ := utf8.DecodeRuneInString(strings.TrimPrefix(want, " ")); strings.HasPrefix(want, " ") && len(want) > 1 && letters.ClassOf(m).IsMark() {
			want = want[1:]
		}
		if got := decomposition(r); got != want {
			t.Errorf("%U: table says %q, NFKC %q (run go generate ./arabic/normalize)", r, got, want)
		}
	}
}

func TestForSharesOneNormalizerPerOptions(t *testing.T) {
	for _, p := range Presets() {
		if For(p.Options) != For(p.Options) || For(p.Options).Options() != p.Options {
			t.Errorf("%s: For does not return one shared Normalizer for the options", p.ID)
		}
	}
	if For(Light) == For(Search) {
		t.Error("different options share a Normalizer")
	}
	// every option has its own bit
	seen := map[uint]string{}
	for _, id := range OptionIDs() {
		var o Options
		_ = o.Set(id, true)
		if prev, dup := seen[o.bits()]; dup || o.bits() == 0 {
			t.Errorf("%s and %s share bits %b", id, prev, o.bits())
		}
		seen[o.bits()] = id
	}
}

func TestCursorInAnyOrder(t *testing.T) {
	in := "قال ـمُحَمَّدٌ\u200f و ﻷحمد  إبراهيم"
	res := New(Search).Normalize(in)
	cur := res.Cursor()
	spans := [][2]int{{0, 3}, {8, 14}, {4, 12}, {0, 1}, {len(res.Text) - 4, len(res.Text)}, {2, 2}, {9, 20}}
	for _, sp := range spans {
		a, b := res.Span(sp[0], sp[1])
		if ca, cb := cur.Span(sp[0], sp[1]); ca != a || cb != b {
			t.Errorf("Cursor.Span(%v) = %d,%d, Span says %d,%d", sp, ca, cb, a, b)
		}
	}
}
