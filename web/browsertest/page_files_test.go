package browsertest

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/chromedp"
	"golang.org/x/text/encoding/charmap"
)

// fileText is the text of the test files: our own sentence, with hamza
// forms, ة, ى, a diacritic and Arabic punctuation, which every encoding
// below can hold.
const fileText = "أعلنت اللجنة، مساء الخميس، نتائجَ المسابقة الأولى\r\nفهل يعود الفائز إلى المدينة؟"

// legacy encodes s in a single-byte code page.
func legacy(t *testing.T, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	var b []byte
	for _, r := range s {
		c, ok := cm.EncodeRune(r)
		if !ok {
			t.Fatalf("%q has no byte in %v", r, cm)
		}
		b = append(b, c)
	}
	return b
}

// utf16BOM encodes s as UTF-16 with a byte order mark.
func utf16BOM(s string, bigEndian bool) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune("\uFEFF" + s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

// giveFile hands the page a file with the given bytes, by the file input
// (how="open") or by dropping it on the article (how="drop").
func giveFile(tab *Tab, how, name string, data []byte) {
	tab.T.Helper()
	Eval[chromedp.Void](tab, fmt.Sprintf(`(() => {
		const bytes = Uint8Array.from(atob(%s), c => c.charCodeAt(0));
		const dt = new DataTransfer();
		dt.items.add(new File([bytes], %s, {type: "text/plain"}));
		if (%s === "open") {
			const input = document.getElementById("file");
			input.files = dt.files;
			input.dispatchEvent(new Event("change", {bubbles: true}));
		} else {
			document.getElementById("article").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
		}
	})()`, JS(base64.StdEncoding.EncodeToString(data)), JS(name), JS(how)))
}

func TestOpenFileEncodings(t *testing.T) {
	files := []struct {
		name     string
		data     []byte
		encoding string
	}{
		{"utf8.txt", []byte(fileText), "UTF-8"},
		{"utf8-bom.txt", append([]byte{0xEF, 0xBB, 0xBF}, fileText...), "UTF-8 with BOM"},
		{"utf16le.txt", utf16BOM(fileText, false), "UTF-16 LE"},
		{"utf16be.txt", utf16BOM(fileText, true), "UTF-16 BE"},
		{"windows.txt", legacy(t, charmap.Windows1256, fileText), "Windows-1256"},
		{"iso.txt", legacy(t, charmap.ISO8859_6, fileText), "ISO-8859-6"},
	}
	tab := openPage(t)
	defer func(t testing.TB) { tab.T = t }(tab.T)
	for _, how := range []string{"open", "drop"} {
		for _, f := range files {
			t.Run(how+"/"+f.encoding, func(t *testing.T) {
				tab.T = t
				act(t, tab, `document.getElementById("clear").click()`)
				before := updateSeq(tab)
				giveFile(tab, how, f.name, f.data)
				waitUpdate(t, tab, before, 20*time.Second)
				// A textarea's value has LF line breaks, whatever the file had.
				if got, want := Eval[string](tab, `document.getElementById("article").value`), strings.ReplaceAll(fileText, "\r\n", "\n"); got != want {
					t.Errorf("the article holds %q, want %q", got, want)
				}
				want := "Opened " + f.name + " as " + f.encoding + " ("
				if msg := tab.Text("#article-msg"); !strings.Contains(msg, want) {
					t.Errorf("#article-msg = %q, want it to say %q", msg, want)
				}
				if !Eval[bool](tab, `document.getElementById("article-error").hidden`) {
					t.Errorf("#article-error shows %q", tab.Text("#article-error"))
				}
				if got := tab.Text("#normalized"); !strings.Contains(got, "نتائج المسابقة") {
					t.Errorf("#normalized = %q, want the cleaned text of the file", got)
				}
			})
		}
	}
	tab.AssertNoConsoleErrors()
}

func TestOpenFileRefused(t *testing.T) {
	tab := openPage(t)
	loadSample(t, tab)
	article := Eval[string](tab, `document.getElementById("article").value`)
	seq := updateSeq(tab)
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00")
	for _, c := range []struct {
		how, name string
		data      []byte
		want      string
	}{
		{"open", "photo.txt", png, "a PNG image, not a text file"},
		{"drop", "scan.png", png, "a PNG image, not a text file"},
		{"drop", "report.pdf", []byte("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"), "a PDF document, not a text file"},
		{"open", "data.bin", []byte{0x00, 0x01, 0x02, 0xFE, 0x10, 0x00, 0x33}, "not a text file"},
	} {
		Eval[chromedp.Void](tab, `(() => { const e = document.getElementById("article-error"); e.hidden = true; e.textContent = ""; })()`)
		giveFile(tab, c.how, c.name, c.data)
		if err := tab.Poll(`!document.getElementById("article-error").hidden`, 10*time.Second); err != nil {
			t.Fatalf("%s %s: no message", c.how, c.name)
		}
		msg := tab.Text("#article-error")
		if !strings.Contains(msg, c.name) || !strings.Contains(msg, c.want) || !strings.Contains(msg, "unchanged") {
			t.Errorf("%s %s: #article-error = %q, want the name, %q and that nothing changed", c.how, c.name, msg, c.want)
		}
	}
	// A file too large for the page is refused before it is read.
	Eval[chromedp.Void](tab, `(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([new Uint8Array(9_000_000).fill(0x41)], "archive.txt", {type: "text/plain"}));
		const input = document.getElementById("file");
		input.files = dt.files;
		input.dispatchEvent(new Event("change", {bubbles: true}));
	})()`)
	if msg := tab.Text("#article-error"); !strings.Contains(msg, "archive.txt is 9.0 MB") || !strings.Contains(msg, "up to 8.0 MB") {
		t.Errorf("#article-error = %q, want the size and the limit, at once", msg)
	}
	settled(t, tab)
	if got := Eval[string](tab, `document.getElementById("article").value`); got != article {
		t.Errorf("a refused file changed the article (%d characters, had %d)", len(got), len(article))
	}
	if n := updateSeq(tab); n != seq {
		t.Errorf("a refused file started %d updates", n-seq)
	}
	tab.AssertNoConsoleErrors()
}
