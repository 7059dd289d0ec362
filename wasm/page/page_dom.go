//go:build js && wasm

package page

import (
	"strconv"
	"strings"
	"syscall/js"
	"unicode"

	"github.com/harf-project/harf/wasm/jsvalue"
	"honnef.co/go/js/dom/v2"
)

// The page builds its output from elements and text nodes only: text that
// came from the person (the article, the queries) is set as textContent or
// as a text node, never parsed as HTML. Every string goes through jsString
// so that a leading U+FEFF survives the crossing (see jsvalue.String).
//
// The builders below work on js.Value directly: the page creates thousands
// of nodes for a long article, and dom/v2's wrappers cost a few JS calls
// each.

// setText sets el's text exactly; never HTML.
func setText(el htmlElement, s string) {
	el.Underlying().Set("textContent", jsvalue.String(s))
}

// element wraps the DOM element v as the dom/v2 type T, and reports
// whether v is that kind of element. dom/v2's own wrappers
// (Document.GetElementByID, WrapElement) choose the type with a switch over
// every HTML element type, which links every method of every type: about
// 70 KB of harf.wasm, gzipped. The page knows which type each element has.
func element[T htmlElement](v js.Value) (T, bool) {
	basic := &dom.BasicHTMLElement{BasicElement: &dom.BasicElement{BasicNode: &dom.BasicNode{Value: v}}}
	tag := v.Get("tagName").String()
	var zero T
	var el htmlElement
	switch any(&zero).(type) {
	case **dom.HTMLInputElement:
		if tag == "INPUT" {
			el = &dom.HTMLInputElement{BasicHTMLElement: basic}
		}
	case **dom.HTMLSelectElement:
		if tag == "SELECT" {
			el = &dom.HTMLSelectElement{BasicHTMLElement: basic}
		}
	case **dom.HTMLTextAreaElement:
		if tag == "TEXTAREA" {
			el = &dom.HTMLTextAreaElement{BasicHTMLElement: basic}
		}
	case *htmlElement:
		el = basic
	}
	t, ok := el.(T)
	return t, ok
}

// node is an element being built.
type node struct{ v js.Value }

// jsDoc is the document, for the builders.
func jsDoc() js.Value { return js.Global().Get("document") }

// elem creates an element with the given class (none when "").
func elem(tag, class string) node {
	v := jsDoc().Call("createElement", tag)
	if class != "" {
		v.Set("className", class)
	}
	return node{v}
}

// text sets the element's text exactly and returns it.
func (n node) text(s string) node {
	n.v.Set("textContent", jsvalue.String(s))
	return n
}

// attr sets an attribute and returns the element.
func (n node) attr(name, value string) node {
	n.v.Call("setAttribute", name, jsvalue.String(value))
	return n
}

// add appends children (nodes or js.Values of nodes) and returns n.
func (n node) add(children ...any) node {
	for _, c := range children {
		switch c := c.(type) {
		case node:
			n.v.Call("append", c.v)
		case js.Value:
			n.v.Call("append", c)
		case string:
			n.v.Call("append", textNode(c))
		default:
			panic("node.add: a child of an unexpected type")
		}
	}
	return n
}

// textNode creates a text node holding s exactly.
func textNode(s string) js.Value {
	return jsDoc().Call("createTextNode", jsvalue.String(s))
}

// fragment creates an empty document fragment.
func fragment() node { return node{jsDoc().Call("createDocumentFragment")} }

// replace replaces the children of parent with the children of frag.
func replace(parent htmlElement, frag node) {
	parent.Underlying().Call("replaceChildren", frag.v)
}

// bdi returns an isolated span of Arabic (or unknown-direction) text, so
// that it reads in the right order inside English sentences.
func bdi(s string) node {
	return elem("bdi", "").attr("dir", "auto").attr("lang", "ar").text(s)
}

// appendExample appends "from → to" to el, each side isolated (<bdi>) so that
// Arabic examples read in the right order inside English text.
func appendExample(el node, from, to string) {
	el.add(bdi(from), " → ", bdi(to))
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
		case r == '\n':
			b.WriteString("↵")
		case unicode.Is(unicode.Mn, r):
			b.WriteString("◌")
			b.WriteRune(r)
		case !unicode.IsGraphic(r) || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
			b.WriteString("[U+" + codePoint(r) + "]")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// invisible reports whether s has nothing to see: only format characters
// (zero-width and bidi controls) or nothing at all.
func invisible(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}

// plural writes n with its noun, "1 word", "2 words", "3 matches".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "ch") || strings.HasSuffix(noun, "s") {
		return groupDigits(n) + " " + noun + "es"
	}
	return groupDigits(n) + " " + noun + "s"
}

