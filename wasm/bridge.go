//go:build js && wasm

package main

import (
	"errors"
	"strings"
	"syscall/js"
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
				result = jsError(name, panicError(p))
			}
		}()
		v, err := fn(args)
		if err != nil {
			return jsError(name, err)
		}
		return v
	}
}

// panicError describes a recovered panic. An exception thrown by JS code the
// call touched (a getter on an options object, say) keeps its message.
func panicError(p any) error {
	switch e := p.(type) {
	case js.Error:
		return errors.New("JavaScript exception: " + exceptionMessage(e.Value))
	default:
		return errors.New("internal error: " + panicText(p))
	}
}

// panicText describes a panic value without fmt, which would double the size
// of harf.wasm's code for this one message.
func panicText(p any) string {
	switch v := p.(type) {
	case error:
		return v.Error()
	case string:
		return v
	case interface{ String() string }:
		return v.String()
	}
	return "unexpected panic"
}

// exceptionMessage returns the message of a thrown JS value, which need not
// be an Error.
func exceptionMessage(v js.Value) (msg string) {
	defer func() {
		if recover() != nil {
			msg = "(a value that cannot be printed)"
		}
	}()
	if jsType(v) == js.TypeObject {
		if m := getProp(v, "message"); jsType(m) == js.TypeString {
			return m.String()
		}
	}
	return js.Global().Call("String", v).String()
}

// jsError returns a new JS Error for a failed call of harf.<name>.
func jsError(name string, err error) js.Value {
	return js.Global().Get("Error").New("harf." + name + ": " + err.Error())
}

// wrapFactory returns the function that turns a raw export into one that
// throws, and false when there is none (see the comment at the top).
func wrapFactory() (js.Value, bool) {
	if f := js.Global().Get("__harfWrap"); jsType(f) == js.TypeFunction {
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
	return f, jsType(f) == js.TypeFunction
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

// bomDropped reports whether Go strings lose a leading U+FEFF on their way to
// JS: wasm_exec.js decodes them with a TextDecoder that strips a BOM.
var bomDropped = js.ValueOf("\uFEFFx").String() == "x"

// jsString converts a Go string for JS exactly. Every string result goes
// through it, including strings inside objects and arrays.
func jsString(s string) js.Value {
	return js.ValueOf(bomGuard(s, bomDropped))
}

// bomGuard prefixes s with a second U+FEFF when s starts with one and the
// decoder on the way to JS drops it.
func bomGuard(s string, dropped bool) string {
	if dropped && strings.HasPrefix(s, "\uFEFF") {
		return "\uFEFF" + s
	}
	return s
}

// jsonParse returns JSON.parse of b, which appendJSONString and the like
// wrote: the fast way to hand JS many small objects (see jsonenc.go).
func jsonParse(b []byte) js.Value {
	return js.Global().Get("JSON").Call("parse", string(b))
}

// arg returns args[i], or undefined when the caller passed fewer arguments.
func arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

// typeOther is the js.Type of values syscall/js cannot classify: v.Type()
// panics on a BigInt.
const typeOther js.Type = -1

// jsType returns v.Type(), or typeOther instead of a panic.
func jsType(v js.Value) (t js.Type) {
	defer func() {
		if recover() != nil {
			t = typeOther
		}
	}()
	return v.Type()
}

// getProp returns v[key] through Reflect.get, so that a getter or proxy
// that throws becomes a Go panic (recovered by guard) instead of an
// exception that unwinds through the Go runtime.
func getProp(v js.Value, key string) js.Value {
	return js.Global().Get("Reflect").Call("get", v, key)
}

// typeName names the JS type of v for error messages: the result of typeof,
// except "null" for null, "array" for arrays and the class of other
// non-plain objects ("Map", "Date").
func typeName(v js.Value) string {
	switch jsType(v) {
	case js.TypeUndefined:
		return "undefined"
	case js.TypeNull:
		return "null"
	case js.TypeBoolean:
		return "boolean"
	case js.TypeNumber:
		return "number"
	case js.TypeString:
		return "string"
	case js.TypeSymbol:
		return "symbol"
	case js.TypeFunction:
		return "function"
	case typeOther:
		return "bigint"
	}
	switch tag := objectTag(v); tag {
	case "Object":
		return "object"
	case "Array":
		return "array"
	default:
		return tag
	}
}

// objectTag returns the tag of Object.prototype.toString for v: "Object"
// for plain objects and class instances, "Array", "Map", "Date" and so on.
func objectTag(v js.Value) string {
	tag := js.Global().Get("Object").Get("prototype").Get("toString").Call("call", v).String()
	return strings.TrimSuffix(strings.TrimPrefix(tag, "[object "), "]")
}

// argString returns argument i, which must be a string; name is how the
// message calls it.
func argString(args []js.Value, i int, name string) (string, error) {
	v := arg(args, i)
	if jsType(v) != js.TypeString {
		return "", errors.New(name + " must be a string, got " + typeName(v))
	}
	return v.String(), nil
}
