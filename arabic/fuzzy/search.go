package fuzzy

import (
	"cmp"
	"errors"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/harf-project/harf/arabic/exonym"
	"github.com/harf-project/harf/arabic/normalize"
	"github.com/harf-project/harf/arabic/phonetic"
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
	m, err := newMatcher(queries, o)
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
	// apart: one-word queries of minApart letters or more, by the
	// beginnings of their word, for a text that writes them as two
	apart map[string][]int
	// words remembers the hits of the distinct words of the texts searched
	// so far; nil for a Matcher used once (SearchAll)
	words *wordCache
}

// query is one prepared query.
type query struct {
	id    int
	words []qword // normalized words
	n     int     // letters in all words
	maxD  int
	glue  []qword // the one word split in two, for a text that writes it apart
	// variants: spelling variants are allowed beside the edit budget
	variants bool
	latin    *latinQuery // the cross-script side of a query in Latin letters
}

type qword struct {
	s      string
	n      int  // runes
	budget int  // edits this word may take
	reach  int  // edits it may take when the rest of its name matches exactly
	single bool // the word of a one-word query
	// letters is the word's letterSet, for the words of a longer name
	letters uint64
}

// NewMatcher prepares queries for searching. The Matcher remembers what
// the distinct words of the texts it searched hit (a bounded cache), so that
// searching many documents, or one text again after an edit, looks up only
// the words it has not seen.
func NewMatcher(queries []string, o Options) (*Matcher, error) {
	m, err := newMatcher(queries, o)
	if m != nil {
		m.words = newWordCache(maxCachedWords)
	}
	return m, err
}

// newMatcher is NewMatcher without the cache, for a Matcher used once.
func newMatcher(queries []string, o Options) (*Matcher, error) {
	if o.MaxDistance < -1 {
		return nil, ErrNegativeDistance
	}
	m := &Matcher{opts: o, arabic: newIndex(), latin: newIndex()}
	m.arabic.pending = make([]filed, 0, 128*len(queries)) // about a name's deletions
	if o.MaxDistance < 0 {
		// spelling variants beside the typo budget; an explicit
		// MaxDistance counts every edit
		m.arabic.skeletons = map[string][]int32{}
	}
	norm := normalize.For(o.Normalize)
	for id, q := range queries {
		pq := m.addQuery(id, q, norm)
		if pq == nil {
			continue
		}
		if o.CrossScript {
			m.addLatin(pq, len(m.queries)-1, q)
			if phonetic.IsLatin(q) {
				// an exonym: Egypt, Égypte for مصر
				for _, name := range exonym.Lookup(q) {
					m.addQuery(id, name, norm)
				}
			}
		}
	}
	m.arabic.finish()
	m.latin.finish()
	m.cross.finish()
	m.crossEnds[0].finish()
	m.crossEnds[1].finish()
	return m, nil
}

// addQuery prepares query q, given as queries[id], and indexes its Arabic
// side; nil if it has no word.
func (m *Matcher) addQuery(id int, q string, norm *normalize.Normalizer) *query {
	o := m.opts
	words := newDoc(q, o.Normalize).words
	if len(words) == 0 {
		return nil
	}
	qi := len(m.queries)
	pq := &query{id: id}
	for _, w := range words {
		pq.words = append(pq.words, qword{s: matchForm(w.Norm), n: utf8.RuneCountInString(w.Norm)})
		pq.n += pq.words[len(pq.words)-1].n
	}
	pq.maxD = o.MaxDistance
	if pq.maxD < 0 {
		pq.maxD = DefaultMaxDistance(lettersForBudget(pq.words))
		pq.variants = true
	}
	for i := range pq.words {
		pq.words[i].budget = wordBudget(pq.words[i].n, pq.maxD, len(pq.words))
		if len(pq.words) > 1 {
			// one edit more than its own share (a replaced letter in a
			// short word) when the other words match exactly
			pq.words[i].reach = min(pq.maxD, DefaultMaxDistance(pq.words[i].n)+1)
			pq.words[i].letters = letterSet(pq.words[i].s)
		}
	}
	m.queries = append(m.queries, pq)
	pq.words[0].single = len(pq.words) == 1
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
	} else if pq.variants && pq.n >= minApart {
		// under each of its beginnings that leaves two letters or more
		if m.apart == nil {
			m.apart = map[string][]int{}
		}
		w := pq.words[0].s
		for i, k := 0, 0; i < len(w); k++ {
			_, size := utf8.DecodeRuneInString(w[i:])
			i += size
			if k+1 >= 2 && pq.n-(k+1) >= 2 {
				m.apart[w[:i]] = append(m.apart[w[:i]], qi)
			}
		}
	}
	return pq
}

