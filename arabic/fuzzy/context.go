package fuzzy

import (
	"strings"
	"unicode/utf8"
)

// Context returns up to n words before and after text[s:e] (a match's span),
// on one line, with "…" where the text goes on: the snippet a list of
// matches shows.
func Context(text string, s, e, n int) (before, after string) {
	const window = 64 * 8 // bytes: enough for n words of Arabic
	ws := max(0, s-window)
	for ws < s && !utf8.RuneStart(text[ws]) {
		ws++
	}
	bw := strings.Fields(text[ws:s])
	cutBefore := ws > 0
	if len(bw) > 0 && ws > 0 && !isSpaceByte(text[ws-1]) {
		bw = bw[1:] // a word cut by the window
	}
	if len(bw) > n {
		bw, cutBefore = bw[len(bw)-n:], true
	}
	before = strings.Join(bw, " ")
	if cutBefore {
		before = "…" + before
	}
	if before != "" && s > 0 && isSpaceByte(text[s-1]) {
		before += " "
	}

	we := min(len(text), e+window)
	for we > e && we < len(text) && !utf8.RuneStart(text[we]) {
		we--
	}
	aw := strings.Fields(text[e:we])
	cutAfter := we < len(text)
	if len(aw) > 0 && we < len(text) && !isSpaceByte(text[we]) {
		aw = aw[:len(aw)-1]
	}
	if len(aw) > n {
		aw, cutAfter = aw[:n], true
	}
	after = strings.Join(aw, " ")
	if after != "" && e < len(text) && isSpaceByte(text[e]) {
		after = " " + after
	}
	if cutAfter {
		after += "…"
	}
	return before, after
}

// isSpaceByte reports whether b is ASCII white space.
func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }
