package letters_test

import (
	"fmt"

	"github.com/harf-project/harf/arabic/letters"
)

func ExampleLookup() {
	e, _ := letters.Lookup('أ')
	fmt.Println(e.Name, "|", e.Class, "|", string(e.Base), "|", e.Tr[letters.BW], e.Tr[letters.DIN])
	// Output: alef with hamza above | letter | ا | > ʾ
}

func ExampleClassOf() {
	for _, r := range "بَـ٣" {
		fmt.Println(letters.ClassOf(r))
	}
	// Output:
	// letter
	// diacritic
	// tatweel
	// digit
}
