//go:build js && wasm

package page

import (
	"bytes"
	"strconv"
	"strings"
	"syscall/js"
	"unicode/utf8"

	"github.com/harf-project/harf/arabic/fuzzy"
	"github.com/harf-project/harf/wasm/jsvalue"
)

// exportView holds the copy and download buttons, each with a message
// element next to it that says what happened (or what went wrong).
type exportView struct {
	copyClean, saveClean, copyRoman, saveRoman, saveCSV htmlElement
	cleanMsg, romanMsg, csvMsg                          htmlElement
}

func (v *exportView) find(f *finder) {
	v.copyClean = f.el("copy-normalized")
	v.saveClean = f.el("download-normalized")
	v.copyRoman = f.el("copy-transliterated")
	v.saveRoman = f.el("download-transliterated")
	v.saveCSV = f.el("download-matches")
	v.cleanMsg = f.el("normalized-msg")
	v.romanMsg = f.el("transliterated-msg")
	v.csvMsg = f.el("matches-msg")
}

func (v *exportView) wire(p *page) {
	listen(v.copyClean.Underlying(), "click", v.cleanMsg, func(js.Value) {
		if p.norm.res != nil {
			p.copyText(p.norm.res.Text, v.cleanMsg, "the cleaned text")
		}
	})
	listen(v.saveClean.Underlying(), "click", v.cleanMsg, func(js.Value) {
		if p.norm.res != nil {
			p.download(v.cleanMsg, "harf-cleaned.txt", "text/plain;charset=utf-8", []byte(p.norm.res.Text))
		}
	})
	listen(v.copyRoman.Underlying(), "click", v.romanMsg, func(js.Value) {
		p.copyText(p.roman.text, v.romanMsg, "the romanized text")
	})
	listen(v.saveRoman.Underlying(), "click", v.romanMsg, func(js.Value) {
		p.download(v.romanMsg, "harf-romanized-"+p.roman.id+".txt", "text/plain;charset=utf-8", []byte(p.roman.text))
	})
	listen(v.saveCSV.Underlying(), "click", v.csvMsg, func(js.Value) {
		p.download(v.csvMsg, "harf-matches.csv", "text/csv;charset=utf-8", matchesCSV(p.text, &p.search))
	})
}

// enable enables the buttons that have something to take away.
func (v *exportView) enable(p *page) {
	hasText := p.text != ""
	for _, b := range []htmlElement{v.copyClean, v.saveClean} {
		setDisabled(b, !hasText || p.norm.res == nil)
	}
	for _, b := range []htmlElement{v.copyRoman, v.saveRoman} {
		setDisabled(b, !hasText || p.roman.id == "")
	}
	setDisabled(v.saveCSV, len(p.search.matches) == 0)
}

// setDisabled sets a button's disabled property.
func setDisabled(b htmlElement, off bool) { b.Underlying().Set("disabled", off) }

// copyText puts text on the clipboard with navigator.clipboard, or, where
// that is missing or refused, with a hidden textarea and execCommand.
func (p *page) copyText(text string, msg htmlElement, what string) {
	done := func() {
		note(msg, "Copied "+what+" ("+plural(utf8.RuneCountInString(text), "character")+").", false)
	}
	fallback := func(reason string) {
		if fallbackCopy(text) {
			done()
			return
		}
		note(msg, "Could not copy "+what+reason+": select the text and press Ctrl+C (⌘C).", true)
	}
	clip := js.Global().Get("navigator").Get("clipboard")
	if !clip.Truthy() || clip.Get("writeText").Type() != js.TypeFunction {
		fallback("")
		return
	}
	var ok, fail js.Func
	release := func() { ok.Release(); fail.Release() }
	ok = callback(msg, func([]js.Value) {
		release()
		done()
	})
	fail = callback(msg, func(args []js.Value) {
		release()
		reason := ""
		if len(args) > 0 && args[0].Truthy() && args[0].Get("message").Truthy() {
			reason = " (" + args[0].Get("message").String() + ")"
		}
		fallback(reason)
	})
	clip.Call("writeText", jsvalue.String(text)).Call("then", ok, fail)
}

// fallbackCopy copies text through a hidden textarea and
// document.execCommand("copy"), and gives the focus back.
func fallbackCopy(text string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	doc := jsDoc()
	active := doc.Get("activeElement")
	ta := doc.Call("createElement", "textarea")
	ta.Set("className", "offscreen")
	ta.Call("setAttribute", "readonly", "")
	ta.Call("setAttribute", "aria-hidden", "true")
	ta.Set("value", jsvalue.String(text))
	doc.Get("body").Call("append", ta)
	ta.Call("select")
	ok = doc.Call("execCommand", "copy").Bool()
	ta.Call("remove")
	if active.Truthy() && active.Get("focus").Type() == js.TypeFunction {
		active.Call("focus", map[string]any{"preventScroll": true})
	}
	return ok
}

