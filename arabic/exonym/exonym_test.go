package exonym

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		latin string
		want  []string
	}{
		{"Egypt", []string{"مصر"}},
		{"Égypte", []string{"مصر"}},
		{"EGYPTE", []string{"مصر"}},
		{"Morocco", []string{"المغرب"}},
		{"Maroc", []string{"المغرب"}},
		{"Jordan", []string{"الأردن"}},
		{"Jordanie", []string{"الأردن"}},
		{"Cairo", []string{"القاهرة"}},
		{"Le Caire", []string{"القاهرة"}},
		{"Caire", []string{"القاهرة"}},
		{"Casablanca", []string{"الدار البيضاء"}},
		{"La Mecque", []string{"مكة"}},
		{"Abu Dhabi", []string{"أبوظبي"}},
		{"United States", []string{"الولايات المتحدة"}},
		{"États-Unis", []string{"الولايات المتحدة"}},
		{"Mekdad", nil},
		{"", nil},
	} {
		if got := Lookup(tc.latin); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Lookup(%q) = %q, want %q", tc.latin, got, tc.want)
		}
	}
}

func TestKey(t *testing.T) {
	for _, tc := range []struct{ latin, want string }{
		{"Égypte", "egypte"},
		{"Le Caire", "le caire"},
		{"  São   Tomé-et-Príncipe ", "sao tome et principe"},
		{"Côte d’Ivoire", "cote d ivoire"},
		{"L'Égypte", "l egypte"},
		{"Œuvre Æther", "oeuvre aether"},
		{"Ñuñoa", "nunoa"},
		{"Åland ÿ", "aland y"},
		{"Région 7", "region 7"},
		{"القاهرة", "القاهرة"},
		{"", ""},
		{"—", ""},
	} {
		if got := Key(tc.latin); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.latin, got, tc.want)
		}
	}
}

// keyWithReplacer is Key as it was written with a strings.Replacer: the
// table's keys were made with it.
func keyWithReplacer(latin string) string {
	accents := strings.NewReplacer(
		"à", "a", "â", "a", "ä", "a", "á", "a", "ã", "a", "å", "a", "ç", "c", "é", "e", "è", "e", "ê", "e", "ë", "e",
		"î", "i", "ï", "i", "í", "i", "ô", "o", "ö", "o", "ó", "o", "õ", "o", "û", "u", "ü", "u", "ù", "u", "ú", "u",
		"ÿ", "y", "ñ", "n", "œ", "oe", "æ", "ae", "’", " ", "'", " ",
	)
	var b strings.Builder
	space := false
	for _, r := range accents.Replace(strings.ToLower(latin)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

// TestKeyAsBefore checks Key against keyWithReplacer on every key of the
// table and on names with every accented letter, upper and lower case, and
// on bytes that are not UTF-8.
func TestKeyAsBefore(t *testing.T) {
	inputs := []string{"Zürich", "Nîmes", "Réunion", "Curaçao", "Saint-Barthélemy", "Bogotá", "\xffÉ\xd8", "é\xc3", "ǅ"}
	for _, line := range strings.Split(placesTable, "\n") {
		if k, _, ok := strings.Cut(line, "\t"); ok {
			inputs = append(inputs, k, strings.ToUpper(k), "Le "+k)
		}
	}
	for _, a := range accents {
		inputs = append(inputs, "x"+a[0]+"y", strings.ToUpper(a[0]))
	}
	for _, in := range inputs {
		if got, want := Key(in), keyWithReplacer(in); got != want {
			t.Errorf("Key(%q) = %q, before %q", in, got, want)
		}
	}
}

// TestTableUpToDate regenerates the table into a temporary directory when
// cldr-dates-full is at hand (CLDR_DATES) and fails when it differs from the
// committed one.
func TestTableUpToDate(t *testing.T) {
	dir := os.Getenv("CLDR_DATES")
	if dir == "" {
		t.Skip("CLDR_DATES not set: the directory of the npm package cldr-dates-full (see gen_places.go)")
	}
	if testing.Short() {
		t.Skip("short")
	}
	tmp := t.TempDir()
	cmd := exec.Command("go", "run", "gen_places.go", "-out", filepath.Join(tmp, "places_table.go"))
	cmd.Env = append(os.Environ(), "CLDR_DATES="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen_places: %v\n%s", err, out)
	}
	got, err := os.ReadFile(filepath.Join(tmp, "places_table.go"))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile("places_table.go")
	if !bytes.Equal(got, want) {
		t.Error("places_table.go differs from what gen_places.go writes: run go generate ./arabic/exonym")
	}
}
