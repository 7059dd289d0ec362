package fuzzy

import (
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/harf-project/harf/arabic/phonetic"
)

// Cross-script matching: a query in Latin letters (Mekdad, Haitham bin
// Tariq, Archuleta, 3omar) is compared with runs of one to a few Arabic
// words of the text. Two ways propose a run for a query:
//
//   - the phonetic keys of package phonetic (sound classes written for Arab
//     names in English and French spellings and Arabizi): the query's key is
//     indexed by its consonant skeletons, with the key's own edit budget;
//   - the learned cross-script model of package phonetic
//     (phonetic.LatinName): the query is indexed by the skeleton of its most
//     likely Arabic spelling, within an edit or two.
//
// The learned model then judges every proposal: its cost must be within
// phonetic.MaxCost, widened when the keys match too (looseCost, and
// exactKeysCost when they match exactly) and narrowed by cliticCost for a
// word read without its article. A query of several words whose keys match
// is taken without the model (the keys were written for Arab full names,
// which the model saw few of), and so is a query written with Arabizi
// digits, which the model never saw. Last, keepLikeliest drops the
// candidates of a query that are much less likely than its best one in the
// same text. The constants were tuned on a tenth of the train pairs held
// out of training (gen_model.go -holdout), never on the eval/dev files.

// maxLatinWords caps the Arabic words one Latin query may span.
const maxLatinWords = 5

// Widenings of phonetic.MaxCost (factors) and the narrowing for a word read
// without its article (nats); minCrossStem is the fewest letters such a word
// keeps.
const (
	looseCost     = 2.5
	exactKeysCost = 4.0
	cliticCost    = 3.0
	minCrossStem  = 3
)

// latinQuery is the cross-script side of a query.
type latinQuery struct {
	key   string // phonetic.JoinedKey of the query
	words int    // its words, for the longest run of text words to try
	// name is the query for the learned model; nil when the query is
	// written with Arabizi digits, which the model does not know.
	name *phonetic.LatinName
	skel string // name's skeleton
}

// addLatin prepares query pq, written q, for cross-script matching when q
// is in Latin letters.
func (m *Matcher) addLatin(pq *query, qi int, q string) {
	if !phonetic.IsLatin(q) {
		return
	}
	key := phonetic.JoinedKey(q)
	lq := &latinQuery{key: key, words: len(phonetic.Keys(q))}
	if !strings.ContainsAny(q, "0123456789") {
		lq.name = phonetic.NewLatinName(q)
		if lq.name.Spelling() == "" {
			lq.name = nil
		}
	}
	if phonetic.Length(key) == 0 && lq.name == nil {
		return
	}
	pq.latin = lq
	m.latinRun = max(m.latinRun, min(lq.words+1, maxLatinWords))
	if phonetic.Length(key) > 0 {
		budget := phonetic.MaxDistance(key)
		for _, sk := range phonetic.Skeletons(key) {
			m.latin.add(qword{s: sk, n: utf8.RuneCountInString(sk), budget: budget}, qi, 0)
		}
	}
	if lq.name != nil {
		lq.skel = lq.name.Skeleton()
		m.crossAdd(qi, lq.skel)
	}
}

// skeletonBudget is the edits between the skeleton of a query's most likely
// Arabic spelling and that of a run of text words within which the model is
// asked: one, two from six consonants.
func skeletonBudget(n int) int {
	if n >= 6 {
		return 2
	}
	return 1
}

// crossIndex finds the Latin queries whose skeleton is within its budget of
// a skeleton of the text, by symmetric deletions as in index, kept apart by
// the length of the query's skeleton so that a text skeleton meets only the
// queries whose length it can reach.
type crossIndex struct {
	byLen []map[uint64][]int32 // skeleton length → hash of a deletion → queries
}

