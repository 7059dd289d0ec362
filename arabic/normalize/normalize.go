// Package normalize cleans Arabic text for display and search and keeps a
// map from every output position back to the input it came from.
//
// A Normalizer applies a set of Options in one pass over the text. Each rule
// is data read from the letters table; rules that act on the same input span
// are reported as one Change whose Rule names them all ("presentationForms+alef"
// for ﻷ → لا). The same Normalizer is a transform.Transformer, so it composes
// with the transformers of golang.org/x/text.
package normalize

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/letters"
)

// ruleSeq lists the rules that acted on one input span, in the order they
// acted, four bits each.
type ruleSeq uint64

func (s ruleSeq) add(r rule) ruleSeq {
	for t := s; t != 0; t >>= 4 {
		if rule(t&0xF) == r {
			return s
		}
	}
	for shift := uint(0); shift < 64; shift += 4 {
		if (s>>shift)&0xF == 0 {
			return s | ruleSeq(r)<<shift
		}
	}
	return s
}

func (s ruleSeq) join(t ruleSeq) ruleSeq {
	for ; t != 0; t >>= 4 {
		s = s.add(rule(t & 0xF))
	}
	return s
}

// String joins the rules' ids with "+", as Change.Rule reports them.
func (s ruleSeq) String() string {
	if name, ok := ruleNames.Load(s); ok {
		return name.(string)
	}
	var b strings.Builder
	for t := s; t != 0; t >>= 4 {
		if b.Len() > 0 {
			b.WriteByte('+')
		}
		b.WriteString(ruleIDs[t&0xF])
	}
	ruleNames.Store(s, b.String())
	return b.String()
}

var ruleNames sync.Map // ruleSeq → its name, built once per sequence

// actionKind says how the normalizer treats a code point.
type actionKind uint8

const (
	keep      actionKind = iota // copy it as it is
	replace                     // write out instead (delete if out is empty)
	space                       // horizontal space under the whitespace rule
	hamzaMark                   // combining madda or hamza: depends on the letter before
	decompose                   // presentation form: decompose, then treat each rune
	joiner                      // zero-width joiner: kept after a pictograph, else invisible
)

type action struct {
	kind actionKind
	mark bool // keep: the rune is a combining mark
	base rune // replace: the last non-mark rune of out, 0 if none
	out  string
	seq  ruleSeq
}

const (
	denseLo = 0x0600
	denseHi = 0x0900
	alef    = 'ا'
	// zeroWidthJoiner glues emoji into one picture (👨‍👩‍👧); there it is
	// text, not an invisible control, and the invisibles rule keeps it.
	zeroWidthJoiner = '\u200D'
)

// Values of Normalizer.stays.
const (
	stayBase = 1 + iota
	stayMark
)

// A Normalizer applies a fixed set of Options. It is safe for concurrent use.
type Normalizer struct {
	opts  Options
	dense [denseHi - denseLo]action
	// stays is, for U+0600–U+08FF, stayBase or stayMark when the code point
	// is kept as it is (a letter, a mark), else 0: the hot loop's one-byte
	// lookup.
	stays [denseHi - denseLo]uint8
}

// New returns a Normalizer for the options.
func New(o Options) *Normalizer {
	n := &Normalizer{opts: o}
	for r := rune(denseLo); r < denseHi; r++ {
		a := n.compile(r)
		n.dense[r-denseLo] = a
		if a.kind == keep {
			n.stays[r-denseLo] = stayBase
			if a.mark {
				n.stays[r-denseLo] = stayMark
			}
		}
	}
	return n
}

// Options returns the options the Normalizer applies.
func (n *Normalizer) Options() Options { return n.opts }

