//go:build js && wasm

package page

import (
	"errors"
	"strconv"
	"strings"
	"syscall/js"
	"unicode"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/normalize"
	"honnef.co/go/js/dom/v2"
)

// customPreset is the preset select's value when the boxes match no preset.
const customPreset = "custom"

// optionInfo is how the page presents an option: a name and an example of
// what it does (from → to), or a note when an example would be invisible.
type optionInfo struct {
	label, from, to, note string
}

// optionInfos presents the option ids of arabic/normalize; an id missing
// here is shown by its id.
var optionInfos = map[string]optionInfo{
	"diacritics":        {label: "Diacritics", from: "بَ بٌ بّ بْ", to: "ب"},
	"tatweel":           {label: "Tatweel", from: "بـــاب", to: "باب"},
	"alef":              {label: "Alef forms", from: "أ إ آ ٱ", to: "ا"},
	"alefMaksura":       {label: "Alef maksura", from: "ى", to: "ي"},
	"tehMarbuta":        {label: "Teh marbuta", from: "ة", to: "ه"},
	"hamza":             {label: "Hamza seats", from: "ؤ ئ", to: "و ي"},
	"presentationForms": {label: "Ligatures", from: "ﻷ ﷲ", to: "لأ الله"},
	"persian":           {label: "Persian letters", from: "ی ک", to: "ي ك"},
	"digits":            {label: "Digits", from: "٠١٢ ۴۵۶", to: "012 456"},
	"punctuation":       {label: "Punctuation", from: "، ؛ ؟", to: ", ; ?"},
	"invisibles":        {label: "Invisible marks", note: "zero-width and bidi controls removed"},
	"whitespace":        {label: "Spaces", note: "runs of spaces and tabs become one space"},
}

// label returns the name the page shows for an option id.
func label(id string) string {
	if info, ok := optionInfos[id]; ok {
		return info.label
	}
	return id
}

// ruleLabel names the options of a change's rule ("Ligatures + Alef forms").
func ruleLabel(rule string) string {
	ids := strings.Split(rule, "+")
	for i, id := range ids {
		ids[i] = label(id)
	}
	return strings.Join(ids, " + ")
}

// normalizeView is the "Cleaned text" panel.
type normalizeView struct {
	preset     *dom.HTMLSelectElement
	presetNote htmlElement
	options    htmlElement
	boxes      map[string]*dom.HTMLInputElement // option id → checkbox
	normalized htmlElement
	rules      htmlElement // per-rule counts
	view       htmlElement // the article with each change marked
	detail     htmlElement // the focused change, described
	note       htmlElement // "showing N of M"
	errEl      htmlElement
	res        *normalize.Result // the last result, for copy and download
	marks      []changeMark
}

func (v *normalizeView) find(f *finder) {
	v.preset = find[*dom.HTMLSelectElement](f, "preset")
	v.presetNote = f.el("preset-description")
	v.options = f.el("options")
	v.normalized = f.el("normalized")
	v.rules = f.el("changes")
	v.view = f.el("changes-view")
	v.detail = f.el("change-detail")
	v.note = f.el("changes-note")
	v.errEl = f.el("normalize-error")
	v.boxes = map[string]*dom.HTMLInputElement{}
}

// build fills the preset select and the option boxes from arabic/normalize.
func (v *normalizeView) build() {
	fillPresets(v.preset, true)
	v.preset.SetDisabled(false)
	v.buildOptions()
	v.applyPreset(defaultPreset)
}

// fillPresets fills a select with the presets of normalize.Presets (plus a
// "custom" entry for boxes that match no preset).
func fillPresets(sel *dom.HTMLSelectElement, custom bool) {
	frag := fragment()
	for _, pr := range normalize.Presets() {
		name := pr.ID
		if pr.ID == defaultPreset {
			name += " (default)"
		}
		frag.add(elem("option", "").attr("value", pr.ID).attr("title", pr.Description).text(name))
	}
	if custom {
		frag.add(elem("option", "").attr("value", customPreset).attr("disabled", "").text("custom"))
	}
	replace(sel, frag)
}

// buildOptions fills the fieldset with one labelled checkbox per option id.
func (v *normalizeView) buildOptions() {
	frag := fragment()
	if legend := v.options.Underlying().Call("querySelector", "legend"); !legend.IsNull() {
		frag.add(legend)
	}
	for _, id := range normalize.OptionIDs() {
		box := elem("input", "").attr("type", "checkbox").attr("id", "opt-"+id).attr("data-option", id)
		name := elem("span", "option-name").text(label(id))
		hint := elem("span", "option-hint")
		if info := optionInfos[id]; info.note != "" {
			hint.text(info.note)
		} else if info.from != "" {
			appendExample(hint, info.from, info.to)
		}
		lab := elem("label", "").attr("for", "opt-"+id).attr("title", normalize.Describe(id)).
			add(name, elem("code", "").text(id), hint)
		frag.add(elem("div", "option").add(box, lab))
	}
	replace(v.options, frag)
	for _, id := range normalize.OptionIDs() {
		v.boxes[id], _ = element[*dom.HTMLInputElement](jsDoc().Call("getElementById", "opt-"+id))
	}
}

