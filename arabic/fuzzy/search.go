package fuzzy

import (
	"errors"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/harf-project/harf/arabic/normalize"
)

// Options tune a search. Start from DefaultOptions.
type Options struct {
	// Normalize is applied to the text and to the queries.
	Normalize normalize.Options
	// MaxDistance is the most edits a match may differ from its query by;
	// a negative value chooses it from the query's length (DefaultMaxDistance).
	MaxDistance int
	// Clitics lets و ف ب ك ل and ال (and their combinations) stand before a
	// word of the text; the match then spans the word as written.
	Clitics bool
	// CrossScript lets a query in Latin letters find the Arabic spelling.
	CrossScript bool
	// WholeWords, when false, also finds a query glued to the start or the
	// end of a longer word (a missing space).
	WholeWords bool
	// Limit caps the number of matches; 0 means no limit.
	Limit int
}

// DefaultOptions returns the options the JavaScript API uses when none are
// given: the search preset, distance by query length, clitics and cross-script
// matching on, glued words found.
func DefaultOptions() Options {
	return Options{Normalize: normalize.Search, MaxDistance: -1, Clitics: true, CrossScript: true}
}

// Match is one approximate occurrence of a query in a text.
type Match struct {
	Query      int     // index of the query in the list given to SearchAll
	Start, End int     // byte span in the original text
	Text       string  // the original text of the span
	Distance   int     // edits between the query and the matched words
	Score      float64 // 1 for an exact match after normalization, lower for farther ones
}

// ErrNegativeDistance is returned for a negative MaxDistance other than the
// default marker -1.
var ErrNegativeDistance = errors.New("maxDistance must be a non-negative integer")

// DefaultMaxDistance returns the edits allowed for a query of n letters:
// none up to four letters (محمد and احمد are different names), one typo from
// five letters, growing slowly.
func DefaultMaxDistance(n int) int {
	switch {
	case n <= 4:
		return 0
	case n <= 7:
		return 1
	case n <= 11:
		return 2
	}
	return 3
}

// Distance is the Levenshtein distance between a and b after normalizing
// both with opts.
func Distance(a, b string, opts normalize.Options) int {
	n := normalize.For(opts)
	return levenshtein.ComputeDistance(n.String(a), n.String(b))
}

// Similarity is 1 minus the normalized distance of a and b divided by the
// length of the longer, in [0, 1]; 1 when they are equal after
// normalization.
func Similarity(a, b string, opts normalize.Options) float64 {
	n := normalize.For(opts)
	na, nb := n.String(a), n.String(b)
	return score(levenshtein.ComputeDistance(na, nb), max(utf8.RuneCountInString(na), utf8.RuneCountInString(nb)))
}

func score(dist, length int) float64 {
	if length == 0 || dist == 0 {
		return 1
	}
	s := 1 - float64(dist)/float64(length)
	return max(s, 0)
}

// Search returns every approximate occurrence of query in text, in text
// order.
func Search(text, query string, o Options) ([]Match, error) {
	return SearchAll(text, []string{query}, o)
}

// SearchAll returns the occurrences of every query in text, in text order,
// ties in query order. It makes one pass over the text's distinct words
// whatever the number of queries: the queries are indexed, not the text
// scanned once per query.
func SearchAll(text string, queries []string, o Options) ([]Match, error) {
	m, err := NewMatcher(queries, o)
	if err != nil {
		return nil, err
	}
	return m.Find(text), nil
}

// A Matcher holds prepared queries and finds them in texts. It is safe for
// concurrent use.
type Matcher struct {
	opts    Options
	queries []*query
	arabic  *index // normalized query words
	latin   *index // skeletons of the phonetic keys of Latin queries
	// latinRun is the most text words a Latin query may match, 0 when
	// there is no Latin query.
	latinRun  int
	cross     *crossIndex    // Latin queries by the skeleton of their likely Arabic spelling (crossscript.go)
	crossEnds [2]*crossIndex // the first and the last words of Latin full names (crossscript.go)
}

// query is one prepared query.
type query struct {
	id    int
	words []qword // normalized words
	n     int     // letters in all words
	maxD  int
	glue  []qword     // the one word split in two, for a text that writes it apart
	latin *latinQuery // the cross-script side of a query in Latin letters
}

