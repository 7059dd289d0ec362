// Package browsertest drives Harf's page in headless Chromium (via chromedp)
// for the browser tests. It is a separate module so that chromedp stays out of
// the main go.mod.
//
// The pieces are reusable by every browser test:
//
//   - Site: the Harf file server (web/server) serving a directory on a free
//     loopback port, with the paths it was asked for.
//   - Browser: one headless Chromium process with a throw-away profile.
//   - Tab: one tab in its own browser context (fresh storage), which records
//     console messages, uncaught exceptions, network requests and responses
//     from the moment it opens, with a test timeout.
//
// Environment: CHROMIUM names the browser binary (default /usr/bin/chromium);
// HARF_REQUIRE_BROWSER=1 turns a missing browser into a failure instead of a
// skip; HARF_WEB_DIR serves another directory instead of building web/.
package browsertest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// ReadyExpr is true once the page has loaded harf.wasm (DESIGN: the page contract).
const ReadyExpr = `document.documentElement.dataset.harfReady === "true"`

// ErrNoChromium means that no Chromium is installed (and $CHROMIUM is unset).
var ErrNoChromium = errors.New("chromium not found (install Debian's chromium package, run .ci/run, or set CHROMIUM)")

// FindChromium returns the browser to use: $CHROMIUM, else /usr/bin/chromium,
// else "chromium" on $PATH. A $CHROMIUM that does not exist is an error, not
// ErrNoChromium.
func FindChromium() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("CHROMIUM=%s: %w", p, err)
		}
		return p, nil
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", nil
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p, nil
	}
	return "", ErrNoChromium
}

// Build runs build.sh at the repository root, which writes web/harf.wasm and
// web/wasm_exec.js. Its output goes to stderr.
func Build(repoRoot string) error {
	cmd := exec.Command(filepath.Join(repoRoot, "build.sh"))
	cmd.Dir = repoRoot
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("build.sh: %w", err)
	}
	return nil
}

// Site is a running Harf file server.
type Site struct {
	URL string // base URL, ending in "/"

	cmd  *exec.Cmd
	done chan struct{} // closed when the server's stderr is drained

	mu    sync.Mutex
	paths []string // request paths, in the order the server logged them
	log   []string // every line the server wrote to stderr
}

// StartSite compiles the file server of repoRoot (web/server) into tmpDir and
// starts it serving dir on a free loopback port. It returns once the server
// answers.
func StartSite(repoRoot, dir, tmpDir string) (*Site, error) {
	bin := filepath.Join(tmpDir, "harf-server")
	build := exec.Command("go", "build", "-o", bin, "./web/server")
	build.Dir = repoRoot
	if out, err := build.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("building web/server: %v\n%s", err, out)
	}

	cmd := exec.Command(bin, "-dir", dir, "-addr", "127.0.0.1:0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &Site{cmd: cmd, done: make(chan struct{})}
	go s.readLog(stderr)

	// The server prints the URL it serves on as its first line on stdout.
	first := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		if sc.Scan() {
			first <- strings.TrimSpace(sc.Text())
		}
		close(first)
		io.Copy(io.Discard, stdout)
	}()
	select {
	case s.URL = <-first:
	case <-time.After(30 * time.Second):
	}
	if !strings.HasPrefix(s.URL, "http://") {
		s.Close()
		return nil, fmt.Errorf("file server did not print its URL; its log:\n%s", strings.Join(s.Log(), "\n"))
	}

	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get(s.URL)
		if err == nil {
			resp.Body.Close()
			return s, nil
		}
		if time.Now().After(deadline) {
			s.Close()
			return nil, fmt.Errorf("file server at %s does not answer: %v", s.URL, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// readLog collects the server's request log: "date time METHOD PATH STATUS ...".
func (s *Site) readLog(r io.Reader) {
	defer close(s.done)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		s.mu.Lock()
		s.log = append(s.log, line)
		if f := strings.Fields(line); len(f) >= 4 && (f[2] == "GET" || f[2] == "HEAD") {
			s.paths = append(s.paths, f[3])
		}
		s.mu.Unlock()
	}
}

// Paths returns the paths requested from the server so far (all tests).
func (s *Site) Paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.paths...)
}

// Log returns the lines the server wrote to stderr so far.
func (s *Site) Log() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.log...)
}

// Close stops the server.
func (s *Site) Close() {
	if s.cmd.Process != nil {
		s.cmd.Process.Signal(os.Interrupt)
		select {
		case <-s.done:
		case <-time.After(3 * time.Second):
			s.cmd.Process.Kill()
		}
		s.cmd.Wait()
	}
}

