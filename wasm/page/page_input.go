//go:build js && wasm

package page

import (
	"syscall/js"

	"github.com/harf-project/harf/arabic/textfile"
	"github.com/harf-project/harf/internal/corpus"
	"github.com/harf-project/harf/wasm/jsvalue"
	"honnef.co/go/js/dom/v2"
)

// maxFileSize is the largest file the page reads (bytes): a 1 MB article
// takes about a second to update, so 8 MB is about as long as a person
// waits, and well below what a tab's memory holds.
const maxFileSize = 8_000_000

// inputView holds the ways text gets into the article: the sample, clear,
// opening a file and dropping one on the article.
type inputView struct {
	sample htmlElement
	clear  htmlElement
	file   *dom.HTMLInputElement
	msg    htmlElement // what happened, next to the buttons
	errEl  htmlElement // #article-error
}

func (v *inputView) find(f *finder) {
	v.sample = f.el("sample")
	v.clear = f.el("clear")
	v.file = find[*dom.HTMLInputElement](f, "file")
	v.msg = f.el("article-msg")
	v.errEl = f.el("article-error")
}

func (v *inputView) wire(p *page) {
	for _, b := range []htmlElement{v.sample, v.clear, v.file} {
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

// readFile reads a file into the article: its bytes are decoded as what
// they are (textfile.Decode) and the message says which encoding it was.
// A file that is not text, or too large for the page, changes nothing and
// gets a message saying why; the size is checked before reading.
func (p *page) readFile(file js.Value) {
	v := &p.input
	name := file.Get("name").String()
	size := file.Get("size").Int()
	if size > maxFileSize {
		showError(v.errEl, name+" is "+sizeText(size)+": the page handles files up to "+sizeText(maxFileSize)+
			". For larger files use the command line (harf normalize FILE), which streams them.")
		return
	}
	clearError(v.errEl)
	note(v.msg, "Opening "+name+"…", false)
	var onload, onerror js.Func
	release := func() { onload.Release(); onerror.Release() }
	onload = callback(v.errEl, func(args []js.Value) {
		release()
		buf := js.Global().Get("Uint8Array").New(args[0])
		b := make([]byte, buf.Length())
		js.CopyBytesToGo(b, buf)
		text, enc, err := textfile.Decode(b)
		if err != nil {
			v.msg.SetAttribute("hidden", "")
			showError(v.errEl, "Did not open "+name+": "+err.Error()+
				". Open or drop a text file (for a Word or PDF document, copy its text and paste it). The article is unchanged.")
			return
		}
		p.setArticle(jsvalue.String(text))
		note(v.msg, "Opened "+name+" as "+string(enc)+" ("+sizeText(size)+"). It stays on this machine.", false)
	})
	onerror = callback(v.errEl, func(args []js.Value) {
		release()
		msg := "the browser could not read it"
		if len(args) > 0 && args[0].Truthy() && args[0].Get("message").Truthy() {
			msg = args[0].Get("message").String()
		}
		v.msg.SetAttribute("hidden", "")
		showError(v.errEl, "Could not open "+name+": "+msg+".")
	})
	file.Call("arrayBuffer").Call("then", onload, onerror)
}
