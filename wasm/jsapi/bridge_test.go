//go:build js && wasm

package jsapi

import (
	"errors"
	"os"
	"strings"
	"syscall/js"
	"testing"

	"github.com/harf-project/harf/arabic/normalize"
	"github.com/harf-project/harf/wasm/jsvalue"
)

// jsEval runs a JS expression; tests only (Node allows the Function
// constructor).
func jsEval(expr string) js.Value {
	return js.Global().Get("Function").New("return (" + expr + ");").Invoke()
}

// errorMessage returns the message when v is a JS Error, else "".
func errorMessage(v any) (string, bool) {
	jv, ok := v.(js.Value)
	if !ok || !jv.InstanceOf(js.Global().Get("Error")) {
		return "", false
	}
	return jv.Get("message").String(), true
}

// TestGuard checks that guard returns results as they are and turns errors,
// panics and JS exceptions into a JS Error naming the call.
func TestGuard(t *testing.T) {
	tests := []struct {
		name    string
		fn      apiFunc
		wantMsg string // "" means no error
	}{
		{"result", func([]js.Value) (any, error) { return "ok", nil }, ""},
		{"error", func([]js.Value) (any, error) { return nil, errors.New("text must be a string, got number") },
			"harf.demo: text must be a string, got number"},
		{"panic with a string", func([]js.Value) (any, error) { panic("boom") }, "harf.demo: internal error: boom"},
		{"panic with an error", func([]js.Value) (any, error) { panic(errors.New("bad state")) },
			"harf.demo: internal error: bad state"},
		{"index out of range", func(args []js.Value) (any, error) { return args[3].String(), nil },
			"harf.demo: internal error: runtime error: index out of range"},
		{"nil map write", func([]js.Value) (any, error) {
			var m map[string]int
			m["x"] = 1
			return nil, nil
		}, "harf.demo: internal error: assignment to entry in nil map"},
		{"JS exception", func([]js.Value) (any, error) {
			return js.Global().Get("JSON").Call("parse", "{"), nil
		}, "harf.demo: JavaScript exception: "},
		{"JS throws a non-Error", func([]js.Value) (any, error) {
			return jsEval(`() => { throw "plain string"; }`).Invoke(), nil
		}, "harf.demo: JavaScript exception: plain string"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := guard("demo", tc.fn)(js.Undefined(), nil)
			msg, isErr := errorMessage(got)
			if tc.wantMsg == "" {
				if isErr {
					t.Fatalf("got Error %q, want a result", msg)
				}
				return
			}
			if !isErr {
				t.Fatalf("got %v, want an Error", got)
			}
			if !strings.HasPrefix(msg, tc.wantMsg) {
				t.Errorf("message %q, want prefix %q", msg, tc.wantMsg)
			}
		})
	}
}

