package browsertest

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
)

// wantCSP is the Content-Security-Policy the file server must send.
const wantCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self'; " +
	"img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
	"form-action 'none'; frame-ancestors 'none'"

// waitNormalized waits until #normalized shows exactly want.
func waitNormalized(t *testing.T, tab *Tab, want string) {
	t.Helper()
	cond := fmt.Sprintf(`document.getElementById("normalized")?.textContent === %s`, JS(want))
	if err := tab.Poll(cond, 10*time.Second); err != nil {
		t.Fatalf("#normalized = %q, want %q", tab.Text("#normalized"), want)
	}
}

// assertNoDiacritics fails if s still holds fatha, damma or sukun.
func assertNoDiacritics(t *testing.T, s string) {
	t.Helper()
	if i := strings.IndexAny(s, "\u064E\u064F\u0652"); i >= 0 {
		t.Errorf("%q still has a diacritic at byte %d", s, i)
	}
}

func TestPageBecomesReady(t *testing.T) {
	tab := openPage(t)
	if got := Eval[string](tab, `typeof globalThis.harf?.normalize`); got != "function" {
		t.Errorf("typeof harf.normalize = %q, want function", got)
	}
	if got := Eval[string](tab, `document.getElementById("article")?.tagName ?? "missing"`); got != "TEXTAREA" {
		t.Errorf("#article is %s, want a TEXTAREA", got)
	}
	if !Eval[bool](tab, `document.getElementById("normalized") !== null`) {
		t.Error("#normalized is missing")
	}
}

func TestNormalizedFollowsArticle(t *testing.T) {
	// Under the default "search" preset: diacritics, alef variants, tatweel
	// and the presentation-form ligature ﻷ (U+FEF7) all normalize.
	const input, want = "أَحْمَدُ ﻷ", "احمد لا"

	t.Run("set value and input event", func(t *testing.T) {
		tab := openPage(t)
		tab.SetValue("#article", input)
		waitNormalized(t, tab, want)
		assertNoDiacritics(t, tab.Text("#normalized"))
		tab.AssertNoConsoleErrors()
	})
	t.Run("paste-like insertText", func(t *testing.T) {
		tab := openPage(t)
		tab.InsertText("#article", input)
		if got := Eval[string](tab, `document.getElementById("article").value`); got != input {
			t.Fatalf("#article value %q after insertText, want %q", got, input)
		}
		waitNormalized(t, tab, want)
		tab.AssertNoConsoleErrors()
	})
	t.Run("typed keys", func(t *testing.T) {
		tab := openPage(t)
		tab.TypeKeys("#article", "سَــلَامٌ")
		waitNormalized(t, tab, "سلام")
		tab.AssertNoConsoleErrors()
	})
}

func TestNoRequestsAfterReady(t *testing.T) {
	tab := openPage(t)
	before := updateSeq(tab)
	tab.SetValue("#article", "أَحْمَدُ ﻷ")
	tab.InsertText("#article", "بِسْمِ اللَّهِ")
	waitUpdate(t, tab, before, 20*time.Second)
	settled(t, tab)

	tab.AssertNoRequestsAfterReady()
	for _, r := range tab.Requests() {
		if IsNetworkURL(r.URL) && !strings.HasPrefix(r.URL, site.URL) {
			t.Errorf("request leaves the site: %s", r)
		}
		if strings.HasSuffix(r.URL, "/favicon.ico") {
			t.Errorf("request for the default icon: %s (add a local <link rel=icon>)", r)
		}
	}
	for _, p := range site.Paths() {
		if p == "/favicon.ico" {
			t.Error("the server was asked for /favicon.ico (add a local <link rel=icon>)")
		}
	}
}

func TestNoConsoleErrors(t *testing.T) {
	tab := openPage(t)
	before := updateSeq(tab)
	tab.SetValue("#article", "أَحْمَدُ ﻷ مرحبا 😀 ‏ـــ")
	tab.TypeKeys("#article", "لا")
	waitUpdate(t, tab, before, 20*time.Second)
	settled(t, tab)
	tab.AssertNoConsoleErrors()
}

func TestSecurityHeaders(t *testing.T) {
	// As the browser saw them.
	tab := openPage(t)
	doc := tab.Response(site.URL)
	if got := doc.Headers.Get("Content-Security-Policy"); got != wantCSP {
		t.Errorf("page CSP %q, want %q", got, wantCSP)
	}
	var wasm *Response
	for _, r := range tab.Responses() {
		if strings.Contains(r.URL, ".wasm") {
			wasm = &r
		}
	}
	if wasm == nil {
		t.Error("the page loaded no .wasm file")
	} else {
		if ct := wasm.Headers.Get("Content-Type"); ct != "application/wasm" {
			t.Errorf("%s: Content-Type %q, want application/wasm", wasm.URL, ct)
		}
		if ce := wasm.Headers.Get("Content-Encoding"); ce != "br" && ce != "gzip" {
			t.Errorf("%s: Content-Encoding %q, want br or gzip (the browser accepts them)", wasm.URL, ce)
		}
	}

	// And with a plain HTTP client.
	for _, path := range []string{"", "index.html", "harf.wasm", "wasm_exec.js", "no-such-file"} {
		req, err := http.NewRequest(http.MethodGet, site.URL+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept-Encoding", "gzip")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Content-Security-Policy"); got != wantCSP {
			t.Errorf("GET /%s: CSP %q, want %q", path, got, wantCSP)
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET /%s: X-Content-Type-Options %q", path, got)
		}
	}
}
