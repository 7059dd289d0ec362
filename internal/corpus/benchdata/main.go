// Command benchdata writes the inputs of Harf's benchmark (web/tools/bench.mjs,
// run by ./build.sh bench) into a directory:
//
//	text-100k.txt, text-1m.txt     corpus.Generate(100 KB) and (1 MB), with names inserted
//	truth-100k.json, truth-1m.json every inserted occurrence: {name, kind, start, end, text}
//	names-100.json, names-1000.json the watch lists: corpus.Names(100) and corpus.Names(1000)
//
// About one name per 2 KB of text is inserted at a space between two Arabic
// words, spelled the ways a real article spells names (the kinds below). Half
// of the occurrences are of names in the 100-name list, half of the other 900
// names, so the 100-name run has misses to avoid and the 1,000-name run finds
// all of them. start and end are UTF-16 offsets into the text (JavaScript's
// text.slice(start, end) is exactly the inserted text); text is that passage.
//
// The output is deterministic: the same corpus gives the same files.
//
//	go run ./internal/corpus/benchdata -out DIR
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/harf-project/harf/internal/corpus"
)

// The kinds of inserted occurrence, in the order they take turns.
const (
	kindExact      = "exact"       // the name as listed
	kindAlef       = "alef"        // أ إ آ written as ا (ابراهيم)
	kindYeh        = "yeh"         // ى and final ي swapped (مصطفي, العلى)
	kindTehMarbuta = "teh-marbuta" // ة written as ه (فاطمه): not folded by the search preset
	kindDiacritics = "diacritics"  // harakat and shadda added (مُحَمَّد)
	kindTatweel    = "tatweel"     // a kashida stretching a letter (محـمد)
	kindTypo1      = "typo1"       // one letter substituted, dropped or doubled (names of 5+ letters)
	kindTypo2      = "typo2"       // two such typos (names of 8+ letters)
	kindClitic     = "clitic"      // و ب ل ال (and combinations) glued before the first word
	kindGlued      = "glued"       // the next word glued after the name (a missing space)
)

var kinds = []string{kindExact, kindAlef, kindYeh, kindTehMarbuta, kindDiacritics,
	kindTatweel, kindTypo1, kindTypo2, kindClitic, kindGlued}

// occurrence is one inserted name, as written to truth-*.json.
type occurrence struct {
	Name  string `json:"name"`  // the name as in the watch list
	Kind  string `json:"kind"`  // one of kinds
	Start int    `json:"start"` // UTF-16 offset of the first code unit
	End   int    `json:"end"`   // UTF-16 offset after the last code unit
	Text  string `json:"text"`  // the inserted spelling (clitics included, the glued word not)
}

func main() {
	out := flag.String("out", "", "directory to write the benchmark inputs into (created if missing)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: benchdata -out DIR")
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	names := corpus.Names(1000)
	writeJSON(filepath.Join(*out, "names-100.json"), names[:100])
	writeJSON(filepath.Join(*out, "names-1000.json"), names)

	g := newGenerator(names)
	for _, in := range []struct {
		suffix string
		size   int
	}{{"100k", 100 << 10}, {"1m", 1 << 20}} {
		text, truth := g.insert(corpus.Generate(in.size), uint64(in.size))
		if err := check(text, truth); err != nil {
			log.Fatalf("text-%s: %v", in.suffix, err)
		}
		if err := os.WriteFile(filepath.Join(*out, "text-"+in.suffix+".txt"), []byte(text), 0o644); err != nil {
			log.Fatal(err)
		}
		writeTruth(filepath.Join(*out, "truth-"+in.suffix+".json"), truth)
		fmt.Printf("benchdata: text-%s.txt (%d bytes), %d inserted names\n", in.suffix, len(text), len(truth))
	}
}

// generator inserts spelling variants of the watch-list names into a text.
type generator struct {
	names  []string
	folded [][]rune // the names with diacritics, tatweel, alef and alef maksura folded
	rng    rng
}

func newGenerator(names []string) *generator {
	g := &generator{names: names}
	for _, n := range names {
		g.folded = append(g.folded, []rune(fold(n)))
	}
	return g
}

// insert places about one name per 2 KB of base at spaces between two
// Arabic words, and returns the new text with the occurrences in text order.
func (g *generator) insert(base string, seed uint64) (string, []occurrence) {
	g.rng = rng(seed)
	n := len(base) / 2048
	chunk := len(base) / n
	var (
		b     strings.Builder
		truth []occurrence
		last  int // bytes of base copied so far
		u16   int // UTF-16 length of b
	)
	write := func(s string) {
		b.WriteString(s)
		u16 += utf16Len(s)
	}
	for i := range n {
		p := eligibleSpace(base, i*chunk+g.rng.intn(chunk/2), (i+1)*chunk)
		if p < 0 {
			continue
		}
		// Each kind in turn, twice: once for a name of the 100-name list,
		// once for one of the other 900.
		kind := kinds[(i/2)%len(kinds)]
		pool := g.names[:100]
		if i%2 == 1 {
			pool = g.names[100:]
		}
		name, form := g.variant(kind, pool)

		write(base[last:p]) // up to the space before the insertion point
		write(" ")
		start := u16
		write(form)
		truth = append(truth, occurrence{Name: name, Kind: kind, Start: start, End: u16, Text: form})
		last = p
		if kind == kindGlued {
			last = p + 1 // drop the space: the next word is glued to the name
		}
	}
	write(base[last:])
	return b.String(), truth
}

