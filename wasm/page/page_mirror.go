//go:build js && wasm

package page

import (
	"sort"
	"strconv"
	"strings"
	"syscall/js"
	"unicode/utf8"

	"github.com/harf-project/harf/wasm/jsvalue"
)

// highlight is a span of the article (bytes) to show in an element, which
// the renderer fills with the span's text.
type highlight struct {
	start, end int
	el         node
}

// renderMarked returns a fragment with text[:cut] as text nodes and the
// highlights as their elements; the highlights are sorted and do not
// overlap. Each highlight element gets data-start and data-end, its span
// in UTF-16 code units (the offsets of the textarea's value), through the
// one converter, jsvalue.UTF16Index.
func renderMarked(text string, cut int, hls []highlight) node {
	frag := fragment()
	renderRange(frag, jsvalue.NewUTF16Index(text), text, 0, cut, hls)
	return frag
}

// renderRange appends text[from:to] to frag with the highlights that start
// in it (sorted, not overlapping) and returns the highlights left over.
func renderRange(frag node, idx *jsvalue.UTF16Index, text string, from, to int, hls []highlight) []highlight {
	at := from
	for k := 0; len(hls) > 0 && hls[0].start < to; k++ {
		if k%50 == 49 {
			breathe()
		}
		h := hls[0]
		hls = hls[1:]
		if h.start > at {
			frag.add(textNode(text[at:h.start]))
		}
		h.el.text(text[h.start:h.end]).
			attr("data-start", itoa(idx.Offset(h.start))).
			attr("data-end", itoa(idx.Offset(h.end)))
		frag.add(h.el)
		at = h.end
	}
	if at < to {
		frag.add(textNode(text[at:to]))
	}
	return hls
}

// longArticle is the size (bytes) above which the highlighted copy shows
// only the paragraphs with highlights: laying out megabytes of Arabic
// text takes the browser about a second each time.
const longArticle = 200_000

// headBytes is how much of a long article the copy shows when nothing is
// highlighted.
const headBytes = 20_000

// excerptMax is the most text (bytes) an excerpt shows on each side of its
// highlights, for text without line breaks.
const excerptMax = 2000

// excerptStart is where the excerpt around a highlight at start begins: the
// start of its paragraph, or the word excerptMax bytes before.
func excerptStart(text string, start int) int {
	from := strings.LastIndexByte(text[:start], '\n') + 1
	if start-from <= excerptMax {
		return from
	}
	from = start - excerptMax
	if i := strings.IndexByte(text[from:start], ' '); i >= 0 {
		return from + i + 1
	}
	for !utf8.RuneStart(text[from]) {
		from++
	}
	return from
}

// excerptEnd is where the excerpt that holds text up to end ends: the end
// of the paragraph, or the word excerptMax bytes after.
func excerptEnd(text string, end int) int {
	limit := min(len(text), end+excerptMax)
	if i := strings.IndexByte(text[end:limit], '\n'); i >= 0 {
		return end + i
	}
	if limit == len(text) {
		return limit
	}
	if i := strings.LastIndexByte(text[end:limit], ' '); i >= 0 {
		return end + i
	}
	for limit > end && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// renderMirror renders the article with the highlights: all of it, or for
// a long article the paragraphs that hold highlights (or its beginning),
// with a gap marker between them. It says which in the second result.
func renderMirror(text string, hls []highlight) (node, bool) {
	if len(text) <= longArticle {
		return renderMarked(text, len(text), hls), false
	}
	frag := fragment()
	idx := jsvalue.NewUTF16Index(text)
	if len(hls) == 0 {
		cut := headBytes
		for cut < len(text) && !utf8.RuneStart(text[cut]) {
			cut++
		}
		renderRange(frag, idx, text, 0, cut, nil)
		frag.add(elem("span", "gap").text("\n⋯"))
		return frag, true
	}
	prev := 0 // where the last excerpt ended
	for len(hls) > 0 {
		from := max(prev, excerptStart(text, hls[0].start))
		end := hls[0].end // the end of the excerpt's last highlight
		to := excerptEnd(text, end)
		for k := 0; k < len(hls) && hls[k].start < to; k++ {
			if hls[k].end > end {
				end = hls[k].end
				to = excerptEnd(text, end)
			}
		}
		switch {
		case from > prev+1 || from > prev && text[prev] != '\n':
			frag.add(elem("span", "gap").attr("aria-hidden", "true").text("\n⋯\n"))
		case from > prev:
			frag.add("\n")
		}
		hls = renderRange(frag, idx, text, from, to, hls)
		prev = to
	}
	if prev < len(text) {
		frag.add(elem("span", "gap").attr("aria-hidden", "true").text("\n⋯"))
	}
	return frag, true
}

// mirrorView is the read-only copy of the article with the matches (or a
// variant group) highlighted.
type mirrorView struct {
	box     htmlElement
	note    htmlElement
	variant int // the variant group shown, or -1 for the matches
	current js.Value
}

func (v *mirrorView) find(f *finder) {
	v.box = f.el("mirror")
	v.note = f.el("mirror-note")
	v.variant = -1
	v.current = js.Null()
}

func (v *mirrorView) wire(p *page) {
	// A click on a highlight selects its match in the article, as a click
	// on the match in the list does.
	listen(v.box.Underlying(), "click", p.search.errEl, func(ev js.Value) {
		m := closest(ev, "mark[data-m]")
		if m.IsNull() {
			return
		}
		if i, err := strconv.Atoi(strings.Fields(m.Call("getAttribute", "data-m").String())[0]); err == nil {
			p.selectMatch(i, false)
		}
	})
}

// showMatches highlights the shown matches of the last search.
func (p *page) showMatches() {
	v := &p.mirror
	v.variant = -1
	v.current = js.Null()
	s := &p.search
	hls := matchHighlights(s.shown(), func(i int) node {
		m := s.matches[i]
		q := s.queries[m.Query]
		return elem("mark", "hl q"+itoa(m.Query%paletteSize)).
			attr("title", q+" · "+distanceText(m.Distance))
	})
	frag, excerpt := renderMirror(p.text, hls)
	replace(v.box, frag)
	switch {
	case excerpt && len(hls) == 0:
		v.note.SetTextContent("A long article: its beginning is shown here. With names to find, the paragraphs that hold them are shown.")
	case len(s.queries) == 0:
		v.note.SetTextContent("Type names in the list to highlight them here.")
	case excerpt:
		v.note.SetTextContent("A long article: only the paragraphs with the first " + plural(min(len(s.matches), maxShown), "match") +
			" are shown (" + plural(len(s.matches), "match") + " in all).")
	case len(s.matches) > maxShown:
		v.note.SetTextContent("Highlighted: the first " + groupDigits(maxShown) + " of " + plural(len(s.matches), "match") + ".")
	case len(s.matches) == 0:
		v.note.SetTextContent("No match to highlight.")
	default:
		v.note.SetTextContent("Highlighted: " + plural(len(s.matches), "match") + ". Click one to select it in the article.")
	}
}

// paletteSize is the number of highlight colours (style.css: .q0 … .q7).
const paletteSize = 8

// matchHighlights cuts overlapping matches into segments: each segment is
// one <mark> whose data-m lists the indexes of the matches covering it, so
// that the marks of match i are mark[data-m~="i"] and their text, joined,
// is the match.
func matchHighlights(ms []matchSpan, mark func(i int) node) []highlight {
	var cuts []int
	for _, m := range ms {
		cuts = append(cuts, m.start, m.end)
	}
	// sort.Slice, whose code harf.wasm has anyway: sort.Ints would add
	// slices' sort for ints (2.5 KB brotli).
	sort.Slice(cuts, func(i, j int) bool { return cuts[i] < cuts[j] })
	var hls []highlight
	first := 0 // matches before first end before the current segment
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		if a == b {
			continue
		}
		var cover []int
		for i := first; i < len(ms) && ms[i].start <= a; i++ {
			if ms[i].end >= b {
				cover = append(cover, ms[i].index)
			}
		}
		for first < len(ms) && ms[first].end <= a {
			first++
		}
		if len(cover) == 0 {
			continue
		}
		ids := make([]string, len(cover))
		for j, i := range cover {
			ids[j] = itoa(i)
		}
		el := mark(cover[0]).attr("data-m", strings.Join(ids, " "))
		if len(cover) > 1 {
			el.v.Get("classList").Call("add", "overlap")
		}
		hls = append(hls, highlight{start: a, end: b, el: el})
	}
	return hls
}