// groupDigits writes n with thousands separators: 12,345.
func groupDigits(n int) string {
	if n < 0 {
		return "-" + groupDigits(-n)
	}
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// callback wraps fn as a JS function. A panic in fn is logged and shown in
// errEl (next to the control it concerns): a panic that escaped a js.FuncOf
// callback would stop the Go program and leave a dead page.
func callback(errEl htmlElement, fn func(args []js.Value)) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) any {
		defer func() {
			if r := recover(); r != nil {
				msg := "Something went wrong: " + jsvalue.PanicError(r).Error()
				js.Global().Get("console").Call("error", "harf: "+msg)
				showError(errEl, msg)
			}
		}()
		fn(args)
		return nil
	})
}

// listen adds an event listener (for the life of the page) through
// callback.
func listen(target js.Value, typ string, errEl htmlElement, fn func(ev js.Value)) {
	target.Call("addEventListener", typ, callback(errEl, func(args []js.Value) {
		ev := js.Undefined()
		if len(args) > 0 {
			ev = args[0]
		}
		fn(ev)
	}))
}

// closest returns the nearest ancestor-or-self of an event's target that
// matches sel inside root, or null.
func closest(ev js.Value, sel string) js.Value {
	t := ev.Get("target")
	if t.IsNull() || t.IsUndefined() || t.Get("closest").IsUndefined() {
		return js.Null()
	}
	return t.Call("closest", sel)
}

// intAttr reads an integer attribute of an element; -1 when it has none.
func intAttr(v js.Value, name string) int {
	a := v.Call("getAttribute", name)
	if a.IsNull() {
		return -1
	}
	n, err := strconv.Atoi(a.String())
	if err != nil {
		return -1
	}
	return n
}

// rovingKeys moves the focus among the items of a list that matches sel
// inside container with the arrow keys, Home and End, keeping exactly one
// of them in the tab order (tabindex 0), so that a long list of results is
// one Tab stop.
func rovingKeys(container htmlElement, sel string, errEl htmlElement) {
	listen(container.Underlying(), "keydown", errEl, func(ev js.Value) {
		cur := closest(ev, sel)
		if cur.IsNull() {
			return
		}
		items := container.Underlying().Call("querySelectorAll", sel)
		n := items.Length()
		i := 0
		for ; i < n; i++ {
			if items.Index(i).Equal(cur) {
				break
			}
		}
		next := -1
		switch ev.Get("key").String() {
		case "ArrowDown", "ArrowRight":
			next = i + 1
		case "ArrowUp", "ArrowLeft":
			next = i - 1
		case "Home":
			next = 0
		case "End":
			next = n - 1
		default:
			return
		}
		if ev.Get("key").String() == "ArrowRight" || ev.Get("key").String() == "ArrowLeft" {
			// In right-to-left text the arrows point the other way.
			if js.Global().Call("getComputedStyle", cur).Get("direction").String() == "rtl" {
				next = 2*i - next
			}
		}
		if next < 0 || next >= n {
			return
		}
		ev.Call("preventDefault")
		focusItem(container.Underlying(), sel, items.Index(next))
	})
}

// focusItem makes item the list's tab stop and focuses it.
func focusItem(container js.Value, sel string, item js.Value) {
	if old := container.Call("querySelector", sel+`[tabindex="0"]`); !old.IsNull() {
		old.Call("setAttribute", "tabindex", "-1")
	}
	item.Call("setAttribute", "tabindex", "0")
	item.Call("focus", map[string]any{"preventScroll": false})
}

// jsSlice returns s.slice(a, b) of a JS string (syscall/js cannot call a
// method on a string primitive).
func jsSlice(s js.Value, a, b int) js.Value {
	return js.Global().Get("String").Get("prototype").Get("slice").Call("call", s, a, b)
}

// codePoint writes r's code point in hex, at least four digits (200F).
func codePoint(r rune) string {
	const hex = "0123456789ABCDEF"
	var b [8]byte
	i := len(b)
	for u := uint32(r); u > 0 || i > len(b)-4; u >>= 4 {
		i--
		b[i] = hex[u&0xF]
	}
	return string(b[i:])
}

// decimal formats f with the given number of decimals, for timings.
func decimal(f float64, places int) string {
	return strconv.FormatFloat(f, 'f', places, 64)
}

// htmlElement is what the page asks of an element: the methods of dom/v2's
// Element it calls. The page holds elements as this, never as dom.Element:
// that interface's methods name dom.Event, whose Timestamp links package
// time's formatting of time.Time into harf.wasm.
type htmlElement interface {
	Underlying() js.Value
	SetAttribute(name, value string)
	GetAttribute(name string) string
	RemoveAttribute(name string)
	HasAttribute(name string) bool
	SetTextContent(s string)
	Class() *dom.TokenList
}
