package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/harf-project/harf/arabic/fuzzy"
	"github.com/harf-project/harf/arabic/normalize"
	"github.com/harf-project/harf/internal/corpus"
)

// docs are short news items of our own, spelled the ways articles spell
// names: diacritics, alef and yeh variants, clitics, a name glued to the next
// word, Latin names, and emoji (surrogate pairs in UTF-16) before the names.
var docs = []string{
	"😀 وصل الوزير هيثم بن طارق المَقْداد إلى عمّان، وقال المقداد إن الزيارة ناجحة.",
	"أعلنت المهندسة سلمى إبراهيم أن المشروع سيبدأ في الربيع 🌱 وأكدت سلمي ابراهيم ذلك.",
	"لم يذكر التقرير أي اسم من الأسماء المعروفة.",
	"وبالمقداد اتصل الصحفيون 👍🏽 من بيروت، وكتب Karim Haddad عن المقدادخلال الاجتماع.",
	"وقال كريم حداد: \"الماء 💧 حق للجميع\"\tثم غادر.\nوتابع المقدّاد حديثه.",
}

var queries = []string{"المقداد", "سلمى إبراهيم", "Haitham bin Tariq", "كريم حداد"}

// match is one line of search's JSONL output.
type match struct {
	Doc      json.RawMessage `json:"doc"`
	Query    string          `json:"query"`
	Start    int             `json:"start"`
	End      int             `json:"end"`
	Text     string          `json:"text"`
	Distance int             `json:"distance"`
	Score    float64         `json:"score"`
}

func decodeMatches(t *testing.T, out string) []match {
	t.Helper()
	var ms []match
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var m match
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&m); err != nil {
			t.Fatalf("output line %q: %v", sc.Text(), err)
		}
		ms = append(ms, m)
	}
	return ms
}

// codepoints converts a byte offset into s to a code point offset.
func codepoints(s string, b int) int { return len([]rune(s[:b])) }

// jsonlOf writes texts as JSONL with an id field before and a field after
// the text.
func jsonlOf(texts []string) string {
	var b strings.Builder
	for i, s := range texts {
		id, _ := json.Marshal(fmt.Sprintf("news-%d", i+1))
		text, _ := json.Marshal(s)
		fmt.Fprintf(&b, "{\"id\":%s,\"text\":%s,\"lang\":\"ar\"}\n", id, text)
	}
	return b.String()
}

// TestSearchEqualsSearchAll checks, for each search flag, that the command
// reports for every document exactly what fuzzy.SearchAll finds with the
// same options, in code points.
func TestSearchEqualsSearchAll(t *testing.T) {
	dir := writeFiles(t, map[string]string{"news.jsonl": jsonlOf(docs)})
	files := map[string]string{}
	for i, d := range docs {
		files[fmt.Sprintf("%d.txt", i+1)] = d
	}
	txtDir := writeFiles(t, files)
	tests := []struct {
		flags []string
		set   func(o *fuzzy.Options)
	}{
		{nil, func(o *fuzzy.Options) {}},
		{[]string{"--max-distance", "0"}, func(o *fuzzy.Options) { o.MaxDistance = 0 }},
		{[]string{"--max-distance=3"}, func(o *fuzzy.Options) { o.MaxDistance = 3 }},
		{[]string{"--whole-words"}, func(o *fuzzy.Options) { o.WholeWords = true }},
		{[]string{"--clitics=false"}, func(o *fuzzy.Options) { o.Clitics = false }},
		{[]string{"--cross-script=false"}, func(o *fuzzy.Options) { o.CrossScript = false }},
		{[]string{"--limit", "1"}, func(o *fuzzy.Options) { o.Limit = 1 }},
		{[]string{"--preset", "aggressive"}, func(o *fuzzy.Options) { o.Normalize = normalize.Aggressive }},
		{[]string{"--preset=light"}, func(o *fuzzy.Options) { o.Normalize = normalize.Light }},
		{[]string{"--diacritics=false", "--alef=false"}, func(o *fuzzy.Options) {
			o.Normalize.Diacritics, o.Normalize.Alef = false, false
		}},
		{[]string{"--preset", "light", "--diacritics", "--alef-maksura"}, func(o *fuzzy.Options) {
			o.Normalize = normalize.Light
			o.Normalize.Diacritics, o.Normalize.AlefMaksura = true, true
		}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.flags, " "), func(t *testing.T) {
			opts := fuzzy.DefaultOptions()
			tt.set(&opts)
			var want []match
			var wantTxt []match
			for i, text := range docs {
				ms, err := fuzzy.SearchAll(text, queries, opts)
				if err != nil {
					t.Fatal(err)
				}
				for _, m := range ms {
					w := match{Query: queries[m.Query], Start: codepoints(text, m.Start), End: codepoints(text, m.End),
						Text: m.Text, Distance: m.Distance, Score: m.Score}
					w.Doc = json.RawMessage(strconv.Quote(fmt.Sprintf("news-%d", i+1)))
					want = append(want, w)
					w.Doc = json.RawMessage(strconv.Quote(filepath.Join(txtDir, fmt.Sprintf("%d.txt", i+1))))
					wantTxt = append(wantTxt, w)
				}
			}
			if len(want) == 0 {
				t.Fatal("the test documents match nothing: the comparison would be empty")
			}
			args := []string{"search", "--input", "jsonl", "--id", "id"}
			for _, q := range queries {
				args = append(args, "--query", q)
			}
			args = append(args, tt.flags...)
			r := harf(t, "", append(args, filepath.Join(dir, "news.jsonl"))...)
			wantStatus(t, r, 0, "search")
			if got := decodeMatches(t, r.stdout); !reflect.DeepEqual(got, want) {
				t.Errorf("JSONL input:\ngot  %+v\nwant %+v", got, want)
			}
			// the same documents as plain text files, named by their paths
			args = append(args[:1], args[5:]...)
			for i := range docs {
				args = append(args, filepath.Join(txtDir, fmt.Sprintf("%d.txt", i+1)))
			}
			r = harf(t, "", args...)
			wantStatus(t, r, 0, "search of .txt files")
			if got := decodeMatches(t, r.stdout); !reflect.DeepEqual(got, wantTxt) {
				t.Errorf("text files:\ngot  %+v\nwant %+v", got, wantTxt)
			}
		})
	}
}

