package fuzzy

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/harf-project/harf/internal/corpus"
)

// BenchmarkSearchAllLatin searches 100 KB of Arabic text for 100 names typed
// in Latin letters (the spellings of testdata/names.tsv), the cross-script
// path.
func BenchmarkSearchAllLatin(b *testing.B) {
	f, err := os.Open("../phonetic/testdata/names.tsv")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	for sc.Scan() && len(names) < 100 {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) == 3 && cols[0] != "kind" && !strings.HasPrefix(cols[0], "#") {
			for _, l := range strings.Split(cols[2], "|") {
				if len(names) < 100 {
					names = append(names, l)
				}
			}
		}
	}
	text := corpus.Generate(100 << 10)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := SearchAll(text, names, DefaultOptions()); err != nil {
			b.Fatal(err)
		}
	}
}