// Browser is one headless Chromium process.
type Browser struct {
	ctx         context.Context // chromedp context owning the browser
	cancelAlloc context.CancelFunc
	cancel      context.CancelFunc
}

// StartBrowser launches headless Chromium from execPath with a fresh profile
// in userDataDir (which the caller removes afterwards).
func StartBrowser(execPath, userDataDir string) (*Browser, error) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(execPath),
		chromedp.UserDataDir(userDataDir),
		chromedp.Headless, // --headless (plus hide-scrollbars, mute-audio)
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-features", "Translate,MediaRouter,OptimizationHints"),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("password-store", "basic"),
		chromedp.WindowSize(1280, 900),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	// The first Do starts the browser and binds its life to ctx (so no timeout here).
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		cancelAlloc()
		return nil, fmt.Errorf("starting %s: %w", execPath, err)
	}
	return &Browser{ctx: ctx, cancelAlloc: cancelAlloc, cancel: cancel}, nil
}

// Close ends the browser process.
func (b *Browser) Close() {
	chromedp.Cancel(b.ctx)
	b.cancel()
	b.cancelAlloc()
}

// ConsoleEntry is a console message, an uncaught exception or a browser log
// entry seen in a tab.
type ConsoleEntry struct {
	Time  time.Time // when the harness received it
	Kind  string    // "console.<type>", "exception" or "log.<level>" (for example "log.error")
	Text  string
	URL   string
	Line  int64 // 0-based, as in the protocol
	Error bool  // console.error/assert, an uncaught exception, or a log entry of level error
}

func (e ConsoleEntry) String() string {
	loc := ""
	if e.URL != "" {
		loc = fmt.Sprintf(" (%s:%d)", e.URL, e.Line+1)
	}
	return fmt.Sprintf("%s %s: %s%s", e.Time.Format("15:04:05.000"), e.Kind, e.Text, loc)
}

// Request is a network request the tab issued (Network.requestWillBeSent).
type Request struct {
	Time   time.Time // when the harness received it
	Method string
	URL    string
	Type   string // resource type: Document, Script, Fetch, Image, ...
}

func (r Request) String() string {
	return fmt.Sprintf("%s %s %s [%s]", r.Time.Format("15:04:05.000"), r.Method, r.URL, r.Type)
}

// Response is a response the tab received (Network.responseReceived).
type Response struct {
	Time    time.Time
	URL     string
	Status  int64
	Type    string
	Headers http.Header // canonical keys
}

// Tab is one browser tab in its own browser context, bound to a test.
type Tab struct {
	// Ctx is the chromedp context of the tab, with the test's timeout: use it
	// with chromedp.Do and chromedp.Run.
	Ctx context.Context
	T   testing.TB

	mu        sync.Mutex
	console   []ConsoleEntry
	requests  []Request
	responses []Response
	readyAt   int // len(requests) when the page was seen ready; -1 before
}

// NewTab opens a tab in a new browser context (fresh storage, cookies and
// cache). The tab records events from its very start, times out after
// timeout, and closes when the test ends; if the test failed, its console and
// network log are printed.
func (b *Browser) NewTab(t testing.TB, timeout time.Duration) *Tab {
	t.Helper()
	tab := &Tab{T: t, readyAt: -1}
	tabCtx, cancelTab := chromedp.NewContext(b.ctx,
		chromedp.WithNewBrowserContext(),
		chromedp.WithListener(tab.record))
	if err := chromedp.Do(tabCtx); err != nil { // opens the tab, with no timeout
		cancelTab()
		t.Fatalf("opening a tab: %v", err)
	}
	ctx, cancel := context.WithTimeout(tabCtx, timeout)
	tab.Ctx = ctx
	t.Cleanup(func() {
		if t.Failed() {
			tab.dump()
		}
		cancel()
		chromedp.Cancel(tabCtx)
		cancelTab()
	})
	return tab
}