// lettersForBudget is the letters of a query that its typo budget is
// chosen by: all of them, but the article of a one-word query, which tells
// no word from another (العراق is not الفراق: عراق, فراق).
func lettersForBudget(words []qword) int {
	if len(words) == 1 && strings.HasPrefix(words[0].s, "ال") && words[0].n > 4 {
		return words[0].n - 2
	}
	n := 0
	for _, w := range words {
		n += w.n
	}
	return n
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
	cost int // variantCost, in hundredths of an edit
	form int // index into the word's forms
	// strict: beyond the word's budget (found by strictHit), the hit counts
	// only within the whole name's budget, as the only such word
	strict bool
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
			if h.w == 1 && i > 0 && !h.strict && h.dist < m.queries[h.q].maxD {
				// the first word of the name beyond its budget
				if h0, ok := m.strictHit(wordHits[i-1], h.q, 0, kinds(whole, stem)); ok {
					cands = m.extendName(d, wordHits, i-1, h0, cands)
				}
			}
		}
	}
	cands = m.writtenApart(d, cands)
	cands = m.crossScript(d, cands)
	return m.resolve(d, cands)
}

// minApart is the fewest letters a one-word query needs to be found written
// as two words (نيويورك, نيو يورك).
const minApart = 6

// writtenApart adds the candidates of one-word queries written as two
// words of the text, each of two letters or more: one edit, the space.
func (m *Matcher) writtenApart(d *doc, out []candidate) []candidate {
	if len(m.apart) == 0 {
		return out
	}
	for i := 0; i+1 < len(d.words); i++ {
		a := d.words[i]
		qs, ok := m.apart[a.Norm] // the queries that start with the word
		if !ok {
			continue
		}
		b := d.words[i+1]
		if !a.Arabic || !b.Arabic || len(b.Norm) < 4 {
			continue
		}
		for _, qi := range qs {
			if w := m.queries[qi].words[0].s; w[len(a.Norm):] == matchForm(b.Norm) {
				out = append(out, candidate{q: qi, first: i, start: a.Start, end: b.End, dist: 1, n: m.queries[qi].n})
			}
		}
	}
	return out
}

// candidate is a possible match before overlaps are resolved.
type candidate struct {
	q, id      int // index into Matcher.queries; the query's id, set by resolve
	first      int // first word
	start, end int // byte span in the original text
	dist       int
	n          int  // letters matched, for the score
	glued      bool // a part of a text word glued to another: the less likely reading
}

// extend turns a hit on the word at position i into candidates: at once for a
// one-word query, by following the next words for a longer one.
func (m *Matcher) extend(d *doc, wh []*wordForms, i int, h hit, out []candidate) []candidate {
	pq := m.queries[h.q]
	f := wh[i].forms[h.form]
	switch {
	case h.w == joined, len(pq.words) == 1 && h.w == 0:
		if h.strict {
			return out
		}
		start, end := d.formSpan(i, f)
		return append(out, candidate{q: h.q, first: i, start: start, end: end, dist: h.dist, n: pq.n, glued: f.glued()})
	case h.w == glued:
		// the first half of a split one-word query; the second must follow
		if i+1 < len(d.words) && !h.strict {
			if h2, ok := wh[i+1].best(h.q, glued+1, kinds(whole)); ok && !h2.strict && pq.within(h.cost+h2.cost, 2) {
				start, _ := d.formSpan(i, f)
				return append(out, candidate{q: h.q, first: i, start: start, end: d.words[i+1].End, dist: h.dist + h2.dist, n: pq.n})
			}
		}
		return out
	case h.w == 0 && f.kind != prefix:
		return m.extendName(d, wh, i, h, out)
	}
	return out
}

