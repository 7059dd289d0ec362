//go:build js && wasm

package jsapi

import (
	"errors"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/harf-project/harf/arabic/translit"
	"github.com/harf-project/harf/wasm/jsvalue"
)

// argScheme reads argument i as a scheme id.
func argScheme(args []js.Value, i int) (*translit.Scheme, error) {
	id, err := argString(args, i, "scheme")
	if err != nil {
		return nil, err
	}
	s, err := translit.Lookup(id)
	if err != nil {
		return nil, errors.New("unknown scheme " + strconv.Quote(id) + " (known: " + strings.Join(translit.IDs(), ", ") + ")")
	}
	return s, nil
}

// apiTransliterate is harf.transliterate(text, scheme).
func apiTransliterate(args []js.Value) (any, error) {
	text, err := argString(args, 0, "text")
	if err != nil {
		return nil, err
	}
	s, err := argScheme(args, 1)
	if err != nil {
		return nil, err
	}
	return jsvalue.String(s.Transliterate(text)), nil
}

// apiDetransliterate is harf.detransliterate(text, scheme), for the
// reversible schemes and, as a best guess, arabizi.
func apiDetransliterate(args []js.Value) (any, error) {
	text, err := argString(args, 0, "text")
	if err != nil {
		return nil, err
	}
	s, err := argScheme(args, 1)
	if err != nil {
		return nil, err
	}
	out, err := s.Detransliterate(text)
	if err != nil {
		return nil, errors.New("scheme " + strconv.Quote(s.ID) + " is not reversible (reversible: " + strings.Join(reversibleIDs(), ", ") + ")")
	}
	return jsvalue.String(out), nil
}

// reversibleIDs lists the schemes detransliterate accepts.
func reversibleIDs() []string {
	var ids []string
	for _, s := range translit.Schemes() {
		if s.Reversible || s.Guess {
			ids = append(ids, s.ID)
		}
	}
	return ids
}

// apiSchemes is harf.schemes(): [{id, name, reversible}].
func apiSchemes(args []js.Value) (any, error) {
	b := []byte{'['}
	for i, s := range translit.Schemes() {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = jsvalue.AppendJSONString(b, s.ID)
		b = append(b, `,"name":`...)
		b = jsvalue.AppendJSONString(b, s.Name)
		b = append(b, `,"reversible":`...)
		b = strconv.AppendBool(b, s.Reversible)
		b = append(b, '}')
	}
	return jsvalue.JSONParse(append(b, ']')), nil
}
