package jsvalue

import "unicode/utf8"

// Large results (thousands of edits or matches) cross into JS as one JSON
// text that JSON.parse turns into objects: one crossing instead of several
// per object, which is what makes normalizeChanges on a 1 MB article fast.
// Strings inside JSON are not at the start of the decoded text, so the
// BOM that wasm_exec.js drops (see String) is kept there.

const hexDigits = "0123456789abcdef"

// AppendJSONString appends s to dst as a JSON string literal. Only what JSON
// requires is escaped (quote, backslash, controls below U+0020); everything
// else, U+2028, U+2029 and U+FEFF included, is copied as UTF-8. An invalid
// byte becomes U+FFFD, as it would on its way to JS anyway.
func AppendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				dst = append(dst, s[start:i]...)
				dst = append(dst, "\uFFFD"...)
				i++
				start = i
				continue
			}
			i += size
			continue
		}
		if c >= 0x20 && c != '"' && c != '\\' {
			i++
			continue
		}
		dst = append(dst, s[start:i]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
		}
		i++
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
