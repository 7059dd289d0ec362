package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/harf-project/harf/arabic/fuzzy"
	"github.com/harf-project/harf/arabic/normalize"
	"github.com/harf-project/harf/arabic/translit"
	"github.com/harf-project/harf/internal/corpus"
)

// article is a paragraph of our own with what normalization acts on:
// diacritics, tatweel, hamza and alef forms, ى, ة, a ligature, Arabic-Indic
// digits and punctuation, a Persian letter, a bidi mark, doubled spaces.
const article = "أعلنَ الوزيـــر  إبراهيم ﻷول مرة أن ٣ مشاريع جديدة ستبدأ في مؤتمر ی\u200f عمّان، فهل تنجح الخطة؟\n"

func TestNormalizeEveryOption(t *testing.T) {
	for _, p := range normalize.Presets() {
		r := harf(t, article, "normalize", "--preset", p.ID)
		wantStatus(t, r, 0, p.ID)
		if want := normalize.New(p.Options).String(article); r.stdout != want {
			t.Errorf("--preset %s = %q, want %q", p.ID, r.stdout, want)
		}
	}
	for _, id := range normalize.OptionIDs() {
		for _, on := range []bool{true, false} {
			o := normalize.Search
			if err := o.Set(id, on); err != nil {
				t.Fatal(err)
			}
			flag := "--" + kebab(id) + "=" + map[bool]string{true: "true", false: "false"}[on]
			r := harf(t, article, "normalize", flag)
			wantStatus(t, r, 0, flag)
			if want := normalize.New(o).String(article); r.stdout != want {
				t.Errorf("%s = %q, want %q", flag, r.stdout, want)
			}
		}
	}
	// a bare switch turns an option on over a preset that leaves it off
	r := harf(t, article, "normalize", "--preset", "light", "--teh-marbuta")
	o := normalize.Light
	o.TehMarbuta = true
	if want := normalize.New(o).String(article); r.stdout != want {
		t.Errorf("--preset light --teh-marbuta = %q, want %q", r.stdout, want)
	}
	if normalize.New(o).String(article) == normalize.New(normalize.Light).String(article) {
		t.Error("the article has no ة: --teh-marbuta is untested")
	}
}

// TestJSONLKeepsOtherFields checks that normalize, transliterate and
// detransliterate replace the text field's value and nothing else: other
// fields in their order, spacing and escapes, the line's end.
func TestJSONLKeepsOtherFields(t *testing.T) {
	line := func(body string) string {
		return `{"url" : "https://example.com/a?x=1&y=<2>", "body":` + string(appendJSONString(nil, body)) + ` ,"tags":["أخبار", "\u0627"],"n":1.50}` + "\n"
	}
	text := "وقال المُتحدِّث إن الإجتماع سيُعقد يوم الأحد."
	buck, _ := translit.Transliterate(text, "buckwalter")
	tests := []struct {
		args []string
		in   string
		want string
	}{
		{[]string{"normalize"}, line(text), line(normalize.New(normalize.Search).String(text))},
		{[]string{"transliterate", "--scheme", "buckwalter"}, line(text), line(buck)},
		{[]string{"detransliterate", "--scheme", "buckwalter"}, line(buck), line(text)},
	}
	for _, tt := range tests {
		args := append(tt.args, "--input", "jsonl", "--field", "body")
		r := harf(t, tt.in+tt.in, args...)
		wantStatus(t, r, 0, tt.args[0])
		if r.stdout != tt.want+tt.want {
			t.Errorf("%s:\ngot  %s\nwant %s", tt.args[0], r.stdout, tt.want+tt.want)
		}
	}
	// without --field the text field is "text": the line has none
	r := harf(t, line(text), "normalize", "--input", "jsonl")
	wantStatus(t, r, 2, "no text field")
	if !strings.Contains(r.stderr, `-:1: no "text" field`) {
		t.Errorf("stderr = %q, want -:1: no \"text\" field", r.stderr)
	}
}