// crossAdd indexes query qi under the deletions of its skeleton.
func (m *Matcher) crossAdd(qi int, skel string) {
	if m.cross == nil {
		m.cross = &crossIndex{}
	}
	x := m.cross
	for len(x.byLen) <= len(skel) {
		x.byLen = append(x.byLen, map[uint64][]int32{})
	}
	variants := x.byLen[len(skel)]
	deletions(skel, skeletonBudget(len(skel)), func(v uint64) {
		if ids := variants[v]; len(ids) == 0 || ids[len(ids)-1] != int32(qi) {
			variants[v] = append(ids, int32(qi))
		}
	})
}

// lookup calls f with every query whose skeleton is within its budget of
// skel (some more than once).
func (x *crossIndex) lookup(skel string, f func(qi int32)) {
	for n := max(len(skel)-2, 0); n < len(x.byLen) && n <= len(skel)+2; n++ {
		b := skeletonBudget(n)
		if abs(n-len(skel)) > b || len(x.byLen[n]) == 0 {
			continue
		}
		deletions(skel, b, func(v uint64) {
			for _, qi := range x.byLen[n][v] {
				f(qi)
			}
		})
	}
}

// latinClitic reports whether a cross-script match may take clitic c off a
// word: و and ف, and the combinations that end with the article. A bare ب,
// ك or ل is too often the first letter of a name (كربلاء is not ربلاء)
// for keys that are themselves approximate.
func latinClitic(c string) bool {
	return c == "و" || c == "ف" || strings.HasSuffix(c, "ال") || strings.HasSuffix(c, "لل")
}

// crossForm is one reading of a text word for cross-script matching.
type crossForm struct {
	key      string // phonetic key
	spelling string // phonetic.Spelling
	article  bool   // the word without its clitics, the article among them
}

