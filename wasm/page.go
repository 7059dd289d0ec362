//go:build js && wasm

package main

import (
	"fmt"
	"strconv"
	"strings"
	"syscall/js"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/normalize"
	"honnef.co/go/js/dom/v2"
)

// debounce is how long the page waits after the last keystroke before it
// works on the article, so that typing never stutters.
const debounce = 150 * time.Millisecond

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

// page holds the elements the page works with.
type page struct {
	doc        dom.Document
	article    *dom.HTMLTextAreaElement
	preset     *dom.HTMLSelectElement
	presetNote dom.Element
	boxes      map[string]*dom.HTMLInputElement // option id → checkbox
	normalized dom.Element
	summary    dom.Element // counts and edit total, announced politely
	changes    dom.Element // the list of edits per rule
	articleErr dom.Element
	resultErr  dom.Element
	timer      *time.Timer
}

// byID returns the element with the given id as a T, or an error naming
// what is missing.
func byID[T dom.Element](doc dom.Document, id string) (T, error) {
	var zero T
	el := doc.GetElementByID(id)
	if el == nil {
		return zero, fmt.Errorf("the page has no element #%s", id)
	}
	t, ok := el.(T)
	if !ok {
		return zero, fmt.Errorf("#%s is a <%s>, not the element the page expects", id, strings.ToLower(el.TagName()))
	}
	return t, nil
}

// wirePage connects the page's controls when the document is Harf's page
// (it has an #article) and marks <html data-harf-ready="true">. An error
// while wiring is shown on the page, never left as a dead page.
func wirePage() {
	doc := dom.GetWindow().Document()
	if doc.GetElementByID("article") == nil {
		return // harf.wasm loaded into someone else's page: the API is all it gets
	}
	defer func() {
		if p := recover(); p != nil {
			showLoadError(doc, fmt.Sprintf("The page could not start: %v", p))
		}
	}()
	p, err := newPage(doc)
	if err != nil {
		showLoadError(doc, "The page could not start: "+err.Error())
		return
	}
	p.wire()
	p.update()
	if st := doc.GetElementByID("status"); st != nil {
		st.SetTextContent("Ready. Everything runs in this browser tab; nothing you paste leaves your machine.")
	}
	if v := doc.GetElementByID("version"); v != nil {
		v.SetTextContent("Harf " + version)
	}
	doc.DocumentElement().SetAttribute("data-harf-ready", "true")
}

// showLoadError puts msg into #load-error (or logs it when there is none).
func showLoadError(doc dom.Document, msg string) {
	js.Global().Get("console").Call("error", "harf: "+msg)
	if el := doc.GetElementByID("load-error"); el != nil {
		el.SetTextContent(msg)
		el.RemoveAttribute("hidden")
	}
}

// newPage finds the page's elements and builds the preset and option
// controls from arabic/normalize.
func newPage(doc dom.Document) (*page, error) {
	p := &page{doc: doc, boxes: map[string]*dom.HTMLInputElement{}}
	var err error
	get := func(id string) dom.Element {
		el, e := byID[dom.Element](doc, id)
		if e != nil && err == nil {
			err = e
		}
		return el
	}
	if p.article, err = byID[*dom.HTMLTextAreaElement](doc, "article"); err != nil {
		return nil, err
	}
	if p.preset, err = byID[*dom.HTMLSelectElement](doc, "preset"); err != nil {
		return nil, err
	}
	p.presetNote = get("preset-description")
	p.normalized = get("normalized")
	p.summary = get("summary")
	p.changes = get("changes")
	p.articleErr = get("article-error")
	p.resultErr = get("result-error")
	options := get("options")
	if err != nil {
		return nil, err
	}
	p.buildPresets()
	p.buildOptions(options)
	p.applyPreset(defaultPreset)
	p.timer = time.AfterFunc(time.Hour, p.update)
	p.timer.Stop()
	return p, nil
}