func TestTransliterateEveryScheme(t *testing.T) {
	for _, s := range translit.Schemes() {
		r := harf(t, article, "transliterate", "--scheme", s.ID)
		wantStatus(t, r, 0, s.ID)
		if want, _ := translit.Transliterate(article, s.ID); r.stdout != want {
			t.Errorf("transliterate --scheme %s = %q, want %q", s.ID, r.stdout, want)
		}
		back := harf(t, r.stdout, "detransliterate", "--scheme", s.ID)
		switch {
		case s.Reversible:
			wantStatus(t, back, 0, "detransliterate "+s.ID)
			plain := "أعلنَ الوزير إبراهيم أن ٣ مشاريع جديدة ستبدأ في مؤتمر عمّان، فهل تنجح الخطة؟\n"
			tr, _ := translit.Transliterate(plain, s.ID)
			if got := harf(t, tr, "detransliterate", "--scheme", s.ID).stdout; got != plain && s.ID != "hsb" {
				t.Errorf("%s does not round-trip: %q", s.ID, got)
			}
		case s.Guess:
			wantStatus(t, back, 0, "detransliterate "+s.ID)
			if want, _ := translit.Detransliterate(r.stdout, s.ID); back.stdout != want {
				t.Errorf("detransliterate --scheme %s = %q, want %q", s.ID, back.stdout, want)
			}
		default:
			wantStatus(t, back, 2, "detransliterate "+s.ID)
			if !strings.Contains(back.stderr, s.ID) || !strings.Contains(back.stderr, "not reversible") {
				t.Errorf("detransliterate --scheme %s: stderr %q does not say it is not reversible", s.ID, back.stderr)
			}
		}
	}
	for _, cmd := range []string{"transliterate", "detransliterate"} {
		r := harf(t, article, cmd, "--scheme", "klingon")
		wantStatus(t, r, 2, "unknown scheme")
		if !strings.Contains(r.stderr, "klingon") || !strings.Contains(r.stderr, "buckwalter") {
			t.Errorf("%s --scheme klingon: stderr %q names neither the scheme nor the known ones", cmd, r.stderr)
		}
		r = harf(t, article, cmd)
		wantStatus(t, r, 2, "no scheme")
		if !strings.Contains(r.stderr, "--scheme is required") {
			t.Errorf("%s without --scheme: stderr %q", cmd, r.stderr)
		}
	}
}

type analysis struct {
	Doc         json.RawMessage `json:"doc"`
	Characters  int             `json:"characters"`
	Words       int             `json:"words"`
	ArabicWords int             `json:"arabicWords"`
	UniqueWords int             `json:"uniqueWords"`
	TopWords    []struct {
		Word  string `json:"word"`
		Count int    `json:"count"`
	} `json:"topWords"`
	Variants []struct {
		Key   string `json:"key"`
		Forms []struct {
			Text  string   `json:"text"`
			Count int      `json:"count"`
			Spans [][2]int `json:"spans"`
		} `json:"forms"`
	} `json:"variants"`
}

func TestAnalyze(t *testing.T) {
	text := strings.Join(docs, "\n")
	for _, tt := range []struct {
		flags []string
		opts  normalize.Options
		slice func(s string, a, b int) string
	}{
		{nil, normalize.Search, func(s string, a, b int) string { return string([]rune(s)[a:b]) }},
		{[]string{"--offsets", "utf16", "--preset", "aggressive"}, normalize.Aggressive,
			func(s string, a, b int) string { return string(utf16.Decode(utf16.Encode([]rune(s))[a:b])) }},
		{[]string{"--offsets=byte"}, normalize.Search, func(s string, a, b int) string { return s[a:b] }},
	} {
		r := harf(t, text, append([]string{"analyze"}, tt.flags...)...)
		wantStatus(t, r, 0, "analyze")
		var got analysis
		if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
			t.Fatalf("analyze output %q: %v", r.stdout, err)
		}
		want := fuzzy.Analyze(text, tt.opts)
		if string(got.Doc) != `"-"` || got.Characters != want.Characters || got.Words != want.Words ||
			got.ArabicWords != want.ArabicWords || got.UniqueWords != want.UniqueWords ||
			len(got.TopWords) != len(want.TopWords) || len(got.Variants) != len(want.Variants) {
			t.Fatalf("analyze %v = %+v, want %+v", tt.flags, got, want)
		}
		if len(want.Variants) == 0 {
			t.Fatal("no variants: spans untested")
		}
		for i, g := range got.Variants {
			for j, f := range g.Forms {
				if f.Text != want.Variants[i].Forms[j].Text || f.Count != len(f.Spans) {
					t.Errorf("variant %s form %d = %+v, want %+v", g.Key, j, f, want.Variants[i].Forms[j])
				}
				for _, sp := range f.Spans {
					if s := tt.slice(text, sp[0], sp[1]); s != f.Text {
						t.Errorf("%v: span %v = %q, want %q", tt.flags, sp, s, f.Text)
					}
				}
			}
		}
	}
}

