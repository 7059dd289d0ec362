//go:build js && wasm

package jsvalue

import (
	"errors"
	"strings"
	"syscall/js"
)

// PanicError describes a recovered panic. An exception thrown by JS code the
// call touched (a getter on an options object, say) keeps its message.
func PanicError(p any) error {
	switch e := p.(type) {
	case js.Error:
		return errors.New("JavaScript exception: " + ExceptionMessage(e.Value))
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

// ExceptionMessage returns the message of a thrown JS value, which need not
// be an Error.
func ExceptionMessage(v js.Value) (msg string) {
	defer func() {
		if recover() != nil {
			msg = "(a value that cannot be printed)"
		}
	}()
	if Type(v) == js.TypeObject {
		if m := Prop(v, "message"); Type(m) == js.TypeString {
			return m.String()
		}
	}
	return js.Global().Call("String", v).String()
}

// bomDropped reports whether Go strings lose a leading U+FEFF on their way to
// JS: wasm_exec.js decodes them with a TextDecoder that strips a BOM.
var bomDropped = js.ValueOf("\uFEFFx").String() == "x"

// String converts a Go string for JS exactly. Every string result goes
// through it, including strings inside objects and arrays.
func String(s string) js.Value {
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

// JSONParse returns JSON.parse of b, which AppendJSONString and the like
// wrote: the fast way to hand JS many small objects (see jsonenc.go).
func JSONParse(b []byte) js.Value {
	return js.Global().Get("JSON").Call("parse", string(b))
}

// TypeOther is the js.Type of values syscall/js cannot classify: v.Type()
// panics on a BigInt.
const TypeOther js.Type = -1

// Type returns v.Type(), or TypeOther instead of a panic.
func Type(v js.Value) (t js.Type) {
	defer func() {
		if recover() != nil {
			t = TypeOther
		}
	}()
	return v.Type()
}

// Prop returns v[key] through Reflect.get, so that a getter or proxy
// that throws becomes a Go panic (recovered by guard) instead of an
// exception that unwinds through the Go runtime.
func Prop(v js.Value, key string) js.Value {
	return js.Global().Get("Reflect").Call("get", v, key)
}

// TypeName names the JS type of v for error messages: the result of typeof,
// except "null" for null, "array" for arrays and the class of other
// non-plain objects ("Map", "Date").
func TypeName(v js.Value) string {
	switch Type(v) {
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
	case TypeOther:
		return "bigint"
	}
	switch tag := ObjectTag(v); tag {
	case "Object":
		return "object"
	case "Array":
		return "array"
	default:
		return tag
	}
}

// ObjectTag returns the tag of Object.prototype.toString for v: "Object"
// for plain objects and class instances, "Array", "Map", "Date" and so on.
func ObjectTag(v js.Value) string {
	tag := js.Global().Get("Object").Get("prototype").Get("toString").Call("call", v).String()
	return strings.TrimSuffix(strings.TrimPrefix(tag, "[object "), "]")
}