// crossScript adds the candidates of the Latin queries: every run of up to
// m.latinRun Arabic words, its first word with or without its clitics.
func (m *Matcher) crossScript(d *doc, out []candidate) []candidate {
	if m.latinRun == 0 {
		return out
	}
	forms := map[string][]crossForm{} // distinct word → its forms (whole first)
	wordForms := func(w Word) []crossForm {
		if fs, ok := forms[w.Norm]; ok {
			return fs
		}
		fs := []crossForm{{key: phonetic.Key(w.Norm), spelling: phonetic.Spelling(w.Norm)}}
		if m.opts.Clitics {
			ss, cut := stems(w.Norm)
			for i, s := range ss {
				if !latinClitic(w.Norm[:cut[i]]) {
					continue
				}
				if k, sp := phonetic.Key(s), phonetic.Spelling(s); k != fs[0].key && utf8.RuneCountInString(sp) >= minCrossStem {
					fs = append(fs, crossForm{k, sp, strings.HasSuffix(w.Norm[:cut[i]], "ال") || strings.HasSuffix(w.Norm[:cut[i]], "لل")})
				}
			}
		}
		forms[w.Norm] = fs
		return fs
	}
	type found struct {
		q, dist int
		cost    float64 // the model's cost, 0 without a model
		sure    bool    // the keys match exactly: kept whatever the model says
	}
	type run struct {
		key, spelling string
		clitics       bool
	}
	runs := map[run][]found{} // a run → the queries it matches
	seen := map[int32]bool{}
	// judged[q] == gen: query q was judged for the current run; tried[q] ==
	// gen: its skeleton was compared with the run's.
	judged, tried := make([]uint32, len(m.queries)), make([]uint32, len(m.queries))
	var gen uint32
	lookup := func(key, spelling string, clitics bool) []found {
		rk := run{key, spelling, clitics}
		if fs, ok := runs[rk]; ok {
			return fs
		}
		var fs []found
		gen++
		judge := func(qi int, keysMatch bool) {
			if judged[qi] == gen {
				return
			}
			judged[qi] = gen
			lq := m.queries[qi].latin
			dist := -1
			if keysMatch {
				dist = phonetic.Distance(lq.key, key)
			}
			// The keys were written for Arab names, which the model saw few
			// of; a name of several words whose keys match is no accident.
			sure := keysMatch && lq.words > 1
			ok := keysMatch && lq.name == nil || sure
			var c float64
			if lq.name != nil && !sure {
				bound := phonetic.MaxCost(len(lq.name.Spelling()))
				switch {
				case dist == 0:
					bound *= exactKeysCost
				case keysMatch:
					bound *= looseCost
				}
				if clitics {
					// against the bound, not in the ranking of
					// keepLikeliest: رياض and الرياض are one name
					bound -= cliticCost
				}
				c, ok = lq.name.Within(spelling, max(bound, 0))
			}
			if ok {
				if dist < 0 {
					dist = phonetic.Distance(lq.key, key)
				}
				fs = append(fs, found{qi, dist, c, sure})
			}
		}
		if phonetic.Length(key) > 0 {
			for _, sk := range phonetic.Skeletons(key) {
				m.latin.lookup(sk, utf8.RuneCountInString(sk), 0, seen, func(e *entry, _ int) {
					if judged[e.q] != gen && phonetic.Match(m.queries[e.q].latin.key, key) {
						judge(e.q, true)
					}
				})
			}
		}
		if m.cross != nil {
			skel := phonetic.ArabicSkeleton(spelling)
			m.cross.lookup(skel, func(qi int32) {
				if judged[qi] == gen || tried[qi] == gen {
					return
				}
				tried[qi] = gen
				lq := m.queries[qi].latin
				if levenshtein.ComputeDistance(lq.skel, skel) <= skeletonBudget(len(lq.skel)) {
					judge(int(qi), false)
				}
			})
		}
		runs[rk] = fs
		return fs
	}
	var costs []float64 // the model's cost of each candidate added here, -1 when sure
	first := len(out)
	var key, spelling strings.Builder
	for i, w := range d.words {
		if !w.Arabic {
			continue
		}
		for _, first := range wordForms(w) {
			if first.spelling == "" || first.key == "" && phonetic.IsFunctionWord(w.Norm) {
				continue // a function word does not start a name
			}
			key.Reset()
			spelling.Reset()
			key.WriteString(first.key)
			spelling.WriteString(first.spelling)
			compound := isGluedPart(w.Norm)
			for k := 1; k <= m.latinRun && i+k <= len(d.words); k++ {
				if k > 1 {
					next := d.words[i+k-1]
					f := wordForms(next)[0]
					if !next.Arabic || f.key == "" {
						break // a function word does not end a name, nor stand inside it
					}
					key.WriteString(f.key)
					spelling.WriteString(f.spelling)
					compound = compound || isGluedPart(next.Norm)
				}
				for _, f := range lookup(key.String(), spelling.String(), first.article) {
					q := m.queries[f.q]
					// One word more than the query has only where a name
					// part is written apart (Nasrallah, نصر الله).
					if k > q.latin.words && (k > q.latin.words+1 || !compound) {
						continue
					}
					n := max(phonetic.Length(q.latin.key), 1)
					out = append(out, candidate{q: f.q, first: i, start: w.Start, end: d.words[i+k-1].End, dist: f.dist, n: n})
					if f.sure {
						costs = append(costs, -1)
					} else {
						costs = append(costs, f.cost)
					}
				}
			}
		}
	}
	return keepLikeliest(out, first, costs)
}

// likelierBy is how much likelier (in nats of the model's cost) the best
// spelling of a Latin name in a text must be than another for the other to
// be dropped.
const likelierBy = 0.5

// keepLikeliest drops the cross-script candidates out[first:] whose cost is
// more than likelierBy above the cheapest candidate of the same query in the
// text. A text spells one person's name one way, as a rule: when it holds
// the spelling the model finds likeliest for a query, the unlikelier ones
// are other names (Aris is آريس, not also آرسي, Arce).
func keepLikeliest(out []candidate, first int, costs []float64) []candidate {
	best := map[int]float64{}
	for i, c := range costs {
		q := out[first+i].q
		if b, ok := best[q]; c >= 0 && (!ok || c < b) {
			best[q] = c
		}
	}
	kept := out[:first]
	for i, c := range costs {
		if c < 0 || c <= best[out[first+i].q]+likelierBy {
			kept = append(kept, out[first+i])
		}
	}
	return kept
}
