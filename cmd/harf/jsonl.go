package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
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
func parseJSONLine(line []byte, field, idField string) (jsonLine, error) {
	jl := jsonLine{line: line, textStart: -1}
	if !utf8.Valid(line) {
		return jl, fmt.Errorf("invalid UTF-8 at byte %d", invalidAt(line))
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	tok, err := dec.Token()
	if err != nil {
		return jl, notJSON(err)
	}
	if tok != json.Delim('{') {
		return jl, errors.New("not a JSON object")
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return jl, notJSON(err)
		}
		key, _ := tok.(string) // Token returns object keys as strings
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return jl, notJSON(err)
		}
		end := int(dec.InputOffset())
		switch key {
		case field:
			if jl.textStart >= 0 {
				return jl, fmt.Errorf("field %q appears twice", field)
			}
			if raw[0] != '"' {
				return jl, fmt.Errorf("field %q is not a string", field)
			}
			if err := json.Unmarshal(raw, &jl.text); err != nil {
				return jl, notJSON(err)
			}
			jl.textStart, jl.textEnd = end-len(raw), end
		case idField:
			var b bytes.Buffer
			if err := json.Compact(&b, raw); err != nil {
				return jl, notJSON(err)
			}
			jl.id = b.Bytes()
		}
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return jl, notJSON(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return jl, errors.New("not JSON: more after the object")
	}
	if jl.textStart < 0 {
		return jl, fmt.Errorf("no %q field", field)
	}
	if idField != "" && jl.id == nil {
		return jl, fmt.Errorf("no %q field (--id)", idField)
	}
	return jl, nil
}

// replaceText returns the line with the text field's value replaced by text,
// every other byte kept.
func (jl *jsonLine) replaceText(dst []byte, text string) []byte {
	dst = append(dst, jl.line[:jl.textStart]...)
	dst = appendJSONString(dst, text)
	return append(dst, jl.line[jl.textEnd:]...)
}

func notJSON(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
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
