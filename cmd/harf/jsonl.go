package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
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
// The line is checked whole by json.Valid; its top-level members are then
// walked by hand, which is simple on valid JSON, and only the two values
// needed are decoded: a corpus line is mostly its text, which is copied as
// it is when it holds no escape.
func parseJSONLine(line []byte, field, idField string) (jsonLine, error) {
	jl := jsonLine{line: line, textStart: -1}
	if !utf8.Valid(line) {
		return jl, fmt.Errorf("invalid UTF-8 at byte %d", invalidAt(line))
	}
	if !json.Valid(line) {
		return jl, notJSON(json.Unmarshal(line, new(json.RawMessage)))
	}
	i := skipSpace(line, 0)
	if line[i] != '{' {
		return jl, errors.New("not a JSON object")
	}
	i = skipSpace(line, i+1)
	for line[i] != '}' {
		keyEnd := skipValue(line, i)
		key, err := decodeString(line[i:keyEnd])
		if err != nil {
			return jl, notJSON(err)
		}
		start := skipSpace(line, skipSpace(line, keyEnd)+1) // after the colon
		end := skipValue(line, start)
		switch key {
		case field:
			if jl.textStart >= 0 {
				return jl, fmt.Errorf("field %q appears twice", field)
			}
			if line[start] != '"' {
				return jl, fmt.Errorf("field %q is not a string", field)
			}
			if jl.text, err = decodeString(line[start:end]); err != nil {
				return jl, notJSON(err)
			}
			jl.textStart, jl.textEnd = start, end
		case idField:
			var b bytes.Buffer
			if err := json.Compact(&b, line[start:end]); err != nil {
				return jl, notJSON(err)
			}
			jl.id = b.Bytes()
		}
		i = skipSpace(line, end)
		if line[i] == ',' {
			i = skipSpace(line, i+1)
		}
	}
	if jl.textStart < 0 {
		return jl, fmt.Errorf("no %q field", field)
	}
	if idField != "" && jl.id == nil {
		return jl, fmt.Errorf("no %q field (--id)", idField)
	}
	return jl, nil
}

// skipSpace returns the index of the first byte at or after i that is not
// JSON whitespace.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipValue returns the index just after the valid JSON value starting at i.
func skipValue(b []byte, i int) int {
	depth := 0
	for ; i < len(b); i++ {
		switch b[i] {
		case '"':
			for i++; b[i] != '"'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
			if depth == 0 {
				return i + 1
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return i + 1
			}
			if depth < 0 {
				return i // the end of the enclosing object
			}
		case ',', ' ', '\t', '\n', '\r', ':':
			if depth == 0 {
				return i // the end of a number, true, false or null
			}
		}
	}
	return i
}

// decodeString decodes a valid JSON string; one without escapes is its bytes.
func decodeString(quoted []byte) (string, error) {
	if bytes.IndexByte(quoted, '\\') < 0 {
		return string(quoted[1 : len(quoted)-1]), nil
	}
	var s string
	err := json.Unmarshal(quoted, &s)
	return s, err
}

// replaceText returns the line with the text field's value replaced by text,
// every other byte kept.
func (jl *jsonLine) replaceText(dst []byte, text string) []byte {
	dst = append(dst, jl.line[:jl.textStart]...)
	dst = appendJSONString(dst, text)
	return append(dst, jl.line[jl.textEnd:]...)
}

func notJSON(err error) error {
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) && syntax.Offset >= 0 && strings.HasPrefix(syntax.Error(), "unexpected end") {
		return errors.New("not JSON: the line ends inside the object (truncated?)")
	}
	return fmt.Errorf("not JSON: %v", err)
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
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
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
