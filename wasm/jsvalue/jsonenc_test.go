package jsvalue

import (
	"encoding/json"
	"testing"
)

// TestAppendJSONString checks the JSON string encoder against encoding/json.
func TestAppendJSONString(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", `""`},
		{"كتب", `"كتب"`},
		{`a"b\c`, `"a\"b\\c"`},
		{"line\nbreak\ttab\rret", `"line\nbreak\ttab\rret"`},
		{"\x00\x1f\x7f", `"\u0000\u001f` + "\x7f" + `"`},
		{"\uFEFFx", "\"\uFEFFx\""},
		{"\u2028\u2029", "\"\u2028\u2029\""},
		{"😀 ﻷ", `"😀 ﻷ"`},
		{"a\xffb", "\"a\uFFFDb\""},
	}
	for _, tc := range tests {
		got := string(AppendJSONString(nil, tc.in))
		if got != tc.want {
			t.Errorf("AppendJSONString(%+q) = %s, want %s", tc.in, got, tc.want)
		}
		var back string
		if err := json.Unmarshal([]byte(got), &back); err != nil {
			t.Errorf("%s is not JSON: %v", got, err)
		}
	}
}

// FuzzAppendJSONString checks that any string encodes to JSON that decodes
// as encoding/json's does.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "كتب\n", "\"\\", "\x00\xff😀"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		enc := AppendJSONString(nil, s)
		var back string
		if err := json.Unmarshal(enc, &back); err != nil {
			t.Fatalf("%q: %s is not JSON: %v", s, enc, err)
		}
		want, _ := json.Marshal(s) // encoding/json also turns invalid bytes into U+FFFD
		var wantBack string
		_ = json.Unmarshal(want, &wantBack)
		if back != wantBack {
			t.Fatalf("%q: decoded %q, want %q", s, back, wantBack)
		}
	})
}
