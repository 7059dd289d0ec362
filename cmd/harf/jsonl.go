package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// jsonLine is one line of --input jsonl: a JSON object with its text field
// found, so the line can be written back with only that value replaced.
type jsonLine struct {
	line               []byte
	text               string
	textStart, textEnd int    // the bytes of the text field's JSON value in line
	id                 []byte // the id field's JSON value, compacted; nil without --id
}

// parseJSONLine finds field (a string) and, when idField is not empty, that
// field (any JSON value) in the JSON object line. The error says what is wrong
// with the line.
//
// It reads the line in one pass that checks it is JSON as RFC 8259 says
// (what encoding/json accepts) and decodes only the two values it needs: a
// corpus line is mostly its text, and a general JSON decoder spends most of
// the command's time on it.
func parseJSONLine(line []byte, field, idField string) (jsonLine, error) {
	jl := jsonLine{line: line, textStart: -1}
	if !utf8.Valid(line) {
		return jl, fmt.Errorf("invalid UTF-8 at byte %d", invalidAt(line))
	}
	sc := scanner{b: line}
	i := sc.space(0)
	if i == len(line) {
		return jl, errors.New("not JSON: an empty line")
	}
	if line[i] != '{' {
		end, err := sc.value(i, 0)
		if end = sc.space(end); err == nil && end != len(line) {
			err = sc.errAt(end, "more after the value")
		}
		if err == nil {
			err = errors.New("not a JSON object")
		}
		return jl, err
	}
	i = sc.space(i + 1)
	first := true
	var problem error
	for {
		if i < len(line) && line[i] == '}' && first {
			break
		}
		first = false
		if i >= len(line) {
			return jl, errTruncated
		}
		if line[i] != '"' {
			return jl, sc.errAt(i, "want a field name")
		}
		keyStart := i
		keyEnd, escaped, err := sc.string(i)
		if err != nil {
			return jl, err
		}
		key := line[keyStart+1 : keyEnd-1]
		if escaped {
			key = []byte(unquote(line[keyStart:keyEnd], true))
		}
		i = sc.space(keyEnd)
		if i >= len(line) {
			return jl, errTruncated
		}
		if line[i] != ':' {
			return jl, sc.errAt(i, "want ':'")
		}
		start := sc.space(i + 1)
		var end int
		var esc bool // the value is a string with escapes
		if start < len(line) && line[start] == '"' {
			end, esc, err = sc.string(start)
		} else {
			end, err = sc.value(start, 1)
		}
		if err != nil {
			return jl, err
		}
		switch {
		case string(key) == field && problem == nil: // a problem is reported once the line is known to be JSON
			if jl.textStart >= 0 {
				problem = fmt.Errorf("field %q appears twice", field)
				break
			}
			if line[start] != '"' {
				problem = fmt.Errorf("field %q is not a string", field)
				break
			}
			jl.text = unquote(line[start:end], esc)
			jl.textStart, jl.textEnd = start, end
		case idField != "" && string(key) == idField:
			var b bytes.Buffer
			json.Compact(&b, line[start:end]) // valid: checked above
			jl.id = b.Bytes()
		}
		i = sc.space(end)
		if i >= len(line) {
			return jl, errTruncated
		}
		if line[i] == '}' {
			break
		}
		if line[i] != ',' {
			return jl, sc.errAt(i, "want ',' or '}'")
		}
		i = sc.space(i + 1)
	}
	if i = sc.space(i + 1); i != len(line) {
		return jl, sc.errAt(i, "more after the object")
	}
	if problem != nil {
		return jl, problem
	}
	if jl.textStart < 0 {
		return jl, fmt.Errorf("no %q field", field)
	}
	if idField != "" && jl.id == nil {
		return jl, fmt.Errorf("no %q field (--id)", idField)
	}
	return jl, nil
}

var errTruncated = errors.New("not JSON: the line ends inside the object (truncated?)")

// maxDepth is how deeply arrays and objects may nest, as in encoding/json.
const maxDepth = 10000

// scanner checks JSON values in b.
type scanner struct{ b []byte }

func (sc *scanner) errAt(i int, what string) error {
	if i >= len(sc.b) {
		return errTruncated
	}
	r, _ := utf8.DecodeRune(sc.b[i:])
	return fmt.Errorf("not JSON: %s, not %q at byte %d", what, r, i)
}

// space returns the index of the first byte at or after i that is not JSON
// whitespace.
func (sc *scanner) space(i int) int {
	for i < len(sc.b) && (sc.b[i] == ' ' || sc.b[i] == '\t' || sc.b[i] == '\n' || sc.b[i] == '\r') {
		i++
	}
	return i
}