// TestBadLines feeds a JSONL file whose good lines surround a truncated
// line, a line without the text field and a line with invalid UTF-8: each
// bad line is reported as FILE:LINE: why, skipped, and the status is 2.
func TestBadLines(t *testing.T) {
	good := func(s string) string { b, _ := json.Marshal(map[string]string{"text": s}); return string(b) + "\n" }
	input := good(docs[0]) +
		`{"text": "وقال المقداد إن` + "\n" + // truncated
		`{"title": "المقداد"}` + "\n" + // no text field
		"{\"text\": \"\xd8\xa7\xff المقداد\"}\n" + // invalid UTF-8
		"\n" + // a blank line is no document
		`{"text": 42}` + "\n" +
		`["المقداد"]` + "\n" +
		good(docs[3])
	dir := writeFiles(t, map[string]string{"bad.jsonl": input})
	file := filepath.Join(dir, "bad.jsonl")
	wantErrs := []string{
		file + ":2: not JSON: the line ends inside the object (truncated?)",
		file + `:3: no "text" field`,
		file + ":4: invalid UTF-8 at byte 12",
		file + `:6: field "text" is not a string`,
		file + ":7: not a JSON object",
	}
	r := harf(t, "", "normalize", "--input", "jsonl", file)
	wantStatus(t, r, 2, "normalize with bad lines")
	if want := strings.Join(wantErrs, "\n") + "\n"; r.stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.stderr, want)
	}
	n := normalize.New(normalize.Search)
	if want := good(n.String(docs[0])) + good(n.String(docs[3])); r.stdout != want {
		t.Errorf("stdout:\n%s\nwant the good lines:\n%s", r.stdout, want)
	}
	s := harf(t, "", "search", "--input", "jsonl", "--query", "المقداد", file)
	wantStatus(t, s, 2, "search with bad lines, matching")
	ms := decodeMatches(t, s.stdout)
	if len(ms) == 0 || string(ms[0].Doc) != "1" || string(ms[len(ms)-1].Doc) != "8" {
		t.Errorf("search skipped good lines: %+v", ms)
	}
	if s.stderr != r.stderr {
		t.Errorf("search stderr %q, normalize's %q", s.stderr, r.stderr)
	}
}

