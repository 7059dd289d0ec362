//go:build js && wasm

package page

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/harf-project/harf/arabic/fuzzy"
	"github.com/harf-project/harf/arabic/normalize"
	"github.com/harf-project/harf/wasm/jsvalue"
	"honnef.co/go/js/dom/v2"
)

// sampleNames is the watch list offered with the sample article: names
// that occur in it (some with diacritics or in a variant spelling), one in
// Latin letters as it is written there, one transliterated (found once
// cross-script matching knows it) and one that is not in it at all.
var sampleNames = []string{"المقداد", "هيثم بن طارق", "سلمى إبراهيم", "مصطفى العلي", "Karim Haddad", "Mekdad", "ليلى عبد العزيز"}

// searchView is the "Find names and words" panel.
type searchView struct {
	query       *dom.HTMLTextAreaElement
	sampleNames htmlElement
	maxDist     *dom.HTMLSelectElement
	preset      *dom.HTMLSelectElement
	whole       *dom.HTMLInputElement
	clitics     *dom.HTMLInputElement
	cross       *dom.HTMLInputElement
	names       htmlElement
	list        htmlElement // #matches
	note        htmlElement
	errEl       htmlElement

	// the last search
	version int           // of the article searched
	queries []string      // the names, blank lines and repeats dropped
	matches []fuzzy.Match // all of them, in text order
	u16     [][2]int      // the matches' spans in UTF-16 code units
	counts  []int         // matches per query
}

func (v *searchView) find(f *finder) {
	v.query = find[*dom.HTMLTextAreaElement](f, "query")
	v.sampleNames = f.el("sample-names")
	v.maxDist = find[*dom.HTMLSelectElement](f, "max-distance")
	v.preset = find[*dom.HTMLSelectElement](f, "search-preset")
	v.whole = find[*dom.HTMLInputElement](f, "whole-words")
	v.clitics = find[*dom.HTMLInputElement](f, "clitics")
	v.cross = find[*dom.HTMLInputElement](f, "cross-script")
	v.names = f.el("names")
	v.list = f.el("matches")
	v.note = f.el("matches-note")
	v.errEl = f.el("search-error")
}

// build sets the controls to the defaults of the toolkit.
func (v *searchView) build() {
	fillPresets(v.preset, false)
	v.setOptions(fuzzy.DefaultOptions())
	v.query.RemoveAttribute("disabled")
	for _, el := range []interface{ SetDisabled(bool) }{v.maxDist, v.preset, v.whole, v.clitics, v.cross} {
		el.SetDisabled(false)
	}
}

// setOptions shows search options in the controls.
func (v *searchView) setOptions(o fuzzy.Options) {
	if o.MaxDistance < 0 {
		v.maxDist.SetValue("auto")
	} else {
		v.maxDist.SetValue(strconv.Itoa(o.MaxDistance))
	}
	v.preset.SetValue(presetOf(o.Normalize))
	if v.preset.Value() == "" {
		v.preset.SetValue(defaultPreset)
	}
	v.whole.SetChecked(o.WholeWords)
	v.clitics.SetChecked(o.Clitics)
	v.cross.SetChecked(o.CrossScript)
}

// options reads the search options from the controls.
func (v *searchView) options() (fuzzy.Options, error) {
	o := fuzzy.DefaultOptions()
	norm, err := normalize.PresetOptions(v.preset.Value())
	if err != nil {
		return o, err
	}
	o.Normalize = norm
	if md := v.maxDist.Value(); md != "auto" {
		n, err := strconv.Atoi(md)
		if err != nil || n < 0 {
			return o, errors.New("typos allowed must be auto or a number from 0, got " + strconv.Quote(md))
		}
		o.MaxDistance = n
	}
	o.WholeWords = v.whole.Checked()
	o.Clitics = v.clitics.Checked()
	o.CrossScript = v.cross.Checked()
	return o, nil
}

func (v *searchView) wire(p *page) {
	listen(v.query.Underlying(), "input", v.errEl, func(js.Value) {
		p.saveState()
		p.request(workSearch, debounce)
	})
	for _, el := range []htmlElement{v.maxDist, v.whole, v.clitics, v.cross} {
		listen(el.Underlying(), "change", v.errEl, func(js.Value) {
			p.saveState()
			p.request(workSearch, 0)
		})
	}
	listen(v.preset.Underlying(), "change", v.errEl, func(js.Value) {
		p.saveState()
		p.request(workSearch|workCounts, 0) // variants group by the same spellings
	})
	listen(v.sampleNames.Underlying(), "click", v.errEl, func(js.Value) {
		v.query.Underlying().Set("value", jsvalue.String(strings.Join(sampleNames, "\n")))
		p.saveState()
		p.request(workSearch, 0)
	})
	listen(v.list.Underlying(), "click", v.errEl, func(ev js.Value) {
		li := closest(ev, "li[data-i]")
		if li.IsNull() {
			return
		}
		if b := li.Call("querySelector", "button"); !b.IsNull() {
			focusItem(v.list.Underlying(), "button", b)
		}
		p.selectMatch(intAttr(li, "data-i"), true)
	})
	rovingKeys(v.list, "button", v.errEl)
}

