// Package conv is what Harf needs of strconv's Quote and Atoi, for error
// messages and for reading numbers back, without what those link into
// harf.wasm: strconv.Quote's tables of printable characters, and Atoi's
// *strconv.NumError, whose Error method quotes (together about 5 KB of
// harf.wasm over the wire).
package conv

import (
	"errors"
	"unicode"
	"unicode/utf8"
)

// Quote returns s in double quotes, as strconv.Quote writes it for text a
// message shows: " and \ escaped, control characters, spaces other than
// U+0020, format characters (such as the bidi marks) and bytes that are not
// UTF-8 escaped as strconv.Quote escapes them (\n, \x01, \u200f); every
// other character as it is. Unlike strconv.Quote, it does not escape
// unassigned and private-use code points.
func Quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, '\\', 'x', hex[s[i]>>4], hex[s[i]&0xF])
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\a':
			b = append(b, `\a`...)
		case r == '\b':
			b = append(b, `\b`...)
		case r == '\f':
			b = append(b, `\f`...)
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r == '\t':
			b = append(b, `\t`...)
		case r == '\v':
			b = append(b, `\v`...)
		case r < ' ' || r == 0x7F:
			b = append(b, '\\', 'x', hex[r>>4], hex[r&0xF])
		case r >= 0x80 && r < 0xA0 || r != ' ' && unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
			if r < 0x10000 {
				b = append(b, '\\', 'u')
				b = appendHex(b, uint32(r), 4)
			} else {
				b = append(b, '\\', 'U')
				b = appendHex(b, uint32(r), 8)
			}
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(append(b, '"'))
}

// appendHex appends the last digits hexadecimal digits of v.
func appendHex(b []byte, v uint32, digits int) []byte {
	const hex = "0123456789abcdef"
	for shift := 4 * (digits - 1); shift >= 0; shift -= 4 {
		b = append(b, hex[v>>shift&0xF])
	}
	return b
}

// Atoi reads s as a decimal integer, as strconv.Atoi does: an optional sign
// and digits, nothing else, within the range of int. It returns an error,
// which quotes s, for anything else.
func Atoi(s string) (int, error) {
	neg := false
	digits := s
	if digits != "" && (digits[0] == '+' || digits[0] == '-') {
		neg = digits[0] == '-'
		digits = digits[1:]
	}
	if digits == "" {
		return 0, notNumber(s)
	}
	// n counts down from 0: the negative range of int is the larger one.
	const minInt = -1 << (intSize - 1)
	n := 0
	for i := 0; i < len(digits); i++ {
		d := int(digits[i]) - '0'
		if d < 0 || d > 9 {
			return 0, notNumber(s)
		}
		if n < (minInt+d)/10 {
			return 0, errors.New(Quote(s) + " is out of range")
		}
		n = n*10 - d
	}
	if !neg {
		if n == minInt {
			return 0, errors.New(Quote(s) + " is out of range")
		}
		n = -n
	}
	return n, nil
}

// intSize is the size of an int in bits.
const intSize = 32 << (^uint(0) >> 63)

func notNumber(s string) error {
	return errors.New(Quote(s) + " is not a whole number")
}