// matchSpan is a match to highlight: its byte span and its index in the
// search results.
type matchSpan struct{ start, end, index int }

// showVariant highlights every form of variant group g (or, for -1, goes
// back to the matches).
func (p *page) showVariant(g int) {
	v := &p.mirror
	c := &p.counts
	if g < 0 || g >= len(c.groups) || c.version != p.version {
		p.showMatches()
		return
	}
	v.variant = g
	v.current = js.Null()
	group := c.groups[g]
	var hls []highlight
	for f, form := range group.Forms {
		for _, sp := range form.Spans {
			hls = append(hls, highlight{start: sp[0], end: sp[1],
				el: elem("mark", "hl variant f"+itoa(f%paletteSize)).
					attr("data-form", itoa(f)).
					attr("title", form.Text+" ("+plural(form.Count, "time")+")")})
		}
	}
	sort.Slice(hls, func(i, j int) bool { return hls[i].start < hls[j].start })
	total := len(hls)
	if len(hls) > maxShown {
		hls = hls[:maxShown]
	}
	frag, _ := renderMirror(p.text, hls)
	replace(v.box, frag)
	msg := "Highlighted: " + plural(len(group.Forms), "spelling") + " of " + group.Key + ", " + plural(total, "place") + "."
	if total > maxShown {
		msg = "Highlighted: the first " + groupDigits(maxShown) + " of " + plural(total, "place") + " where " + group.Key + " is spelled one of " + plural(len(group.Forms), "way") + "."
	}
	v.note.SetTextContent(msg)
	if first := v.box.Underlying().Call("querySelector", "mark"); !first.IsNull() {
		scrollWithin(v.box.Underlying(), first)
	}
	p.say(msg)
}

// markMatch makes match i the current highlight and scrolls the mirror to it.
func (v *mirrorView) markMatch(i int) {
	if !v.current.IsNull() {
		for _, el := range nodeList(v.current) {
			el.Get("classList").Call("remove", "current")
		}
	}
	marks := v.box.Underlying().Call("querySelectorAll", `mark[data-m~="`+itoa(i)+`"]`)
	v.current = marks
	list := nodeList(marks)
	for _, el := range list {
		el.Get("classList").Call("add", "current")
	}
	if len(list) > 0 {
		scrollWithin(v.box.Underlying(), list[0])
	}
}

// nodeList returns the nodes of a NodeList.
func nodeList(l js.Value) []js.Value {
	out := make([]js.Value, l.Length())
	for i := range out {
		out[i] = l.Index(i)
	}
	return out
}

// scrollWithin scrolls the box (not the page) so that el is in its upper
// third. The box is the offset parent of its marks (position: relative).
func scrollWithin(box, el js.Value) {
	top := el.Get("offsetTop").Float() - box.Get("clientHeight").Float()/3
	box.Set("scrollTop", max(0, top))
}
