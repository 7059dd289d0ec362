// Command prog is what TestGoProgram builds for js/wasm: it prints data of
// every kind the linker writes (strings, a table, a map, numbers with runs
// of zeros in between), so that a segment lost or misplaced shows.
package main

import (
	"fmt"
	"sort"
	"strings"
)

// capitals is a table of Arabic names.
var capitals = map[string]string{
	"Egypt":   "القاهرة",
	"Jordan":  "عمّان",
	"Lebanon": "بيروت",
	"Morocco": "الرباط",
	"Tunisia": "تونس",
	"Oman":    "مسقط",
}

// sparse has runs of zeros between its values: the linker splits it into
// segments.
var sparse = [64]uint64{3: 0xDEADBEEF, 20: 1, 63: 1 << 60}

func main() {
	countries := make([]string, 0, len(capitals))
	for c := range capitals {
		countries = append(countries, c)
	}
	sort.Strings(countries)
	for _, c := range countries {
		fmt.Printf("%-8s %s (%d letters)\n", c, capitals[c], len([]rune(capitals[c])))
	}
	sum := uint64(0)
	for i, v := range sparse {
		sum += v * uint64(i+1)
	}
	fmt.Println("sparse:", sum, strings.Repeat("ـ", 3))
}
