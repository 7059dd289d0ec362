//go:build ignore

// gen_places writes places_table.go: the Latin (English and French) names
// of places and their Arabic names, from CLDR:
//   - every country and territory, its names in Arabic, English and French
//     from golang.org/x/text/language/display (CLDR's territory names);
//   - the cities of the Arab world that CLDR names its time zones after
//     (exemplar cities), in Arabic, English and French, read from the npm
//     package cldr-dates-full (main/{ar,en,fr}/timeZoneNames.json);
//   - handAdded: capitals, main cities and regions of the Arab world that
//     CLDR does not name, with their Arabic names as the titles of their
//     Arabic Wikipedia articles (ar.wikipedia.org).
//
// Run (cldr-dates-full is pinned in web/tools; ./build.sh test installs it
// there and runs the regeneration test with it):
//
//	npm ci --prefix web/tools
//	CLDR_DATES=$PWD/web/tools/node_modules/cldr-dates-full go generate ./arabic/exonym
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/harf-project/harf/arabic/exonym"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// arabZones are the CLDR time zones of the member states of the Arab
// League: their exemplar cities are capitals and main cities.
var arabZones = []string{
	"Africa/Algiers", "Africa/Cairo", "Africa/Casablanca", "Africa/Ceuta", "Africa/Djibouti",
	"Africa/El_Aaiun", "Africa/Khartoum", "Africa/Mogadishu", "Africa/Nouakchott", "Africa/Tripoli",
	"Africa/Tunis", "Asia/Aden", "Asia/Amman", "Asia/Baghdad", "Asia/Bahrain", "Asia/Beirut",
	"Asia/Damascus", "Asia/Dubai", "Asia/Gaza", "Asia/Hebron", "Asia/Kuwait", "Asia/Muscat",
	"Asia/Qatar", "Asia/Riyadh", "Indian/Comoro",
}

// handAdded: Latin names (English, French) → Arabic, from the titles of
// the places' Arabic and English/French Wikipedia articles.
var handAdded = [][3]string{
	{"Alexandria", "Alexandrie", "الإسكندرية"},
	{"Giza", "Gizeh", "الجيزة"},
	{"Luxor", "Louxor", "الأقصر"},
	{"Aswan", "Assouan", "أسوان"},
	{"Port Said", "Port-Saïd", "بورسعيد"},
	{"Suez", "Suez", "السويس"},
	{"Sinai", "Sinaï", "سيناء"},
	{"Aleppo", "Alep", "حلب"},
	{"Homs", "Homs", "حمص"},
	{"Latakia", "Lattaquié", "اللاذقية"},
	{"Idlib", "Idleb", "إدلب"},
	{"Raqqa", "Raqqa", "الرقة"},
	{"Deir ez-Zor", "Deir ez-Zor", "دير الزور"},
	{"Mosul", "Mossoul", "الموصل"},
	{"Basra", "Bassora", "البصرة"},
	{"Erbil", "Erbil", "أربيل"},
	{"Kirkuk", "Kirkouk", "كركوك"},
	{"Najaf", "Nadjaf", "النجف"},
	{"Karbala", "Kerbala", "كربلاء"},
	{"Fallujah", "Falloujah", "الفلوجة"},
	{"Kurdistan", "Kurdistan", "كردستان"},
	{"Jeddah", "Djeddah", "جدة"},
	{"Mecca", "La Mecque", "مكة"},
	{"Medina", "Médine", "المدينة المنورة"},
	{"Dammam", "Dammam", "الدمام"},
	{"Doha", "Doha", "الدوحة"},
	{"Manama", "Manama", "المنامة"},
	{"Abu Dhabi", "Abou Dabi", "أبوظبي"},
	{"Sharjah", "Charjah", "الشارقة"},
	{"Sanaa", "Sanaa", "صنعاء"},
	{"Taiz", "Taëz", "تعز"},
	{"Hodeidah", "Hodeïda", "الحديدة"},
	{"Jerusalem", "Jérusalem", "القدس"},
	{"Ramallah", "Ramallah", "رام الله"},
	{"Nablus", "Naplouse", "نابلس"},
	{"Jenin", "Jénine", "جنين"},
	{"Rafah", "Rafah", "رفح"},
	{"Khan Yunis", "Khan Younès", "خان يونس"},
	{"West Bank", "Cisjordanie", "الضفة الغربية"},
	{"Gaza Strip", "Bande de Gaza", "قطاع غزة"},
	{"Golan Heights", "Plateau du Golan", "هضبة الجولان"},
	{"Tripoli", "Tripoli", "طرابلس"},
	{"Sidon", "Saïda", "صيدا"},
	{"Tyre", "Tyr", "صور"},
	{"Baalbek", "Baalbek", "بعلبك"},
	{"Zarqa", "Zarqa", "الزرقاء"},
	{"Irbid", "Irbid", "إربد"},
	{"Aqaba", "Aqaba", "العقبة"},
	{"Benghazi", "Benghazi", "بنغازي"},
	{"Misrata", "Misrata", "مصراتة"},
	{"Sirte", "Syrte", "سرت"},
	{"Sfax", "Sfax", "صفاقس"},
	{"Sousse", "Sousse", "سوسة"},
	{"Oran", "Oran", "وهران"},
	{"Constantine", "Constantine", "قسنطينة"},
	{"Rabat", "Rabat", "الرباط"},
	{"Marrakesh", "Marrakech", "مراكش"},
	{"Fez", "Fès", "فاس"},
	{"Tangier", "Tanger", "طنجة"},
	{"Agadir", "Agadir", "أغادير"},
	{"Darfur", "Darfour", "دارفور"},
	{"Omdurman", "Omdourman", "أم درمان"},
	{"Port Sudan", "Port-Soudan", "بورتسودان"},
	{"Hadramaut", "Hadramaout", "حضرموت"},
	{"Maghreb", "Maghreb", "المغرب العربي"},
	{"Levant", "Levant", "بلاد الشام"},
	{"Gulf", "Golfe", "الخليج"},
}

