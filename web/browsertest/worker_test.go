package browsertest

import (
	"testing"
)

// TestHarfInAWorker loads harf.js as a module in the served page (under its
// Content-Security-Policy) and runs the engine in a module Web Worker: the
// same calls answer as Promises, and an engine error rejects with its
// message.
func TestHarfInAWorker(t *testing.T) {
	tab := openPage(t)
	got := Eval[map[string]any](tab, `(async () => {
		const { loadWorker } = await import('/harf.js');
		const h = await loadWorker();
		const text = '😀 قال مُحَمَّدٌ المِقداد';
		const [m] = await h.search(text, 'المقداد');
		let error = '';
		try { await h.normalize(42); } catch (e) { error = e.message; }
		const out = {
			version: h.version,
			normalized: await h.normalize('أَحْمَدُ ﻷ'),
			slice: text.slice(m.start, m.end),
			error,
			after: await h.distance('أحمد', 'احمد'),
		};
		h.terminate();
		return out;
	})()`)
	want := map[string]any{"version": Eval[string](tab, `harf.version`), "normalized": "احمد لا",
		"slice": "المِقداد", "error": "harf.normalize: text must be a string, got number", "after": float64(0)}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %#v, want %#v", k, got[k], v)
		}
	}
	tab.AssertNoConsoleErrors()
}
