package fuzzy

import (
	"strings"
	"testing"

	"github.com/harf-project/harf/arabic/normalize"
)

// report is a short made-up news item that packs the cases search must
// handle: diacritics, alef and ى/ي variants, a ligature, clitics, a glued
// word, a typo, a name split and one glued, Latin names, an emoji.
const report = "😀 التقى الرئيسُ هيثم بن طارق أمس بالوزير مُحَمَّد المِقداد في مَسْقَط. " +
	"وقال المقدادخلال المؤتمر إن ﻷحمد إبراهيم دوراً كبيراً، وشكر ومحمد ولمحمد. " +
	"وحضر عبد العزيز ونصرالله وممثل عن قطر. وكتب المراسل «المقدد» خطأً. Karim Haddad was there."

func texts(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text)
	}
	return out
}

func TestSearch(t *testing.T) {
	tests := []struct {
		name, query string
		opts        func(*Options)
		want        []string // the matched passages of the original text, in order
	}{
		{"diacritics inside the span", "محمد", nil, []string{"مُحَمَّد", "ومحمد", "ولمحمد"}},
		{"kasra and a typo", "المقداد", nil, []string{"المِقداد", "المقداد", "المقدد"}},
		{"full name, word sequence", "هيثم بن طارق", nil, []string{"هيثم بن طارق"}},
		{"alef folding, ligature with clitic", "احمد", nil, []string{"ﻷحمد"}},
		{"hamza on alef", "ابراهيم", nil, []string{"إبراهيم"}},
		{"text splits a glued query", "عبدالعزيز", nil, []string{"عبد العزيز"}},
		{"text glues a split query", "نصر الله", nil, []string{"ونصرالله"}},
		{"short word exact only", "قطر", nil, []string{"قطر"}},
		{"clitics off", "محمد", func(o *Options) { o.Clitics = false }, []string{"مُحَمَّد"}},
		{"whole words only", "المقداد", func(o *Options) { o.WholeWords = true }, []string{"المِقداد", "المقدد"}},
		{"exact only", "المقداد", func(o *Options) { o.MaxDistance = 0 }, []string{"المِقداد", "المقداد"}},
		{"limit", "المقداد", func(o *Options) { o.Limit = 1 }, []string{"المِقداد"}},
		{"Latin words in the text", "karim haddad", nil, []string{"Karim Haddad"}},
		{"cross-script: one Latin word", "Mekdad", nil, []string{"المِقداد"}}, // keys of short names allow no typo
		{"cross-script: a full name", "Haitham bin Tariq", nil, []string{"هيثم بن طارق"}},
		{"cross-script: one word for two", "Nasrallah", nil, []string{"ونصرالله"}},
		{"cross-script: two for two", "Abdel Aziz", nil, []string{"عبد العزيز"}},
		{"cross-script: French spelling", "Mouhammad", nil, []string{"مُحَمَّد", "ومحمد"}}, // a bare ل is not taken off
		{"cross-script: Arabizi", "9a7afi", nil, nil},
		{"cross-script off", "Mekdad", func(o *Options) { o.CrossScript = false }, nil},
		{"blank query", "  \u200f ", nil, nil},
		{"no match", "بيروت", nil, nil},
	}
	for _, tt := range tests {
		o := DefaultOptions()
		if tt.opts != nil {
			tt.opts(&o)
		}
		ms, err := Search(report, tt.query, o)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := texts(ms); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: Search(%q) = %q, want %q", tt.name, tt.query, got, tt.want)
		}
		for _, m := range ms {
			if report[m.Start:m.End] != m.Text {
				t.Errorf("%s: span %d-%d reads %q, not %q", tt.name, m.Start, m.End, report[m.Start:m.End], m.Text)
			}
			if m.Score <= 0 || m.Score > 1 || (m.Distance == 0) != (m.Score == 1) {
				t.Errorf("%s: %q distance %d score %v", tt.name, m.Text, m.Distance, m.Score)
			}
		}
	}
}

func TestSearchGluedSpanIsThePart(t *testing.T) {
	ms, _ := Search(report, "المقداد", DefaultOptions())
	i := strings.Index(report, "المقدادخلال")
	found := false
	for _, m := range ms {
		if m.Start == i && m.End == i+len("المقداد") && m.Distance == 0 {
			found = true
		}
	}
	if !found {
		t.Errorf("glued المقداد not found as the start of المقدادخلال: %+v", ms)
	}
}