func main() {
	out := flag.String("out", "places_table.go", "file to write")
	flag.Parse()
	dir := os.Getenv("CLDR_DATES")
	if dir == "" {
		log.Fatal("gen_places: set CLDR_DATES to the directory of the npm package cldr-dates-full")
	}
	var pkg struct{ Version string }
	readJSON(filepath.Join(dir, "package.json"), &pkg)

	type pair struct{ latin, arabic string }
	var pairs []pair
	addPair := func(latin, arabic string) {
		if latin != "" && arabic != "" && !strings.ContainsAny(arabic, "abcdefghijklmnopqrstuvwxyz") {
			pairs = append(pairs, pair{latin, arabic})
		}
	}
	ar, en, fr := display.Regions(language.Arabic), display.Regions(language.English), display.Regions(language.French)
	countries := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			arName := ar.Name(r)
			if arName == "" || en.Name(r) == "" {
				continue
			}
			countries++
			addPair(en.Name(r), arName)
			addPair(fr.Name(r), arName)
		}
	}
	zones := map[string]map[string]string{} // locale → zone → exemplar city
	for _, loc := range []string{"ar", "en", "fr"} {
		var f struct {
			Main map[string]struct {
				Dates struct {
					TimeZoneNames struct {
						Zone map[string]map[string]struct {
							ExemplarCity string `json:"exemplarCity"`
						} `json:"zone"`
					} `json:"timeZoneNames"`
				} `json:"dates"`
			} `json:"main"`
		}
		readJSON(filepath.Join(dir, "main", loc, "timeZoneNames.json"), &f)
		zones[loc] = map[string]string{}
		for area, cities := range f.Main[loc].Dates.TimeZoneNames.Zone {
			for city, z := range cities {
				zones[loc][area+"/"+city] = z.ExemplarCity
			}
		}
	}
	for _, z := range arabZones {
		arName := zones["ar"][z]
		if arName == "" {
			log.Fatalf("gen_places: no Arabic exemplar city for %s", z)
		}
		// CLDR leaves out the English name where it is the zone's own
		enName := zones["en"][z]
		if enName == "" {
			enName = strings.ReplaceAll(z[strings.Index(z, "/")+1:], "_", " ")
		}
		addPair(enName, arName)
		addPair(zones["fr"][z], arName)
	}
	for _, h := range handAdded {
		addPair(h[0], h[2])
		addPair(h[1], h[2])
	}
	// one line per distinct Latin key, its Arabic names
	byKey := map[string][]string{}
	for _, p := range pairs {
		k := exonym.Key(p.latin)
		if k == "" {
			continue
		}
		if !contains(byKey[k], p.arabic) {
			byKey[k] = append(byKey[k], p.arabic)
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b bytes.Buffer
	fmt.Fprintf(&b, `// Code generated by gen_places.go from CLDR (golang.org/x/text/language/display; cldr-dates-full %s) and hand-added places; DO NOT EDIT.
// Regenerate with: CLDR_DATES=DIR go generate ./arabic/exonym

package exonym

// cldrVersion is the version of the npm package cldr-dates-full the exemplar
// cities come from.
const cldrVersion = %q

// placesTable holds a line per Latin name (as Key writes it): the name, a
// tab, and its Arabic names separated by tabs.
const placesTable = "" +
`, pkg.Version, pkg.Version)
	for _, k := range keys {
		fmt.Fprintf(&b, "\t%q +\n", k+"\t"+strings.Join(byKey[k], "\t")+"\n")
	}
	b.WriteString("\t\"\"\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("gen_places: %d countries, %d Latin names\n", countries, len(keys))
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func readJSON(path string, v any) {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}
