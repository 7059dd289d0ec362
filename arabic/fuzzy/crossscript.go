package fuzzy

import (
	"strings"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/phonetic"
)

// Cross-script matching: a query in Latin letters (Mekdad, Haitham bin
// Tariq, 3omar) is compared with runs of Arabic words through the phonetic
// keys of package phonetic. The query's key is indexed by its consonant
// skeletons, with the key's own edit budget; a run of one to a few Arabic
// words of the text is looked up by the skeletons of its joined key and
// confirmed with phonetic.Match.

// maxLatinWords caps the Arabic words one Latin query may span.
const maxLatinWords = 5

// latinQuery is the cross-script side of a query.
type latinQuery struct {
	key   string // phonetic.JoinedKey of the query
	words int    // its words, for the longest run of text words to try
}

// addLatin prepares query pq, written q, for cross-script matching when q
// is in Latin letters.
func (m *Matcher) addLatin(pq *query, qi int, q string) {
	if !phonetic.IsLatin(q) {
		return
	}
	key := phonetic.JoinedKey(q)
	if phonetic.Length(key) == 0 {
		return
	}
	pq.latin = &latinQuery{key: key, words: len(phonetic.Keys(q))}
	m.latinRun = max(m.latinRun, min(pq.latin.words+1, maxLatinWords))
	budget := phonetic.MaxDistance(key)
	for _, sk := range phonetic.Skeletons(key) {
		m.latin.add(qword{s: sk, n: utf8.RuneCountInString(sk), budget: budget}, qi, 0)
	}
}

// latinClitic reports whether a cross-script match may take clitic c off a
// word: و and ف, and the combinations that end with the article. A bare ب,
// ك or ل is too often the first letter of a name (كربلاء is not ربلاء)
// for keys that are themselves approximate.
func latinClitic(c string) bool {
	return c == "و" || c == "ف" || strings.HasSuffix(c, "ال") || strings.HasSuffix(c, "لل")
}

// crossScript adds the candidates of the Latin queries: every run of up to
// m.latinRun Arabic words, its first word with or without its clitics.
func (m *Matcher) crossScript(d *doc, out []candidate) []candidate {
	if m.latinRun == 0 {
		return out
	}
	keys := map[string][]string{} // distinct word → keys of its forms (whole first)
	wordKeys := func(w Word) []string {
		if ks, ok := keys[w.Norm]; ok {
			return ks
		}
		ks := []string{phonetic.Key(w.Norm)}
		if m.opts.Clitics {
			ss, cut := stems(w.Norm)
			for i, s := range ss {
				if !latinClitic(w.Norm[:cut[i]]) {
					continue
				}
				if k := phonetic.Key(s); k != ks[0] {
					ks = append(ks, k)
				}
			}
		}
		keys[w.Norm] = ks
		return ks
	}
	type found struct{ q, dist int }
	runs := map[string][]found{} // joined key of a run → the queries it matches
	seen := map[int32]bool{}
	lookup := func(key string) []found {
		if fs, ok := runs[key]; ok {
			return fs
		}
		var fs []found
		if phonetic.Length(key) > 0 {
			for _, sk := range phonetic.Skeletons(key) {
				m.latin.lookup(sk, utf8.RuneCountInString(sk), 0, seen, func(e *entry, _ int) {
					q := m.queries[e.q]
					for _, f := range fs {
						if f.q == e.q {
							return
						}
					}
					if phonetic.Match(q.latin.key, key) {
						fs = append(fs, found{e.q, phonetic.Distance(q.latin.key, key)})
					}
				})
			}
		}
		runs[key] = fs
		return fs
	}
	var b strings.Builder
	for i, w := range d.words {
		if !w.Arabic {
			continue
		}
		for _, first := range wordKeys(w) {
			if first == "" {
				continue // a function word does not start a name
			}
			b.Reset()
			b.WriteString(first)
			compound := isGluedPart(w.Norm)
			for k := 1; k <= m.latinRun && i+k <= len(d.words); k++ {
				if k > 1 {
					next := d.words[i+k-1]
					key := wordKeys(next)[0]
					if !next.Arabic || key == "" {
						break // nor does one end it, or stand inside it
					}
					b.WriteString(key)
					compound = compound || isGluedPart(next.Norm)
				}
				for _, f := range lookup(b.String()) {
					q := m.queries[f.q]
					// One word more than the query has only where a name
					// part is written apart (Nasrallah, نصر الله).
					if k > q.latin.words && (k > q.latin.words+1 || !compound) {
						continue
					}
					n := phonetic.Length(q.latin.key)
					out = append(out, candidate{q: f.q, first: i, start: w.Start, end: d.words[i+k-1].End, dist: f.dist, n: n})
				}
			}
		}
	}
	return out
}