// compile decides what to do with one code point, following variant chains
// to their end so that normalizing twice changes nothing more (ۃ → ة → ه).
func (n *Normalizer) compile(r rune) action {
	o := n.opts
	if o.PresentationForms && letters.IsPresentationForm(r) {
		return action{kind: decompose}
	}
	var seq ruleSeq
	cur := r
	for range 8 {
		e, ok := letters.Lookup(cur)
		if !ok {
			break
		}
		removeBy := rule(0)
		switch e.Class {
		case letters.Diacritic, letters.QuranicMark:
			removeBy = ruleDiacritics
		case letters.Tatweel:
			removeBy = ruleTatweel
		case letters.Invisible:
			removeBy = ruleInvisibles
		case letters.Space:
			if o.Whitespace {
				return action{kind: space}
			}
		case letters.HamzaMark:
			if o.Alef || o.Hamza {
				return action{kind: hamzaMark}
			}
		}
		if removeBy != 0 {
			if o.has(removeBy) {
				return action{kind: replace, seq: seq.add(removeBy)}
			}
			break
		}
		next := rule(0)
		switch {
		case (e.Class == letters.Digit || e.Variant&letters.NumberForm != 0) && e.Base != 0:
			next = ruleDigits // ١٢٫٥ is 12.5
		case e.Class == letters.Punctuation && e.Base != 0:
			next = rulePunctuation
		case e.Variant&letters.AlefForm != 0 && o.Alef:
			next = ruleAlef
		case e.Variant&letters.HamzaForm != 0 && o.Hamza:
			next = ruleHamza
		case e.Variant&letters.AlefMaksuraForm != 0:
			next = ruleAlefMaksura
		case e.Variant&letters.TehMarbutaForm != 0:
			next = ruleTehMarbuta
		case e.Variant&letters.PersianForm != 0:
			next = rulePersian
		}
		if next == 0 || !o.has(next) {
			break
		}
		seq = seq.add(next)
		cur = e.Base
	}
	if cur == r {
		return action{kind: keep, mark: letters.ClassOf(r).IsMark()}
	}
	a := action{kind: replace, out: string(cur), seq: seq}
	if !letters.ClassOf(cur).IsMark() {
		a.base = cur
	}
	return a
}

// lookup returns the action for a rune outside ASCII.
func (n *Normalizer) lookup(r rune) action {
	if denseLo <= r && r < denseHi {
		return n.dense[r-denseLo]
	}
	if r < 0x80 {
		if n.opts.Whitespace && (r == ' ' || r == '\t') {
			return action{kind: space}
		}
		return action{kind: keep}
	}
	if n.opts.PresentationForms && letters.IsPresentationForm(r) {
		return action{kind: decompose}
	}
	switch letters.ClassOf(r) {
	case letters.Space:
		if n.opts.Whitespace {
			return action{kind: space}
		}
	case letters.Invisible:
		if n.opts.Invisibles {
			if r == zeroWidthJoiner {
				return action{kind: joiner}
			}
			return action{kind: replace, seq: ruleSeq(ruleInvisibles)}
		}
	}
	return action{kind: keep, mark: unicode.Is(unicode.Mn, r)}
}

// state is what the normalizer remembers of the output it has written: the
// rules that look at context look at the output, never at the input, which
// is what makes normalizing idempotent.
type state struct {
	lastBase  rune // the last letter or other non-mark written
	lastSpace bool // the last thing written was a space under the whitespace rule
}

// step normalizes one input rune, appending its output to dst. It returns
// the extended dst and the rules that acted; seq is 0 when the rune is kept
// as it is (and then nothing was appended: the caller copies the input).
func (n *Normalizer) step(st *state, r rune, dst []byte) ([]byte, ruleSeq) {
	a := n.lookup(r)
	switch a.kind {
	case keep:
		st.lastSpace = false
		if !a.mark {
			st.lastBase = r
		}
		return dst, 0
	case decompose:
		d := decomposition(r)
		if d == string(r) {
			st.note(r)
			return dst, 0
		}
		seq := ruleSeq(rulePresentationForms)
		for _, dr := range d {
			before := len(dst)
			var s ruleSeq
			dst, s = n.step(st, dr, dst)
			if s == 0 && len(dst) == before {
				dst = utf8.AppendRune(dst, dr)
			}
			seq = seq.join(s)
		}
		return dst, seq
	case space:
		if st.lastSpace {
			return dst, ruleSeq(ruleWhitespace)
		}
		st.lastSpace, st.lastBase = true, ' '
		if r == ' ' {
			return dst, 0
		}
		return append(dst, ' '), ruleSeq(ruleWhitespace)
	case joiner:
		if isPictograph(st.lastBase) {
			st.lastSpace, st.lastBase = false, r
			return dst, 0
		}
		return dst, ruleSeq(ruleInvisibles)
	case hamzaMark:
		if n.opts.Alef && st.lastBase == alef {
			return dst, ruleSeq(ruleAlef)
		}
		if n.opts.Hamza && r != '\u0653' {
			return dst, ruleSeq(ruleHamza)
		}
		st.note(r)
		return dst, 0
	}
	// replace
	if a.out != "" {
		st.lastSpace = false
		if a.base != 0 {
			st.lastBase = a.base
		}
	}
	return append(dst, a.out...), a.seq
}