// download offers data as a file: a Blob, an object URL and a temporary
// <a download> that is clicked; the URL is revoked a minute later.
func (p *page) download(msg htmlElement, name, mime string, data []byte) {
	defer func() {
		if r := recover(); r != nil {
			note(msg, "Could not save "+name+": "+jsvalue.PanicError(r).Error(), true)
		}
	}()
	{
		u8 := js.Global().Get("Uint8Array").New(len(data))
		js.CopyBytesToJS(u8, data)
		blob := js.Global().Get("Blob").New([]any{u8}, map[string]any{"type": mime})
		url := js.Global().Get("URL").Call("createObjectURL", blob)
		a := jsDoc().Call("createElement", "a")
		a.Set("href", url)
		a.Set("download", name)
		a.Set("className", "offscreen")
		jsDoc().Get("body").Call("append", a)
		a.Call("click")
		a.Call("remove")
		var revoke js.Func
		revoke = callback(msg, func([]js.Value) {
			js.Global().Get("URL").Call("revokeObjectURL", url)
			revoke.Release()
		})
		js.Global().Call("setTimeout", revoke, 60_000)
	}
	note(msg, "Saved "+name+" ("+sizeText(len(data))+").", false)
}

// note writes a short message next to a control, as an error or not.
func note(msg htmlElement, text string, isErr bool) {
	setText(msg, text)
	msg.RemoveAttribute("hidden")
	if isErr {
		msg.Class().Add("error")
	} else {
		msg.Class().Remove("error")
	}
}

// sizeText writes a byte count for people: 12 bytes, 3.4 KB, 1.2 MB.
func sizeText(n int) string {
	switch {
	case n < 1000:
		return plural(n, "byte")
	case n < 1_000_000:
		return strconv.FormatFloat(float64(n)/1000, 'f', 1, 64) + " KB"
	default:
		return strconv.FormatFloat(float64(n)/1_000_000, 'f', 1, 64) + " MB"
	}
}

// csvHeader is the first row of the matches CSV.
var csvHeader = []string{"query", "start", "end", "text", "distance", "score", "context"}

// matchesCSV writes every match of the last search as CSV: UTF-8 with a
// byte order mark (so that spreadsheet programs read the Arabic right),
// CRLF line ends, fields quoted where needed (RFC 4180), start and end in
// UTF-16 code units as in the page. A text field that a spreadsheet would
// take for a formula (= + - @ first) gets a leading apostrophe.
func matchesCSV(text string, s *searchView) []byte {
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	w := csvWriter{&b}
	w.Write(csvHeader)
	if s.version != 0 {
		for i, m := range s.matches {
			before, after := fuzzy.Context(text, m.Start, m.End, contextWords)
			w.Write([]string{
				cell(s.queries[m.Query]),
				strconv.Itoa(s.u16[i][0]),
				strconv.Itoa(s.u16[i][1]),
				cell(m.Text),
				strconv.Itoa(m.Distance),
				strconv.FormatFloat(m.Score, 'f', 3, 64),
				cell(before + m.Text + after),
			})
		}
	}
	return b.Bytes()
}

// csvWriter writes RFC 4180 records with CRLF line ends: a field is quoted
// when it holds a quote, a comma, a line break or leading space, and its
// quotes are doubled. It does what encoding/csv's Writer does for these
// records; that package links fmt, which adds about 170 KB to harf.wasm.
type csvWriter struct{ b *bytes.Buffer }

// Write writes one record.
func (w csvWriter) Write(fields []string) {
	for i, f := range fields {
		if i > 0 {
			w.b.WriteByte(',')
		}
		if f == "" || !strings.ContainsAny(f, "\",\r\n") && f[0] != ' ' && f[0] != '\t' {
			w.b.WriteString(f)
			continue
		}
		w.b.WriteByte('"')
		for len(f) > 0 { // each " doubled
			i := strings.IndexByte(f, '"') + 1
			if i == 0 {
				i = len(f)
			}
			w.b.WriteString(f[:i])
			if f[i-1] == '"' {
				w.b.WriteByte('"')
			}
			f = f[i:]
		}
		w.b.WriteByte('"')
	}
	w.b.WriteString("\r\n")
}

// cell guards a text cell against formula injection.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
