package fuzzy

import "testing"

func TestContext(t *testing.T) {
	text := "في عمّان قال الوزير مُحَمَّدٌ المِقداد أمس إن الاجتماع كان مثمراً جداً"
	ms, _ := Search(text, "المقداد", DefaultOptions())
	if len(ms) != 1 {
		t.Fatalf("matches %+v", ms)
	}
	before, after := Context(text, ms[0].Start, ms[0].End, 2)
	if before != "…الوزير مُحَمَّدٌ " || after != " أمس إن…" {
		t.Errorf("Context = %q, %q", before, after)
	}
	before, after = Context(text, 0, len("في"), 5)
	if before != "" || after != " عمّان قال الوزير مُحَمَّدٌ المِقداد…" {
		t.Errorf("Context at the start = %q, %q", before, after)
	}
}