// extendName follows a hit on the first word of a longer name at position i
// through the next words of the text: the first word may carry clitics or
// be glued to the word before it, the last may be glued to the word after
// it, the others stand as they are. One middle part of the name may be
// left out of the text or added to it (سعد الحريري, سعد الدين الحريري)
// when the rest matches exactly.
func (m *Matcher) extendName(d *doc, wh []*wordForms, i int, h hit, out []candidate) []candidate {
	pq := m.queries[h.q]
	f := wh[i].forms[h.form]
	last := len(pq.words) - 1
	dist, cost, strict, isGlued := h.dist, h.cost, 0, f.glued()
	if h.strict {
		strict++
	}
	skipped := false
	end := d.words[i].End
	j := i
	for w := 1; w <= last; w++ {
		j++
		if j >= len(d.words) {
			return out
		}
		allowed := wholeOnly
		if w == last {
			allowed = wholeOrPrefix
		}
		hw, ok := wh[j].best(h.q, w, allowed)
		if !ok && strict == 0 && dist < pq.maxD {
			hw, ok = m.strictHit(wh[j], h.q, w, wholeOnly)
		}
		if !ok && !skipped && dist == 0 && strict == 0 {
			switch {
			case w < last && pq.mayLeaveOut(w):
				// a middle part of the query not in the text
				allowedNext := allowed
				if w+1 == last {
					allowedNext = wholeOrPrefix
				}
				if hw, ok = wh[j].best(h.q, w+1, allowedNext); ok {
					w++
				}
			case j+1 < len(d.words) && wh[j].mayBeAdded:
				// a middle part in the text that the query leaves out
				if hw, ok = wh[j+1].best(h.q, w, allowed); ok {
					j++
				}
			}
			skipped = ok
		}
		if !ok {
			return out
		}
		dist += hw.dist
		cost += hw.cost
		if hw.strict {
			strict++
		}
		_, end = d.formSpan(j, wh[j].forms[hw.form])
		isGlued = isGlued || wh[j].forms[hw.form].glued()
	}
	switch {
	case skipped || strict > 0:
		// A part left out or added, or a word beyond its budget, only in an
		// otherwise exact name: a single strict word may take the whole
		// name's edits.
		if strict > 1 || skipped && dist > 0 || dist > pq.maxD {
			return out
		}
	case !pq.within(cost, len(pq.words)):
		return out
	}
	if skipped {
		dist++
	}
	start, _ := d.formSpan(i, f)
	return append(out, candidate{q: h.q, first: i, start: start, end: end, dist: dist, n: pq.n, glued: isGlued})
}