func TestSearchAll(t *testing.T) {
	queries := []string{"محمد", "", "المقداد", "هيثم بن طارق", "مسقط", "طارق"}
	ms, err := SearchAll(report, queries, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	last := -1
	for _, m := range ms {
		if m.Start < last {
			t.Errorf("not in text order: %+v", ms)
		}
		last = m.Start
		got = append(got, queries[m.Query]+"="+m.Text)
	}
	want := "هيثم بن طارق=هيثم بن طارق|طارق=طارق|محمد=مُحَمَّد|المقداد=المِقداد|مسقط=مَسْقَط|المقداد=المقداد|محمد=ومحمد|محمد=ولمحمد|المقداد=المقدد"
	if strings.Join(got, "|") != want {
		t.Errorf("SearchAll:\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
	// Each query alone finds what it finds among many.
	for qi, q := range queries {
		alone, _ := Search(report, q, DefaultOptions())
		var fromAll []Match
		for _, m := range ms {
			if m.Query == qi {
				m.Query = 0
				fromAll = append(fromAll, m)
			}
		}
		if strings.Join(texts(alone), "|") != strings.Join(texts(fromAll), "|") {
			t.Errorf("%q: alone %q, in SearchAll %q", q, texts(alone), texts(fromAll))
		}
	}
}

func TestNegativeMaxDistance(t *testing.T) {
	o := DefaultOptions()
	o.MaxDistance = -2
	if _, err := Search(report, "محمد", o); err != ErrNegativeDistance {
		t.Errorf("err = %v", err)
	}
}

func TestDistanceAndSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		dist int
		sim  float64
	}{
		{"أحمد", "احمد", 0, 1},
		{"مُصْطَفَى", "مصطفي", 0, 1},
		{"المقداد", "المقدد", 1, 1 - 1.0/7},
		{"محمد", "احمد", 1, 0.75},
		{"", "", 0, 1},
		{"قطر", "", 3, 0},
	}
	for _, tt := range tests {
		o := normalize.Search
		if d := Distance(tt.a, tt.b, o); d != tt.dist {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, d, tt.dist)
		}
		if d := Distance(tt.b, tt.a, o); d != tt.dist {
			t.Errorf("Distance is not symmetric on %q, %q", tt.a, tt.b)
		}
		if s := Similarity(tt.a, tt.b, o); s < tt.sim-1e-9 || s > tt.sim+1e-9 {
			t.Errorf("Similarity(%q, %q) = %v, want %v", tt.a, tt.b, s, tt.sim)
		}
	}
}

func TestWords(t *testing.T) {
	text := "قالَ 😀 ﻷحمد: «مرحباً» x2 ٣٤"
	var got []string
	for _, w := range Words(text, normalize.Search) {
		if text[w.Start:w.End] != w.Text {
			t.Errorf("span of %q reads %q", w.Text, text[w.Start:w.End])
		}
		got = append(got, w.Text+"/"+w.Norm)
	}
	want := "قالَ/قال|ﻷحمد/لاحمد|مرحباً/مرحبا|x2/x2|٣٤/34"
	if strings.Join(got, "|") != want {
		t.Errorf("Words = %s, want %s", strings.Join(got, "|"), want)
	}
}

func TestAnalyze(t *testing.T) {
	text := "زار الوفد السوري سورية، ثم عاد السُّوري إلى سوريا. مسؤول ومسئول ومسؤول قال: إن المسؤول سيزور سوريا. Hello 😀"
	a := Analyze(text, normalize.Search)
	if a.Characters != len([]rune(text)) || a.Words != 18 || a.ArabicWords != 17 {
		t.Errorf("counts: %+v", a)
	}
	groups := map[string]string{}
	for _, g := range a.Variants {
		var forms []string
		for _, f := range g.Forms {
			forms = append(forms, f.Text)
			for _, sp := range f.Spans {
				if text[sp[0]:sp[1]] != f.Text {
					t.Errorf("span %v reads %q, not %q", sp, text[sp[0]:sp[1]], f.Text)
				}
			}
			if f.Count != len(f.Spans) {
				t.Errorf("%q: count %d, %d spans", f.Text, f.Count, len(f.Spans))
			}
		}
		groups[g.Key] = strings.Join(forms, "|")
	}
	want := map[string]string{"سوريا": "سوريا|سورية", "السوري": "السوري|السُّوري"}
	for k, v := range want {
		if groups[k] != v {
			t.Errorf("group %s = %q, want %q (all: %v)", k, groups[k], v, groups)
		}
	}
	if _, ok := groups["ان"]; ok {
		t.Errorf("function words grouped: %v", groups)
	}
	if a.TopWords[0] != (WordCount{"السوري", 2}) || a.TopWords[1] != (WordCount{"سوريا", 2}) {
		t.Errorf("top words: %v", a.TopWords)
	}
}

func TestSearchNamesGluedTypedAndSpelledAgain(t *testing.T) {
	text := "قال محمد الخطيبوأكد أن الوفد وصل إلى غزه أمس، ثم تحدث نور الحسيننيي عن حلبوأكد، وقالمحمد الخطيب."
	tests := []struct {
		query string
		want  []string
	}{
		{"محمد الخطيب", []string{"محمد الخطيب", "محمد الخطيب"}}, // glued to the word after, then to the word before
		{"نور الحسيني", []string{"نور الحسيننيي"}},              // two typos in one word of a name
		{"غزة", []string{"غزه"}},                                // ة and ه at the end of a word are one letter
		{"حلب", nil},                                            // a short one-word query is not looked for inside words
	}
	for _, tt := range tests {
		ms, err := Search(text, tt.query, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if got := texts(ms); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Search(%q) = %q, want %q", tt.query, got, tt.want)
		}
		for _, m := range ms {
			if text[m.Start:m.End] != m.Text {
				t.Errorf("%q: span reads %q", tt.query, text[m.Start:m.End])
			}
		}
	}
}
