//go:build js && wasm

package page

import (
	"bytes"
	"testing"
)

// TestCodePoint checks the U+XXXX spelling of invisible characters.
func TestCodePoint(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want string
	}{
		{0, "0000"}, {0x64B, "064B"}, {0x200F, "200F"}, {0xFEFF, "FEFF"}, {0x1F600, "1F600"}, {0x10FFFF, "10FFFF"},
	} {
		if got := codePoint(c.r); got != c.want {
			t.Errorf("codePoint(%#x) = %q, want %q", c.r, got, c.want)
		}
	}
}

// TestCSVWriter checks the quoting of the CSV export.
func TestCSVWriter(t *testing.T) {
	var b bytes.Buffer
	csvWriter{&b}.Write([]string{"سلمى", `قال "نعم"`, `"`, "a,b", " x", ""})
	want := "سلمى,\"قال \"\"نعم\"\"\",\"\"\"\",\"a,b\",\" x\",\r\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