// TestOffsetsSliceEachUnit slices every document at the reported offsets in
// each unit, as Python (code points), JavaScript (UTF-16) and Go (bytes) do:
// the slice must be the match's text, emoji before the names included.
func TestOffsetsSliceEachUnit(t *testing.T) {
	dir := writeFiles(t, map[string]string{"news.jsonl": jsonlOf(docs)})
	slicers := map[string]func(s string, start, end int) string{
		"codepoint": func(s string, start, end int) string { return string([]rune(s)[start:end]) },
		"utf16": func(s string, start, end int) string {
			return string(utf16.Decode(utf16.Encode([]rune(s))[start:end]))
		},
		"byte": func(s string, start, end int) string { return s[start:end] },
	}
	for unit, slice := range slicers {
		args := []string{"search", "--input", "jsonl", "--offsets", unit}
		for _, q := range queries {
			args = append(args, "--query", q)
		}
		r := harf(t, "", append(args, filepath.Join(dir, "news.jsonl"))...)
		wantStatus(t, r, 0, unit)
		ms := decodeMatches(t, r.stdout)
		afterEmoji := 0
		for _, m := range ms {
			line, _ := strconv.Atoi(string(m.Doc))
			text := docs[line-1]
			if got := slice(text, m.Start, m.End); got != m.Text {
				t.Errorf("%s: doc %d [%d:%d] = %q, want %q", unit, line, m.Start, m.End, got, m.Text)
			}
			if strings.ContainsAny(slice(text, 0, m.Start), "😀🌱👍💧") {
				afterEmoji++
			}
		}
		if afterEmoji == 0 {
			t.Errorf("%s: no match after an emoji: the test does not test surrogate pairs", unit)
		}
	}
}