// queriesOf splits the watch list into names: one per line, trimmed,
// blank lines and repeats dropped.
func queriesOf(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(s, "\n") {
		q := strings.TrimSpace(line)
		if q == "" || seen[q] {
			continue
		}
		seen[q] = true
		out = append(out, q)
	}
	return out
}

// showSearch shows what the search of the watch list found: the per-name
// counts, the matches and the highlights.
func (p *page) showSearch(o *outcome) error {
	v := &p.search
	v.version = p.version
	v.queries, v.matches = queriesOf(v.query.Value()), o.matches
	if o.err != "" {
		v.matches = nil
	}
	v.counts = make([]int, len(v.queries))
	offs := make([]int, 0, 2*len(v.matches))
	for _, m := range v.matches {
		if m.Query < len(v.counts) {
			v.counts[m.Query]++
		}
		offs = append(offs, m.Start, m.End)
	}
	u := jsvalue.UTF16Offsets(p.text, offs)
	v.u16 = make([][2]int, len(v.matches))
	for i := range v.u16 {
		v.u16[i] = [2]int{u[2*i], u[2*i+1]}
	}
	v.showNames()
	breathe()
	v.showList(p)
	breathe()
	p.showMatches()
	p.exports.enable(p)
	if o.err != "" {
		return errors.New(o.err)
	}
	return nil
}

// shown returns the matches the page puts into the DOM.
func (v *searchView) shown() []matchSpan {
	n := min(len(v.matches), maxShown)
	out := make([]matchSpan, n)
	for i := range out {
		out[i] = matchSpan{v.matches[i].Start, v.matches[i].End, i}
	}
	return out
}

// showNames lists the names with their number of matches, "no match" for
// those not found.
func (v *searchView) showNames() {
	frag := fragment()
	for q, name := range v.queries {
		if q == maxShown {
			frag.add(elem("li", "more").text("… and " + plural(len(v.queries)-maxShown, "more name") + "."))
			break
		}
		n := 0
		if q < len(v.counts) {
			n = v.counts[q]
		}
		li := elem("li", "").attr("data-q", itoa(q)).attr("data-count", itoa(n))
		count := elem("span", "name-count")
		if n == 0 {
			li.v.Get("classList").Call("add", "none")
			count.text("no match")
		} else {
			count.text(plural(n, "match"))
		}
		li.add(elem("span", "swatch q"+itoa(q%paletteSize)).attr("aria-hidden", "true"), bdi(name).attr("class", "name"), " ", count)
		frag.add(li)
	}
	replace(v.names, frag)
}

// showList lists the matches (the first maxShown): one <li> per match with
// its UTF-16 span, holding a button with the matched text, the name it
// matched, its distance and a few words around it.
func (v *searchView) showList(p *page) {
	frag := fragment()
	shown := min(len(v.matches), maxShown)
	for i := 0; i < shown; i++ {
		if i%20 == 19 {
			breathe()
		}
		m := v.matches[i]
		before, after := fuzzy.Context(p.text, m.Start, m.End, contextWords)
		q := v.queries[m.Query]
		btn := elem("button", "match").attr("type", "button").
			attr("title", q+" · Levenshtein distance "+strconv.Itoa(m.Distance)+" · score "+decimal(m.Score, 2)).
			add(
				elem("span", "swatch q"+itoa(m.Query%paletteSize)).attr("aria-hidden", "true"),
				bdi(m.Text).attr("class", "match-text"),
				elem("span", "match-meta").add(bdi(q), " · "+distanceText(m.Distance)),
				elem("span", "match-context").attr("dir", "auto").attr("lang", "ar").
					add(before, elem("b", "").text(m.Text), after))
		if i == 0 {
			btn.attr("tabindex", "0")
		} else {
			btn.attr("tabindex", "-1")
		}
		frag.add(elem("li", "").
			attr("data-i", itoa(i)).
			attr("data-start", itoa(v.u16[i][0])).
			attr("data-end", itoa(v.u16[i][1])).
			attr("data-q", itoa(m.Query)).
			attr("data-distance", itoa(m.Distance)).
			add(btn))
	}
	replace(v.list, frag)
	switch {
	case len(v.queries) == 0:
		v.note.SetTextContent("Type a name or a word above, or several, one per line.")
	case p.text == "":
		v.note.SetTextContent("Paste an article to search it.")
	case len(v.matches) == 0:
		v.note.SetTextContent("No match.")
	case len(v.matches) > shown:
		v.note.SetTextContent("Showing the first " + groupDigits(shown) + " of " + plural(len(v.matches), "match") + " (the CSV has them all).")
	default:
		v.note.SetTextContent(plural(len(v.matches), "match") + " in the order of the article. Enter or a click selects one in the article.")
	}
}

