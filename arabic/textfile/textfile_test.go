package textfile

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

// Texts of our own, with diacritics, hamza forms, ى, ة, tatweel, digits and
// Arabic punctuation where the code pages have them.
const (
	news    = "أعلنت البلدية، صباح الأحد، افتتاح المكتبة العامة الجديدة في وسط المدينة.\r\nوقال المدير إن الدخول مجاني للطلاب حتى نهاية الشهر؟"
	voweled = "كَتَبَ الطّالِبُ رِسالَةً إلى أُمِّهِ"
	mixed   = "Réunion à Beyrouth: مؤتمر الصحافة العربية ـ الدورة الثانية"
)

// encode returns s in a single-byte code page; the test fails when s has a
// character the code page lacks.
func encode(t *testing.T, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	var out []byte
	for _, r := range s {
		b, ok := cm.EncodeRune(r)
		if !ok {
			t.Fatalf("%q has no byte in %v", r, cm)
		}
		out = append(out, b)
	}
	return out
}

// utf16Bytes returns s as UTF-16 with a byte order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	units := utf16.Encode([]rune("\uFEFF" + s))
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name  string
		in    []byte
		want  string
		wantE Encoding
	}{
		{"UTF-8", []byte(news), news, UTF8},
		{"UTF-8 with BOM", append([]byte("\xEF\xBB\xBF"), news...), news, UTF8BOM},
		{"UTF-8 voweled, emoji", []byte(voweled + " 😀"), voweled + " 😀", UTF8},
		{"ASCII", []byte("Harf reads plain text.\n"), "Harf reads plain text.\n", UTF8},
		{"empty", nil, "", UTF8},
		{"UTF-16 LE", utf16Bytes(news, false), news, UTF16LE},
		{"UTF-16 BE", utf16Bytes(news, true), news, UTF16BE},
		{"UTF-16 LE emoji", utf16Bytes("مرحبا 😀", false), "مرحبا 😀", UTF16LE},
		{"Windows-1256", encode(t, charmap.Windows1256, news), news, Windows1256},
		{"Windows-1256 voweled", encode(t, charmap.Windows1256, voweled), voweled, Windows1256},
		{"Windows-1256 with French", encode(t, charmap.Windows1256, mixed), mixed, Windows1256},
		{"ISO-8859-6", encode(t, charmap.ISO8859_6, news), news, ISO8859_6},
		{"ISO-8859-6 voweled", encode(t, charmap.ISO8859_6, voweled), voweled, ISO8859_6},
		{"ISO-8859-6 short", encode(t, charmap.ISO8859_6, "الكتاب"), "الكتاب", ISO8859_6},
		{"Windows-1256 short", encode(t, charmap.Windows1256, "الكتاب"), "الكتاب", Windows1256},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, e, err := Decode(tc.in)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got != tc.want || e != tc.wantE {
				t.Errorf("Decode = %q as %s, want %q as %s", got, e, tc.want, tc.wantE)
			}
		})
	}
}

func TestDecodeNotText(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
	bmp := []byte{'B', 'M', 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF}
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(i*7919 + i/13)
	}
	controls := []byte(strings.Repeat("\x01\x02كتاب\x03", 50))
	tests := []struct {
		name     string
		in       []byte
		wantKind string
	}{
		{"PNG", png, "a PNG image"},
		{"JPEG", []byte("\xFF\xD8\xFF\xE0\x00\x10JFIF"), "a JPEG image"},
		{"PDF", []byte("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"), "a PDF document"},
		{"docx", []byte("PK\x03\x04\x14\x00\x06\x00"), "a ZIP archive (or a Word, Excel or OpenDocument file)"},
		{"BMP", bmp, "a BMP image"},
		{"bytes with NUL", random, ""},
		{"control characters", controls, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, e, err := Decode(tc.in)
			var nt *NotTextError
			if !errors.As(err, &nt) || !errors.Is(err, ErrNotText) {
				t.Fatalf("Decode = %q as %q, %v; want a NotTextError", got, e, err)
			}
			if nt.Kind != tc.wantKind {
				t.Errorf("Kind = %q, want %q", nt.Kind, tc.wantKind)
			}
			if !strings.Contains(err.Error(), "not a text file") {
				t.Errorf("message %q does not say it is not a text file", err)
			}
		})
	}
}

// TestDecodeStrayControl: one stray control character in a long text is a
// flaw, not a sign of binary data.
func TestDecodeStrayControl(t *testing.T) {
	in := news + "\x07" + news
	got, e, err := Decode([]byte(in))
	if err != nil || got != in || e != UTF8 {
		t.Errorf("Decode = %q, %s, %v; want the text as UTF-8", got, e, err)
	}
}

// FuzzDecode checks that Decode never panics and that what it returns is
// valid UTF-8 without a leading byte order mark from the file.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(news))
	f.Add(utf16Bytes(voweled, false))
	f.Add([]byte{0xC7, 0xE1, 0xDF, 0xCA, 0xC7, 0xC8})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, e, err := Decode(b)
		if err != nil {
			if s != "" || e != "" {
				t.Errorf("error %v with text %q as %q", err, s, e)
			}
			return
		}
		if !utf8ValidString(s) {
			t.Errorf("Decode(%q) = %q as %s: not valid UTF-8", b, s, e)
		}
		if e == UTF8 && s != string(b) {
			t.Errorf("UTF-8 input changed: %q -> %q", b, s)
		}
	})
}

func utf8ValidString(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

func ExampleDecode() {
	// "السلام عليكم" saved by an old Windows program.
	b := []byte{0xC7, 0xE1, 0xD3, 0xE1, 0xC7, 0xE3, ' ', 0xDA, 0xE1, 0xED, 0xDF, 0xE3}
	text, enc, err := Decode(b)
	if err != nil {
		panic(err)
	}
	fmt.Println(text, "·", enc)
	// Output: السلام عليكم · Windows-1256
}

// TestTables checks the generated tables against x/text's code pages.
func TestTables(t *testing.T) {
	for _, tc := range []struct {
		high *[128]rune
		cm   *charmap.Charmap
	}{{&windows1256, charmap.Windows1256}, {&iso8859_6, charmap.ISO8859_6}} {
		for i, r := range tc.high {
			if want := tc.cm.DecodeByte(byte(0x80 + i)); r != want {
				t.Errorf("%v: byte %#x is %U in tables.go, want %U (go generate)", tc.cm, 0x80+i, r, want)
			}
		}
	}
}
