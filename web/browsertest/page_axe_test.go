package browsertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// axePath is axe-core, Deque's accessibility engine, as pinned in
// web/tools/package.json (./build.sh test installs it with npm ci).
var axePath = filepath.Join("..", "tools", "node_modules", "axe-core", "axe.min.js")

// axeViolation is one rule that failed, with the elements it failed on.
type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

func TestAccessibilityAxe(t *testing.T) {
	// axe-core audits the page with an article and a search, in light and
	// dark: every WCAG 2.x A/AA rule and its best practices must pass.
	src, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatalf("axe-core is not installed (%v): run ./build.sh test, or npm ci --prefix web/tools", err)
	}
	for _, scheme := range []string{"light", "dark"} {
		t.Run(scheme, func(t *testing.T) {
			tab := openPage(t)
			viewport(t, tab, 1280, 900, scheme)
			loadSample(t, tab)
			clickAndWait(t, tab, "#sample-names")
			click(t, tab, "#matches li button")
			settled(t, tab)
			// Injected from the local file through the DevTools protocol:
			// no network, and the page's CSP is left as it is.
			Eval[chromedp.Void](tab, string(src)+"\n;undefined")
			vs := Eval[[]axeViolation](tab, `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v => ({
				id: v.id, impact: v.impact || "", help: v.help,
				nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + ": " + (n.failureSummary || "").replace(/\s+/g, " ")),
			})))`)
			for _, v := range vs {
				t.Errorf("axe %s (%s): %s\n  %s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n  "))
			}
			if n := Eval[int](tab, `document.querySelectorAll("#matches li, #variants button, #changes-view mark").length`); n < 10 {
				t.Errorf("only %d matches, variants and changes on the page: the audit saw too little", n)
			}
		})
	}
}