// eligibleSpace returns the first byte offset in [from, to) of a space that
// stands between two Arabic letters, or -1.
func eligibleSpace(s string, from, to int) int {
	for p := from; p < to && p < len(s)-1; p++ {
		if s[p] != ' ' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:p])
		after, _ := utf8.DecodeRuneInString(s[p+1:])
		if isArabicLetter(before) && isArabicLetter(after) {
			return p
		}
	}
	return -1
}

// variant picks a name from pool to which kind applies and returns it with
// its spelling of that kind. Spellings that come as close to another name of
// the 1,000 as to their own are rejected, so each occurrence has one right
// answer.
func (g *generator) variant(kind string, pool []string) (name, form string) {
	for range 10000 {
		name = pool[g.rng.intn(len(pool))]
		form = g.spell(kind, name)
		if form == "" {
			continue
		}
		// The clitics and the glued word are the search's business; what is
		// left of them is the name as listed.
		core := form
		if kind == kindClitic || kind == kindGlued {
			core = name
		}
		if g.unambiguous(name, core) {
			return name, form
		}
	}
	panic("benchdata: no name of the pool takes kind " + kind)
}

// spell returns name spelled as kind, or "" if kind does not apply to it.
func (g *generator) spell(kind, name string) string {
	letters := letterCount(name)
	switch kind {
	case kindExact, kindGlued:
		return name
	case kindAlef:
		if !strings.ContainsAny(name, "أإآ") {
			return ""
		}
		return strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا").Replace(name)
	case kindYeh:
		if strings.Contains(name, "ى") {
			return strings.ReplaceAll(name, "ى", "ي")
		}
		// a final ي of some word written ى (العلى)
		words := strings.Fields(name)
		var ends []int
		for i, w := range words {
			if strings.HasSuffix(w, "ي") {
				ends = append(ends, i)
			}
		}
		if len(ends) == 0 {
			return ""
		}
		i := ends[g.rng.intn(len(ends))]
		words[i] = strings.TrimSuffix(words[i], "ي") + "ى"
		return strings.Join(words, " ")
	case kindTehMarbuta:
		if !strings.Contains(name, "ة") {
			return ""
		}
		return strings.ReplaceAll(name, "ة", "ه")
	case kindDiacritics:
		return g.addDiacritics(name)
	case kindTatweel:
		return g.addTatweel(name)
	case kindTypo1:
		if letters < 5 {
			return "" // the default threshold allows no edit up to 4 letters
		}
		return g.typos(name, 1)
	case kindTypo2:
		if letters < 8 {
			return "" // two edits are allowed from 8 letters
		}
		return g.typos(name, 2)
	case kindClitic:
		return g.addClitic(name)
	}
	panic("benchdata: unknown kind " + kind)
}

// addDiacritics puts a haraka on most letters and, now and then, a shadda
// before it, the way a careful writer vocalizes a name (مُحَمَّد).
func (g *generator) addDiacritics(name string) string {
	const fatha, damma, kasra, sukun, shadda = '\u064E', '\u064F', '\u0650', '\u0652', '\u0651'
	harakat := []rune{fatha, fatha, damma, kasra, sukun}
	var b strings.Builder
	rs := []rune(name)
	for i, r := range rs {
		b.WriteRune(r)
		if !isArabicLetter(r) || strings.ContainsRune("اآىة", r) {
			continue
		}
		if i+1 < len(rs) && rs[i+1] == 'ا' {
			b.WriteRune(fatha) // the vowel before a long alef
			continue
		}
		if g.rng.intn(10) < 7 {
			if g.rng.intn(6) == 0 {
				b.WriteRune(shadda)
			}
			b.WriteRune(harakat[g.rng.intn(len(harakat))])
		}
	}
	return b.String()
}

