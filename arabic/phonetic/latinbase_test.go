package phonetic

import (
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The generated table is what the canonical decomposition says.
func TestLatinBaseIsNFD(t *testing.T) {
	for _, block := range [][2]rune{{0x00C0, 0x024F}, {0x1E00, 0x1EFF}} {
		for r := block[0]; r <= block[1]; r++ {
			d := []rune(norm.NFD.String(string(r)))
			want := byte(0)
			if unicode.IsLetter(r) && len(d) > 1 {
				if b := unicode.ToLower(d[0]); 'a' <= b && b <= 'z' {
					want = byte(b)
				}
			}
			if got := latinBase[r]; got != want {
				t.Errorf("%U: table %q, NFD gives %q (run go generate ./arabic/phonetic)", r, got, want)
			}
		}
	}
}