// buildPresets fills the preset select from normalize.Presets, plus a
// "custom" entry for boxes that match no preset.
func (p *page) buildPresets() {
	frag := p.doc.CreateDocumentFragment()
	for _, pr := range normalize.Presets() {
		o := p.doc.CreateElement("option")
		o.SetAttribute("value", pr.ID)
		o.SetAttribute("title", pr.Description)
		o.SetTextContent(pr.ID)
		frag.AppendChild(o)
	}
	o := p.doc.CreateElement("option")
	o.SetAttribute("value", customPreset)
	o.SetAttribute("disabled", "")
	o.SetTextContent("custom")
	frag.AppendChild(o)
	p.preset.Underlying().Call("replaceChildren", frag.Underlying())
	p.preset.SetDisabled(false)
}

// buildOptions fills the fieldset with one labelled checkbox per option id.
func (p *page) buildOptions(fieldset dom.Element) {
	legend := fieldset.QuerySelector("legend")
	frag := p.doc.CreateDocumentFragment()
	if legend != nil {
		frag.AppendChild(legend)
	}
	for _, id := range normalize.OptionIDs() {
		row := p.doc.CreateElement("div")
		row.Class().Add("option")
		box := p.doc.CreateElement("input").(*dom.HTMLInputElement)
		box.SetType("checkbox")
		box.SetID("opt-" + id)
		box.SetAttribute("data-option", id)
		lab := p.doc.CreateElement("label")
		lab.SetAttribute("for", "opt-"+id)
		name := p.doc.CreateElement("span")
		name.Class().Add("option-name")
		name.SetTextContent(label(id))
		lab.AppendChild(name)
		code := p.doc.CreateElement("code")
		code.SetTextContent(id)
		lab.AppendChild(code)
		hint := p.doc.CreateElement("span")
		hint.Class().Add("option-hint")
		if info := optionInfos[id]; info.note != "" {
			hint.SetTextContent(info.note)
		} else if info.from != "" {
			appendExample(p.doc, hint, info.from, info.to)
		}
		lab.AppendChild(hint)
		row.AppendChild(box)
		row.AppendChild(lab)
		frag.AppendChild(row)
		p.boxes[id] = box
	}
	fieldset.Underlying().Call("replaceChildren", frag.Underlying())
}

// appendExample appends "from → to" to el, each side isolated (<bdi>) so that
// Arabic examples read in the right order inside English text.
func appendExample(doc dom.Document, el dom.Element, from, to string) {
	f := doc.CreateElement("bdi")
	f.SetAttribute("lang", "ar")
	f.SetTextContent(from)
	t := doc.CreateElement("bdi")
	t.SetAttribute("lang", "ar")
	t.SetTextContent(to)
	el.AppendChild(f)
	el.AppendChild(doc.CreateTextNode(" → "))
	el.AppendChild(t)
}

// wire adds the event listeners.
func (p *page) wire() {
	p.article.AddEventListener("input", false, func(dom.Event) { p.timer.Reset(debounce) })
	p.preset.AddEventListener("change", false, func(dom.Event) {
		p.applyPreset(p.preset.Value())
		p.update()
	})
	for _, box := range p.boxes {
		box.AddEventListener("change", false, func(dom.Event) {
			p.syncPreset()
			p.update()
		})
	}
	if b := p.doc.GetElementByID("sample"); b != nil {
		b.RemoveAttribute("disabled")
		b.AddEventListener("click", false, func(dom.Event) {
			p.guard(p.articleErr, func() {
				p.article.Underlying().Set("value", jsString(sampleArticle))
				p.update()
			})
		})
	}
	if b := p.doc.GetElementByID("clear"); b != nil {
		b.RemoveAttribute("disabled")
		b.AddEventListener("click", false, func(dom.Event) {
			p.article.SetValue("")
			p.article.Focus()
			p.update()
		})
	}
}

// applyPreset sets the boxes to the preset's options; "custom" keeps them.
func (p *page) applyPreset(id string) {
	opts, err := normalize.PresetOptions(id)
	if err != nil {
		p.syncPreset()
		return
	}
	for oid, box := range p.boxes {
		on, _ := opts.Get(oid)
		box.SetChecked(on)
	}
	p.preset.SetValue(id)
	p.presetNote.SetTextContent(presetDescription(id))
}

