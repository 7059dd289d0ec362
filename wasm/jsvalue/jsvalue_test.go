//go:build js && wasm

package jsvalue

import (
	"syscall/js"
	"testing"
)

// jsEval runs a JS expression; tests only (Node allows the Function
// constructor).
func jsEval(expr string) js.Value {
	return js.Global().Get("Function").New("return (" + expr + ");").Invoke()
}

// TestJSString checks that strings reach JS exactly, a leading U+FEFF
// included.
func TestJSString(t *testing.T) {
	if !bomDropped {
		t.Log("this wasm_exec.js keeps a leading BOM; the guard is idle")
	}
	length := jsEval(`(s) => s.length`)
	for _, s := range []string{"", "x", "\uFEFF", "\uFEFFابc", "\uFEFF\uFEFF", "ا\uFEFF", "😀", "\uFFFD"} {
		v := String(s)
		if got := v.String(); got != s {
			t.Errorf("String(%+q) came back as %+q", s, got)
		}
		if got, want := length.Invoke(v).Int(), utf16Len(s); got != want {
			t.Errorf("String(%+q).length = %d, want %d", s, got, want)
		}
	}
}

// utf16Len is the UTF-16 length of s.
func utf16Len(s string) int { return NewUTF16Index(s).Offset(len(s)) }

// TestBOMGuard checks the doubling of a leading U+FEFF.
func TestBOMGuard(t *testing.T) {
	tests := []struct {
		s       string
		dropped bool
		want    string
	}{
		{"\uFEFFa", true, "\uFEFF\uFEFFa"},
		{"\uFEFFa", false, "\uFEFFa"},
		{"a\uFEFF", true, "a\uFEFF"},
		{"", true, ""},
	}
	for _, tc := range tests {
		if got := bomGuard(tc.s, tc.dropped); got != tc.want {
			t.Errorf("bomGuard(%+q, %v) = %+q, want %+q", tc.s, tc.dropped, got, tc.want)
		}
	}
}