func (st *state) note(r rune) {
	st.lastSpace = false
	if !letters.ClassOf(r).IsMark() {
		st.lastBase = r
	}
}

// isPictograph reports whether r is an emoji or other pictograph that a
// zero-width joiner may join to the next (the Unicode blocks of
// Extended_Pictographic characters).
func isPictograph(r rune) bool {
	return (0x1F000 <= r && r <= 0x1FAFF) || (0x2600 <= r && r <= 0x27BF) || (0x2300 <= r && r <= 0x23FF) ||
		(0x2B00 <= r && r <= 0x2BFF) || r == 0x00A9 || r == 0x00AE || r == 0x203C || r == 0x2049
}

//go:generate go run gen_decompositions.go

// decomposition returns the compatibility decomposition of a presentation
// form, recomposed (NFKC, so ﻷ gives لأ), from the table generated from
// golang.org/x/text/unicode/norm; r itself when it has none.
func decomposition(r rune) string {
	i := sort.Search(len(decompositions), func(i int) bool { return decompositions[i].r >= r })
	if i < len(decompositions) && decompositions[i].r == r {
		return decompositions[i].s
	}
	return string(r)
}

// String returns the normalized text. Bytes that are not valid UTF-8 pass
// through unchanged.
func (n *Normalizer) String(s string) string {
	return n.run(s, nil)
}

// Normalize returns the normalized text with every change it made and the
// offset map back to s.
func (n *Normalizer) Normalize(s string) *Result {
	res := &Result{Input: s}
	res.Text = n.run(s, res)
	return res
}

// run is the one pass. It records changes in res when res is not nil.
func (n *Normalizer) run(s string, res *Result) string {
	var (
		st      state
		out     []byte // nil until the first change
		scratch [64]byte
	)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && c != ' ' && c != '\t' {
			// ASCII other than spaces is never changed.
			st.lastSpace, st.lastBase = false, rune(c)
			if out != nil {
				out = append(out, c)
			}
			i++
			continue
		}
		if c == ' ' && (!n.opts.Whitespace || !st.lastSpace) {
			// A single space stays (and, under the whitespace rule, starts
			// a run that the spaces after it join).
			st.lastSpace, st.lastBase = n.opts.Whitespace, ' '
			if out != nil {
				out = append(out, c)
			}
			i++
			continue
		}
		if c&0xE0 == 0xC0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// Two bytes: Arabic letters and marks, decoded inline.
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			if denseLo <= r && r < denseHi {
				if stay := n.stays[r-denseLo]; stay != 0 {
					st.lastSpace = false
					if stay == stayBase {
						st.lastBase = r
					}
					if out != nil {
						out = append(out, c, s[i+1])
					}
					i += 2
					continue
				}
				if a := &n.dense[r-denseLo]; a.kind == replace && out != nil {
					// The next most common case: a mark removed or a letter
					// folded, with no context to look at.
					before := len(out)
					out = append(out, a.out...)
					if a.out != "" {
						st.lastSpace = false
						if a.base != 0 {
							st.lastBase = a.base
						}
					}
					if res != nil {
						res.record(i, i+2, before, a.out, a.seq)
					}
					i += 2
					continue
				}
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// Invalid UTF-8 passes through byte for byte.
			st.note(r)
			if out != nil {
				out = append(out, c)
			}
			i++
			continue
		}
		if denseLo <= r && r < denseHi && n.dense[r-denseLo].kind == keep {
			// The common case: an Arabic letter that stays.
			st.lastSpace = false
			if !n.dense[r-denseLo].mark {
				st.lastBase = r
			}
			if out != nil {
				out = append(out, s[i:i+size]...)
			}
			i += size
			continue
		}
		if out == nil {
			tmp, seq := n.step(&st, r, scratch[:0])
			if seq != 0 {
				out = make([]byte, 0, len(s)+len(tmp)+8)
				out = append(out, s[:i]...)
				before := len(out)
				out = append(out, tmp...)
				if res != nil {
					res.record(i, i+size, before, string(out[before:]), seq)
				}
			}
		} else {
			before := len(out)
			var seq ruleSeq
			out, seq = n.step(&st, r, out)
			if seq == 0 {
				out = append(out, s[i:i+size]...)
			} else if res != nil {
				res.record(i, i+size, before, string(out[before:]), seq)
			}
		}
		i += size
	}
	if out == nil {
		return s
	}
	return string(out)
}