func (v *normalizeView) wire(p *page) {
	listen(v.preset.Underlying(), "change", v.errEl, func(js.Value) {
		v.applyPreset(v.preset.Value())
		p.saveState()
		p.request(workClean, 0)
	})
	for _, box := range v.boxes {
		listen(box.Underlying(), "change", v.errEl, func(js.Value) {
			v.syncPreset()
			p.saveState()
			p.request(workClean, 0)
		})
	}
	listen(v.view.Underlying(), "focusin", v.errEl, func(ev js.Value) { v.describe(closest(ev, "mark")) })
	listen(v.view.Underlying(), "click", v.errEl, func(ev js.Value) {
		if m := closest(ev, "mark"); !m.IsNull() {
			focusItem(v.view.Underlying(), "mark", m)
		}
	})
	rovingKeys(v.view, "mark", v.errEl)
}

// applyPreset sets the boxes to the preset's options; "custom" keeps them.
func (v *normalizeView) applyPreset(id string) {
	opts, err := normalize.PresetOptions(id)
	if err != nil {
		v.syncPreset()
		return
	}
	v.setOptions(opts)
}

// setOptions sets the boxes and selects the preset they match.
func (v *normalizeView) setOptions(o normalize.Options) {
	for id, box := range v.boxes {
		on, _ := o.Get(id)
		box.SetChecked(on)
	}
	v.syncPreset()
}

// syncPreset selects the preset the boxes match, or "custom".
func (v *normalizeView) syncPreset() {
	id := presetOf(v.optionsOn())
	v.preset.SetValue(id)
	v.presetNote.SetTextContent(presetDescription(id))
}

// presetOf returns the id of the preset with exactly these options, or
// "custom".
func presetOf(o normalize.Options) string {
	for _, pr := range normalize.Presets() {
		if pr.Options == o {
			return pr.ID
		}
	}
	return customPreset
}

// presetDescription is the sentence shown under the preset select.
func presetDescription(id string) string {
	for _, pr := range normalize.Presets() {
		if pr.ID == id {
			return pr.Description
		}
	}
	return "Your own choice of options."
}

// optionsOn reads the options from the boxes.
func (v *normalizeView) optionsOn() normalize.Options {
	var o normalize.Options
	for id, box := range v.boxes {
		_ = o.Set(id, box.Checked()) // ids come from normalize.OptionIDs
	}
	return o
}

// showClean shows the normalized article: the text, the counts per rule
// and the marked changes.
func (p *page) showClean(o *outcome) error {
	if o.err != "" {
		return errors.New(o.err)
	}
	v := &p.norm
	res := &o.clean
	v.res = res
	setText(v.normalized, res.Text)
	breathe()
	v.showRules(res)
	breathe()
	v.showView(p.text, res)
	p.exports.enable(p)
	return nil
}

// showRules lists, for each option that acted, how many edits it took part
// in, what it does (normalize.Describe) and a few distinct examples. An edit
// made by several rules together (ﻷ → لا is presentationForms+alef) counts
// for each.
func (v *normalizeView) showRules(res *normalize.Result) {
	type ruleStat struct {
		count    int
		examples [][2]string
	}
	const maxExamples = 4
	stats := map[string]*ruleStat{}
	for i, c := range res.Changes {
		if i%4096 == 4095 {
			breathe()
		}
		for _, id := range strings.Split(c.Rule, "+") {
			st := stats[id]
			if st == nil {
				st = &ruleStat{}
				stats[id] = st
			}
			st.count++
			ex := [2]string{c.From, c.To}
			if len(st.examples) < maxExamples && !containsExample(st.examples, ex) {
				st.examples = append(st.examples, ex)
			}
		}
	}
	frag := fragment()
	for _, id := range normalize.OptionIDs() {
		st := stats[id]
		if st == nil {
			continue
		}
		examples := elem("span", "rule-examples")
		for _, ex := range st.examples {
			e := elem("span", "example")
			appendExample(e, visible(ex[0]), visible(ex[1]))
			examples.add(e)
		}
		frag.add(elem("li", "").attr("data-rule", id).add(
			elem("span", "rule-count").text(groupDigits(st.count)),
			elem("span", "rule-name").text(label(id)),
			elem("span", "rule-desc").text(normalize.Describe(id)),
			examples))
	}
	if len(res.Changes) == 0 {
		msg := "Nothing to change under these options."
		if res.Input == "" {
			msg = "Paste an article to see what the options change."
		}
		frag.add(elem("li", "none").text(msg))
	}
	replace(v.rules, frag)
}

// containsExample reports whether ex is among exs.
func containsExample(exs [][2]string, ex [2]string) bool {
	for _, e := range exs {
		if e == ex {
			return true
		}
	}
	return false
}