// strictHit compares word w of query q with the forms of kinds ks of a
// text word directly: a hit beyond the word's budget but within its reach
// (one edit more, not counting letters typed twice), which counts only
// within the whole name's budget. It is not made when the word has a hit of
// its own, or when the form is exactly a word of another name. ks holds
// whole words and stems only, which come before the glued parts.
func (m *Matcher) strictHit(wf *wordForms, q, w int, ks kindSet) (hit, bool) {
	pq := m.queries[q]
	qw := &pq.words[w]
	if qw.reach == 0 {
		return hit{}, false
	}
	best, found := hit{}, false
	for fi := range wf.forms {
		f := &wf.forms[fi]
		if f.glued() {
			break
		}
		if !ks.has(f.kind) || abs(f.n-qw.n) > pq.maxD || wf.isExact(fi) {
			continue
		}
		letters := f.letters
		if letters == 0 {
			letters = letterSet(f.s)
			if m.words == nil {
				// kept for the next word of the text, unless a wordCache
				// shares the form with other Find calls
				f.letters = letters
			}
		}
		if m, fm := qw.letters, letters; bits.OnesCount64(m&^fm) > qw.reach || bits.OnesCount64(fm&^m) > qw.reach {
			continue // more letters of one missing from the other than the word's reach (doubling adds none)
		}
		d := distance(qw.s, f.s)
		if d == 1 && f.n > qw.n && qw.n <= 4 && longVowelApart(qw.s, f.s) {
			continue // a long vowel added to a short name makes another (محمد, محمود)
		}
		within := d <= qw.reach
		if !within && d <= pq.maxD {
			// letters typed twice are no edit of the word's reach
			if c := undouble(f.s); c != f.s {
				within = distance(qw.s, c) <= qw.reach
			}
		}
		if d > 0 && within && d <= pq.maxD && (!found || d < best.dist) {
			best, found = hit{q: q, w: w, dist: d, cost: fullEdit * d, form: fi, strict: true}, true
		}
	}
	if found {
		if _, own := wf.best(q, w, kinds(whole, stem, prefix, suffix)); own {
			return hit{}, false
		}
	}
	return best, found
}

// letterSet is the set of letters of w as bits, the Arabic letters
// ء to ي one bit each, any other rune sharing a few: each edit takes at most
// one letter out of the set, so two words whose sets differ by more
// letters than d are more than d edits apart.
func letterSet(w string) uint64 {
	var m uint64
	for _, r := range w {
		if r >= 'ء' && r <= 'ي' {
			m |= 1 << (r - 'ء')
		} else {
			m |= 1 << (42 + r%22)
		}
	}
	return m
}

// undouble writes every run of one letter once (محممدد: محمد).
func undouble(w string) string {
	var b strings.Builder
	prev := rune(-1)
	for _, r := range w {
		if r != prev {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// within reports whether a name of words words whose hits cost cost (in
// hundredths) is within the query's budget: its edits, plus the cheap
// variants each word may take.
func (pq *query) within(cost, words int) bool {
	if !pq.variants {
		words = 0
	}
	return cost <= max(fullEdit*pq.maxD, variantAllowance*words)
}

// mayLeaveOut reports whether word w of the query may be missing from the
// text: a middle word of the name (بن, الدين, a father's name).
func (pq *query) mayLeaveOut(w int) bool {
	return w > 0 && w < len(pq.words)-1
}

// mayBeAdded reports whether a text word may stand inside a name that the
// query writes without it: a name part (بن, ابن, الدين). A father's name
// is not tried: any word between two words of a name would be taken for
// one (on the benchmark's text, ten times the false matches).
func mayBeAdded(w Word) bool {
	return w.Arabic && isGluedPart(w.Norm)
}

// Kind sets extendName uses.
var (
	wholeOnly     = kinds(whole)
	wholeOrPrefix = kinds(whole, prefix)
)

// resolve keeps, per query, the best of overlapping candidates, and returns
// the matches in text order, ties in query order.
func (m *Matcher) resolve(d *doc, cands []candidate) []Match {
	// Candidates of one query that overlap, directly or through others, form
	// a cluster; within a cluster whole words win over glued parts, then the
	// closest, then the earliest, then the longest, and the others that
	// overlap a winner go.
	// candidates of one query id (its Arabic, Latin and exonym sides) resolve together
	for i := range cands {
		cands[i].id = m.queries[cands[i].q].id
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if a.id != b.id {
			return cmp.Compare(a.id, b.id)
		}
		return cmp.Compare(a.start, b.start)
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
		for j < len(cands) && cands[j].id == cands[k].id && cands[j].start < end {
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
		return kept[a].id < kept[b].id
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
