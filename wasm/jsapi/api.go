//go:build js && wasm

// Package jsapi is Harf's JavaScript API, the object New returns and main
// installs as globalThis.harf (DESIGN.md lists its calls). It reads JS
// arguments, calls arabic/ and returns plain JS values or throws an Error.
package jsapi

import (
	"strconv"
	"syscall/js"

	"github.com/harf-project/harf/arabic/normalize"
	"github.com/harf-project/harf/internal/version"
	"github.com/harf-project/harf/wasm/jsvalue"
)

// Version is harf.version.
const Version = version.Version

// calls are the methods of globalThis.harf. Adding one is an entry here and
// a function that reads its arguments with argString, argOptions and the
// like and returns plain values: strings through jsString, spans through
// utf16Index, many small objects as JSON through jsonParse.
var calls = []apiCall{
	{"normalize", apiNormalize},
	{"normalizeChanges", apiNormalizeChanges},
	{"presets", apiPresets},
	{"transliterate", apiTransliterate},
	{"detransliterate", apiDetransliterate},
	{"schemes", apiSchemes},
	{"distance", apiDistance},
	{"similarity", apiSimilarity},
	{"search", apiSearch},
	{"searchAll", apiSearchAll},
	{"analyze", apiAnalyze},
}

// New returns the object that becomes globalThis.harf.
func New() js.Value {
	harf := js.Global().Get("Object").New()
	harf.Set("version", Version)
	install(harf, calls)
	return harf
}

// apiNormalize is harf.normalize(text, options?): the normalized text.
func apiNormalize(args []js.Value) (any, error) {
	text, err := argString(args, 0, "text")
	if err != nil {
		return nil, err
	}
	o, err := argOptions(args, 1)
	if err != nil {
		return nil, err
	}
	return jsvalue.String(normalize.For(o.Normalize).String(text)), nil
}

// apiNormalizeChanges is harf.normalizeChanges(text, options?): every edit
// as {start, end, from, to, rule}, with UTF-16 offsets into text.
func apiNormalizeChanges(args []js.Value) (any, error) {
	text, err := argString(args, 0, "text")
	if err != nil {
		return nil, err
	}
	o, err := argOptions(args, 1)
	if err != nil {
		return nil, err
	}
	res := normalize.For(o.Normalize).Normalize(text)
	idx := jsvalue.NewUTF16Index(text) // changes are sorted: one walk over text
	b := make([]byte, 0, 64*len(res.Changes)+2)
	b = append(b, '[')
	for i, c := range res.Changes {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(idx.Offset(c.Start)), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(idx.Offset(c.End)), 10)
		b = append(b, `,"from":`...)
		b = jsvalue.AppendJSONString(b, c.From)
		b = append(b, `,"to":`...)
		b = jsvalue.AppendJSONString(b, c.To)
		b = append(b, `,"rule":`...)
		b = jsvalue.AppendJSONString(b, c.Rule)
		b = append(b, '}')
	}
	b = append(b, ']')
	return jsvalue.JSONParse(b), nil
}

// apiPresets is harf.presets(): [{id, description, options}], options
// having every option id, in canonical order, with its value in the preset.
func apiPresets(args []js.Value) (any, error) {
	presets := normalize.Presets()
	out := js.Global().Get("Array").New(len(presets))
	for i, p := range presets {
		opts := js.Global().Get("Object").New()
		for _, id := range normalize.OptionIDs() {
			on, _ := p.Options.Get(id)
			opts.Set(id, on)
		}
		e := js.Global().Get("Object").New()
		e.Set("id", jsvalue.String(p.ID))
		e.Set("description", jsvalue.String(p.Description))
		e.Set("options", opts)
		out.SetIndex(i, e)
	}
	return out, nil
}