// TestInstallThrows checks the whole path: an installed call throws its
// Error into JS, with the factory built from wrapBody and with none.
func TestInstallThrows(t *testing.T) {
	calls := []apiCall{
		{"ok", func([]js.Value) (any, error) { return 42, nil }},
		{"fails", func([]js.Value) (any, error) { return nil, errors.New("no good") }},
		{"panics", func([]js.Value) (any, error) { panic("oops") }},
	}
	obj := js.Global().Get("Object").New()
	install(obj, calls)
	if got := obj.Call("ok").Int(); got != 42 {
		t.Errorf("ok() = %d, want 42", got)
	}
	// Calling from JS inside try/catch shows what a JS caller sees.
	catch := jsEval(`(f) => { try { f(); return "did not throw"; } catch (e) { return (e instanceof Error ? "Error: " : "non-Error: ") + e.message; } }`)
	for name, want := range map[string]string{"fails": "Error: harf.fails: no good", "panics": "Error: harf.panics: internal error: oops"} {
		if got := catch.Invoke(obj.Get(name)).String(); got != want {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
	}
	// many failures in a row leave the runtime answering
	for range 1000 {
		catch.Invoke(obj.Get("panics"))
	}
	if got := obj.Call("ok").Int(); got != 42 {
		t.Errorf("after failures: ok() = %d, want 42", got)
	}
}

// TestWrapFactoryFromGlobal checks that a page-defined globalThis.__harfWrap
// is preferred to new Function.
func TestWrapFactoryFromGlobal(t *testing.T) {
	defer js.Global().Delete("__harfWrap")
	// a page-defined factory wins over new Function
	js.Global().Set("__harfWrap", jsEval(`(raw) => { const f = function () { return "page:" + raw(); }; return f; }`))
	obj := js.Global().Get("Object").New()
	install(obj, []apiCall{{"hi", func([]js.Value) (any, error) { return "hi", nil }}})
	if got := obj.Call("hi").String(); got != "page:hi" {
		t.Errorf("got %q, want the page's wrapper", got)
	}
}

// TestLoaderWrapIsWrapBody checks that web/loader.js and web/harf.js define
// the same wrapper as wrapBody, as the comment in bridge.go promises.
func TestLoaderWrapIsWrapBody(t *testing.T) {
	for _, file := range []string{"../../web/loader.js", "../../web/harf.js", "../../web/page-worker.js"} {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want := "globalThis.__harfWrap = function (raw) { " + wrapBody + " };"
		if !strings.Contains(string(src), want) {
			t.Errorf("%s does not contain\n%s", file, want)
		}
	}
	// and the body really is a factory that throws returned Errors
	f := js.Global().Get("Function").New("raw", wrapBody)
	wrapped := f.Invoke(js.FuncOf(func(js.Value, []js.Value) any { return js.Global().Get("Error").New("thrown") }))
	catch := jsEval(`(f) => { try { f(); return "did not throw"; } catch (e) { return e.message; } }`)
	if got := catch.Invoke(wrapped).String(); got != "thrown" {
		t.Errorf("wrapper: got %q, want thrown", got)
	}
}

// TestParseOptions checks the one reader of options objects: presets,
// overrides, extra keys and every error.
func TestParseOptions(t *testing.T) {
	search, _ := normalize.PresetOptions("search")
	light, _ := normalize.PresetOptions("light")
	lightAlef := light
	lightAlef.Alef = true
	searchNoDiacritics := search
	searchNoDiacritics.Diacritics = false
	tests := []struct {
		name    string
		expr    string // JS expression for the options argument
		extra   []string
		want    normalize.Options
		wantErr string
	}{
		{"undefined", "undefined", nil, search, ""},
		{"null", "null", nil, search, ""},
		{"empty", "{}", nil, search, ""},
		{"preset", `{preset: "light"}`, nil, light, ""},
		{"override", `{preset: "light", alef: true}`, nil, lightAlef, ""},
		{"override before preset key", `{alef: true, preset: "light"}`, nil, lightAlef, ""},
		{"off", `{diacritics: false}`, nil, searchNoDiacritics, ""},
		{"undefined value is absent", `{diacritics: undefined, preset: undefined}`, nil, search, ""},
		{"class instance", `new (class { constructor() { this.preset = "light"; } })()`, nil, light, ""},
		{"null prototype", `Object.assign(Object.create(null), {preset: "light"})`, nil, light, ""},
		{"extra key", `{maxDistance: 2}`, []string{"maxDistance", "limit"}, search, ""},
		{"unknown key", `{foo: true}`, nil, search,
			`unknown option "foo" (known: preset, diacritics, tatweel, alef, alefMaksura, tehMarbuta, hamza, presentationForms, persian, digits, punctuation, invisibles, whitespace)`},
		{"unknown key lists extras", `{foo: true}`, []string{"maxDistance"}, search, `, whitespace, maxDistance)`},
		{"extra key not allowed here", `{maxDistance: 2}`, nil, search, `unknown option "maxDistance"`},
		{"unknown preset", `{preset: "heavy"}`, nil, search, `unknown preset "heavy" (known: light, search, aggressive)`},
		{"preset not a string", `{preset: 2}`, nil, search, `option "preset" must be a string, got number`},
		{"value not boolean", `{alef: "true"}`, nil, search, `option "alef" must be a boolean, got string`},
		{"value null", `{alef: null}`, nil, search, `option "alef" must be a boolean, got null`},
		{"string", `"search"`, nil, search, "options must be a plain object, got string"},
		{"number", `0`, nil, search, "options must be a plain object, got number"},
		{"boolean", `false`, nil, search, "options must be a plain object, got boolean"},
		{"array", `[]`, nil, search, "options must be a plain object, got array"},
		{"function", `() => {}`, nil, search, "options must be a plain object, got function"},
		{"map", `new Map()`, nil, search, "options must be a plain object, got Map"},
		{"bigint", `1n`, nil, search, "options must be a plain object, got bigint"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseOptions(jsEval(tc.expr), tc.extra...)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Normalize != tc.want {
				t.Errorf("options %v, want %v", got.Normalize.Enabled(), tc.want.Enabled())
			}
		})
	}
	// extra keys come back for the call to check
	got, err := parseOptions(jsEval(`{maxDistance: 2, limit: undefined, preset: "light"}`), "maxDistance", "limit")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Extra) != 1 || got.Extra["maxDistance"].Int() != 2 {
		t.Errorf("extra = %v, want only maxDistance 2", got.Extra)
	}
}