// syncPreset selects the preset the boxes match, or "custom".
func (p *page) syncPreset() {
	opts := p.options()
	id := customPreset
	for _, pr := range normalize.Presets() {
		if pr.Options == opts {
			id = pr.ID
		}
	}
	p.preset.SetValue(id)
	p.presetNote.SetTextContent(presetDescription(id))
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

// options reads the options from the boxes.
func (p *page) options() normalize.Options {
	var o normalize.Options
	for id, box := range p.boxes {
		_ = o.Set(id, box.Checked()) // ids come from normalize.OptionIDs
	}
	return o
}

// guard runs fn, showing a panic as a message in errEl instead of letting
// it stop the page.
func (p *page) guard(errEl dom.Element, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprintf("Something went wrong: %v", panicError(r))
			js.Global().Get("console").Call("error", "harf: "+msg)
			errEl.SetTextContent(msg)
			errEl.RemoveAttribute("hidden")
		}
	}()
	fn()
	errEl.SetAttribute("hidden", "")
	errEl.SetTextContent("")
}

// update normalizes the article and shows the text, the counts and what
// changed.
func (p *page) update() {
	p.timer.Stop()
	p.guard(p.resultErr, func() {
		text := p.article.Value()
		res := normalize.For(p.options()).Normalize(text)
		setText(p.normalized, res.Text)
		p.showSummary(text, res)
		p.showChanges(res)
	})
}

// setText sets el's text exactly (see jsString); never HTML.
func setText(el dom.Element, s string) {
	el.Underlying().Set("textContent", jsString(s))
}

// showSummary writes the counts and the number of edits.
func (p *page) showSummary(text string, res *normalize.Result) {
	if text == "" {
		p.summary.SetTextContent("Paste or type an article to see it cleaned.")
		return
	}
	p.summary.SetTextContent(fmt.Sprintf("%s · %s · %s",
		plural(utf8.RuneCountInString(text), "character"),
		plural(len(strings.Fields(text)), "word"),
		plural(len(res.Changes), "edit")))
}

// maxExamples is how many distinct edits the page shows for each rule.
const maxExamples = 4

// ruleStat is what the page shows for one option: how many edits it took
// part in and the first distinct ones.
type ruleStat struct {
	count    int
	examples [][2]string
}

// showChanges lists, for each option that acted, how many edits it took
// part in and a few of them. An edit made by several rules together (ﻷ →
// لا is presentationForms+alef) counts for each.
func (p *page) showChanges(res *normalize.Result) {
	stats := map[string]*ruleStat{}
	for _, c := range res.Changes {
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
	frag := p.doc.CreateDocumentFragment()
	for _, id := range normalize.OptionIDs() {
		st := stats[id]
		if st == nil {
			continue
		}
		li := p.doc.CreateElement("li")
		li.SetAttribute("data-rule", id)
		name := p.doc.CreateElement("span")
		name.Class().Add("rule-name")
		name.SetTextContent(label(id))
		count := p.doc.CreateElement("span")
		count.Class().Add("rule-count")
		count.SetTextContent(groupDigits(st.count))
		li.AppendChild(name)
		li.AppendChild(count)
		ul := p.doc.CreateElement("span")
		ul.Class().Add("rule-examples")
		for _, ex := range st.examples {
			e := p.doc.CreateElement("span")
			e.Class().Add("example")
			appendExample(p.doc, e, visible(ex[0]), visible(ex[1]))
			ul.AppendChild(e)
		}
		li.AppendChild(ul)
		frag.AppendChild(li)
	}
	if len(res.Changes) == 0 && res.Input != "" {
		li := p.doc.CreateElement("li")
		li.Class().Add("none")
		li.SetTextContent("Nothing to change under these options.")
		frag.AppendChild(li)
	}
	p.changes.Underlying().Call("replaceChildren", frag.Underlying())
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

// visible spells s so that every character can be seen: a combining mark
// on a dotted circle, a space as ␣, an invisible character as U+XXXX, and
// nothing at all as ∅.
func visible(s string) string {
	if s == "" {
		return "∅"
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ':
			b.WriteString("␣")
		case unicode.Is(unicode.Mn, r):
			b.WriteString("◌")
			b.WriteRune(r)
		case !unicode.IsGraphic(r) || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
			fmt.Fprintf(&b, "[U+%04X]", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// plural writes n with its noun, "1 word", "2 words".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return groupDigits(n) + " " + noun + "s"
}

// groupDigits writes n with thousands separators: 12,345.
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + groupDigits(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
