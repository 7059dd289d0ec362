package browsertest

import (
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// xssPayloads are pasted as text; none may become an element or run.
var xssPayloads = []string{
	`<img src=x onerror=alert(1)>`,
	`<script>alert(1)</script>`,
	`"><svg onload=alert(1)>`,
	`<img src="x" onerror="window.__xss=1">`,
	`</textarea><iframe src="javascript:alert(1)"></iframe>`,
}

// watchDialogs records every JavaScript dialog (alert, confirm, prompt) the
// tab opens, and dismisses it so that the page does not hang.
func watchDialogs(t *testing.T, tab *Tab) func() []string {
	t.Helper()
	var mu sync.Mutex
	var dialogs []string
	err := chromedp.Listen(tab.Ctx, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			mu.Lock()
			dialogs = append(dialogs, string(d.Type)+": "+d.Message)
			mu.Unlock()
			go chromedp.Call(tab.Ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	})
	if err != nil {
		t.Fatalf("listening for dialogs: %v", err)
	}
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), dialogs...)
	}
}

func TestPastedHTMLIsInert(t *testing.T) {
	tab := openPage(t)
	dialogs := watchDialogs(t, tab)
	baseline := Eval[int](tab, `document.querySelectorAll("script").length`)

	// The payloads in the article, in the watch list (as names and as
	// words that match inside them), through every view.
	article := "قال المقداد " + strings.Join(xssPayloads, " المقداد ") + " alert onerror"
	setArticle(t, tab, article)
	setQuery(t, tab, lines(append(append([]string{}, xssPayloads...), "المقداد", "alert", "onerror", "img")...))
	for _, scheme := range []string{"buckwalter-xml", "buckwalter"} {
		act(t, tab, `const s = document.getElementById("scheme"); s.value = "`+scheme+`"; s.dispatchEvent(new Event("change"))`)
	}
	if n := Eval[int](tab, `document.querySelectorAll("#matches li").length`); n < 3 {
		t.Errorf("only %d matches: the payload words should be found and shown", n)
	}
	click(t, tab, `#matches li button`)
	if Eval[int](tab, `document.querySelectorAll("#variants button").length`) > 0 {
		click(t, tab, `#variants button`)
	}
	// The payloads also arrive as a dropped file.
	Eval[chromedp.Void](tab, `(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([`+JS(strings.Join(xssPayloads, "\n"))+`], "<img src=x onerror=alert(2)>.txt", {type: "text/plain"}));
		document.getElementById("article").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
	})()`)
	if err := tab.Poll(`document.getElementById("article").value.includes("onerror")`, 20*time.Second); err != nil {
		t.Fatalf("the dropped file was not opened: %v", err)
	}
	settled(t, tab)

	type found struct {
		Elements []string
		Scripts  int
		XSS      bool
		Text     bool
	}
	got := Eval[found](tab, `({
		Elements: [...document.querySelectorAll("img, svg, iframe, object, embed, [onerror], [onload]")].map(e => e.outerHTML.slice(0, 80)),
		Scripts: document.querySelectorAll("script").length,
		XSS: window.__xss !== undefined,
		Text: document.getElementById("matches").textContent.includes("<img") || document.getElementById("mirror").textContent.includes("<svg"),
	})`)
	for _, e := range got.Elements {
		t.Errorf("pasted HTML became an element: %s", e)
	}
	if got.Scripts != baseline {
		t.Errorf("%d <script> elements, %d before pasting", got.Scripts, baseline)
	}
	if got.XSS {
		t.Error("a payload's handler ran (window.__xss is set)")
	}
	if !got.Text {
		t.Error("the payloads are not shown as text in the matches or the highlighted copy")
	}
	if d := dialogs(); len(d) > 0 {
		t.Errorf("dialogs opened: %q", d)
	}
	for _, r := range tab.Requests() {
		if strings.HasSuffix(r.URL, "/x") || strings.HasPrefix(r.URL, "javascript:") {
			t.Errorf("a payload made a request: %s", r)
		}
	}
	tab.AssertNoRequestsAfterReady()
	tab.AssertNoConsoleErrors()
}

func TestNoRequestsDuringASession(t *testing.T) {
	// Everything a person does after the page loaded stays in the tab.
	tab := openPage(t)
	dir := allowDownloads(t, tab)
	Eval[chromedp.Void](tab, `navigator.clipboard.writeText = async () => {}`)
	loadSample(t, tab)
	clickAndWait(t, tab, "#sample-names")
	click(t, tab, "#matches li button")
	click(t, tab, "#variants button")
	act(t, tab, `const s = document.getElementById("preset"); s.value = "aggressive"; s.dispatchEvent(new Event("change"))`)
	act(t, tab, `const s = document.getElementById("scheme"); s.value = "arabizi"; s.dispatchEvent(new Event("change"))`)
	realClick(t, tab, "#copy-normalized")
	realClick(t, tab, "#download-matches")
	// The download must be complete before the test ends: its directory
	// is removed then.
	waitFile(t, filepath.Join(dir, "harf-matches.csv"))
	Eval[chromedp.Void](tab, `document.querySelector("#changes-view mark").focus()`)
	settled(t, tab)
	tab.AssertNoRequestsAfterReady()
	tab.AssertNoConsoleErrors()
}

func TestPageSourceHasNoInlineCode(t *testing.T) {
	// The CSP forbids inline scripts, inline styles and handlers; the page
	// must not need them.
	if skipReason != "" {
		t.Skip(skipReason)
	}
	resp, err := http.Get(site.URL)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	html := string(body)
	for _, re := range []string{`<script(?:\s[^>]*)?>\s*[^<\s]`, `\sstyle\s*=`, `<style`, `\son[a-z]+\s*=`, `javascript:`} {
		if loc := regexp.MustCompile(`(?i)` + re).FindStringIndex(html); loc != nil {
			t.Errorf("index.html has inline code (%s): %q", re, html[loc[0]:min(len(html), loc[1]+40)])
		}
	}
	for _, m := range regexp.MustCompile(`(?i)<script[^>]*>`).FindAllString(html, -1) {
		if !strings.Contains(m, "src=") {
			t.Errorf("inline script: %s", m)
		}
	}
	for _, m := range regexp.MustCompile(`(?i)(?:src|href)="([^"]+)"`).FindAllStringSubmatch(html, -1) {
		if strings.Contains(m[1], "//") && !strings.HasPrefix(m[1], "data:") {
			t.Errorf("index.html refers to another site: %s", m[1])
		}
	}
}

func TestNoCSPViolations(t *testing.T) {
	tab := openPage(t)
	Eval[chromedp.Void](tab, `document.addEventListener("securitypolicyviolation", e => { (window.__csp ||= []).push(e.violatedDirective + " " + e.blockedURI); })`)
	loadSample(t, tab)
	clickAndWait(t, tab, "#sample-names")
	click(t, tab, "#matches li button")
	settled(t, tab)
	if v := Eval[[]string](tab, `window.__csp || []`); len(v) > 0 {
		t.Errorf("Content-Security-Policy violations: %q", v)
	}
	tab.AssertNoConsoleErrors()
}