// TestFormats checks that CSV and TSV carry the same matches as JSONL, with
// a header row, and that TSV escapes tabs and line breaks in a match.
func TestFormats(t *testing.T) {
	dir := writeFiles(t, map[string]string{"news.jsonl": jsonlOf(docs)})
	file := filepath.Join(dir, "news.jsonl")
	// "حداد: \"الماء" spans a quote; "ثم غادر.\nوتابع" a tab and a line break.
	args := []string{"search", "--input", "jsonl", "--id", "id", "--query", "كريم حداد", "--query", "غادر وتابع", "--query", "المقداد"}
	jr := harf(t, "", append(args, file)...)
	wantStatus(t, jr, 0, "jsonl")
	ms := decodeMatches(t, jr.stdout)
	var rows [][]string
	for _, m := range ms {
		var doc string
		json.Unmarshal(m.Doc, &doc)
		rows = append(rows, []string{doc, m.Query, strconv.Itoa(m.Start), strconv.Itoa(m.End), m.Text,
			strconv.Itoa(m.Distance), strconv.FormatFloat(m.Score, 'f', -1, 64)})
	}
	header := []string{"doc", "query", "start", "end", "text", "distance", "score"}

	cr := harf(t, "", append(args, "--format", "csv", file)...)
	wantStatus(t, cr, 0, "csv")
	got, err := csv.NewReader(strings.NewReader(cr.stdout)).ReadAll()
	if err != nil {
		t.Fatalf("CSV output does not parse: %v\n%s", err, cr.stdout)
	}
	if want := append([][]string{header}, rows...); !reflect.DeepEqual(got, want) {
		t.Errorf("CSV:\ngot  %q\nwant %q", got, want)
	}

	tr := harf(t, "", append(args, "--format", "tsv", file)...)
	wantStatus(t, tr, 0, "tsv")
	lines := strings.Split(strings.TrimSuffix(tr.stdout, "\n"), "\n")
	unescape := strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\n`, "\n", `\r`, "\r")
	var gotTSV [][]string
	for _, l := range lines {
		fields := strings.Split(l, "\t")
		for i := range fields {
			fields[i] = unescape.Replace(fields[i])
		}
		gotTSV = append(gotTSV, fields)
	}
	if want := append([][]string{header}, rows...); !reflect.DeepEqual(gotTSV, want) {
		t.Errorf("TSV:\ngot  %q\nwant %q", gotTSV, want)
	}
	multiline := false
	for _, m := range ms {
		multiline = multiline || strings.ContainsAny(m.Text, "\t\n")
	}
	if !multiline {
		t.Error("no match spans a tab or a line break: TSV escaping is untested")
	}

	// no match: the header alone, status 1
	nr := harf(t, docs[2], "search", "--query", "زياد", "--format", "csv")
	wantStatus(t, nr, 1, "csv without a match")
	if nr.stdout != strings.Join(header, ",")+"\n" {
		t.Errorf("CSV without a match = %q, want the header", nr.stdout)
	}
}

// TestJobsSameBytes checks that the output does not depend on the number of
// workers: -j 1 and -j 8 give the same bytes, for every command.
func TestJobsSameBytes(t *testing.T) {
	paras := strings.Split(corpus.Generate(400<<10), "\n\n")
	dir := writeFiles(t, map[string]string{"corpus.jsonl": jsonlOf(paras)})
	file := filepath.Join(dir, "corpus.jsonl")
	names := corpus.Names(100)
	namesFile := filepath.Join(writeFiles(t, map[string]string{"names.txt": strings.Join(names, "\n")}), "names.txt")
	for _, args := range [][]string{
		{"search", "--input", "jsonl", "--names", namesFile, file},
		{"normalize", "--input", "jsonl", file},
		{"transliterate", "--scheme", "ala-lc", "--input", "jsonl", file},
		{"analyze", "--input", "jsonl", file},
	} {
		one := harf(t, "", append([]string{args[0], "-j", "1"}, args[1:]...)...)
		eight := harf(t, "", append([]string{args[0], "-j", "8"}, args[1:]...)...)
		wantStatus(t, one, 0, args[0]+" -j 1")
		wantStatus(t, eight, 0, args[0]+" -j 8")
		if n := strings.Count(one.stdout, "\n"); n < 50 {
			t.Errorf("%s: %d output lines: too few to test the order", args[0], n)
		}
		if one.stdout != eight.stdout {
			t.Errorf("%s: -j 1 and -j 8 differ (%d and %d bytes)", args[0], len(one.stdout), len(eight.stdout))
		}
	}
}

// TestNamesFile checks --names: one name a line, a BOM and blank lines
// ignored, the same as the names given with --query, and both together.
func TestNamesFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{"names.txt": "\ufeffالمقداد\n\n  سلمى إبراهيم  \r\n"})
	text := strings.Join(docs, "\n")
	byQuery := harf(t, text, "search", "--query", "المقداد", "--query", "سلمى إبراهيم")
	byFile := harf(t, text, "search", "--names", filepath.Join(dir, "names.txt"))
	wantStatus(t, byFile, 0, "--names")
	if byFile.stdout != byQuery.stdout {
		t.Errorf("--names gave\n%s\n--query gave\n%s", byFile.stdout, byQuery.stdout)
	}
	both := harf(t, text, "search", "--query", "كريم حداد", "--names", filepath.Join(dir, "names.txt"))
	if ms := decodeMatches(t, both.stdout); len(ms) <= len(decodeMatches(t, byFile.stdout)) {
		t.Errorf("--query with --names found %d matches, no more than --names alone", len(ms))
	}
	missing := harf(t, text, "search", "--names", filepath.Join(dir, "nope.txt"))
	wantStatus(t, missing, 2, "--names of a missing file")
	if !strings.Contains(missing.stderr, "nope.txt") {
		t.Errorf("stderr does not name the missing file: %q", missing.stderr)
	}
}
