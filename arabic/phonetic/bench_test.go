package phonetic

import (
	"strings"
	"testing"
)

var (
	benchArabic = []string{"المَقْداد", "عبدالعزيز", "بيروت", "الخرطوم", "محمد", "والجزائر", "فلسطين", "القذافي"}
	benchLatin  = []string{"Mekdad", "Abdelaziz", "Beyrouth", "Khartoum", "Muhammad", "Algérie", "Palestine", "Gaddafi"}
)

func BenchmarkKeyArabic(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		_ = Key(benchArabic[i%len(benchArabic)])
	}
}

func BenchmarkKeyLatin(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		_ = Key(benchLatin[i%len(benchLatin)])
	}
}

func BenchmarkJoinedKeyPhrase(b *testing.B) {
	phrase := "Mohammed bin Rashid Al Maktoum"
	for b.Loop() {
		_ = JoinedKey(phrase)
	}
}

func BenchmarkMatch(b *testing.B) {
	var ka, kl []string
	for i := range benchArabic {
		ka = append(ka, Key(benchArabic[i]))
		kl = append(kl, Key(benchLatin[i]))
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		_ = Match(kl[i%len(kl)], ka[(i/len(kl))%len(ka)])
	}
}

func BenchmarkDistancePhrase(b *testing.B) {
	q, w := JoinedKey("Gamal Abdel Nasser"), JoinedKey(strings.Repeat("جمال عبد الناصر", 1))
	for b.Loop() {
		_ = Distance(q, w)
	}
}

func BenchmarkNewLatinName(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		_ = NewLatinName(benchLatin[i%len(benchLatin)])
	}
}

func BenchmarkLatinNameWithin(b *testing.B) {
	var names []*LatinName
	for _, l := range benchLatin {
		names = append(names, NewLatinName(l))
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		n := names[i%len(names)]
		_, _ = n.Within(benchArabic[(i/len(names))%len(benchArabic)], MaxCost(len(n.Spelling())))
	}
}