// value checks the JSON value at i and returns the index just after it.
func (sc *scanner) value(i, depth int) (int, error) {
	b := sc.b
	if i >= len(b) {
		return i, errTruncated
	}
	switch c := b[i]; {
	case c == '"':
		end, _, err := sc.string(i)
		return end, err
	case c == '{' || c == '[':
		if depth >= maxDepth {
			return i, fmt.Errorf("not JSON: nested deeper than %d at byte %d", maxDepth, i)
		}
		closing := byte('}')
		if c == '[' {
			closing = ']'
		}
		i = sc.space(i + 1)
		if i < len(b) && b[i] == closing {
			return i + 1, nil
		}
		for {
			if c == '{' {
				if i >= len(b) || b[i] != '"' {
					return i, sc.errAt(i, "want a field name")
				}
				end, _, err := sc.string(i)
				if err != nil {
					return end, err
				}
				i = sc.space(end)
				if i >= len(b) || b[i] != ':' {
					return i, sc.errAt(i, "want ':'")
				}
				i = sc.space(i + 1)
			}
			end, err := sc.value(i, depth+1)
			if err != nil {
				return end, err
			}
			i = sc.space(end)
			if i < len(b) && b[i] == closing {
				return i + 1, nil
			}
			if i >= len(b) || b[i] != ',' {
				return i, sc.errAt(i, "want ',' or '"+string(closing)+"'")
			}
			i = sc.space(i + 1)
		}
	case c == '-' || c >= '0' && c <= '9':
		return sc.number(i)
	case c == 't':
		return sc.literal(i, "true")
	case c == 'f':
		return sc.literal(i, "false")
	case c == 'n':
		return sc.literal(i, "null")
	}
	return i, sc.errAt(i, "want a value")
}

func (sc *scanner) literal(i int, word string) (int, error) {
	for k := 0; k < len(word); k++ {
		if i+k >= len(sc.b) {
			return i + k, errTruncated
		}
		if sc.b[i+k] != word[k] {
			return i + k, sc.errAt(i+k, "want "+word)
		}
	}
	return i + len(word), nil
}

// number checks -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? at i.
func (sc *scanner) number(i int) (int, error) {
	b := sc.b
	digits := func(i int) (int, error) {
		if i >= len(b) {
			return i, errTruncated
		}
		if b[i] < '0' || b[i] > '9' {
			return i, sc.errAt(i, "want a digit")
		}
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		return i, nil
	}
	if b[i] == '-' {
		i++
	}
	var err error
	if i < len(b) && b[i] == '0' {
		i++
	} else if i, err = digits(i); err != nil {
		return i, err
	}
	if i < len(b) && b[i] == '.' {
		if i, err = digits(i + 1); err != nil {
			return i, err
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i, err = digits(i); err != nil {
			return i, err
		}
	}
	return i, nil
}

// string checks the JSON string starting with the quote at i and returns
// the index just after its closing quote, and whether it holds escapes.
func (sc *scanner) string(i int) (end int, escaped bool, err error) {
	b := sc.b
	for i++; i < len(b); i++ {
		if plainInString[b[i]] {
			continue
		}
		switch c := b[i]; {
		case c == '"':
			return i + 1, escaped, nil
		case c == '\\':
			escaped = true
			i++
			if i >= len(b) {
				return i, true, errTruncated
			}
			switch b[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				for k := 1; k <= 4; k++ {
					if i+k >= len(b) {
						return i + k, true, errTruncated
					}
					if !isHex(b[i+k]) {
						return i + k, true, sc.errAt(i+k, "want a hex digit in \\u")
					}
				}
				i += 4
			default:
				return i, true, sc.errAt(i, "want an escape")
			}
		case c < 0x20:
			return i, escaped, fmt.Errorf("not JSON: a control character U+%04X in a string at byte %d", c, i)
		}
	}
	return i, escaped, errTruncated
}

// unquote decodes a valid JSON string (quotes included) as encoding/json
// does: an unpaired surrogate escape becomes U+FFFD.
func unquote(quoted []byte, escaped bool) string {
	s := quoted[1 : len(quoted)-1]
	if !escaped {
		return string(s)
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		i++
		switch s[i] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(s[i+1 : i+5])
			i += 4
			if utf16.IsSurrogate(r) {
				pair := unicode.ReplacementChar
				if i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
					pair = utf16.DecodeRune(r, hex4(s[i+3:i+7]))
				}
				if pair != unicode.ReplacementChar {
					i += 6
				}
				r = pair
			}
			out = utf8.AppendRune(out, r)
		default: // " \\ /
			out = append(out, s[i])
		}
	}
	return string(out)
}

// hex4 reads four hex digits.
func hex4(h []byte) rune {
	var r rune
	for _, c := range h[:4] {
		switch {
		case c <= '9':
			c -= '0'
		case c >= 'a':
			c -= 'a' - 10
		default:
			c -= 'A' - 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// plainInString marks the bytes that stand for themselves in a JSON string:
// all but the quote, the backslash and control characters.
var plainInString = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// replaceText returns the line with the text field's value replaced by text,
// every other byte kept.
func (jl *jsonLine) replaceText(dst []byte, text string) []byte {
	dst = append(dst, jl.line[:jl.textStart]...)
	dst = appendJSONString(dst, text)
	return append(dst, jl.line[jl.textEnd:]...)
}

// invalidAt returns the offset of the first byte of b that is not valid UTF-8.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string. Unlike encoding/json it leaves
// < > & as they are (the output is data, not HTML); it escapes what JSON
// requires, and U+2028/U+2029 so the line is also valid JavaScript.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if plainInString[c] && c < utf8.RuneSelf {
			i++
			continue
		}
		// A two-byte rune (Arabic, U+0080–U+07FF) is always valid and never
		// U+2028/9: no need to decode it.
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		if c < utf8.RuneSelf {
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
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendJSONFloat appends f as a JSON number, as short as it reads back.
func appendJSONFloat(dst []byte, f float64) []byte {
	return strconv.AppendFloat(dst, f, 'f', -1, 64)
}
