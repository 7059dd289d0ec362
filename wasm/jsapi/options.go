//go:build js && wasm

package jsapi

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/harf-project/harf/arabic/normalize"
	"github.com/harf-project/harf/wasm/jsvalue"
)

// DefaultPreset is the preset of every call that normalizes when the caller
// gives no options, and the page's first choice.
const DefaultPreset = "search"

// callOptions is what an options argument asks for: normalization options,
// and the values of the keys that belong to the call itself (a search's
// maxDistance, say), for the call to check.
type callOptions struct {
	Normalize normalize.Options
	Extra     map[string]js.Value // extra keys that were given, by name
}

// argOptions reads argument i as an options object; see parseOptions.
func argOptions(args []js.Value, i int, extra ...string) (callOptions, error) {
	return parseOptions(arg(args, i), extra...)
}

// parseOptions is the one reader of options objects. undefined or null means
// the default preset. Otherwise v must be a plain object: its key "preset"
// (a string, default "search") chooses the preset, then every other key must
// be an option id with a boolean value, which overrides the preset, or one
// of the extra keys the call allows, returned unchecked in Extra. A key whose
// value is undefined counts as absent; an unknown key is an error, so that a
// misspelt option does not go unnoticed.
func parseOptions(v js.Value, extra ...string) (callOptions, error) {
	o := callOptions{Extra: map[string]js.Value{}}
	var err error
	o.Normalize, err = normalize.PresetOptions(DefaultPreset)
	if err != nil {
		return o, err
	}
	if v.IsUndefined() || v.IsNull() {
		return o, nil
	}
	if jsvalue.Type(v) != js.TypeObject || jsvalue.ObjectTag(v) != "Object" {
		return o, errors.New("options must be a plain object, got " + jsvalue.TypeName(v))
	}
	if p := jsvalue.Prop(v, "preset"); !p.IsUndefined() {
		if jsvalue.Type(p) != js.TypeString {
			return o, errors.New(`option "preset" must be a string, got ` + jsvalue.TypeName(p))
		}
		if o.Normalize, err = normalize.PresetOptions(p.String()); err != nil {
			return o, err
		}
	}
	keys := js.Global().Get("Object").Call("keys", v)
	for k := range keys.Length() {
		key := keys.Index(k).String()
		if key == "preset" {
			continue
		}
		val := jsvalue.Prop(v, key)
		if slices.Contains(extra, key) {
			if !val.IsUndefined() {
				o.Extra[key] = val
			}
			continue
		}
		if _, known := o.Normalize.Get(key); !known {
			return o, errors.New("unknown option " + strconv.Quote(key) + " (known: " + strings.Join(knownKeys(extra), ", ") + ")")
		}
		if val.IsUndefined() {
			continue
		}
		if jsvalue.Type(val) != js.TypeBoolean {
			return o, errors.New("option " + strconv.Quote(key) + " must be a boolean, got " + jsvalue.TypeName(val))
		}
		if err := o.Normalize.Set(key, val.Bool()); err != nil {
			return o, err
		}
	}
	return o, nil
}

// knownKeys lists the keys an options object may have.
func knownKeys(extra []string) []string {
	return append(append([]string{"preset"}, normalize.OptionIDs()...), extra...)
}