// distanceText says how far a match is from its name.
func distanceText(d int) string {
	switch d {
	case 0:
		return "exact"
	case 1:
		return "1 edit"
	default:
		return strconv.Itoa(d) + " edits"
	}
}

// contextWords is how many words of context the page shows on each side.
const contextWords = 5

// selectMatch selects match i in the article (scrolled to it, focused) and
// makes it the current highlight in the mirror.
func (p *page) selectMatch(i int, fromList bool) {
	v := &p.search
	if i < 0 || i >= len(v.u16) {
		return
	}
	if v.version != p.version || p.pending&workText != 0 {
		p.say("The article changed: the matches are being updated.")
		return
	}
	start, end := v.u16[i][0], v.u16[i][1]
	p.selectInArticle(start, end)
	p.mirror.markMatch(i)
	if !fromList {
		if b := v.list.Underlying().Call("querySelector", `li[data-i="`+itoa(i)+`"] button`); !b.IsNull() {
			focusItem(v.list.Underlying(), "button", b)
			b.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	}
	m := v.matches[i]
	p.say("Match " + strconv.Itoa(i+1) + " of " + strconv.Itoa(len(v.matches)) + " selected in the article: " +
		m.Text + " (" + v.queries[m.Query] + ", " + distanceText(m.Distance) + ").")
}

// selectInArticle selects [start, end) (UTF-16) in the article textarea,
// scrolls the textarea so that the selection is in view, and focuses it.
func (p *page) selectInArticle(start, end int) {
	ta := p.article.Underlying()
	ta.Call("focus", map[string]any{"preventScroll": true})
	ta.Call("setSelectionRange", start, end)
	// Textareas do not scroll to a selection made by script: measure where
	// the selection's line is with a hidden copy of the textarea.
	ta.Set("scrollTop", max(0, caretTop(ta, start)-ta.Get("clientHeight").Float()/3))
	ta.Call("scrollIntoView", map[string]any{"block": "nearest"})
}

// caretTop returns the vertical position (px) of UTF-16 offset off inside
// the textarea's content, measured on an off-screen div that copies the
// textarea's width and text styles.
func caretTop(ta js.Value, off int) float64 {
	doc := jsDoc()
	style := js.Global().Call("getComputedStyle", ta)
	div := doc.Call("createElement", "div")
	div.Set("className", "measure")
	ds := div.Get("style")
	for _, prop := range []string{"font-family", "font-size", "font-weight", "line-height", "letter-spacing",
		"word-spacing", "padding-top", "padding-right", "padding-bottom", "padding-left",
		"direction", "text-align", "tab-size", "unicode-bidi"} {
		ds.Call("setProperty", prop, style.Call("getPropertyValue", prop))
	}
	// content-box: the width of the textarea's text, without its scroll bar
	// JS's parseFloat reads "12.5px" as 12.5 (strconv.ParseFloat would link
	// Go's float parsing, which nothing else in harf.wasm needs).
	pad := func(side string) float64 {
		f := js.Global().Call("parseFloat", style.Call("getPropertyValue", "padding-"+side)).Float()
		if math.IsNaN(f) {
			return 0
		}
		return f
	}
	ds.Set("boxSizing", "content-box")
	ds.Set("width", decimal(ta.Get("clientWidth").Float()-pad("left")-pad("right"), 2)+"px")
	if d := ta.Call("getAttribute", "dir"); !d.IsNull() {
		div.Call("setAttribute", "dir", d)
	}
	div.Call("append", jsSlice(ta.Get("value"), 0, off))
	marker := doc.Call("createElement", "span")
	marker.Set("textContent", "\u200b")
	div.Call("append", marker)
	doc.Get("body").Call("append", div)
	top := marker.Get("offsetTop").Float()
	div.Call("remove")
	return top
}
