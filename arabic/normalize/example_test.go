package normalize_test

import (
	"fmt"
	"strings"

	"github.com/harf-project/harf/arabic/normalize"
	"golang.org/x/text/transform"
)

func ExampleNormalizer_String() {
	n := normalize.New(normalize.Search)
	fmt.Println(n.String("قالَ أحمــدُ: ﻷ ٣"))
	// Output: قال احمد: لا 3
}

func ExampleNormalizer_Normalize() {
	res := normalize.New(normalize.Search).Normalize("ﻷحمد")
	for _, c := range res.Changes {
		fmt.Printf("%d-%d %s → %s (%s)\n", c.Start, c.End, c.From, c.To, c.Rule)
	}
	// Output: 0-3 ﻷ → لا (presentationForms+alef)
}

func ExampleResult_Span() {
	in := "وصل مُحَمَّدٌ أمس"
	res := normalize.New(normalize.Search).Normalize(in)
	i := strings.Index(res.Text, "محمد")
	start, end := res.Span(i, i+len("محمد"))
	fmt.Println(in[start:end])
	// Output: مُحَمَّدٌ
}

func ExampleNormalizer_Transformer() {
	// Compose with other transformers of golang.org/x/text.
	t := transform.Chain(normalize.New(normalize.Options{Tatweel: true}).Transformer(),
		normalize.New(normalize.Options{Digits: true}).Transformer())
	s, _, _ := transform.String(t, "جمـــيل ٢٠٢٦")
	fmt.Println(s)
	// Output: جميل 2026
}

func ExampleOptions_Set() {
	o := normalize.Search
	if err := o.Set("tehMarbuta", true); err != nil {
		fmt.Println(err)
	}
	fmt.Println(normalize.New(o).String("مدرسة"))
	fmt.Println(o.Set("tashkeel", true))
	// Output:
	// مدرسه
	// unknown option "tashkeel" (known: diacritics, tatweel, alef, alefMaksura, tehMarbuta, hamza, presentationForms, persian, digits, punctuation, invisibles, whitespace)
}

func ExamplePresetOptions() {
	o, _ := normalize.PresetOptions("aggressive")
	fmt.Println(normalize.New(o).String("مؤتمر صحفيّ في المدرسة، یوم ۵"))
	// Output: موتمر صحفي في المدرسه, يوم 5
}
