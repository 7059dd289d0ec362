package exonym_test

import (
	"fmt"

	"github.com/harf-project/harf/arabic/exonym"
)

func ExampleLookup() {
	fmt.Println(exonym.Lookup("Égypte"), exonym.Lookup("Morocco"), exonym.Lookup("Le Caire"))
	// Output: [مصر] [المغرب] [القاهرة]
}
