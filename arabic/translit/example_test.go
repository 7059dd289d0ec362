package translit_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/harf-project/harf/arabic/translit"
	"golang.org/x/text/transform"
)

func ExampleTransliterate() {
	for _, id := range []string{"buckwalter", "hsb", "iso233", "din31635", "ala-lc", "arabizi"} {
		out, _ := translit.Transliterate("مُحَمَّدٌ في المَدْرَسَةِ", id)
		fmt.Printf("%-10s %s\n", id, out)
	}
	// Output:
	// buckwalter muHama~dN fy Almadorasapi
	// hsb        muHama~dũ fy Almad.rasaħi
	// iso233     muḥam̄adú fy ʾlmad̊rasaẗi
	// din31635   muḥammadun fī al-madrasati
	// ala-lc     muḥammadun fī al-madrasati
	// arabizi    mu7ammadun fi al-madrasati
}

func ExampleDetransliterate() {
	ar, _ := translit.Detransliterate("Almadorasapu", "buckwalter")
	fmt.Println(ar)
	guess, _ := translit.Detransliterate("mar7aba ya 7abibi", "arabizi")
	fmt.Println(guess)
	_, err := translit.Detransliterate("al-madrasah", "ala-lc")
	fmt.Println(err)
	// Output:
	// المَدْرَسَةُ
	// مرحبا يا حبيبي
	// translit: scheme "ala-lc" is not reversible: only buckwalter, buckwalter-safe, buckwalter-xml, hsb and (as a guess) arabizi go back to Arabic
}

func ExampleLookup() {
	s, err := translit.Lookup("ala-lc")
	if err != nil {
		panic(err)
	}
	// Unvocalized text keeps its long vowels and invents no short ones.
	fmt.Println(s.Transliterate("مدرسة الشمس الجديدة"))
	_, err = translit.Lookup("pinyin")
	fmt.Println(err)
	// Output:
	// mdrsah al-shms al-jdīdah
	// translit: unknown scheme "pinyin" (known schemes: buckwalter, buckwalter-safe, buckwalter-xml, hsb, iso233, din31635, ala-lc, arabizi)
}

func ExampleSchemes() {
	for _, s := range translit.Schemes() {
		fmt.Println(s.ID, s.Reversible, s.Guess)
	}
	// Output:
	// buckwalter true false
	// buckwalter-safe true false
	// buckwalter-xml true false
	// hsb true false
	// iso233 false false
	// din31635 false false
	// ala-lc false false
	// arabizi false true
}

func ExampleScheme_Detransliterate() {
	s, _ := translit.Lookup("buckwalter")
	// Characters outside the alphabet pass through; Latin letters of the
	// alphabet become Arabic.
	ar, _ := s.Detransliterate("ktAb 2030 - Hi")
	fmt.Println(ar)
	// Output: كتاب 2030 - حِ
}

func ExampleScheme_Transformer() {
	s, _ := translit.Lookup("din31635")
	r := transform.NewReader(strings.NewReader("الشَّمْسُ والقَمَرُ\n"), s.Transformer())
	io.Copy(os.Stdout, r)
	// Output: aš-šamsu wa-l-qamaru
}
