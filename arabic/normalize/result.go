package normalize

import (
	"sort"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/letters"
)

// Change is one edit the normalizer made: the input bytes [Start, End),
// which read From, became To in the output at byte OutStart. Rule names the
// options that acted, joined by "+" in the order they acted.
type Change struct {
	Start, End int
	From, To   string
	Rule       string
	OutStart   int
}

// OutEnd is the end of the change's text in the output.
func (c Change) OutEnd() int { return c.OutStart + len(c.To) }

// Result is the normalized text of an input with the changes that made it.
// Changes are sorted by Start and never overlap; applying them to Input
// gives Text. They are also the offset map: Span turns a span of Text into
// the span of Input it came from.
type Result struct {
	Input   string
	Text    string
	Changes []Change

	seqs []ruleSeq // the rules of each change, parallel to Changes
}

// record adds the change of input [start, end) into output [outStart,
// outStart+len(to)), merging it into the previous change when the same rules delete a
// run that continues it (three tatweels are one change, not three).
func (r *Result) record(start, end, outStart int, to string, seq ruleSeq) {
	if k := len(r.Changes) - 1; k >= 0 && to == "" {
		last := &r.Changes[k]
		if last.End == start && r.seqs[k] == seq {
			last.End = end
			last.From = r.Input[last.Start:end]
			return
		}
	}
	r.Changes = append(r.Changes, Change{
		Start: start, End: end,
		From: r.Input[start:end], To: to,
		Rule: seq.String(), OutStart: outStart,
	})
	r.seqs = append(r.seqs, seq)
}

// Span returns the span of the input that the output span [start, end) of
// Text came from. A span that begins or ends inside a change takes all of
// it, and marks or tatweel that were removed right after the span belong to
// its last letter, so that the input span of a word keeps its diacritics.
func (r *Result) Span(start, end int) (inStart, inEnd int) {
	inStart = r.Offset(start)
	if end <= start {
		return inStart, inStart
	}
	return inStart, r.endOffset(end)
}

// Offset returns the input position of output position p: the start of the
// change that produced p, or the position that maps to it one for one.
func (r *Result) Offset(p int) int {
	// the last change that starts at or before p
	k := sort.Search(len(r.Changes), func(i int) bool { return r.Changes[i].OutStart > p }) - 1
	if k < 0 {
		return p
	}
	c := r.Changes[k]
	if p < c.OutEnd() {
		return c.Start
	}
	return c.End + (p - c.OutEnd())
}

func (r *Result) endOffset(q int) int {
	// the first change that starts at or after q
	k := sort.Search(len(r.Changes), func(i int) bool { return r.Changes[i].OutStart >= q })
	return r.endAt(k, q)
}

// endAt is endOffset for an output end q, given k, the index of the first
// change that starts at or after q.
func (r *Result) endAt(k, q int) int {
	in := q
	if k > 0 {
		c := r.Changes[k-1]
		if q <= c.OutEnd() {
			in = c.End
		} else {
			in = c.End + (q - c.OutEnd())
		}
	}
	for ; k < len(r.Changes); k++ {
		c := r.Changes[k]
		if c.OutStart != q || c.To != "" || c.Start != in || !attaches(c.From) {
			break
		}
		in = c.End
	}
	return in
}

// A Cursor maps many spans of Text to the input, as Span does, in one walk
// over the changes when the spans come in increasing order (the words of a
// text); out of order it searches again.
type Cursor struct {
	r *Result
	k int // the changes before k start at or before the last start asked
}

// Cursor returns a Cursor at the start of the text.
func (r *Result) Cursor() *Cursor { return &Cursor{r: r} }

// Span is r.Span(start, end).
func (c *Cursor) Span(start, end int) (inStart, inEnd int) {
	ch := c.r.Changes
	if c.k > 0 && ch[c.k-1].OutStart > start {
		c.k = sort.Search(len(ch), func(i int) bool { return ch[i].OutStart > start })
	}
	for c.k < len(ch) && ch[c.k].OutStart <= start {
		c.k++
	}
	inStart = start
	if c.k > 0 {
		x := ch[c.k-1]
		if start < x.OutEnd() {
			inStart = x.Start
		} else {
			inStart = x.End + (start - x.OutEnd())
		}
	}
	if end <= start {
		return inStart, inStart
	}
	// the first change that starts at or after end, from the last one that
	// starts at or before start
	k := max(c.k-1, 0)
	for k < len(ch) && ch[k].OutStart < end {
		k++
	}
	return inStart, c.r.endAt(k, end)
}

// attaches reports whether removed text belongs to the letter before it:
// marks and tatweel do, invisible controls and spaces do not.
func attaches(s string) bool {
	for _, r := range s {
		if c := letters.ClassOf(r); !c.IsMark() && c != letters.Tatweel {
			return false
		}
	}
	return utf8.RuneCountInString(s) > 0
}
