package phonetic_test

import (
	"fmt"

	"github.com/harf-project/harf/arabic/phonetic"
)

func ExampleKey() {
	for _, s := range []string{"محمد", "مُحَمَّدٌ", "Muhammad", "Mohamed", "المقداد", "Mekdad", "3omar"} {
		fmt.Println(s, phonetic.Key(s))
	}
	// Output:
	// محمد MHMD
	// مُحَمَّدٌ MHMD
	// Muhammad MuHaMaD
	// Mohamed MuHaMeD
	// المقداد lMKDAD
	// Mekdad MeKDaD
	// 3omar u3MaR
}

func ExampleKeys() {
	fmt.Println(phonetic.Keys("Haitham bin Tariq"))
	fmt.Println(phonetic.Keys("هيثم بن طارق"))
	fmt.Println(phonetic.Keys("Abd al-Aziz"), phonetic.Keys("عبد العزيز"))
	// Output:
	// [HIavaM BN TaRiK]
	// [HIVM BN TARK]
	// [aBD laZiZ] [3BD l3ZIZ]
}

func ExampleJoinedKey() {
	// One Latin word against two Arabic words.
	q, w := phonetic.JoinedKey("Nasrallah"), phonetic.JoinedKey("نصر الله")
	fmt.Println(q, w, phonetic.Match(q, w))
	// Output: NaSRaLah NSRlLh true
}

func ExampleMatch() {
	q := phonetic.Key("Gaddafi")
	for _, w := range []string{"القذافي", "قذافي", "الكويت"} {
		fmt.Println(w, phonetic.Match(q, phonetic.Key(w)))
	}
	// Output:
	// القذافي true
	// قذافي true
	// الكويت false
}

func ExampleDistance() {
	muhammad := phonetic.Key("Muhammad")
	fmt.Println(phonetic.Distance(muhammad, phonetic.Key("محمد")))
	// محمود writes a long u where Muhammad has an a: a vowel conflict.
	fmt.Println(phonetic.Distance(muhammad, phonetic.Key("محمود")))
	// Output:
	// 0
	// 2
}

func ExampleMaxDistance() {
	for _, s := range []string{"Qatar", "Bouteflika", "Gamal Abdel Nasser"} {
		k := phonetic.JoinedKey(s)
		fmt.Println(s, phonetic.Length(k), phonetic.MaxDistance(k))
	}
	// Output:
	// Qatar 3 0
	// Bouteflika 5 1
	// Gamal Abdel Nasser 8 1
}

func ExampleIsLatin() {
	fmt.Println(phonetic.IsLatin("3omar"), phonetic.IsLatin("عمر"), phonetic.IsLatin("2026"))
	// Output: true false false
}

func ExampleSkeletons() {
	fmt.Println(phonetic.Skeletons(phonetic.Key("Gaddafi")))
	// Output: [GDF JDF KDF]
}