// addTatweel stretches one joining letter with one to three kashidas.
func (g *generator) addTatweel(name string) string {
	rs := []rune(name)
	var at []int // positions after which a kashida can stand
	for i := 0; i+1 < len(rs); i++ {
		if joinsLeft(rs[i]) && isArabicLetter(rs[i+1]) {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return ""
	}
	i := at[g.rng.intn(len(at))]
	kashida := strings.Repeat("\u0640", 1+g.rng.intn(3))
	return string(rs[:i+1]) + kashida + string(rs[i+1:])
}

// typoLetters are the letters a typo substitutes in: base letters only, so
// that no substitution is undone by normalization.
var typoLetters = []rune("بتثجحخدذرزسشصضطظعغفقكلمنهوي")

// typos applies k edits (a letter substituted, dropped or doubled) at k
// distinct letters of name, and returns the result if it is exactly k edits
// from the name after folding, else "".
func (g *generator) typos(name string, k int) string {
	for range 100 {
		rs := []rune(name)
		var letters []int
		for i, r := range rs {
			if isArabicLetter(r) {
				letters = append(letters, i)
			}
		}
		// k distinct positions, edited from the last to the first so that an
		// edit never moves the positions still to edit.
		picked := map[int]bool{}
		for len(picked) < k {
			picked[letters[g.rng.intn(len(letters))]] = true
		}
		for i := len(rs) - 1; i >= 0; i-- {
			if !picked[i] {
				continue
			}
			switch g.rng.intn(3) {
			case 0: // substituted
				rs[i] = typoLetters[g.rng.intn(len(typoLetters))]
			case 1: // dropped
				rs = append(rs[:i:i], rs[i+1:]...)
			default: // doubled
				rs = append(rs[:i+1:i+1], rs[i:]...)
			}
		}
		form := string(rs)
		if levenshtein([]rune(fold(form)), []rune(fold(name))) == k &&
			!strings.Contains(form, "  ") && strings.TrimSpace(form) == form {
			return form
		}
	}
	return ""
}

// addClitic glues one or two proclitics to the first word.
func (g *generator) addClitic(name string) string {
	if strings.HasPrefix(name, "ال") {
		// و ب ف and وب stand before ال; ل + ال is written لل (للقاهرة).
		switch c := []string{"و", "ب", "ف", "وب", "لل"}[g.rng.intn(5)]; c {
		case "لل":
			return "لل" + strings.TrimPrefix(name, "ال")
		default:
			return c + name
		}
	}
	return []string{"و", "ب", "ل", "ال", "وب", "ول"}[g.rng.intn(6)] + name
}

// unambiguous reports whether form is closer to name than to any other name
// of the watch list, after folding.
func (g *generator) unambiguous(name, form string) bool {
	f := []rune(fold(form))
	own := -1
	for i, n := range g.names {
		if n == name {
			own = levenshtein(f, g.folded[i])
		}
	}
	for i, n := range g.names {
		if n != name && levenshtein(f, g.folded[i]) <= own {
			return false
		}
	}
	return true
}

// fold removes diacritics and tatweel and folds the alef variants and alef
// maksura, roughly as Harf's search preset does, for comparing spellings.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\u0640' || ('\u064B' <= r && r <= '\u065F') || r == '\u0670':
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			b.WriteRune('ا')
		case r == 'ى':
			b.WriteRune('ي')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// levenshtein is the edit distance of two rune slices.
func levenshtein(a, b []rune) int {
	row := make([]int, len(b)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			next := min(row[j]+1, row[j-1]+1, diag+cost)
			diag, row[j] = row[j], next
		}
	}
	return row[len(b)]
}

// isArabicLetter reports whether r is one of the basic Arabic letters U+0621–U+064A.
func isArabicLetter(r rune) bool { return '\u0621' <= r && r <= '\u064A' && r != '\u0640' }

// joinsLeft reports whether a letter connects to the letter after it (a
// kashida can follow it): not the letters that join on one side only.
func joinsLeft(r rune) bool {
	return isArabicLetter(r) && !strings.ContainsRune("ءآأؤإاةدذرزوى", r)
}

// letterCount counts the Arabic letters of s (spaces and marks excluded).
func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if isArabicLetter(r) {
			n++
		}
	}
	return n
}

// utf16Len is the length of s in UTF-16 code units, JavaScript's s.length.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// check verifies that every occurrence's UTF-16 span holds its text.
func check(text string, truth []occurrence) error {
	units := utf16.Encode([]rune(text))
	for _, o := range truth {
		if got := string(utf16.Decode(units[o.Start:o.End])); got != o.Text {
			return fmt.Errorf("occurrence %+v: the span holds %q", o, got)
		}
	}
	return nil
}

// rng is a xorshift64* generator: deterministic across Go versions.
type rng uint64

func (r *rng) next() uint64 {
	if *r == 0 {
		*r = 0x9E3779B97F4A7C15
	}
	*r ^= *r >> 12
	*r ^= *r << 25
	*r ^= *r >> 27
	return uint64(*r) * 0x2545F4914F6CDD1D
}

// intn returns a number in [0, n).
func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

func writeJSON(path string, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

// writeTruth writes the occurrences as a JSON array, one per line.
func writeTruth(path string, truth []occurrence) {
	var buf bytes.Buffer
	buf.WriteString("[\n")
	for i, o := range truth {
		var line bytes.Buffer
		enc := json.NewEncoder(&line)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(o); err != nil {
			log.Fatal(err)
		}
		buf.Write(bytes.TrimSuffix(line.Bytes(), []byte("\n")))
		if i < len(truth)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("]\n")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