type qword struct {
	s      string
	n      int // runes
	budget int // edits this word may take
}

// NewMatcher prepares queries for searching.
func NewMatcher(queries []string, o Options) (*Matcher, error) {
	if o.MaxDistance < -1 {
		return nil, ErrNegativeDistance
	}
	m := &Matcher{opts: o, arabic: newIndex(), latin: newIndex()}
	norm := normalize.For(o.Normalize)
	for id, q := range queries {
		words := newDoc(q, o.Normalize).words
		if len(words) == 0 {
			continue
		}
		qi := len(m.queries)
		pq := &query{id: id}
		for _, w := range words {
			pq.words = append(pq.words, qword{s: matchForm(w.Norm), n: utf8.RuneCountInString(w.Norm)})
			pq.n += pq.words[len(pq.words)-1].n
		}
		pq.maxD = o.MaxDistance
		if pq.maxD < 0 {
			pq.maxD = DefaultMaxDistance(pq.n)
		}
		for i := range pq.words {
			pq.words[i].budget = wordBudget(pq.words[i].n, pq.maxD, len(pq.words))
		}
		m.queries = append(m.queries, pq)
		for i, w := range pq.words {
			m.arabic.add(w, qi, i)
		}
		if len(pq.words) > 1 {
			// the words written together in the text (نصرالله for نصر الله)
			var b strings.Builder
			for _, w := range pq.words {
				b.WriteString(w.s)
			}
			m.arabic.add(qword{s: b.String(), n: pq.n, budget: pq.maxD}, qi, joined)
		} else if parts := splitGluedNorm(pq.words[0].s, norm); parts != nil {
			for _, p := range parts {
				n := utf8.RuneCountInString(p)
				pq.glue = append(pq.glue, qword{s: p, n: n, budget: wordBudget(n, pq.maxD, 2)})
			}
			for i, w := range pq.glue {
				m.arabic.add(w, qi, glued+i)
			}
		}
		if o.CrossScript {
			m.addLatin(pq, qi, q)
		}
	}
	m.arabic.finish()
	m.latin.finish()
	return m, nil
}

// wordBudget is the edits one word of a query may take, never more than the
// whole query's: its share by its own length, except in a name of several
// words, which confirm one another: one for a word of up to four letters
// (بن for ابن) and two for a word of seven letters or more (two typos in
// الحسيني). Words of five or six letters keep their one edit: with two,
// الحداد would match المقداد.
func wordBudget(n, total, words int) int {
	b := DefaultMaxDistance(n)
	switch {
	case words == 1 || n <= 1:
	case n <= 4:
		b = 1
	case n >= 7:
		b = max(b, 2)
	}
	return min(b, total)
}

// splitGluedNorm is splitGlued with the name parts normalized the way the
// query was.
func splitGluedNorm(w string, n *normalize.Normalizer) []string {
	if p := splitGlued(w); p != nil {
		return p
	}
	if f := n.String(w); f != w {
		return splitGlued(f)
	}
	return nil
}

// Word positions in index entries that are not a word of the query.
const (
	joined = -1   // all the query's words written as one
	glued  = 1000 // glued+i: part i of a one-word query split in two
)

// hit says that a form of a text word matched word w of query q.
type hit struct {
	q, w int
	dist int
	form int // index into the word's forms
}

// Find returns the matches of the Matcher's queries in text.
func (m *Matcher) Find(text string) []Match {
	if len(m.queries) == 0 {
		return nil
	}
	d := newDoc(text, m.opts.Normalize)
	wordHits := m.hits(d)
	var cands []candidate
	for i := range d.words {
		for _, h := range wordHits[i].hits {
			cands = m.extend(d, wordHits, i, h, cands)
		}
	}
	cands = m.crossScript(d, cands)
	return m.resolve(d, cands)
}

// candidate is a possible match before overlaps are resolved.
type candidate struct {
	q          int
	first      int // first word
	start, end int // byte span in the original text
	dist       int
	n          int  // letters matched, for the score
	glued      bool // a part of a text word glued to another: the less likely reading
}

