package browsertest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Shared by every test of this binary; set up once in TestMain.
var (
	site       *Site
	browser    *Browser
	skipReason string // non-empty when Chromium is missing and not required
)

const (
	// TestTimeout bounds each test's tab.
	TestTimeout = 60 * time.Second
	// ReadyTimeout bounds the wait for <html data-harf-ready="true">.
	ReadyTimeout = 20 * time.Second
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	exe, err := FindChromium()
	if err != nil {
		if !errors.Is(err, ErrNoChromium) || os.Getenv("HARF_REQUIRE_BROWSER") != "" {
			fmt.Fprintf(os.Stderr, "browser tests: %v\n", err)
			return 1
		}
		skipReason = fmt.Sprintf("SKIPPING browser tests: %v; set HARF_REQUIRE_BROWSER=1 to make this an error", err)
		fmt.Fprintln(os.Stderr, skipReason)
		return m.Run()
	}

	tmp, err := os.MkdirTemp("", "harf-browsertest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmp)

	dir := os.Getenv("HARF_WEB_DIR")
	if dir == "" {
		if err := Build(root); err != nil {
			fmt.Fprintf(os.Stderr, "browser tests: %v\n", err)
			return 1
		}
		dir = filepath.Join(root, "web")
	}
	if site, err = StartSite(root, dir, tmp); err != nil {
		fmt.Fprintf(os.Stderr, "browser tests: %v\n", err)
		return 1
	}
	defer site.Close()
	if browser, err = StartBrowser(exe, filepath.Join(tmp, "profile")); err != nil {
		fmt.Fprintf(os.Stderr, "browser tests: %v\n", err)
		return 1
	}
	defer browser.Close()
	fmt.Fprintf(os.Stderr, "browser tests: %s against %s (serving %s)\n", exe, site.URL, dir)
	return m.Run()
}

// newTab returns a fresh tab for t, or skips t when there is no browser.
func newTab(t *testing.T) *Tab {
	t.Helper()
	if skipReason != "" {
		t.Skip(skipReason)
	}
	return browser.NewTab(t, TestTimeout)
}

// openPage opens the page at / in a fresh tab and waits until it is ready.
func openPage(t *testing.T) *Tab {
	t.Helper()
	tab := newTab(t)
	tab.Open(site.URL, ReadyTimeout)
	return tab
}
