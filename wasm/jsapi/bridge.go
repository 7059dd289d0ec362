//go:build js && wasm

package jsapi

import (
	"errors"
	"syscall/js"

	"github.com/harf-project/harf/wasm/jsvalue"
)

// How a Go function becomes a JS function that throws
//
// A function made with js.FuncOf cannot throw into JavaScript: whatever it
// returns is returned. So every export is built in two layers:
//
//  1. guard (Go) runs the call, recovers any panic, and returns either the
//     result or a JS Error object whose message names the call and the
//     problem ("harf.normalize: text must be a string, got number").
//  2. A tiny JS wrapper calls the raw function and throws the result when it
//     is an Error. Its source is wrapBody, below, and nowhere else in Go.
//
// The wrapper factory comes from, in order:
//   - globalThis.__harfWrap, when it is a function. web/loader.js defines it
//     with exactly wrapBody (a test checks), because the page's
//     Content-Security-Policy forbids building functions from strings;
//   - new Function("raw", wrapBody), which works in Node.js, in Web Workers and
//     in pages without such a policy;
//   - nothing: the raw functions are installed as they are (they return the
//     Error instead of throwing it) and console.warn says so once.

// wrapBody is the body of the wrapper factory function(raw) { ... }.
const wrapBody = "return function () { var r = raw.apply(this, arguments); if (r instanceof Error) throw r; return r; };"

// apiFunc is one call of the JS API: it reads its arguments and returns a
// value js.ValueOf accepts (or a js.Value), or an error for the caller.
type apiFunc func(args []js.Value) (any, error)

// apiCall names an apiFunc; the name is the property of globalThis.harf.
type apiCall struct {
	name string
	fn   apiFunc
}

// guard turns fn into the raw function behind harf.<name>: it returns fn's
// result, or a JS Error naming the call when fn returns an error or panics.
func guard(name string, fn apiFunc) func(this js.Value, args []js.Value) any {
	return func(_ js.Value, args []js.Value) (result any) {
		defer func() {
			if p := recover(); p != nil {
				result = jsError(name, jsvalue.PanicError(p))
			}
		}()
		v, err := fn(args)
		if err != nil {
			return jsError(name, err)
		}
		return v
	}
}

// jsError returns a new JS Error for a failed call of harf.<name>.
func jsError(name string, err error) js.Value {
	return js.Global().Get("Error").New("harf." + name + ": " + err.Error())
}

// wrapFactory returns the function that turns a raw export into one that
// throws, and false when there is none (see the comment at the top).
func wrapFactory() (js.Value, bool) {
	if f := js.Global().Get("__harfWrap"); jsvalue.Type(f) == js.TypeFunction {
		return f, true
	}
	return newWrapFactory()
}

// newWrapFactory builds the factory from wrapBody with the Function
// constructor, which a Content-Security-Policy without 'unsafe-eval' forbids.
func newWrapFactory() (f js.Value, ok bool) {
	defer func() {
		if recover() != nil {
			f, ok = js.Undefined(), false
		}
	}()
	f = js.Global().Get("Function").New("raw", wrapBody)
	return f, jsvalue.Type(f) == js.TypeFunction
}

// install defines the calls as methods of obj, each through guard and the
// wrapper factory.
func install(obj js.Value, calls []apiCall) {
	wrap, ok := wrapFactory()
	if !ok {
		js.Global().Get("console").Call("warn", "harf: cannot build the wrapper that throws errors "+
			"(define globalThis.__harfWrap before loading harf.wasm); calls return Error objects instead of throwing")
	}
	for _, c := range calls {
		raw := js.FuncOf(guard(c.name, c.fn)) // lives as long as the program
		if ok {
			obj.Set(c.name, wrap.Invoke(raw))
		} else {
			obj.Set(c.name, raw)
		}
	}
}

// arg returns args[i], or undefined when the caller passed fewer arguments.
func arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

// argString returns argument i, which must be a string; name is how the
// message calls it.
func argString(args []js.Value, i int, name string) (string, error) {
	v := arg(args, i)
	if jsvalue.Type(v) != js.TypeString {
		return "", errors.New(name + " must be a string, got " + jsvalue.TypeName(v))
	}
	return v.String(), nil
}
