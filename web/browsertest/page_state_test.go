package browsertest

import (
	"strings"
	"testing"
	"time"
)

func TestReloadKeepsSettings(t *testing.T) {
	tab := openPage(t)
	setArticle(t, tab, "أَحْمَدُ ـ قال: ١٢")
	act(t, tab, `const s = document.getElementById("preset"); s.value = "aggressive"; s.dispatchEvent(new Event("change"))`)
	act(t, tab, `document.getElementById("opt-tatweel").click()`) // aggressive without tatweel: custom
	act(t, tab, `const s = document.getElementById("scheme"); s.value = "buckwalter"; s.dispatchEvent(new Event("change"))`)
	setQuery(t, tab, "المقداد\nKarim Haddad")
	act(t, tab, `const s = document.getElementById("max-distance"); s.value = "2"; s.dispatchEvent(new Event("change"))`)
	act(t, tab, `const s = document.getElementById("search-preset"); s.value = "aggressive"; s.dispatchEvent(new Event("change"))`)
	act(t, tab, `document.getElementById("whole-words").click()`)
	act(t, tab, `document.getElementById("clitics").click()`)
	act(t, tab, `document.getElementById("cross-script").click()`)

	type settings struct {
		Preset, Scheme, Query, MaxDistance, SearchPreset string
		Tatweel, Diacritics, WholeWords, Clitics, Cross  bool
		Article, Normalized                              string
	}
	read := func() settings {
		return Eval[settings](tab, `(() => { const $ = id => document.getElementById(id); return {
			Preset: $("preset").value, Scheme: $("scheme").value, Query: $("query").value,
			MaxDistance: $("max-distance").value, SearchPreset: $("search-preset").value,
			Tatweel: $("opt-tatweel").checked, Diacritics: $("opt-diacritics").checked,
			WholeWords: $("whole-words").checked, Clitics: $("clitics").checked, Cross: $("cross-script").checked,
			Article: $("article").value, Normalized: $("normalized").textContent}; })()`)
	}
	want := read()
	if want.Preset != "custom" || want.Tatweel || !want.Diacritics || want.Scheme != "buckwalter" ||
		want.MaxDistance != "2" || !want.WholeWords || want.Clitics || want.Cross {
		t.Fatalf("the settings did not take: %+v", want)
	}

	tab.Open(site.URL, ReadyTimeout) // reload, same browser context
	waitUpdate(t, tab, 0, 10*time.Second)
	got := read()
	if got.Article != "" {
		t.Errorf("the article was kept across the reload (%q); it must not be stored", got.Article)
	}
	got.Article, got.Normalized, want.Article, want.Normalized = "", "", "", ""
	if got != want {
		t.Errorf("after reload:\n got %+v\nwant %+v", got, want)
	}
	// And they apply: tatweel stays, diacritics go.
	setArticle(t, tab, "أَحْمَدُ ـ قال")
	if n := tab.Text("#normalized"); !strings.Contains(n, "ـ") || strings.ContainsRune(n, '\u064E') {
		t.Errorf("restored options not applied: #normalized = %q", n)
	}
	stored := Eval[string](tab, `Object.keys(localStorage).map(k => k + "=" + localStorage.getItem(k)).join("\n")`)
	if strings.Contains(stored, "أَحْمَدُ") || strings.Contains(stored, "قال") {
		t.Errorf("localStorage holds article text: %s", stored)
	}
	tab.AssertNoConsoleErrors()
}

func TestBrokenStoredSettingsIgnored(t *testing.T) {
	tab := openPage(t)
	Eval[string](tab, `localStorage.setItem("harf.settings.v1", '{"preset": 7, "scheme": "nope", "query": ["x"], "search": {"maxDistance": "99", "wholeWords": "yes"}}'); "ok"`)
	tab.Open(site.URL, ReadyTimeout)
	waitUpdate(t, tab, 0, 10*time.Second)
	type st struct{ Preset, Scheme, Query, MaxDistance string }
	got := Eval[st](tab, `({Preset: document.getElementById("preset").value, Scheme: document.getElementById("scheme").value,
		Query: document.getElementById("query").value, MaxDistance: document.getElementById("max-distance").value})`)
	if got != (st{"search", "ala-lc", "", "auto"}) {
		t.Errorf("with broken settings stored, the controls are %+v, want the defaults", got)
	}
	Eval[string](tab, `localStorage.setItem("harf.settings.v1", "{not json"); "ok"`)
	tab.Open(site.URL, ReadyTimeout)
	tab.AssertNoConsoleErrors()
}
