//go:build js && wasm

package page

import (
	"errors"
	"syscall/js"

	"github.com/harf-project/harf/arabic/fuzzy"
)

// countsView shows the counts of the article (under it) and its spelling
// variants (under the highlighted copy), both from fuzzy.Analyze.
type countsView struct {
	counts htmlElement
	list   htmlElement // #variants
	note   htmlElement
	errEl  htmlElement

	version int // of the article analysed
	words   int
	groups  []fuzzy.VariantGroup
}

func (v *countsView) find(f *finder) {
	v.counts = f.el("counts")
	v.list = f.el("variants")
	v.note = f.el("variants-note")
	v.errEl = f.el("variants-error")
}

func (v *countsView) wire(p *page) {
	listen(v.list.Underlying(), "click", v.errEl, func(ev js.Value) {
		b := closest(ev, "button[data-g]")
		if b.IsNull() {
			return
		}
		g := intAttr(b, "data-g")
		pressed := b.Call("getAttribute", "aria-pressed").String() == "true"
		for _, other := range nodeList(v.list.Underlying().Call("querySelectorAll", `button[aria-pressed="true"]`)) {
			other.Call("setAttribute", "aria-pressed", "false")
		}
		if pressed {
			p.showMatches()
			p.say("Back to the matches of the names.")
			return
		}
		b.Call("setAttribute", "aria-pressed", "true")
		p.showVariant(g)
	})
	rovingKeys(v.list, "button", v.errEl)
}

// showCounts shows the analysis of the article: counts and spelling
// variants, grouped under the spelling folds of the search.
func (p *page) showCounts(o *outcome) error {
	if o.err != "" {
		return errors.New(o.err)
	}
	v := &p.counts
	a := &o.counts
	v.version, v.words, v.groups = p.version, a.Words, a.Variants
	if p.text == "" {
		v.counts.SetTextContent("No text yet.")
	} else {
		v.counts.SetTextContent(plural(a.Characters, "character") + " · " + plural(a.Words, "word") + " · " +
			plural(a.ArabicWords, "Arabic word") + " · " + groupDigits(a.UniqueWords) + " distinct")
	}
	frag := fragment()
	for g, group := range a.Variants {
		if g == maxShown {
			break
		}
		if g%50 == 49 {
			breathe()
		}
		b := elem("button", "variant").attr("type", "button").attr("data-g", itoa(g)).attr("aria-pressed", "false")
		if g == 0 {
			b.attr("tabindex", "0")
		} else {
			b.attr("tabindex", "-1")
		}
		total := 0
		for f, form := range group.Forms {
			total += form.Count
			b.add(elem("span", "form f"+itoa(f%paletteSize)).add(bdi(form.Text), elem("span", "times").text("×"+itoa(form.Count))))
		}
		// Said after the visible forms (the accessible name must hold
		// the visible text): how many, and what the button does.
		b.add(elem("span", "visually-hidden").text(": " + plural(len(group.Forms), "spelling") + " of " + group.Key + ", " + plural(total, "place") + "; highlight them"))
		frag.add(elem("li", "").add(b))
	}
	replace(v.list, frag)
	switch {
	case p.text == "":
		v.note.SetTextContent("Words spelled in more than one way appear here.")
	case len(a.Variants) == 0:
		v.note.SetTextContent("Every word is spelled one way only.")
	case len(a.Variants) > maxShown:
		v.note.SetTextContent("The first " + groupDigits(maxShown) + " of " + plural(len(a.Variants), "word") + " spelled in more than one way. Click one to highlight its spellings.")
	default:
		v.note.SetTextContent(plural(len(a.Variants), "word") + " spelled in more than one way. Click one to highlight its spellings.")
	}
	if p.mirror.variant >= 0 {
		p.showMatches() // the groups changed: the highlight goes back to the matches
	}
	return nil
}
