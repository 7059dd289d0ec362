//go:build js && wasm

package page

import (
	"errors"
	"syscall/js"

	"github.com/harf-project/harf/arabic/translit"
	"honnef.co/go/js/dom/v2"
)

// defaultScheme is the page's first romanization: ALA-LC, the Library of
// Congress tables, is the one most readers of English-language news and
// catalogues know (Buckwalter is for machines and linguists).
const defaultScheme = "ala-lc"

// romanView is the "Romanization" panel.
type romanView struct {
	scheme *dom.HTMLSelectElement
	note   htmlElement
	out    htmlElement // #transliterated
	errEl  htmlElement
	text   string // the last romanization, for copy and download
	id     string // its scheme
}

func (v *romanView) find(f *finder) {
	v.scheme = find[*dom.HTMLSelectElement](f, "scheme")
	v.note = f.el("scheme-description")
	v.out = f.el("transliterated")
	v.errEl = f.el("scheme-error")
}

// build fills the select with every scheme of arabic/translit.
func (v *romanView) build() {
	frag := fragment()
	for _, s := range translit.Schemes() {
		frag.add(elem("option", "").attr("value", s.ID).text(s.Name + " (" + s.ID + ")"))
	}
	replace(v.scheme, frag)
	v.scheme.SetValue(defaultScheme)
	if v.scheme.Value() == "" {
		v.scheme.Underlying().Set("selectedIndex", 0)
	}
	v.scheme.SetDisabled(false)
	v.describe()
}

func (v *romanView) wire(p *page) {
	listen(v.scheme.Underlying(), "change", v.errEl, func(js.Value) {
		v.describe()
		p.saveState()
		p.request(workRoman, 0)
	})
}

// describe writes what the chosen scheme is under the select.
func (v *romanView) describe() {
	s, err := translit.Lookup(v.scheme.Value())
	if err != nil {
		v.note.SetTextContent("")
		return
	}
	kind := "One way: Arabic to Latin letters."
	switch {
	case s.Reversible:
		kind = "Reversible: the Arabic can be restored exactly."
	case s.Guess:
		kind = "Can be read back to Arabic as a best guess."
	}
	v.note.SetTextContent(kind + " Follows " + s.Source + ".")
}

// showRoman shows the transliteration of the article as pasted.
func (p *page) showRoman(o *outcome) error {
	if o.err != "" {
		return errors.New(o.err)
	}
	v := &p.roman
	v.text, v.id = o.roman, o.romanID
	setText(v.out, v.text)
	p.exports.enable(p)
	return nil
}
