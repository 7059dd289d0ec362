package phonetic

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"unicode/utf8"
)

// TestModelTableUpToDate regenerates the model from data/names into a
// temporary file and fails when model_table.go differs: the committed table
// must be what go generate makes of the committed data.
func TestModelTableUpToDate(t *testing.T) {
	if testing.Short() || runtime.GOOS == "js" {
		t.Skip("learning the model takes seconds; js/wasm cannot run go")
	}
	out := filepath.Join(t.TempDir(), "model_table.go")
	cmd := exec.Command("go", "run", "gen_model.go", "-out", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run gen_model.go: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("model_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("model_table.go is not what gen_model.go makes of data/names (%d bytes, regenerated %d): run go generate ./arabic/phonetic", len(want), len(got))
	}
}

// TestLatinNameMatches covers the spelling rules the keys miss and the
// model learned, and names it must keep apart.
func TestLatinNameMatches(t *testing.T) {
	for _, c := range []struct {
		rule, latin, arabic string
		match               bool
	}{
		{"ch", "Richard", "ريتشارد", true},
		{"ch", "Chirac", "شيراك", true},
		{"tch", "Mitchell", "ميتشل", true},
		{"-ić", "Modrić", "مودريتش", true},
		{"-ić", "Antić", "أنتيتش", true},
		{"German st", "Steinmeier", "شتاينماير", true},
		{"German sch", "Schumacher", "شوماخر", true},
		{"j as y", "Jansen", "يانسن", true},
		{"j as y", "Jürgen", "يورغن", true},
		{"mc", "McCartney", "ماكارتني", true},
		{"mc", "McCain", "ماكين", true},
		{"Italian c", "Cellini", "تشيليني", true},
		{"Italian c", "Bertolucci", "برتولوتشي", true},
		{"Arab name", "Hariri", "حريري", true},
		{"another name", "Richard", "رشيد", false},
		{"another name", "McCartney", "مكرم", false},
		{"another name", "Steinmeier", "ستانلي", false},
		{"another name", "Cellini", "سليم", false},
	} {
		n := NewLatinName(c.latin)
		if got := n.Matches(c.arabic); got != c.match {
			t.Errorf("%s: NewLatinName(%q).Matches(%q) = %v (cost %.1f, bound %.1f), want %v", c.rule, c.latin, c.arabic,
				got, n.Cost(c.arabic), MaxCost(len(n.Spelling())), c.match)
		}
	}
}

// FuzzLatinName checks the model's invariants on any input: no panic, the
// likeliest spelling costs 0, Within agrees with Cost.
func FuzzLatinName(f *testing.F) {
	for _, s := range []string{"Richard Cheney", "Modrić", "3omar", "", "al-", "ʿAbd", "Ω"} {
		f.Add(s, "ريتشارد")
	}
	f.Fuzz(func(t *testing.T, latin, arabic string) {
		if !utf8.ValidString(latin) || !utf8.ValidString(arabic) || len(latin) > 64 || len(arabic) > 64 {
			return
		}
		n := NewLatinName(latin)
		if l := n.Likeliest(); l != "" {
			if c := n.Cost(l); c != 0 {
				t.Errorf("NewLatinName(%q): Cost(Likeliest() = %q) = %v, want 0", latin, l, c)
			}
		}
		c := n.Cost(arabic)
		if c < 0 && c != -1 {
			t.Errorf("Cost(%q, %q) = %v", latin, arabic, c)
		}
		w, ok := n.Within(arabic, 5)
		if ok != (c >= 0 && c <= 5) || ok && w != c {
			t.Errorf("Within(%q, %q, 5) = %v, %v; Cost = %v", latin, arabic, w, ok, c)
		}
	})
}
