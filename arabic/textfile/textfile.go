// Package textfile decodes the bytes of a text file as people have saved
// Arabic text over the years: UTF-8 with or without a byte order mark,
// UTF-16 with a byte order mark, and the legacy Arabic code pages
// Windows-1256 and ISO-8859-6. It says which one it used, and refuses
// bytes that are not text (an image, a PDF, a Word document) with an error
// that names what they look like.
//
// The choice between the two legacy code pages is a guess from the text
// itself: bytes that one of them does not define rule it out, and
// otherwise the one whose decoding reads more like Arabic (the article
// "ال", Arabic letters not broken up by accented Latin letters) wins.
package textfile

//go:generate go run gen_tables.go

import (
	"bytes"
	"errors"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Encoding names how a file was decoded.
type Encoding string

// The encodings Decode recognizes; the strings are what a person reads
// ("Opened as Windows-1256").
const (
	UTF8        Encoding = "UTF-8"
	UTF8BOM     Encoding = "UTF-8 with BOM"
	UTF16LE     Encoding = "UTF-16 LE"
	UTF16BE     Encoding = "UTF-16 BE"
	Windows1256 Encoding = "Windows-1256"
	ISO8859_6   Encoding = "ISO-8859-6"
)

// NotTextError is the error for bytes that are not text. Kind says what
// they look like ("a PNG image"), or is "" when nothing more is known.
type NotTextError struct{ Kind string }

// Error describes the file for a person.
func (e *NotTextError) Error() string {
	if e.Kind != "" {
		return "this is " + e.Kind + ", not a text file"
	}
	return "this is not a text file (it holds binary data)"
}

// ErrNotText matches every *NotTextError with errors.Is.
var ErrNotText = errors.New("not a text file")

// Is makes errors.Is(err, ErrNotText) true for a *NotTextError.
func (e *NotTextError) Is(target error) bool { return target == ErrNotText }

// Decode returns the text of b and the encoding it was read in. A byte
// order mark is not part of the text. Bytes that are not text give a
// *NotTextError.
func Decode(b []byte) (string, Encoding, error) {
	if kind, ok := binaryKind(b); ok {
		return "", "", &NotTextError{Kind: kind}
	}
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return checked(string(b[3:]), UTF8BOM)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return checked(decodeUTF16(b[2:], false), UTF16LE)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return checked(decodeUTF16(b[2:], true), UTF16BE)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", "", &NotTextError{}
	}
	if utf8.Valid(b) {
		return checked(string(b), UTF8)
	}
	win, winOK := decodeLegacy(b, &windows1256)
	iso, isoOK := decodeLegacy(b, &iso8859_6)
	switch {
	case isoOK && (!winOK || arabicScore(iso) > arabicScore(win)):
		return checked(iso, ISO8859_6)
	case winOK:
		return checked(win, Windows1256)
	}
	return "", "", &NotTextError{}
}

// checked returns s in encoding e, or a *NotTextError when s holds more
// control characters than a text would (a binary file that happened to
// decode).
func checked(s string, e Encoding) (string, Encoding, error) {
	controls, n := 0, 0
	for _, r := range s {
		n++
		if isBinaryControl(r) {
			controls++
		}
	}
	// A stray control character is a text with a flaw; one in a hundred is
	// not a text.
	if controls > 0 && controls*100 >= n {
		return "", "", &NotTextError{}
	}
	return s, e, nil
}

// isBinaryControl reports whether r is a control character that text files
// do not hold: every C0 and C1 control except tab, line feed, vertical tab,
// form feed, carriage return, and SUB and ESC, which old editors leave.
func isBinaryControl(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', 0x1A, 0x1B:
		return false
	}
	return r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0)
}

// decodeUTF16 decodes UTF-16 code units, big- or little-endian; an odd
// last byte and unpaired surrogates become U+FFFD.
func decodeUTF16(b []byte, bigEndian bool) string {
	units := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if bigEndian {
			units = append(units, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			units = append(units, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	s := string(utf16.Decode(units))
	if len(b)%2 == 1 {
		s += "\uFFFD"
	}
	return s
}

// decodeLegacy decodes b in a single-byte code page whose upper half is
// high (tables.go); ok is false when b holds a byte the code page does not
// define (or defines as a C1 control).
func decodeLegacy(b []byte, high *[128]rune) (s string, ok bool) {
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		if c < utf8.RuneSelf {
			out = append(out, c)
			continue
		}
		r := high[c-0x80]
		if r == utf8.RuneError || (r >= 0x80 && r < 0xA0) {
			return "", false
		}
		out = utf8.AppendRune(out, r)
	}
	return string(out), true
}

// arabicScore measures how much s reads like Arabic: each "ال" counts,
// and each Latin letter touching an Arabic letter (a byte of one code page
// read in the other) counts against.
func arabicScore(s string) int {
	score := 0
	var prev rune
	for _, r := range s {
		switch {
		case prev == 'ا' && r == 'ل':
			score += 2
		case isArabicLetter(prev) && isLatinLetter(r), isLatinLetter(prev) && isArabicLetter(r):
			score--
		}
		prev = r
	}
	return score
}

func isArabicLetter(r rune) bool { return r >= 0x0621 && r <= 0x064A }

func isLatinLetter(r rune) bool { return r >= 0xC0 && r <= 0x24F && unicode.IsLetter(r) }

// magic lists the opening bytes of common binary files people might pick
// by mistake, with what to call them.
var magic = []struct {
	prefix string
	kind   string
}{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xFF\xD8\xFF", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"RIFF", "a RIFF file (an image, sound or video)"},
	{"%PDF-", "a PDF document"},
	{"PK\x03\x04", "a ZIP archive (or a Word, Excel or OpenDocument file)"},
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Word or Excel document"},
	{"\x1F\x8B", "a gzip archive"},
	{"\x00\x00\x01\x00", "an icon"},
}

// binaryKind reports whether b starts as a known binary format, and which.
func binaryKind(b []byte) (string, bool) {
	for _, m := range magic {
		if m.kind != "" && bytes.HasPrefix(b, []byte(m.prefix)) {
			return m.kind, true
		}
	}
	// A BMP image: "BM", then the file size as a little-endian uint32.
	if len(b) >= 14 && b[0] == 'B' && b[1] == 'M' &&
		int(b[2])|int(b[3])<<8|int(b[4])<<16|int(b[5])<<24 == len(b) {
		return "a BMP image", true
	}
	return "", false
}