// record runs in chromedp's read loop, in the order events arrive: it must
// return fast and send no command.
func (tab *Tab) record(ev any) {
	now := time.Now()
	tab.mu.Lock()
	defer tab.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		e := ConsoleEntry{Time: now, Kind: "console." + string(ev.Type), Text: argsText(ev.Args),
			Error: ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert}
		if ev.StackTrace != nil && len(ev.StackTrace.CallFrames) > 0 {
			e.URL, e.Line = ev.StackTrace.CallFrames[0].URL, ev.StackTrace.CallFrames[0].LineNumber
		}
		tab.console = append(tab.console, e)
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		text := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			text += " " + d.Exception.Description
		}
		tab.console = append(tab.console, ConsoleEntry{Time: now, Kind: "exception", Text: text,
			URL: d.URL, Line: d.LineNumber, Error: true})
	case *cdplog.EventEntryAdded:
		e := ev.Entry
		tab.console = append(tab.console, ConsoleEntry{Time: now, Kind: "log." + string(e.Level),
			Text: string(e.Source) + ": " + e.Text, URL: e.URL, Line: e.LineNumber,
			Error: e.Level == cdplog.EntryLevelError})
	case *network.EventRequestWillBeSent:
		tab.requests = append(tab.requests, Request{Time: now, Method: ev.Request.Method,
			URL: ev.Request.URL, Type: string(ev.Type)})
	case *network.EventResponseReceived:
		h := http.Header{}
		for k, v := range ev.Response.Headers {
			for _, line := range strings.Split(fmt.Sprint(v), "\n") { // repeated headers are joined by \n
				h.Add(k, line)
			}
		}
		tab.responses = append(tab.responses, Response{Time: now, URL: ev.Response.URL,
			Status: ev.Response.Status, Type: string(ev.Type), Headers: h})
	}
}

// argsText renders console arguments roughly as DevTools shows them.
func argsText(args []*runtime.RemoteObject) string {
	parts := make([]string, 0, len(args))
	for _, a := range args {
		switch {
		case len(a.Value) > 0:
			var s string
			if json.Unmarshal(a.Value, &s) == nil {
				parts = append(parts, s)
			} else {
				parts = append(parts, string(a.Value))
			}
		case a.UnserializableValue != "":
			parts = append(parts, string(a.UnserializableValue))
		case a.Description != "":
			parts = append(parts, a.Description)
		default:
			parts = append(parts, string(a.Type))
		}
	}
	return strings.Join(parts, " ")
}

// Open navigates to url and waits until the page is ready (ReadyExpr) within
// readyTimeout. Requests issued from then on count as "after ready".
func (tab *Tab) Open(url string, readyTimeout time.Duration) {
	tab.T.Helper()
	if err := chromedp.Do(tab.Ctx, chromedp.Navigate(url)); err != nil {
		tab.T.Fatalf("navigating to %s: %v", url, err)
	}
	if err := tab.Poll(ReadyExpr, readyTimeout); err != nil {
		tab.T.Fatalf("page %s not ready (<html data-harf-ready=\"true\">) within %v: %v", url, readyTimeout, err)
	}
	tab.mu.Lock()
	tab.readyAt = len(tab.requests)
	tab.mu.Unlock()
}

