package phonetic_test

import (
	"fmt"

	"github.com/harf-project/harf/arabic/phonetic"
)

func ExampleSpelling() {
	fmt.Println(phonetic.Spelling("Luka Modrić"))
	fmt.Println(phonetic.Spelling("لوكا مودريتشُ"))
	// Output:
	// lukamodrich
	// لوكامودريتش
}

func ExampleNewLatinName() {
	n := phonetic.NewLatinName("Richard Cheney")
	fmt.Println(n.Spelling(), n.Likeliest(), n.Skeleton())
	for _, ar := range []string{"ريتشارد تشيني", "ريشار شيني", "رشيد الشناوي"} {
		fmt.Printf("%s %.1f %v\n", ar, n.Cost(ar), n.Matches(ar))
	}
	// Output:
	// richardcheney ريتشاردتشيني RCRDCN
	// ريتشارد تشيني 0.0 true
	// ريشار شيني 4.8 true
	// رشيد الشناوي 41.2 false
}

func ExampleLatinName_Within() {
	n := phonetic.NewLatinName("McCartney")
	fmt.Println(phonetic.MaxCost(len(n.Spelling())))
	fmt.Println(n.Within("ماكارتني", phonetic.MaxCost(len(n.Spelling()))))
	fmt.Println(n.Within("مكرم", phonetic.MaxCost(len(n.Spelling()))))
	// Output:
	// 8.7
	// 0.4 true
	// -1 false
}

func ExampleArabicSkeleton() {
	fmt.Println(phonetic.ArabicSkeleton("شتاينماير"), phonetic.NewLatinName("Steinmeier").Skeleton())
	fmt.Println(phonetic.ArabicSkeleton("أنتيتش"), phonetic.NewLatinName("Antić").Skeleton())
	// Output:
	// CTNMR STNMR
	// NC NC
}

func ExampleIsFunctionWord() {
	fmt.Println(phonetic.IsFunctionWord("في"), phonetic.IsFunctionWord("فيصل"))
	// Output:
	// true false
}
