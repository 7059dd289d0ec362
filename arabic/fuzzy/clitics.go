package fuzzy

import (
	"strings"
	"unicode/utf8"
)

// The clitics that may stand before an Arabic word, in normalized spelling:
// a conjunction, then a preposition, then the article. ل before the article
// drops the article's alef (لل).
var (
	conjunctions = []string{"", "و", "ف"}
	prepositions = []string{"", "ب", "ك", "ل"}
	articles     = []string{"", "ال"}
)

// cliticPrefixes lists every combination, longest first, built once from the
// tables above.
var cliticPrefixes = func() []string {
	var out []string
	for _, c := range conjunctions {
		for _, p := range prepositions {
			for _, a := range articles {
				s := c + p + a
				if p == "ل" && a == "ال" {
					s = c + "لل"
				}
				if s != "" {
					out = append(out, s)
				}
			}
		}
	}
	// longest first, so the loop in stems tries وال before و
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}()

// minStem is the fewest letters a word keeps once its clitics are taken off.
const minStem = 2

// stems returns the word with each combination of clitics it starts with
// taken off, with the byte length of what was taken off.
func stems(w string) (out []string, cut []int) {
	for _, p := range cliticPrefixes {
		if strings.HasPrefix(w, p) && utf8.RuneCountInString(w[len(p):]) >= minStem {
			out = append(out, w[len(p):])
			cut = append(cut, len(p))
		}
	}
	return out, cut
}

// Name parts that are often written glued to the next or the previous word
// (عبدالعزيز for عبد العزيز, نصرالله for نصر الله), in normalized spelling. A
// one-word query that starts or ends with one is also tried split in two.
var (
	gluedHeads = []string{"عبد", "ابو", "ابي", "ابن", "بن", "بنت", "ذو"}
	gluedTails = []string{"الله", "الدين", "الرحمن", "الاسلام", "الدوله", "الدولة"}
)

// isGluedPart reports whether w is a name part that is often glued to its
// neighbour.
func isGluedPart(w string) bool {
	for _, p := range gluedHeads {
		if w == p {
			return true
		}
	}
	for _, p := range gluedTails {
		if w == p {
			return true
		}
	}
	return false
}

// splitGlued returns the two words a glued name part makes of w, or nil.
func splitGlued(w string) []string {
	for _, h := range gluedHeads {
		if strings.HasPrefix(w, h) && utf8.RuneCountInString(w[len(h):]) >= minStem+1 {
			return []string{h, w[len(h):]}
		}
	}
	for _, t := range gluedTails {
		if strings.HasSuffix(w, t) && utf8.RuneCountInString(w[:len(w)-len(t)]) >= minStem+1 {
			return []string{w[:len(w)-len(t)], t}
		}
	}
	return nil
}