// Poll evaluates the JavaScript expression cond every 50 ms until it is
// truthy, and returns an error if it is not within timeout (or the tab's own
// deadline comes first).
func (tab *Tab) Poll(cond string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(tab.Ctx, timeout)
	defer cancel()
	expr := "!!(" + cond + ")"
	var lastErr error
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
		if err == nil && ok {
			return nil
		}
		if err != nil && ctx.Err() == nil {
			lastErr = err // e.g. a navigation in progress; try again
		}
		select {
		case <-ctx.Done():
			if lastErr != nil {
				return fmt.Errorf("%s: still false (last error: %v)", cond, lastErr)
			}
			return fmt.Errorf("%s: still false after %v", cond, timeout)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Eval evaluates a JavaScript expression in the tab and decodes its value
// (promises are awaited); it fails the test on an error or exception.
func Eval[T any](tab *Tab, expr string) T {
	tab.T.Helper()
	v, err := chromedp.Run(tab.Ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tab.T.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// JS quotes a Go string as a JavaScript string literal.
func JS(s string) string {
	b, _ := json.Marshal(s) // JSON strings are valid JS literals (U+2028 included, ES2019)
	return string(b)
}

// SetValue sets the value of the form field matching the CSS selector sel
// and dispatches a bubbling "input" event, as a script or a paste would.
func (tab *Tab) SetValue(sel, value string) {
	tab.T.Helper()
	Eval[chromedp.Void](tab, fmt.Sprintf(`(() => {
		const el = document.querySelector(%s);
		if (!el) throw new Error("no element " + %[1]s);
		el.value = %s;
		el.dispatchEvent(new Event("input", {bubbles: true}));
	})()`, JS(sel), JS(value)))
}

// InsertText focuses the element matching sel, selects its content and
// inserts text as a paste or an input method does (Input.insertText): the
// browser fires beforeinput/input events with the text.
func (tab *Tab) InsertText(sel, text string) {
	tab.T.Helper()
	Eval[chromedp.Void](tab, fmt.Sprintf(`(() => {
		const el = document.querySelector(%s);
		if (!el) throw new Error("no element " + %[1]s);
		el.focus();
		if (el.select) el.select();
	})()`, JS(sel)))
	if _, err := chromedp.Call(tab.Ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
		tab.T.Fatalf("inserting text into %s: %v", sel, err)
	}
}

// TypeKeys clears the element matching sel and types text key by key.
func (tab *Tab) TypeKeys(sel, text string) {
	tab.T.Helper()
	tab.SetValue(sel, "")
	if err := chromedp.Do(tab.Ctx, chromedp.SendKeys(chromedp.CSS(sel), text)); err != nil {
		tab.T.Fatalf("typing into %s: %v", sel, err)
	}
}

// Text returns the textContent of the element matching sel ("" if none).
func (tab *Tab) Text(sel string) string {
	tab.T.Helper()
	return Eval[string](tab, fmt.Sprintf(`document.querySelector(%s)?.textContent ?? ""`, JS(sel)))
}

// Screenshot saves a full-page PNG as screenshots/<name>.png next to the
// tests (ignored by git) and returns its path.
func (tab *Tab) Screenshot(name string) string {
	tab.T.Helper()
	buf, err := chromedp.Run(tab.Ctx, chromedp.FullScreenshot(100))
	if err != nil {
		tab.T.Fatalf("screenshot: %v", err)
	}
	if err := os.MkdirAll("screenshots", 0o755); err != nil {
		tab.T.Fatal(err)
	}
	p := filepath.Join("screenshots", name+".png")
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		tab.T.Fatal(err)
	}
	return p
}

// Console returns every console message, exception and log entry so far.
func (tab *Tab) Console() []ConsoleEntry {
	tab.mu.Lock()
	defer tab.mu.Unlock()
	return append([]ConsoleEntry(nil), tab.console...)
}

// ConsoleErrors returns the console errors, uncaught exceptions and
// error-level log entries (CSP violations, failed loads) so far.
func (tab *Tab) ConsoleErrors() []ConsoleEntry {
	var errs []ConsoleEntry
	for _, e := range tab.Console() {
		if e.Error {
			errs = append(errs, e)
		}
	}
	return errs
}

// Requests returns every request the tab issued so far.
func (tab *Tab) Requests() []Request {
	tab.mu.Lock()
	defer tab.mu.Unlock()
	return append([]Request(nil), tab.requests...)
}

// RequestsAfterReady returns the network requests (http, https, ws, wss:
// not data: or blob: URLs, which stay in the page) issued after Open saw the
// page ready.
func (tab *Tab) RequestsAfterReady() []Request {
	tab.T.Helper()
	tab.mu.Lock()
	defer tab.mu.Unlock()
	if tab.readyAt < 0 {
		tab.T.Fatal("RequestsAfterReady before Open")
	}
	var after []Request
	for _, r := range tab.requests[tab.readyAt:] {
		if IsNetworkURL(r.URL) {
			after = append(after, r)
		}
	}
	return after
}

// IsNetworkURL reports whether a request to u would go over the network.
func IsNetworkURL(u string) bool {
	for _, scheme := range []string{"http:", "https:", "ws:", "wss:"} {
		if strings.HasPrefix(u, scheme) {
			return true
		}
	}
	return false
}

// Responses returns every response the tab received so far.
func (tab *Tab) Responses() []Response {
	tab.mu.Lock()
	defer tab.mu.Unlock()
	return append([]Response(nil), tab.responses...)
}

// Response returns the last response for exactly url, or fails the test.
func (tab *Tab) Response(url string) Response {
	tab.T.Helper()
	rs := tab.Responses()
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i].URL == url {
			return rs[i]
		}
	}
	tab.T.Fatalf("no response for %s", url)
	return Response{}
}

// AssertNoConsoleErrors fails the test if the tab logged any error.
func (tab *Tab) AssertNoConsoleErrors() {
	tab.T.Helper()
	for _, e := range tab.ConsoleErrors() {
		tab.T.Errorf("console error: %s", e)
	}
}

// AssertNoRequestsAfterReady fails the test if the page issued a network
// request after it became ready.
func (tab *Tab) AssertNoRequestsAfterReady() {
	tab.T.Helper()
	for _, r := range tab.RequestsAfterReady() {
		tab.T.Errorf("request after the page was ready: %s", r)
	}
}

// dump prints the tab's console and network log into the test output.
func (tab *Tab) dump() {
	for _, e := range tab.Console() {
		tab.T.Logf("console: %s", e)
	}
	tab.mu.Lock()
	readyAt := tab.readyAt
	tab.mu.Unlock()
	for i, r := range tab.Requests() {
		mark := ""
		if readyAt >= 0 && i >= readyAt {
			mark = " (after ready)"
		}
		tab.T.Logf("request: %s%s", r, mark)
	}
}
