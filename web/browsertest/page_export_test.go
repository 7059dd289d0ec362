package browsertest

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// realClick clicks the element matching sel with the mouse (trusted input,
// which clipboard and download APIs may require). It waits for the page to
// settle and the element to be enabled, and checks that the click reached
// the element: on a busy machine the layout may still move between the
// moment the mouse is aimed and the moment it presses, and a click that
// lands elsewhere is aimed again.
func realClick(t *testing.T, tab *Tab, sel string) {
	t.Helper()
	settled(t, tab)
	enabled := fmt.Sprintf(`(() => { const el = document.querySelector(%s); return !!el && !el.disabled; })()`, JS(sel))
	if err := tab.Poll(enabled, 20*time.Second); err != nil {
		t.Fatalf("%s is not there or stays disabled: %v", sel, err)
	}
	for try := 1; ; try++ {
		Eval[chromedp.Void](tab, fmt.Sprintf(`(() => { window.__clickedTarget = false;
			document.querySelector(%s).addEventListener("click", () => { window.__clickedTarget = true; }, {once: true, capture: true}); })()`, JS(sel)))
		if err := chromedp.Do(tab.Ctx, chromedp.ScrollIntoView(sel), chromedp.Click(sel)); err != nil {
			t.Fatalf("clicking %s: %v", sel, err)
		}
		err := tab.Poll(`window.__clickedTarget === true`, 5*time.Second)
		if err == nil {
			return
		}
		if try == 3 {
			t.Fatalf("three mouse clicks on %s did not reach it: %v", sel, err)
		}
		t.Logf("the mouse click on %s did not reach it (try %d): aiming again", sel, try)
		nextFrame(tab)
	}
}

func TestCopyButtons(t *testing.T) {
	tab := openPage(t)
	loadSample(t, tab)
	// Read back what the page writes, through navigator.clipboard.
	Eval[chromedp.Void](tab, `navigator.clipboard.writeText = async text => { window.__copied = text; }`)
	for _, c := range []struct{ button, source, msg string }{
		{"#copy-normalized", "#normalized", "#normalized-msg"},
		{"#copy-transliterated", "#transliterated", "#transliterated-msg"},
	} {
		Eval[chromedp.Void](tab, `window.__copied = undefined`)
		realClick(t, tab, c.button)
		if err := tab.Poll(`typeof window.__copied === "string"`, 5*time.Second); err != nil {
			t.Fatalf("%s: nothing written to the clipboard", c.button)
		}
		got := Eval[string](tab, `window.__copied`)
		if want := tab.Text(c.source); got != want || got == "" {
			t.Errorf("%s copied %d characters, want the %d of %s", c.button, len(got), len(want), c.source)
		}
		if err := tab.Poll(fmt.Sprintf(`document.querySelector(%s).textContent.startsWith("Copied")`, JS(c.msg)), 5*time.Second); err != nil {
			t.Errorf("%s says %q", c.msg, tab.Text(c.msg))
		}
	}

	// Where the Clipboard API refuses, the hidden textarea and
	// execCommand("copy") take over.
	Eval[chromedp.Void](tab, `(() => {
		navigator.clipboard.writeText = () => Promise.reject(new Error("denied"));
		window.__fallback = undefined;
		document.addEventListener("copy", e => {
			const t = e.target;
			window.__fallback = t.value !== undefined ? t.value.slice(t.selectionStart, t.selectionEnd) : String(getSelection());
		});
	})()`)
	realClick(t, tab, "#copy-normalized")
	if err := tab.Poll(`typeof window.__fallback === "string"`, 5*time.Second); err != nil {
		t.Fatalf("no copy event from the fallback; #normalized-msg says %q", tab.Text("#normalized-msg"))
	}
	if got, want := Eval[string](tab, `window.__fallback`), tab.Text("#normalized"); got != want {
		t.Errorf("the fallback copied %d characters, want %d", len(got), len(want))
	}
	if n := Eval[int](tab, `document.querySelectorAll("textarea.offscreen").length`); n != 0 {
		t.Errorf("%d hidden textareas left in the page", n)
	}
	if got := Eval[string](tab, `document.activeElement.id`); got != "copy-normalized" {
		t.Errorf("focus went to #%s after copying, want it back on the button", got)
	}
	tab.AssertNoConsoleErrors()
}

