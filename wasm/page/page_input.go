//go:build js && wasm

package page

import (
	"github.com/harf-project/harf/wasm/jsvalue"

	"strings"
	"syscall/js"

	"github.com/harf-project/harf/internal/corpus"
	"honnef.co/go/js/dom/v2"
)

// maxFileSize is the largest file the page reads (bytes).
const maxFileSize = 32 << 20

// inputView holds the ways text gets into the article: the sample, clear,
// opening a file and dropping one on the article.
type inputView struct {
	sample dom.Element
	clear  dom.Element
	file   *dom.HTMLInputElement
	msg    dom.Element // what happened, next to the buttons
	errEl  dom.Element // #article-error
}

func (v *inputView) find(f *finder) {
	v.sample = f.el("sample")
	v.clear = f.el("clear")
	v.file = find[*dom.HTMLInputElement](f, "file")
	v.msg = f.el("article-msg")
	v.errEl = f.el("article-error")
}

func (v *inputView) wire(p *page) {
	for _, b := range []dom.Element{v.sample, v.clear, v.file} {
		b.RemoveAttribute("disabled")
	}
	listen(v.sample.Underlying(), "click", v.errEl, func(js.Value) {
		p.setArticle(jsvalue.String(corpus.Article))
		p.search.sampleNames.RemoveAttribute("hidden")
		note(v.msg, "Sample loaded: an invented news report, with diacritics, variant spellings, a ligature, a bidi mark and a Latin name. Try the sample names under Find names.", false)
	})
	listen(v.clear.Underlying(), "click", v.errEl, func(js.Value) {
		p.setArticle(js.ValueOf(""))
		v.msg.SetAttribute("hidden", "")
		p.article.Focus()
	})
	listen(v.file.Underlying(), "change", v.errEl, func(js.Value) {
		files := v.file.Underlying().Get("files")
		if files.Length() > 0 {
			p.readFile(files.Index(0))
		}
		v.file.Underlying().Set("value", "") // the same file can be opened again
	})

	// Dropping a file on the article reads it as text. Dropping text (not a
	// file) is left to the textarea.
	ta := p.article.Underlying()
	listen(ta, "dragover", v.errEl, func(ev js.Value) {
		if hasFiles(ev) {
			ev.Call("preventDefault")
			ev.Get("dataTransfer").Set("dropEffect", "copy")
			p.article.Class().Add("dragover")
		}
	})
	listen(ta, "dragleave", v.errEl, func(js.Value) { p.article.Class().Remove("dragover") })
	listen(ta, "drop", v.errEl, func(ev js.Value) {
		p.article.Class().Remove("dragover")
		if !hasFiles(ev) {
			return
		}
		ev.Call("preventDefault")
		ev.Call("stopPropagation")
		files := ev.Get("dataTransfer").Get("files")
		if files.Length() == 0 {
			return
		}
		p.readFile(files.Index(0))
		if files.Length() > 1 {
			note(v.msg, "Only the first of the dropped files is read.", false)
		}
	})
	// A file dropped next to the article would make the browser leave the
	// page (and the text) to show the file.
	for _, typ := range []string{"dragover", "drop"} {
		listen(js.Global(), typ, v.errEl, func(ev js.Value) {
			if hasFiles(ev) && !ev.Get("defaultPrevented").Bool() {
				ev.Call("preventDefault")
				if typ == "drop" {
					showError(v.errEl, "Drop the file on the article box to open it.")
				}
			}
		})
	}
}

// hasFiles reports whether a drag event carries files.
func hasFiles(ev js.Value) bool {
	dt := ev.Get("dataTransfer")
	if !dt.Truthy() {
		return false
	}
	return js.Global().Get("Array").Call("from", dt.Get("types")).Call("includes", "Files").Bool()
}

// setArticle replaces the article's text (a JS string) and updates at once.
func (p *page) setArticle(s js.Value) {
	p.article.Underlying().Set("value", s)
	clearError(p.input.errEl)
	p.request(workAll, 0)
}

// readFile reads a plain-text file into the article with a FileReader,
// as UTF-8 text; anything else is refused with a message.
func (p *page) readFile(file js.Value) {
	v := &p.input
	name := file.Get("name").String()
	typ := file.Get("type").String()
	size := file.Get("size").Int()
	lower := strings.ToLower(name)
	isText := strings.HasPrefix(typ, "text/") ||
		typ == "" && (strings.HasSuffix(lower, ".txt") || strings.HasSuffix(lower, ".text"))
	switch {
	case !isText:
		showError(v.errEl, name+" is not a plain-text file. Open or drop a .txt file (for a Word or PDF document, copy its text and paste it).")
		return
	case size > maxFileSize:
		showError(v.errEl, name+" is "+sizeText(size)+": the page reads files up to "+sizeText(maxFileSize)+".")
		return
	}
	reader := js.Global().Get("FileReader").New()
	var onload, onerror js.Func
	release := func() { onload.Release(); onerror.Release() }
	onload = callback(v.errEl, func([]js.Value) {
		release()
		p.setArticle(reader.Get("result"))
		note(v.msg, "Opened "+name+" ("+sizeText(size)+"). It stays on this machine.", false)
	})
	onerror = callback(v.errEl, func([]js.Value) {
		release()
		msg := "the browser could not read it"
		if err := reader.Get("error"); err.Truthy() && err.Get("message").Truthy() {
			msg = err.Get("message").String()
		}
		showError(v.errEl, "Could not open "+name+": "+msg+".")
	})
	reader.Set("onload", onload)
	reader.Set("onerror", onerror)
	reader.Call("readAsText", file, "utf-8")
}
