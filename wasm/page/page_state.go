//go:build js && wasm

package page

import (
	"syscall/js"

	"github.com/harf-project/harf/arabic/normalize"
	"github.com/harf-project/harf/wasm/jsvalue"
)

// stateKey is the localStorage key of the page's settings. The article is
// never stored: only the choices made in the controls and the watch list.
const stateKey = "harf.settings.v1"

// storage remembers whether localStorage works here.
type storage struct {
	broken    bool // localStorage is missing or refused (private mode, file://)
	restoring bool
}

// localStorage returns window.localStorage, or undefined where reading it
// throws.
func localStorage() (ls js.Value) {
	defer func() {
		if recover() != nil {
			ls = js.Undefined()
		}
	}()
	return js.Global().Get("localStorage")
}

// saveState stores the settings. Failing storage is not an error worth a
// message on every change: the page says once that settings are not kept.
func (p *page) saveState() {
	if p.store.restoring || p.store.broken {
		return
	}
	defer func() {
		if recover() != nil {
			p.store.broken = true
			js.Global().Get("console").Call("warn", "harf: this browser does not let the page keep its settings (localStorage)")
		}
	}()
	ls := localStorage()
	if !ls.Truthy() {
		panic("no localStorage")
	}
	obj := js.Global().Get("Object").New()
	obj.Set("preset", p.norm.preset.Value())
	opts := js.Global().Get("Object").New()
	for id, box := range p.norm.boxes {
		opts.Set(id, box.Checked())
	}
	obj.Set("options", opts)
	obj.Set("scheme", p.roman.scheme.Value())
	obj.Set("query", p.search.query.Underlying().Get("value"))
	s := &p.search
	search := js.Global().Get("Object").New()
	search.Set("maxDistance", s.maxDist.Value())
	search.Set("preset", s.preset.Value())
	search.Set("wholeWords", s.whole.Checked())
	search.Set("clitics", s.clitics.Checked())
	search.Set("crossScript", s.cross.Checked())
	obj.Set("search", search)
	ls.Call("setItem", stateKey, js.Global().Get("JSON").Call("stringify", obj))
}

// restoreState sets the controls from the stored settings, ignoring any
// value that is missing, of the wrong type or no longer known.
func (p *page) restoreState() {
	p.store.restoring = true
	defer func() {
		p.store.restoring = false
		if recover() != nil {
			js.Global().Get("console").Call("warn", "harf: the stored settings could not be read; using the defaults")
		}
	}()
	ls := localStorage()
	if !ls.Truthy() {
		p.store.broken = true
		return
	}
	raw := ls.Call("getItem", stateKey)
	if jsvalue.Type(raw) != js.TypeString {
		return
	}
	obj := js.Global().Get("JSON").Call("parse", raw)
	if jsvalue.Type(obj) != js.TypeObject {
		return
	}
	str := func(v js.Value, key string) (string, bool) {
		x := v.Get(key)
		if jsvalue.Type(x) != js.TypeString {
			return "", false
		}
		return x.String(), true
	}
	boolean := func(v js.Value, key string) (bool, bool) {
		x := v.Get(key)
		if jsvalue.Type(x) != js.TypeBoolean {
			return false, false
		}
		return x.Bool(), true
	}

	if id, ok := str(obj, "preset"); ok {
		if _, err := normalize.PresetOptions(id); err == nil {
			p.norm.applyPreset(id)
		} else if opts := obj.Get("options"); id == customPreset && jsvalue.Type(opts) == js.TypeObject {
			o := p.norm.optionsOn()
			for _, oid := range normalize.OptionIDs() {
				if on, ok := boolean(opts, oid); ok {
					_ = o.Set(oid, on)
				}
			}
			p.norm.setOptions(o)
		}
	}
	if id, ok := str(obj, "scheme"); ok {
		setIfOption(p.roman.scheme.Underlying(), id)
		p.roman.describe()
	}
	if _, ok := str(obj, "query"); ok {
		p.search.query.Underlying().Set("value", obj.Get("query"))
	}
	if s := obj.Get("search"); jsvalue.Type(s) == js.TypeObject {
		v := &p.search
		if md, ok := str(s, "maxDistance"); ok {
			setIfOption(v.maxDist.Underlying(), md)
		}
		if id, ok := str(s, "preset"); ok {
			setIfOption(v.preset.Underlying(), id)
		}
		if on, ok := boolean(s, "wholeWords"); ok {
			v.whole.SetChecked(on)
		}
		if on, ok := boolean(s, "clitics"); ok {
			v.clitics.SetChecked(on)
		}
		if on, ok := boolean(s, "crossScript"); ok {
			v.cross.SetChecked(on)
		}
	}
}

// setIfOption selects value in a <select> when it is one of its options.
func setIfOption(sel js.Value, value string) {
	for _, o := range nodeList(sel.Get("options")) {
		if o.Get("value").String() == value && !o.Get("disabled").Bool() {
			sel.Set("value", value)
			return
		}
	}
}
