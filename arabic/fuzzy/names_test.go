package fuzzy

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/harf-project/harf/arabic/normalize"
)

// nameEntry is one row of the name list shared with package phonetic: an
// Arabic spelling and its common Latin spellings.
type nameEntry struct {
	arabic string
	latin  []string
}

func readNames(t *testing.T) []nameEntry {
	t.Helper()
	f, err := os.Open("../phonetic/testdata/names.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []nameEntry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "kind\t") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("bad line %q", line)
		}
		out = append(out, nameEntry{arabic: cols[1], latin: strings.Split(cols[2], "|")})
	}
	return out
}

// variant writes an Arabic name the way articles vary it, by its position in
// the list: with diacritics on its first letter, with hamza and alef folded,
// with a clitic و, with tatweel, or as it is.
func variant(name string, i int) string {
	switch i % 5 {
	case 0:
		r := []rune(name)
		return string(r[:1]) + "\u064e" + string(r[1:])
	case 1:
		return strings.NewReplacer("أ", "ا", "إ", "ا", "ى", "ي").Replace(name)
	case 2:
		return "و" + name
	case 3:
		r := []rune(name)
		if len(r) > 2 {
			return string(r[:2]) + "ـ" + string(r[2:])
		}
	}
	return name
}

// TestNameList measures recall and precision of search over an article that
// mentions every name of the list once, in a varied spelling, each in its own
// sentence: Arabic queries (the plain spelling) and Latin queries (every
// English, French and scholarly spelling) separately.
//
//	go test ./arabic/fuzzy -run TestNameList -v
func TestNameList(t *testing.T) {
	names := readNames(t)
	if len(names) < 60 {
		t.Fatalf("only %d names", len(names))
	}
	templates := []string{"وقال مصدر مطلع إن %s سيصل غداً.", "والتقى الوفد أمس %s في جلسة مغلقة.",
		"ونقلت الصحيفة عن %s قوله إن الوضع صعب.", "وأشار التقرير إلى دور %s في المفاوضات."}
	var b strings.Builder
	spans := make([][2]int, len(names))
	for i, n := range names {
		tpl := templates[i%len(templates)]
		at := strings.Index(tpl, "%s")
		b.WriteString(tpl[:at])
		v := variant(n.arabic, i)
		spans[i] = [2]int{b.Len(), b.Len() + len(v)}
		b.WriteString(v)
		b.WriteString(tpl[at+2:])
		b.WriteString("\n")
	}
	text := b.String()

	// inOtherName reports whether match m lies in the mention of another
	// name that has name own's words in it.
	inOtherName := func(m Match, own int) bool {
		key := " " + normalize.For(normalize.Aggressive).String(names[own].arabic) + " "
		for j, sp := range spans {
			if j != own && m.Start >= sp[0] && m.End <= sp[1] &&
				strings.Contains(" "+normalize.For(normalize.Aggressive).String(names[j].arabic)+" ", key) {
				return true
			}
		}
		return false
	}

	measure := func(queries []string, owner []int) (recall, precision float64, missed, wrong []string) {
		ms, err := SearchAll(text, queries, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		found := make([]bool, len(queries))
		correct := 0
		for _, m := range ms {
			own := owner[m.Query]
			sp := spans[own]
			switch {
			case m.Start < sp[1] && sp[0] < m.End:
				found[m.Query] = true
				correct++
			case inOtherName(m, own):
				correct++ // محمد inside محمد بن سلمان is محمد
			default:
				wrong = append(wrong, queries[m.Query]+" → "+m.Text)
			}
		}
		hits := 0
		for q, ok := range found {
			if ok {
				hits++
			} else {
				missed = append(missed, queries[q])
			}
		}
		return float64(hits) / float64(len(queries)), float64(correct) / float64(max(len(ms), 1)), missed, wrong
	}

	var arabic, latin []string
	var arabicOwner, latinOwner []int
	for i, n := range names {
		arabic = append(arabic, n.arabic)
		arabicOwner = append(arabicOwner, i)
		for _, l := range n.latin {
			latin = append(latin, l)
			latinOwner = append(latinOwner, i)
		}
	}
	for _, run := range []struct {
		what       string
		queries    []string
		owner      []int
		minR, minP float64
	}{
		{"Arabic queries", arabic, arabicOwner, 0.97, 0.95},
		{"Latin queries", latin, latinOwner, 0.95, 0.85},
	} {
		r, p, missed, wrong := measure(run.queries, run.owner)
		t.Logf("%s: %d names, %d queries: recall %.3f, precision %.3f", run.what, len(names), len(run.queries), r, p)
		t.Logf("  missed: %q", missed)
		t.Logf("  wrong: %q", wrong)
		if r < run.minR || p < run.minP {
			t.Errorf("%s: recall %.3f (want ≥ %.2f), precision %.3f (want ≥ %.2f)", run.what, r, run.minR, p, run.minP)
		}
	}
}
