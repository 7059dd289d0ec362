package exonym

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
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