// TestArgString checks string arguments and the type names in its errors.
func TestArgString(t *testing.T) {
	tests := []struct {
		expr, want, wantErr string
	}{
		{`"كتب"`, "كتب", ""},
		{`""`, "", ""},
		{`"\ud800x"`, "\uFFFDx", ""}, // a lone surrogate arrives as U+FFFD
		{`undefined`, "", "text must be a string, got undefined"},
		{`null`, "", "text must be a string, got null"},
		{`12`, "", "text must be a string, got number"},
		{`["a"]`, "", "text must be a string, got array"},
		{`{}`, "", "text must be a string, got object"},
		{`Symbol("s")`, "", "text must be a string, got symbol"},
		{`5n`, "", "text must be a string, got bigint"},
		{`new String("a")`, "", "text must be a string, got String"},
	}
	for _, tc := range tests {
		t.Run(tc.expr, func(t *testing.T) {
			got, err := argString([]js.Value{jsEval(tc.expr)}, 0, "text")
			if tc.wantErr != "" {
				if err == nil || err.Error() != tc.wantErr {
					t.Fatalf("error %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("got %+q, %v; want %+q", got, err, tc.want)
			}
		})
	}
	if _, err := argString(nil, 0, "text"); err == nil || err.Error() != "text must be a string, got undefined" {
		t.Errorf("missing argument: %v", err)
	}
}

// TestNormalizeChanges runs the installed API on text with emoji before
// the Arabic, as a JS caller would.
func TestNormalizeChanges(t *testing.T) {
	harf := New()
	tests := []struct {
		text string
		want string // JSON of the changes
	}{
		{"ﻷ", `[{"start":0,"end":1,"from":"ﻷ","to":"لا","rule":"presentationForms+alef"}]`},
		{"😀أ", `[{"start":2,"end":3,"from":"أ","to":"ا","rule":"alef"}]`},
		{"👨\u200f👩 كَ", `[{"start":2,"end":3,"from":"\u200f","to":"","rule":"invisibles"},{"start":7,"end":8,"from":"َ","to":"","rule":"diacritics"}]`},
		{"👨\u200d👩 كَ", `[{"start":7,"end":8,"from":"َ","to":"","rule":"diacritics"}]`}, // the joiner of an emoji sequence stays
		{"\uFEFFى", `[{"start":0,"end":1,"from":"\ufeff","to":"","rule":"invisibles"},{"start":1,"end":2,"from":"ى","to":"ي","rule":"alefMaksura"}]`},
		{"بلا تغيير", `[]`},
	}
	stringify := js.Global().Get("JSON").Get("stringify")
	parse := js.Global().Get("JSON").Get("parse")
	for _, tc := range tests {
		got := stringify.Invoke(harf.Call("normalizeChanges", jsvalue.String(tc.text))).String()
		want := stringify.Invoke(parse.Invoke(tc.want)).String()
		if got != want {
			t.Errorf("normalizeChanges(%+q)\n got %s\nwant %s", tc.text, got, want)
		}
	}
}