// changeMark is one highlighted place in the "what changed" view: a span of
// the article widened to whole letters (a letter with its marks, so that a
// removed vowel sign is seen on its letter) and the changes inside it.
type changeMark struct {
	start, end int   // bytes of the article
	changes    []int // indexes into Result.Changes
}

// changeMarks groups the changes into marks, at most limit of them.
func changeMarks(text string, cs []normalize.Change, limit int) []changeMark {
	var marks []changeMark
	for i, c := range cs {
		s, e := letterSpan(text, c.Start, c.End)
		if n := len(marks); n > 0 && s < marks[n-1].end {
			m := &marks[n-1]
			m.end = max(m.end, e)
			m.changes = append(m.changes, i)
			continue
		}
		if len(marks) == limit {
			break
		}
		marks = append(marks, changeMark{start: s, end: e, changes: []int{i}})
	}
	return marks
}

// letterSpan widens [s, e) to whole letters: a span that starts with
// combining marks takes the letter they sit on, and the marks that follow
// the span come with it.
func letterSpan(text string, s, e int) (int, int) {
	if r, _ := utf8.DecodeRuneInString(text[s:]); s < len(text) && unicode.Is(unicode.Mn, r) {
		for s > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:s])
			if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
				break
			}
			s -= size
			if !unicode.Is(unicode.Mn, r) {
				break // the letter that carries the marks
			}
		}
	}
	for e < len(text) {
		r, size := utf8.DecodeRuneInString(text[e:])
		if !unicode.Is(unicode.Mn, r) {
			break
		}
		e += size
	}
	return s, e
}

// showView shows the article with each change marked: a focusable <mark>
// per place, its rule in a tooltip (title) and, on focus, in the detail
// line. At most maxShown marks; the text after the last of them is cut at
// the end of its line when there are more.
func (v *normalizeView) showView(text string, res *normalize.Result) {
	v.marks = changeMarks(text, res.Changes, maxShown)
	cut := len(text)
	shown := 0
	if n := len(v.marks); n > 0 {
		shown = v.marks[n-1].changes[len(v.marks[n-1].changes)-1] + 1
	}
	if shown < len(res.Changes) {
		last := v.marks[len(v.marks)-1].end
		if i := strings.IndexByte(text[last:], '\n'); i >= 0 {
			cut = last + i
		}
	}
	hls := make([]highlight, len(v.marks))
	for i, m := range v.marks {
		if i%50 == 49 {
			breathe()
		}
		cls := "change"
		if invisible(text[m.start:m.end]) {
			cls += " invisible"
		}
		el := elem("mark", cls).attr("data-i", itoa(i)).
			attr("data-rule", res.Changes[m.changes[0]].Rule).
			attr("title", v.title(res, m)).
			attr("aria-describedby", "change-detail")
		if i == 0 {
			el.attr("tabindex", "0")
		} else {
			el.attr("tabindex", "-1")
		}
		hls[i] = highlight{start: m.start, end: m.end, el: el}
	}
	frag := renderMarked(text, cut, hls)
	if cut < len(text) {
		frag.add(elem("span", "cut").text("\n…"))
	}
	replace(v.view, frag)
	switch {
	case len(res.Changes) == 0:
		v.note.SetTextContent("")
	case shown < len(res.Changes):
		v.note.SetTextContent("Marked: the first " + groupDigits(shown) + " of " + groupDigits(len(res.Changes)) +
			" changes (the text after them is not shown here). Every change is in the cleaned text and its downloads.")
	default:
		v.note.SetTextContent(plural(len(res.Changes), "change") + " marked. Hover or focus a mark (arrow keys move between them) to see the rule.")
	}
	v.detail.SetTextContent("")
}

// title is the tooltip of a mark: one line per change, "Rule: from → to".
func (v *normalizeView) title(res *normalize.Result, m changeMark) string {
	var b strings.Builder
	for k, i := range m.changes {
		c := res.Changes[i]
		if k > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(ruleLabel(c.Rule))
		b.WriteString(": ")
		b.WriteString(visible(c.From))
		b.WriteString(" → ")
		b.WriteString(visible(c.To))
	}
	return b.String()
}

// describe writes what the focused mark changed, and why, into the detail
// line (which each mark names as its description).
func (v *normalizeView) describe(mark js.Value) {
	if mark.IsNull() || v.res == nil {
		return
	}
	i := intAttr(mark, "data-i")
	if i < 0 || i >= len(v.marks) {
		return
	}
	frag := fragment()
	for k, ci := range v.marks[i].changes {
		c := v.res.Changes[ci]
		if k > 0 {
			frag.add("; ")
		}
		var why []string
		for _, id := range strings.Split(c.Rule, "+") {
			why = append(why, normalize.Describe(id))
		}
		ex := elem("span", "example")
		appendExample(ex, visible(c.From), visible(c.To))
		frag.add(ex, " ", elem("strong", "").text(ruleLabel(c.Rule)), ": "+strings.Join(why, "; "))
	}
	replace(v.detail, frag)
}

// itoa is strconv.Itoa, short.
func itoa(n int) string { return strconv.Itoa(n) }