// extend turns a hit on the word at position i into candidates: at once for a
// one-word query, by following the next words for a longer one.
func (m *Matcher) extend(d *doc, wh []wordForms, i int, h hit, out []candidate) []candidate {
	pq := m.queries[h.q]
	f := wh[i].forms[h.form]
	switch {
	case h.w == joined, len(pq.words) == 1 && h.w == 0:
		start, end := d.formSpan(i, f)
		return append(out, candidate{q: h.q, first: i, start: start, end: end, dist: h.dist, n: pq.n, glued: f.glued()})
	case h.w == glued:
		// the first half of a split one-word query; the second must follow
		if i+1 < len(d.words) {
			if d2, _, ok := wh[i+1].best(h.q, glued+1, kinds(whole)); ok && h.dist+d2 <= pq.maxD {
				start, _ := d.formSpan(i, f)
				return append(out, candidate{q: h.q, first: i, start: start, end: d.words[i+1].End, dist: h.dist + d2, n: pq.n})
			}
		}
		return out
	case h.w == 0 && f.kind != prefix:
		// A longer name, word by word: the first word may carry clitics or
		// be glued to the word before it, the last may be glued to the
		// word after it, the others stand as they are.
		dist, last, isGlued := h.dist, len(pq.words)-1, f.glued()
		end := d.words[i].End
		for w := 1; w <= last; w++ {
			j := i + w
			if j >= len(d.words) {
				return out
			}
			allowed := kinds(whole)
			if w == last {
				allowed = kinds(whole, prefix)
			}
			dw, fj, ok := wh[j].best(h.q, w, allowed)
			if !ok {
				return out
			}
			dist += dw
			_, end = d.formSpan(j, wh[j].forms[fj])
			isGlued = isGlued || wh[j].forms[fj].glued()
		}
		if dist > pq.maxD {
			return out
		}
		start, _ := d.formSpan(i, f)
		return append(out, candidate{q: h.q, first: i, start: start, end: end, dist: dist, n: pq.n, glued: isGlued})
	}
	return out
}

// resolve keeps, per query, the best of overlapping candidates, and returns
// the matches in text order, ties in query order.
func (m *Matcher) resolve(d *doc, cands []candidate) []Match {
	// Candidates of one query that overlap, directly or through others, form
	// a cluster; within a cluster whole words win over glued parts, then the
	// closest, then the earliest, then the longest, and the others that
	// overlap a winner go.
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].q != cands[b].q {
			return cands[a].q < cands[b].q
		}
		return cands[a].start < cands[b].start
	})
	better := func(a, b candidate) bool {
		if a.glued != b.glued {
			return !a.glued
		}
		if a.dist != b.dist {
			return a.dist < b.dist
		}
		if a.start != b.start {
			return a.start < b.start
		}
		return a.end-a.start > b.end-b.start
	}
	var kept []candidate
	for k := 0; k < len(cands); {
		j, end := k+1, cands[k].end
		for j < len(cands) && cands[j].q == cands[k].q && cands[j].start < end {
			end = max(end, cands[j].end)
			j++
		}
		cluster := cands[k:j]
		sort.SliceStable(cluster, func(a, b int) bool { return better(cluster[a], cluster[b]) })
		first := len(kept)
		for _, c := range cluster {
			overlaps := false
			for _, t := range kept[first:] {
				if c.start < t.end && t.start < c.end {
					overlaps = true
					break
				}
			}
			if !overlaps {
				kept = append(kept, c)
			}
		}
		k = j
	}
	sort.SliceStable(kept, func(a, b int) bool {
		if kept[a].start != kept[b].start {
			return kept[a].start < kept[b].start
		}
		return kept[a].q < kept[b].q
	})
	if m.opts.Limit > 0 && len(kept) > m.opts.Limit {
		kept = kept[:m.opts.Limit]
	}
	out := make([]Match, len(kept))
	for i, c := range kept {
		text := d.text[c.start:c.end]
		out[i] = Match{Query: m.queries[c.q].id, Start: c.start, End: c.end, Text: text, Distance: c.dist,
			Score: score(c.dist, c.n+c.dist)}
	}
	return out
}