func TestExitStatus(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": docs[0], "none.txt": docs[2]})
	a, none, missing := filepath.Join(dir, "a.txt"), filepath.Join(dir, "none.txt"), filepath.Join(dir, "missing.txt")
	tests := []struct {
		args   []string
		status int
		stderr string // a part of standard error
	}{
		{[]string{"search", "--query", "المقداد", a}, 0, ""},
		{[]string{"search", "--query", "المقداد", none}, 1, ""},
		{[]string{"search", "--query", "المقداد", none, a}, 0, ""},
		{[]string{"search", "--query", "المقداد", a, missing}, 2, "missing.txt"},
		{[]string{"search", "--query", "المقداد", "--max-distance", "-2", a}, 2, "--max-distance must be a non-negative integer"},
		{[]string{"search", "--query", "المقداد", "--limit", "-1", a}, 2, "--limit"},
		{[]string{"search", "--query", "المقداد", "--format", "xml", a}, 2, `unknown --format "xml"`},
		{[]string{"search", "--query", "المقداد", "--offsets", "utf8", a}, 2, `unknown offset unit "utf8"`},
		{[]string{"search", a}, 2, "nothing to search for"},
		{[]string{"search", "--query", "المقداد", "--preset", "strict", a}, 2, `unknown preset "strict"`},
		{[]string{"search", "--query", "المقداد", "--shadda", a}, 2, "flag provided but not defined: -shadda"},
		{[]string{"search", "--query", "المقداد", "--alef=maybe", a}, 2, `want true or false, not "maybe"`},
		{[]string{"normalize", a}, 0, ""},
		{[]string{"normalize", missing}, 2, "missing.txt"},
		{[]string{"normalize", "--input", "xml", a}, 2, `unknown --input "xml"`},
		{[]string{"normalize", "-j", "0", a}, 2, "-j must be at least 1"},
		{[]string{"normalize", "--input", "jsonl", "--field", "", a}, 2, "--field must name a field"},
		{[]string{"analyze", "--offsets", "rune", a}, 2, `unknown offset unit "rune"`},
		{[]string{"normalize", "--field", "body", a}, 2, "--field applies to --input jsonl only"},
		{[]string{"search", "--query", "المقداد", "--id", "url", a}, 2, "--id applies to --input jsonl only"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{}, 2, "Usage"},
		{[]string{"version", "extra"}, 2, "takes no arguments"},
	}
	for _, tt := range tests {
		r := harf(t, "", tt.args...)
		if r.status != tt.status || !strings.Contains(r.stderr, tt.stderr) {
			t.Errorf("harf %s: status %d, stderr %q; want %d and %q", strings.Join(tt.args, " "), r.status, r.stderr, tt.status, tt.stderr)
		}
	}
	// an error in one file does not stop the others
	r := harf(t, "", "normalize", missing, a)
	if r.status != 2 || r.stdout != normalize.New(normalize.Search).String(docs[0]) {
		t.Errorf("normalize missing a: status %d, stdout %q", r.status, r.stdout)
	}
	// plain text with invalid UTF-8 is reported, not processed
	bad := writeFiles(t, map[string]string{"bad.txt": "سلام \xff"})
	r = harf(t, "", "normalize", filepath.Join(bad, "bad.txt"))
	if r.status != 2 || r.stderr != filepath.Join(bad, "bad.txt")+": invalid UTF-8 at byte 9\n" {
		t.Errorf("invalid UTF-8 text file: status %d, stderr %q", r.status, r.stderr)
	}
}

// TestStdinAndArguments checks - and no FILE (standard input), and flags
// after the FILEs.
func TestStdinAndArguments(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": docs[0]})
	a := filepath.Join(dir, "a.txt")
	want := normalize.New(normalize.Search).String(docs[1]) + normalize.New(normalize.Search).String(docs[0])
	if r := harf(t, docs[1], "normalize", "-", a); r.stdout != want {
		t.Errorf("normalize - a.txt = %q, want %q", r.stdout, want)
	}
	if r := harf(t, docs[1], "normalize"); r.stdout != normalize.New(normalize.Search).String(docs[1]) {
		t.Errorf("normalize < stdin = %q", r.stdout)
	}
	after := harf(t, "", "search", a, "--query", "المقداد", "--format", "tsv")
	before := harf(t, "", "search", "--query", "المقداد", "--format", "tsv", a)
	if after.status != 0 || after.stdout != before.stdout {
		t.Errorf("flags after FILE: %q, before: %q", after.stdout, before.stdout)
	}
	if r := harf(t, "", "search", "--query", "المقداد", "--", a); r.status != 0 {
		t.Errorf("-- before FILE: status %d %s", r.status, r.stderr)
	}
	r := harf(t, docs[0], "search", "--query", "المقداد")
	if ms := decodeMatches(t, r.stdout); len(ms) == 0 || string(ms[0].Doc) != `"-"` {
		t.Errorf("search of standard input: %+v", ms)
	}
}

