package browsertest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The tests of what a person does on the page: paste, clean, see what
// changed, romanize, search, select, variants. They use the sample article
// (the "Sample article" button) where they need a realistic text.

// sampleNames are names of the sample article's story (see
// wasm/page/page_search.go); the last is not in it.
var sampleNames = []string{"المقداد", "هيثم بن طارق", "سلمى إبراهيم", "مصطفى العلي", "Karim Haddad", "ليلى عبد العزيز"}

// matchInfo is what the page shows of one match, read from the DOM.
type matchInfo struct {
	I         int    `json:"i"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Q         int    `json:"q"`
	Distance  int    `json:"distance"`
	Text      string `json:"text"`      // .match-text of the list item
	Slice     string `json:"slice"`     // article.value.slice(start, end)
	Marks     string `json:"marks"`     // the text of its highlights in the mirror, joined
	MarkStart int    `json:"markStart"` // data-start of its first highlight (-1: none)
	MarkEnd   int    `json:"markEnd"`   // data-end of its last highlight
	Context   string `json:"context"`
	Query     string `json:"query"` // the name it matched, from the list item
}

// readMatches reads every child of #matches with its highlights.
func readMatches(tab *Tab) []matchInfo {
	tab.T.Helper()
	return Eval[[]matchInfo](tab, `(() => {
		const a = document.getElementById("article").value;
		const mirror = document.getElementById("mirror");
		return [...document.getElementById("matches").children].map(li => {
			const marks = [...mirror.querySelectorAll('mark[data-m~="' + li.dataset.i + '"]')];
			return {
				i: +li.dataset.i, start: +li.dataset.start, end: +li.dataset.end,
				q: +li.dataset.q, distance: +li.dataset.distance,
				text: li.querySelector(".match-text")?.textContent ?? "",
				slice: a.slice(+li.dataset.start, +li.dataset.end),
				marks: marks.map(m => m.textContent).join(""),
				markStart: marks.length ? +marks[0].dataset.start : -1,
				markEnd: marks.length ? +marks[marks.length - 1].dataset.end : -1,
				context: li.querySelector(".match-context")?.textContent ?? "",
				query: li.querySelector(".match-meta bdi")?.textContent ?? "",
			};
		});
	})()`)
}

// nameInfo is a row of the per-name counts.
type nameInfo struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
	Text  string `json:"text"`
	None  bool   `json:"none"`
}

func readNames(tab *Tab) []nameInfo {
	tab.T.Helper()
	return Eval[[]nameInfo](tab, `[...document.querySelectorAll("#names li[data-q]")].map(li => ({
		name: li.querySelector(".name").textContent, count: +li.dataset.count,
		text: li.textContent, none: li.classList.contains("none")}))`)
}

// checkSpans checks that every match's span is the matched text in the
// article, in the list and in the highlights.
func checkSpans(t *testing.T, ms []matchInfo) {
	t.Helper()
	for _, m := range ms {
		if m.Slice == "" || m.Text != m.Slice {
			t.Errorf("match %d [%d,%d): list shows %q, article.value.slice gives %q", m.I, m.Start, m.End, m.Text, m.Slice)
		}
		if m.Marks != m.Slice || m.MarkStart != m.Start || m.MarkEnd != m.End {
			t.Errorf("match %d [%d,%d) %q: highlighted %q at [%d,%d)", m.I, m.Start, m.End, m.Slice, m.Marks, m.MarkStart, m.MarkEnd)
		}
	}
}

func TestPasteShowsCountsAndCleanedText(t *testing.T) {
	tab := openPage(t)
	const text = "أَعْلَنَ الوزيرُ ﻷول مرة عن ١٢ مشروعاً في عمّان"
	before := updateSeq(tab)
	tab.InsertText("#article", text)
	waitUpdate(t, tab, before, 10*time.Second)
	waitNormalized(t, tab, "اعلن الوزير لاول مرة عن 12 مشروعا في عمان")
	counts := tab.Text("#counts")
	for _, want := range []string{"characters", "9 words", "Arabic words"} {
		if !strings.Contains(counts, want) {
			t.Errorf("#counts = %q, want it to say %q", counts, want)
		}
	}
	if got, want := Eval[string](tab, `document.getElementById("normalized").children.length + ""`), "0"; got != want {
		t.Errorf("#normalized has %s child elements, want only text", got)
	}
	if s := tab.Text("#status"); !strings.Contains(s, "Updated") {
		t.Errorf("#status = %q, want the short summary", s)
	}
	// The presets change the cleaned text: light keeps the diacritics.
	act(t, tab, `const s = document.getElementById("preset"); s.value = "light"; s.dispatchEvent(new Event("change"))`)
	if got := tab.Text("#normalized"); !strings.Contains(got, "أَعْلَنَ") || !strings.Contains(got, "١٢") {
		t.Errorf("light preset: #normalized = %q, want diacritics and digits kept", got)
	}
	// An option box overrides the preset, which becomes "custom".
	act(t, tab, `document.getElementById("opt-digits").click()`)
	if got := tab.Text("#normalized"); !strings.Contains(got, "12") {
		t.Errorf("light + digits: #normalized = %q, want 12", got)
	}
	if got := Eval[string](tab, `document.getElementById("preset").value`); got != "custom" {
		t.Errorf("preset select = %q after ticking a box, want custom", got)
	}
	tab.AssertNoConsoleErrors()
}

func TestChangesViewShowsRule(t *testing.T) {
	tab := openPage(t)
	loadSample(t, tab)
	// The per-rule counts, described.
	type rule struct {
		ID, Count, Desc string
	}
	rules := Eval[[]rule](tab, `[...document.querySelectorAll("#changes li[data-rule]")].map(li => ({
		ID: li.dataset.rule, Count: li.querySelector(".rule-count").textContent, Desc: li.querySelector(".rule-desc").textContent}))`)
	ids := map[string]rule{}
	for _, r := range rules {
		ids[r.ID] = r
	}
	for _, id := range []string{"diacritics", "alef", "presentationForms", "digits", "invisibles"} {
		r, ok := ids[id]
		if !ok {
			t.Errorf("no count for rule %s in #changes (have %v)", id, rules)
			continue
		}
		if r.Count == "" || r.Count == "0" || r.Desc == "" {
			t.Errorf("rule %s: count %q, description %q", id, r.Count, r.Desc)
		}
	}
	// The ligature ﻷ is marked in the original text, with its rule.
	type mark struct {
		Text, Title, Rule, Tab string
	}
	marks := Eval[[]mark](tab, `[...document.querySelectorAll("#changes-view mark")].map(m => ({
		Text: m.textContent, Title: m.title, Rule: m.dataset.rule, Tab: m.getAttribute("tabindex")}))`)
	if len(marks) == 0 {
		t.Fatal("no marks in #changes-view")
	}
	i := slices.IndexFunc(marks, func(m mark) bool { return strings.Contains(m.Text, "ﻷ") })
	if i < 0 {
		t.Fatalf("no mark holds ﻷ: %v", marks)
	}
	if !strings.Contains(marks[i].Title, "Ligatures") || marks[i].Rule != "presentationForms+alef" {
		t.Errorf("ﻷ mark: title %q, rule %q", marks[i].Title, marks[i].Rule)
	}
	// Marks are one tab stop (the first), the others reached with arrows.
	tabbable := 0
	for _, m := range marks {
		if m.Tab == "0" {
			tabbable++
		}
	}
	if tabbable != 1 || marks[0].Tab != "0" {
		t.Errorf("%d marks with tabindex=0 (first: %q), want exactly the first", tabbable, marks[0].Tab)
	}
	// A vowel sign is marked on its letter: the mark of عمّان's shadda
	// holds the letter م too.
	if !strings.HasPrefix(marks[0].Text, "م") || !strings.Contains(marks[0].Text, "\u0651") {
		t.Errorf("first mark %q, want مّ (the letter with its removed shadda)", marks[0].Text)
	}
	// Focus describes the change.
	Eval[chromedp.Void](tab, fmt.Sprintf(`document.querySelectorAll("#changes-view mark")[%d].focus()`, i))
	if err := tab.Poll(`document.getElementById("change-detail").textContent.includes("presentation forms")`, 5*time.Second); err != nil {
		t.Errorf("focusing the ﻷ mark: #change-detail = %q", tab.Text("#change-detail"))
	}
	if got := Eval[string](tab, `document.activeElement.getAttribute("aria-describedby")`); got != "change-detail" {
		t.Errorf("focused mark aria-describedby = %q", got)
	}
	// Arrow keys move among the marks.
	Eval[chromedp.Void](tab, `document.querySelector("#changes-view mark").focus()`)
	if err := chromedp.Do(tab.Ctx, chromedp.KeyEvent(kb.ArrowDown)); err != nil {
		t.Fatal(err)
	}
	if got := Eval[string](tab, `document.activeElement.dataset.i ?? "none"`); got != "1" {
		t.Errorf("after ArrowDown the focused mark is %q, want 1", got)
	}
	tab.AssertNoConsoleErrors()
}

func TestEachSchemeTransliterates(t *testing.T) {
	tab := openPage(t)
	loadSample(t, tab)
	schemes := Eval[[]string](tab, `[...document.getElementById("scheme").options].map(o => o.value)`)
	if len(schemes) < 8 {
		t.Fatalf("#scheme offers %v, want every scheme", schemes)
	}
	if got := Eval[string](tab, `document.getElementById("scheme").value`); got != "ala-lc" {
		t.Errorf("default scheme %q, want ala-lc", got)
	}
	article := Eval[string](tab, `document.getElementById("article").value`)
	seen := map[string]string{}
	for _, id := range schemes {
		act(t, tab, fmt.Sprintf(`const s = document.getElementById("scheme"); s.value = %s; s.dispatchEvent(new Event("change"))`, JS(id)))
		out := tab.Text("#transliterated")
		if strings.TrimSpace(out) == "" || out == article {
			t.Errorf("%s: #transliterated is empty or the article itself", id)
		}
		if other, dup := seen[out]; dup {
			t.Errorf("%s gives the same text as %s", id, other)
		}
		seen[out] = id
		// As pasted: the API gives the same for the article.
		if want := Eval[string](tab, fmt.Sprintf(`harf.transliterate ? harf.transliterate(document.getElementById("article").value, %s) : ""`, JS(id))); want != "" && want != out {
			t.Errorf("%s: #transliterated differs from harf.transliterate of the article", id)
		}
	}
	tab.AssertNoConsoleErrors()
}

func TestSearchSingleName(t *testing.T) {
	tab := openPage(t)
	loadSample(t, tab)
	setQuery(t, tab, "المقداد")
	ms := readMatches(tab)
	if len(ms) < 3 {
		t.Fatalf("%d matches of المقداد, want its 3 spellings in the sample (%v)", len(ms), ms)
	}
	var texts []string
	for _, m := range ms {
		texts = append(texts, m.Text)
		if m.Query != "المقداد" {
			t.Errorf("match %d names query %q", m.I, m.Query)
		}
		if !strings.Contains(m.Context, m.Text) || len([]rune(m.Context)) <= len([]rune(m.Text))+5 {
			t.Errorf("match %d: context %q does not hold words around %q", m.I, m.Context, m.Text)
		}
	}
	for _, want := range []string{"المَقْداد", "المقداد", "المِقداد"} {
		if !slices.Contains(texts, want) {
			t.Errorf("matches %q: want %q (diacritics inside the match)", texts, want)
		}
	}
	checkSpans(t, ms)
	names := readNames(tab)
	if len(names) != 1 || names[0].Count != len(ms) || !strings.Contains(names[0].Text, "matches") {
		t.Errorf("#names = %+v, want one row with %d matches", names, len(ms))
	}
	tab.AssertNoConsoleErrors()
}

func TestSearchNameList(t *testing.T) {
	tab := openPage(t)
	loadSample(t, tab)
	setQuery(t, tab, "  "+lines(sampleNames...)+"\n\nالمقداد\n") // blank lines and a repeat are dropped
	names := readNames(tab)
	if len(names) != len(sampleNames) {
		t.Fatalf("#names has %d rows, want %d: %+v", len(names), len(sampleNames), names)
	}
	counts := map[string]int{}
	for i, n := range names {
		if n.Name != sampleNames[i] {
			t.Errorf("name %d is %q, want %q", i, n.Name, sampleNames[i])
		}
		counts[n.Name] = n.Count
		if n.Count == 0 && (!n.None || !strings.Contains(n.Text, "no match")) {
			t.Errorf("%q has no match but shows %q", n.Name, n.Text)
		}
	}
	for _, name := range sampleNames[:5] {
		if counts[name] == 0 {
			t.Errorf("%q: no match, want it found in the sample", name)
		}
	}
	if counts["ليلى عبد العزيز"] != 0 {
		t.Errorf("ليلى عبد العزيز is not in the sample but has %d matches", counts["ليلى عبد العزيز"])
	}
	ms := readMatches(tab)
	total := 0
	for _, c := range counts {
		total += c
	}
	if len(ms) != total {
		t.Errorf("%d children of #matches, per-name counts add up to %d", len(ms), total)
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].Start {
			t.Errorf("matches not in text order: %d at %d after %d", i, ms[i].Start, ms[i-1].Start)
		}
	}
	checkSpans(t, ms)
	tab.AssertNoConsoleErrors()
}

func TestLatinQuery(t *testing.T) {
	tab := openPage(t)
	loadSample(t, tab)
	setQuery(t, tab, "karim haddad")
	ms := readMatches(tab)
	if len(ms) != 1 || ms[0].Text != "Karim Haddad" {
		t.Fatalf("karim haddad: matches %+v, want Karim Haddad (written in Latin letters in the sample)", ms)
	}
	checkSpans(t, ms)
}

func TestLatinQueryFindsArabic(t *testing.T) {
	tab := openPage(t)
	loadSample(t, tab)
	if n := Eval[int](tab, `harf.search(document.getElementById("article").value, "Mekdad").length`); n == 0 {
		t.Skip(`cross-script search is not there yet: harf.search(sample, "Mekdad") finds nothing`)
	}
	setQuery(t, tab, "Mekdad")
	ms := readMatches(tab)
	if len(ms) == 0 {
		t.Fatal("Mekdad: no match on the page although harf.search finds it")
	}
	for _, m := range ms {
		if !strings.Contains(strings.Map(func(r rune) rune {
			if r >= 0x064B && r <= 0x0652 {
				return -1
			}
			return r
		}, m.Text), "مقداد") {
			t.Errorf("Mekdad matched %q, want a spelling of المقداد", m.Text)
		}
	}
	checkSpans(t, ms)
}

func TestSpansWithEmojiAndBOM(t *testing.T) {
	// Surrogate pairs before the matches, a BOM first, diacritics inside.
	tab := openPage(t)
	setArticle(t, tab, "\uFEFF😀 👨\u200d👩 قال 💧المَقْداد و💧 Karim Haddad 😀 المقداد")
	setQuery(t, tab, lines("المقداد", "Karim Haddad"))
	ms := readMatches(tab)
	if len(ms) != 3 {
		t.Fatalf("%d matches, want 3: %+v", len(ms), ms)
	}
	checkSpans(t, ms)
	if ms[0].Text != "المَقْداد" {
		t.Errorf("first match %q, want المَقْداد with its diacritics", ms[0].Text)
	}
	if got := Eval[string](tab, `document.getElementById("mirror").textContent === document.getElementById("article").value ? "same" : "differs"`); got != "same" {
		t.Errorf("the highlighted copy %s from the article", got)
	}
	tab.AssertNoConsoleErrors()
}

func TestClickMatchSelectsIt(t *testing.T) {
	tab := openPage(t)
	// A long article, so that selecting the last match must scroll.
	var b strings.Builder
	for i := 0; i < 60; i++ {
		b.WriteString("وأضاف المتحدث أن الحكومة تلقت عروضاً من شركات عربية وأوروبية لمشروع المياه.\n")
	}
	b.WriteString("وقال الوزير هيثم بن طارق المَقْداد إن العمل سيبدأ قريباً.\n")
	setArticle(t, tab, b.String())
	setQuery(t, tab, lines("الحكومة", "المقداد"))
	ms := readMatches(tab)
	if len(ms) != 61 {
		t.Fatalf("%d matches, want 61", len(ms))
	}
	last := ms[len(ms)-1]
	click(t, tab, fmt.Sprintf(`#matches li[data-i="%d"] button`, last.I))
	type sel struct {
		Start, End int
		Active     string
		ScrollTop  float64
		Current    string
	}
	got := Eval[sel](tab, `(() => { const a = document.getElementById("article");
		return {Start: a.selectionStart, End: a.selectionEnd, Active: document.activeElement.id, ScrollTop: a.scrollTop,
			Current: [...document.querySelectorAll("#mirror mark.current")].map(m => m.textContent).join("")}; })()`)
	if got.Start != last.Start || got.End != last.End || got.Active != "article" {
		t.Errorf("after clicking the last match: selection [%d,%d) in #%s, want [%d,%d) in #article", got.Start, got.End, got.Active, last.Start, last.End)
	}
	if got.ScrollTop <= 0 {
		t.Errorf("the article did not scroll to the selected match (scrollTop %v)", got.ScrollTop)
	}
	if got.Current != last.Slice {
		t.Errorf("highlighted as current %q, want %q", got.Current, last.Slice)
	}
	// Keyboard: the list is one tab stop; arrows move, Enter selects.
	Eval[chromedp.Void](tab, `document.querySelector("#matches li button").focus()`)
	first := Eval[int](tab, `+document.activeElement.closest("li").dataset.i`)
	if err := chromedp.Do(tab.Ctx, chromedp.KeyEvent(kb.ArrowDown)); err != nil {
		t.Fatal(err)
	}
	next := Eval[int](tab, `+document.activeElement.closest("li").dataset.i`)
	if next != first+1 {
		t.Errorf("ArrowDown moved from match %d to %d", first, next)
	}
	if n := Eval[int](tab, `document.querySelectorAll("#matches button[tabindex='0']").length`); n != 1 {
		t.Errorf("%d match buttons in the tab order, want 1", n)
	}
	if err := chromedp.Do(tab.Ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	got = Eval[sel](tab, `(() => { const a = document.getElementById("article");
		return {Start: a.selectionStart, End: a.selectionEnd, Active: document.activeElement.id}; })()`)
	if got.Start != ms[next].Start || got.End != ms[next].End || got.Active != "article" {
		t.Errorf("Enter on match %d: selection [%d,%d) in #%s, want [%d,%d) in #article", next, got.Start, got.End, got.Active, ms[next].Start, ms[next].End)
	}
	tab.AssertNoConsoleErrors()
}

func TestVariantsHighlightForms(t *testing.T) {
	tab := openPage(t)
	loadSample(t, tab)
	type group struct {
		Forms []string
		Total int
	}
	groups := Eval[[]group](tab, `[...document.querySelectorAll("#variants button.variant")].map(b => ({
		Forms: [...b.querySelectorAll(".form bdi")].map(e => e.textContent),
		Total: [...b.querySelectorAll(".form .times")].reduce((n, e) => n + +e.textContent.slice(1), 0)}))`)
	g := slices.IndexFunc(groups, func(g group) bool { return slices.Contains(g.Forms, "المَقْداد") })
	if g < 0 {
		t.Fatalf("no variant group with المَقْداد: %+v", groups)
	}
	click(t, tab, fmt.Sprintf(`#variants button[data-g="%d"]`, g))
	if got := Eval[string](tab, fmt.Sprintf(`document.querySelector('#variants button[data-g="%d"]').getAttribute("aria-pressed")`, g)); got != "true" {
		t.Errorf("aria-pressed = %q after the click", got)
	}
	type mark struct {
		Text  string
		Slice string
	}
	marks := Eval[[]mark](tab, `(() => { const a = document.getElementById("article").value;
		return [...document.querySelectorAll("#mirror mark[data-form]")].map(m => ({Text: m.textContent, Slice: a.slice(+m.dataset.start, +m.dataset.end)})); })()`)
	if len(marks) != groups[g].Total {
		t.Errorf("%d highlights, want %d (every place of the group's forms)", len(marks), groups[g].Total)
	}
	for _, m := range marks {
		if !slices.Contains(groups[g].Forms, m.Text) || m.Text != m.Slice {
			t.Errorf("highlight %q (article slice %q) is not one of the forms %q", m.Text, m.Slice, groups[g].Forms)
		}
	}
	// A second click goes back to the matches.
	click(t, tab, fmt.Sprintf(`#variants button[data-g="%d"]`, g))
	if n := Eval[int](tab, `document.querySelectorAll("#mirror mark[data-form]").length`); n != 0 {
		t.Errorf("%d variant highlights left after the second click", n)
	}
	tab.AssertNoConsoleErrors()
}

func TestDropTextFile(t *testing.T) {
	tab := openPage(t)
	before := updateSeq(tab)
	drop := func(name, typ, content string) {
		Eval[chromedp.Void](tab, fmt.Sprintf(`(() => {
			const dt = new DataTransfer();
			dt.items.add(new File([%s], %s, {type: %s}));
			document.getElementById("article").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
		})()`, JS(content), JS(name), JS(typ)))
	}
	drop("مقال.txt", "text/plain", "أَحْمَدُ ﻷ")
	waitUpdate(t, tab, before, 10*time.Second)
	if got := Eval[string](tab, `document.getElementById("article").value`); got != "أَحْمَدُ ﻷ" {
		t.Errorf("after dropping a .txt file the article is %q", got)
	}
	waitNormalized(t, tab, "احمد لا")
	if msg := tab.Text("#article-msg"); !strings.Contains(msg, "مقال.txt") {
		t.Errorf("#article-msg = %q, want the file named", msg)
	}
	giveFile(tab, "drop", "photo.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	if err := tab.Poll(`!document.getElementById("article-error").hidden`, 5*time.Second); err != nil {
		t.Fatal("dropping a PNG shows no error")
	}
	if msg := tab.Text("#article-error"); !strings.Contains(msg, "not a text file") {
		t.Errorf("#article-error = %q", msg)
	}
	if got := Eval[string](tab, `document.getElementById("article").value`); got != "أَحْمَدُ ﻷ" {
		t.Errorf("a refused file changed the article to %q", got)
	}
	tab.AssertNoConsoleErrors()
}

func TestErrorShownNextToControl(t *testing.T) {
	// An impossible value in a control is reported next to it, and the
	// page goes on working.
	tab := openPage(t)
	loadSample(t, tab)
	act(t, tab, `const s = document.getElementById("max-distance");
		s.append(new Option("bad", "-4")); s.value = "-4"; s.dispatchEvent(new Event("change"))`)
	if err := tab.Poll(`!document.getElementById("search-error").hidden`, 5*time.Second); err != nil {
		t.Fatal("no message in #search-error")
	}
	if msg := tab.Text("#search-error"); !strings.Contains(msg, "-4") {
		t.Errorf("#search-error = %q", msg)
	}
	act(t, tab, `const s = document.getElementById("max-distance"); s.value = "auto"; s.dispatchEvent(new Event("change"))`)
	if !Eval[bool](tab, `document.getElementById("search-error").hidden`) {
		t.Errorf("#search-error still shown: %q", tab.Text("#search-error"))
	}
	if !Eval[bool](tab, `typeof harf.normalize === "function" && document.documentElement.dataset.harfError !== "true"`) {
		t.Error("the engine stopped")
	}
}

func TestControlsLabelled(t *testing.T) {
	tab := openPage(t)
	loadSample(t, tab)
	setQuery(t, tab, lines(sampleNames...))
	unlabelled := Eval[[]string](tab, `[...document.querySelectorAll("input, select, textarea, button")].filter(el => {
		if (el.classList.contains("offscreen")) return false;
		if (el.labels && el.labels.length && [...el.labels].some(l => l.textContent.trim())) return false;
		if ((el.getAttribute("aria-label") || "").trim()) return false;
		return el.tagName !== "BUTTON" || !el.textContent.trim();
	}).map(el => el.outerHTML.slice(0, 80))`)
	for _, u := range unlabelled {
		t.Errorf("control without a label: %s", u)
	}
	if got := Eval[string](tab, `document.documentElement.lang`); got == "" {
		t.Error("<html> has no lang")
	}
	for _, id := range []string{"article", "normalized", "query", "mirror", "changes-view", "transliterated"} {
		if got := Eval[string](tab, fmt.Sprintf(`document.getElementById(%s).getAttribute("dir") ?? ""`, JS(id))); got != "auto" {
			t.Errorf("#%s dir=%q, want auto", id, got)
		}
	}
	if got := Eval[string](tab, `document.getElementById("status").getAttribute("role")`); got != "status" {
		t.Errorf("#status role=%q, want status (a polite live region)", got)
	}
}