// allowDownloads makes the tab's browser context save downloads into a new
// temporary directory, which it returns.
func allowDownloads(t *testing.T, tab *Tab) string {
	t.Helper()
	dir := t.TempDir()
	_, err := chromedp.CallBrowser(tab.Ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior:         cdpbrowser.SetDownloadBehaviorBehaviorAllow,
		BrowserContextID: chromedp.FromContext(tab.Ctx).BrowserContextID,
		DownloadPath:     dir,
	})
	if err != nil {
		t.Fatalf("Browser.setDownloadBehavior: %v", err)
	}
	return dir
}

// waitFile waits until path exists with content (and no partial download).
func waitFile(t *testing.T, path string) []byte {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		b, err := os.ReadFile(path)
		if err == nil && len(b) > 0 {
			if _, err := os.Stat(path + ".crdownload"); os.IsNotExist(err) {
				return b
			}
		}
		if time.Now().After(deadline) {
			entries, _ := os.ReadDir(filepath.Dir(path))
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Fatalf("no download %s (directory has %v)", filepath.Base(path), names)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestDownloads(t *testing.T) {
	tab := openPage(t)
	dir := allowDownloads(t, tab)
	loadSample(t, tab)
	setQuery(t, tab, lines(sampleNames...))

	realClick(t, tab, "#download-normalized")
	if got, want := string(waitFile(t, filepath.Join(dir, "harf-cleaned.txt"))), tab.Text("#normalized"); got != want {
		t.Errorf("harf-cleaned.txt has %d bytes, want the %d of #normalized", len(got), len(want))
	}
	realClick(t, tab, "#download-transliterated")
	if got, want := string(waitFile(t, filepath.Join(dir, "harf-romanized-ala-lc.txt"))), tab.Text("#transliterated"); got != want {
		t.Errorf("harf-romanized-ala-lc.txt has %d bytes, want the %d of #transliterated", len(got), len(want))
	}

	realClick(t, tab, "#download-matches")
	b := waitFile(t, filepath.Join(dir, "harf-matches.csv"))
	if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
		t.Fatalf("harf-matches.csv starts with % x, want the UTF-8 BOM", b[:min(3, len(b))])
	}
	if !bytes.Contains(b, []byte("\r\n")) {
		t.Error("harf-matches.csv lines do not end in CRLF")
	}
	rows, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
	if err != nil {
		t.Fatalf("harf-matches.csv is not valid CSV: %v", err)
	}
	if got := strings.Join(rows[0], ","); got != "query,start,end,text,distance,score,context" {
		t.Errorf("CSV header %q", got)
	}
	ms := readMatches(tab)
	if len(rows)-1 != len(ms) {
		t.Fatalf("CSV has %d rows, the page %d matches", len(rows)-1, len(ms))
	}
	for i, m := range ms {
		r := rows[i+1]
		start, _ := strconv.Atoi(r[1])
		end, _ := strconv.Atoi(r[2])
		if r[0] != m.Query || start != m.Start || end != m.End || r[3] != m.Slice {
			t.Errorf("CSV row %d = %q, want query %q, [%d,%d), text %q", i+1, r, m.Query, m.Start, m.End, m.Slice)
		}
		if d, _ := strconv.Atoi(r[4]); d != m.Distance {
			t.Errorf("CSV row %d: distance %s, the page says %d", i+1, r[4], m.Distance)
		}
		if score, err := strconv.ParseFloat(r[5], 64); err != nil || score < 0 || score > 1 {
			t.Errorf("CSV row %d: score %q", i+1, r[5])
		}
		if !strings.Contains(r[6], m.Slice) || len(r[6]) <= len(m.Slice) {
			t.Errorf("CSV row %d: context %q does not surround %q", i+1, r[6], m.Slice)
		}
	}
	// A field with a comma, a quote or a line break is quoted.
	setArticle(t, tab, "قال \"المقداد\", أمس")
	setQuery(t, tab, "المقداد")
	os.Remove(filepath.Join(dir, "harf-matches.csv"))
	realClick(t, tab, "#download-matches")
	b = waitFile(t, filepath.Join(dir, "harf-matches.csv"))
	if !bytes.Contains(b, []byte(`"قال ""المقداد"", أمس"`)) {
		t.Errorf("context with quotes and a comma not quoted: %q", b)
	}
	tab.AssertNoConsoleErrors()
}