// TestHelp checks that harf --help lists every command and that each
// command's --help explains every flag with an example.
func TestHelp(t *testing.T) {
	r := harf(t, "", "--help")
	wantStatus(t, r, 0, "--help")
	for name := range commands {
		if !strings.Contains(r.stdout, "harf "+name) {
			t.Errorf("harf --help does not mention %s", name)
		}
	}
	flagLine := regexp.MustCompile(`^  --?(\w[\w-]*)`)
	for name := range commands {
		r := harf(t, "", name, "--help")
		wantStatus(t, r, 0, name+" --help")
		if !strings.Contains(r.stdout, "Examples:\n  harf "+name) {
			t.Errorf("harf %s --help has no example of the command", name)
		}
		flags := strings.SplitAfter(r.stdout[strings.Index(r.stdout, "Flags:"):strings.Index(r.stdout, "Examples:")], "\n")
		var current, text string
		check := func() {
			if current != "" && !strings.Contains(text, "e.g.") {
				t.Errorf("harf %s --help: flag -%s has no example: %q", name, current, text)
			}
		}
		n := 0
		for _, l := range flags {
			if m := flagLine.FindStringSubmatch(l); m != nil {
				check()
				current, text = m[1], l
				n++
			} else {
				text += l
			}
		}
		check()
		if name != "version" && n < 5 {
			t.Errorf("harf %s --help lists %d flags", name, n)
		}
	}
	if r := harf(t, "", "normalize", "--help"); !strings.Contains(r.stdout, "-alef-maksura") || !strings.Contains(r.stdout, "-presentation-forms") {
		t.Errorf("normalize --help lacks the option switches:\n%s", r.stdout)
	}
}

func TestVersion(t *testing.T) {
	pkg, err := os.ReadFile("../../web/package.json")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`"version": "([^"]+)"`).FindSubmatch(pkg)
	if m == nil || string(m[1]) != version {
		t.Fatalf("web/package.json's version %q differs from internal/version's %q", m, version)
	}
	for _, args := range [][]string{{"version"}, {"--version"}} {
		r := harf(t, "", args...)
		if r.status != 0 || r.stdout != "harf "+version+"\n" {
			t.Errorf("harf %s = %q (status %d), want harf %s (harf.version)", args[0], r.stdout, r.status, version)
		}
	}
}

// TestProgress checks that progress goes to standard error when asked for
// (or on a terminal: not here, stderr is a pipe), never into the output.
func TestProgress(t *testing.T) {
	dir := writeFiles(t, map[string]string{"news.jsonl": jsonlOf(docs)})
	file := filepath.Join(dir, "news.jsonl")
	quiet := harf(t, "", "normalize", "--input", "jsonl", file)
	if quiet.stderr != "" {
		t.Errorf("progress without a terminal: %q", quiet.stderr)
	}
	loud := harf(t, "", "normalize", "--input", "jsonl", "--progress", file)
	wantStatus(t, loud, 0, "--progress")
	if loud.stdout != quiet.stdout {
		t.Error("--progress changed the output")
	}
	if !strings.Contains(loud.stderr, "harf") || !strings.Contains(loud.stderr, "% |") {
		t.Errorf("--progress wrote %q to stderr, want a bar", loud.stderr)
	}
	if off := harf(t, "", "normalize", "--input", "jsonl", "--progress=false", file); off.stderr != "" {
		t.Errorf("--progress=false wrote %q", off.stderr)
	}
}

// TestWriteError checks that a failed write (a full disk) stops the command
// with status 2 and says why.
func TestWriteError(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	defer full.Close()
	paras := strings.Split(corpus.Generate(2<<20), "\n\n")
	dir := writeFiles(t, map[string]string{"corpus.jsonl": jsonlOf(paras)})
	cmd := exec.Command(harfBin, "normalize", "--input", "jsonl", filepath.Join(dir, "corpus.jsonl"))
	cmd.Stdout = full
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		t.Fatalf("normalize > /dev/full: %v, want exit status 2", err)
	}
	if got := stderr.String(); got != "harf: writing the output: write /dev/stdout: no space left on device\n" {
		t.Errorf("stderr = %q", got)
	}
}
