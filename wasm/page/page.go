//go:build js && wasm

// Package page wires Harf's page (web/index.html) with dom/v2. It only
// reads controls, calls arabic/ and shows results; Wire is its one entry.
//
// The page is wired from Go, in these files:
//
//	page.go            the page struct, wiring, and the update pipeline
//	page_dom.go        small DOM helpers (text only, never HTML)
//	page_normalize.go  presets, options, the cleaned text, what changed
//	page_search.go     the watch list, search options, matches, per-name counts
//	page_mirror.go     the read-only article with highlights
//	page_counts.go     counts and spelling variants (fuzzy.Analyze)
//	page_translit.go   the scheme select and the romanized text
//	page_export.go     copy, download, CSV
//	page_input.go      sample article, clear, open and drop a .txt file
//	page_state.go      settings kept in localStorage (never the article)
//
// How an update runs. Every control only records what it invalidated (a
// work flag) and resets one timer: typing is debounced, a select or a
// checkbox is not. When the timer fires, one goroutine (loop) runs the
// stages whose flags are set (normalize, search, transliterate, analyze),
// one after the other; once they have kept the main thread for more than a
// frame (frameBudget), it lets the browser paint the results so far and
// handle input before the next stage (yield). When the article changes
// again meanwhile, the run stops at the next stage boundary and the
// debounced timer starts a new one. Large results are capped (maxShown) in
// the DOM, never in exports, and a long article's highlighted copy shows
// only the paragraphs with highlights (page_mirror.go).
//
// A long article's stages are computed in a Web Worker (page_worker.go),
// so that no stage freezes the page; the DOM work stays here, in slices.
// The figures of each update are on #status (data-update-ms, data-work-ms,
// data-stages) and in console.debug.
package page

import (
	"errors"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/harf-project/harf/arabic/fuzzy"
	"github.com/harf-project/harf/arabic/normalize"
	"github.com/harf-project/harf/arabic/translit"
	"github.com/harf-project/harf/internal/corpus"
	"github.com/harf-project/harf/wasm/jsvalue"
	"honnef.co/go/js/dom/v2"
)

// defaultPreset is the preset the page starts on, as every call of the JS
// API that normalizes (DESIGN.md).
const defaultPreset = "search"

const (
	// debounce is how long the page waits after the last keystroke before it
	// works on the article, so that typing never stutters.
	debounce = 150 // ms
	// debounceLarge is the wait for articles above largeText code units,
	// whose update takes long enough to be worth waiting for a real pause.
	debounceLarge = 400 // ms
	largeText     = 100_000
	// maxShown is the most matches, highlights and marked changes the page
	// puts into the DOM at once; the rest is counted and exported.
	maxShown = 500
	// frameBudget (ms) is how long the update may keep the main thread
	// before it lets the browser paint and handle input (see yield).
	frameBudget = 40
)

// page holds the page's elements and the results of the last update.
type page struct {
	win js.Value

	article *dom.HTMLTextAreaElement
	status  htmlElement

	norm    normalizeView
	search  searchView
	mirror  mirrorView
	counts  countsView
	roman   romanView
	exports exportView
	input   inputView

	// the update pipeline
	pending work
	timer   *timer
	kick    chan struct{}
	seq     int // completed updates, shown as data-update-seq

	// text is the article as the last update read it; version counts the
	// changes, so that results can tell whether they are current.
	text    string
	version int

	// the worker that computes long articles' updates, and what cancels its
	// job: a change of the article while it works
	worker    pageWorker
	cancel    chan struct{}
	jobSeq    int
	cancelled int // updates given up for a newer article (data-cancelled)

	// progress shown for updates that take more than progressAfter
	progress htmlElement

	// yielding (see yield and breathe)
	sliceAt    float64 // when the current task began to show results
	showing    bool    // run is showing results (see breathe)
	waiters    []chan struct{}
	wake       js.Func
	afterFrame js.Func

	store storage
}

// Wire connects the page's controls when the document is Harf's page
// (it has an #article) and marks <html data-harf-ready="true">. An error
// while wiring is shown on the page, never left as a dead page.
func Wire(version string) {
	doc := jsDoc()
	if doc.Call("getElementById", "article").IsNull() {
		return // harf.wasm loaded into someone else's page: the API is all it gets
	}
	defer func() {
		if r := recover(); r != nil {
			showLoadError("The page could not start: " + jsvalue.PanicError(r).Error())
		}
	}()
	start := now()
	p, err := newPage()
	if err != nil {
		showLoadError("The page could not start: " + err.Error())
		return
	}
	breathe = p.breathe
	p.restoreState()
	p.wire()
	go p.loop()
	p.request(workAll, 0)
	if v, err := byID[htmlElement]("version"); err == nil {
		v.SetTextContent("Harf " + version)
	}
	p.say("Ready. Paste an article, drop a .txt file or load the sample.")
	p.status.SetAttribute("data-wire-ms", decimal(now()-start, 1))
	// Ready once the worker's scripts are in too (web/loader.js fetches
	// them as text while harf.wasm loads): the page makes no request after
	// it says it is ready. The worker itself starts after that.
	p.worker.attach()
	p.worker.onSent = func(n int) { p.status.SetAttribute("data-worker-jobs", strconv.Itoa(n)) }
	setReady := func() {
		p.status.SetAttribute("data-ready-ms", decimal(now(), 0)) // since navigation started
		doc.Get("documentElement").Call("setAttribute", "data-harf-ready", "true")
		p.worker.start()
		go p.warm() // after ready: warming must not delay it
	}
	if p.worker.loaded() {
		setReady()
		return
	}
	var then js.Func
	then = js.FuncOf(func(js.Value, []js.Value) any {
		then.Release()
		setReady()
		return nil
	})
	p.worker.state.Get("whenLoaded").Call("then", then)
}

// showLoadError puts msg into #load-error (or logs it when there is none).
func showLoadError(msg string) {
	js.Global().Get("console").Call("error", "harf: "+msg)
	if el, err := byID[htmlElement]("load-error"); err == nil {
		el.SetTextContent(msg)
		el.RemoveAttribute("hidden")
	}
	if st, err := byID[htmlElement]("status"); err == nil {
		st.SetTextContent("Harf could not start.")
	}
}

// finder looks up the page's elements by id and remembers the first one
// that is missing or of the wrong kind.
type finder struct {
	err error
}

// byID returns the element with the given id as a T, or an error naming
// what is missing.
func byID[T htmlElement](id string) (T, error) {
	v := jsDoc().Call("getElementById", id)
	if v.IsNull() {
		var zero T
		return zero, errors.New("the page has no element #" + id)
	}
	t, ok := element[T](v)
	if !ok {
		return t, errors.New("#" + id + " is a <" + strings.ToLower(v.Get("tagName").String()) + ">, not the element the page expects")
	}
	return t, nil
}

// find returns the element with the given id as a T; see finder.
func find[T htmlElement](f *finder, id string) T {
	t, err := byID[T](id)
	if err != nil && f.err == nil {
		f.err = err
	}
	return t
}

// el returns the element with the given id; see finder.
func (f *finder) el(id string) htmlElement { return find[htmlElement](f, id) }

// newPage finds the page's elements and builds the controls that come from
// the toolkit (presets, options, schemes).
func newPage() (*page, error) {
	p := &page{win: js.Global(), kick: make(chan struct{}, 1), cancel: make(chan struct{}, 1)}
	f := &finder{}
	p.article = find[*dom.HTMLTextAreaElement](f, "article")
	p.status = f.el("status")
	p.progress = f.el("progress")
	p.norm.find(f)
	p.search.find(f)
	p.mirror.find(f)
	p.counts.find(f)
	p.roman.find(f)
	p.exports.find(f)
	p.input.find(f)
	if f.err != nil {
		return nil, f.err
	}
	p.norm.build()
	p.search.build()
	p.roman.build()

	p.timer = newTimer(func() {
		select {
		case p.kick <- struct{}{}:
		default: // a run is already due
		}
	})
	p.wake = js.FuncOf(func(js.Value, []js.Value) any {
		for _, w := range p.waiters {
			close(w)
		}
		p.waiters = nil
		return nil
	})
	p.afterFrame = js.FuncOf(func(js.Value, []js.Value) any {
		p.win.Call("setTimeout", p.wake, 0)
		return nil
	})
	return p, nil
}

// wire adds the event listeners of every part of the page.
func (p *page) wire() {
	listen(p.article.Underlying(), "input", p.input.errEl, func(ev js.Value) { p.articleChanged(ev) })
	p.norm.wire(p)
	p.search.wire(p)
	p.mirror.wire(p)
	p.counts.wire(p)
	p.roman.wire(p)
	p.exports.wire(p)
	p.input.wire(p)
}

// articleChanged schedules a full update after a pause in typing, or at
// once after a paste or a drop, which is complete when it happens.
func (p *page) articleChanged(ev js.Value) {
	delay := debounce
	if p.article.Underlying().Get("textLength").Int() > largeText {
		delay = debounceLarge
	}
	if t := ev.Get("inputType"); t.Type() == js.TypeString {
		switch t.String() {
		case "insertFromPaste", "insertFromDrop", "insertFromPasteAsQuotation":
			delay = 0
		}
	}
	p.request(workAll, delay)
}

// request records work to do and (re)starts the timer that runs it. The
// page is busy (#status[data-busy]) from now until no work is left.
func (p *page) request(w work, delay int) {
	if w&workText != 0 {
		select {
		case p.cancel <- struct{}{}:
		default: // already signalled
		}
	}
	p.pending |= w
	p.status.SetAttribute("data-busy", "true")
	p.timer.reset(delay)
}

// loop runs the updates, one at a time, for the life of the page. A panic
// outside the stages (which guard their own) is shown in the status line;
// the loop goes on.
func (p *page) loop() {
	for range p.kick {
		func() {
			defer func() {
				if r := recover(); r != nil {
					msg := "Something went wrong while updating: " + jsvalue.PanicError(r).Error()
					js.Global().Get("console").Call("error", "harf: "+msg)
					p.status.SetAttribute("data-busy", "false")
					p.say(msg)
				}
			}()
			p.run()
		}()
	}
}

// stageInfo names a stage and says where its failure is shown.
func (p *page) stageInfo(w work) (name string, errEl htmlElement, show func(o *outcome) error) {
	switch w {
	case workClean:
		return "normalize", p.norm.errEl, p.showClean
	case workSearch:
		return "search", p.search.errEl, p.showSearch
	case workRoman:
		return "transliterate", p.roman.errEl, p.showRoman
	default:
		return "analyze", p.counts.errEl, p.showCounts
	}
}

// run performs the pending work: it reads the controls of each pending
// stage into a job, has the job computed (in the page's worker for long
// texts, else here, yielding to the browser between stages) and shows each
// stage's result as it comes. It returns early when the article changes
// meanwhile; the debounced timer then starts a new run.
func (p *page) run() {
	if p.pending == 0 {
		p.status.SetAttribute("data-busy", "false")
		return
	}
	start := now()
	p.status.SetAttribute("data-busy", "true")
	if p.pending&workText != 0 {
		p.pending &^= workText
		p.readArticle()
	}
	select {
	case <-p.cancel: // a change the run has just read
	default:
	}
	j := p.newJob()
	var times []string
	var busy float64
	shown := 0
	progress := p.startProgress(j.stages)
	defer progress.release()
	show := func(o *outcome) {
		name, errEl, fn := p.stageInfo(o.stage)
		t := now()
		p.sliceAt = t
		p.showing = true
		p.guard(errEl, func() error { return fn(o) })
		p.showing = false
		d := now() - t
		busy += d
		times = append(times, name+":"+decimal(o.ms, 0)+"+"+decimal(d, 0))
		shown++
		p.showProgress(shown)
	}
	where := "page"
	if p.worker.usable() && len(j.text) >= workerMin {
		where = "worker"
		switch p.worker.do(j, p.cancel, show) {
		case jobCancelled:
			p.hideProgress()
			p.cancelled++
			p.status.SetAttribute("data-cancelled", strconv.Itoa(p.cancelled))
			return // a newer article: the debounced timer starts over
		case jobFailed:
			where = "page" // the rest here, as if there were no worker
			j.stages &^= stagesShown(j.stages, shown)
		}
	}
	if where == "page" {
		slice := start // when the browser last had the main thread
		cancelled := false
		j.run(func(o outcome) bool {
			show(&o)
			if now()-slice > frameBudget {
				p.yield()
				slice = now()
				if p.pending&workText != 0 {
					cancelled = true
					return false
				}
			}
			return true
		})
		if cancelled {
			p.hideProgress()
			p.cancelled++
			p.status.SetAttribute("data-cancelled", strconv.Itoa(p.cancelled))
			return
		}
	}
	p.hideProgress()
	total := now() - start
	p.seq++
	p.status.SetAttribute("data-update-ms", decimal(total, 0))
	p.status.SetAttribute("data-work-ms", decimal(busy, 0))
	p.status.SetAttribute("data-stages", strings.Join(times, " "))
	p.status.SetAttribute("data-where", where)
	p.status.SetAttribute("data-update-seq", strconv.Itoa(p.seq))
	if p.pending == 0 {
		p.status.SetAttribute("data-busy", "false")
	}
	js.Global().Get("console").Call("debug", "harf: update #"+strconv.Itoa(p.seq)+" of "+strconv.Itoa(len(p.text))+
		" bytes in "+decimal(total, 0)+" ms, computed in the "+where+" ("+strings.Join(times, ", ")+"; "+decimal(busy, 0)+" ms showing them)")
	p.announce()
}

// stagesShown returns the first n stages of stages, in stageOrder.
func stagesShown(stages work, n int) work {
	var done work
	for _, st := range stageOrder {
		if n > 0 && stages&st != 0 {
			done |= st
			n--
		}
	}
	return done
}

// newJob reads the controls of the pending stages into a job for the
// article as last read, and clears those stages from the pending work.
func (p *page) newJob() *job {
	p.jobSeq++
	j := &job{seq: p.jobSeq, stages: p.pending & (workClean | workSearch | workRoman | workCounts), text: p.text}
	p.pending &^= j.stages
	if j.stages&workClean != 0 {
		j.clean = p.norm.optionsOn()
	}
	if j.stages&workSearch != 0 {
		j.queries = queriesOf(p.search.query.Value())
		o, err := p.search.options()
		if err != nil {
			j.searchErr = err.Error()
		}
		j.search = o
	}
	if j.stages&workRoman != 0 {
		j.scheme = p.roman.scheme.Value()
	}
	if j.stages&workCounts != 0 {
		opts, err := normalize.PresetOptions(p.search.preset.Value())
		if err != nil {
			opts = normalize.Search
		}
		j.counts = opts
	}
	return j
}

// warm runs each engine once on a short text while the page waits for its
// first article, so that the first paste does not pay for first use
// (tables built on demand, WebAssembly code compiled further by the
// browser once it runs).
func (p *page) warm() {
	defer func() { _ = recover() }() // warming is an optimization only
	start := now()
	snippet := corpus.Article
	if i := strings.Index(snippet, "\n\nوفي"); i > 0 {
		snippet = snippet[:i]
	}
	p.yield()
	for _, pr := range normalize.Presets() {
		normalize.For(pr.Options).Normalize(snippet)
	}
	p.yield()
	_, _ = fuzzy.SearchAll(snippet, sampleNames, fuzzy.DefaultOptions())
	p.yield()
	for _, s := range translit.Schemes() {
		if sc, err := translit.Lookup(s.ID); err == nil {
			sc.Transliterate(snippet)
		}
	}
	p.yield()
	fuzzy.Analyze(snippet, normalize.Search)
	p.status.SetAttribute("data-warm-ms", decimal(now()-start, 0))
}

// readArticle reads the article from its textarea.
func (p *page) readArticle() {
	s := p.article.Value()
	if s != p.text || p.version == 0 {
		p.text = s
		p.version++
	}
}

// yield lets the browser paint and handle events, then returns: it waits
// for the next animation frame and a task after it, or at most 100 ms
// (animation frames pause in hidden tabs).
func (p *page) yield() {
	ch := make(chan struct{})
	p.waiters = append(p.waiters, ch)
	p.win.Call("requestAnimationFrame", p.afterFrame)
	p.win.Call("setTimeout", p.wake, 100)
	<-ch
}

// announce writes the short summary of the results into the status line,
// which screen readers announce politely.
func (p *page) announce() {
	if p.text == "" {
		p.say("Ready. Paste an article, drop a .txt file or load the sample.")
		return
	}
	parts := []string{plural(p.counts.words, "word")}
	if p.norm.res != nil {
		parts = append(parts, plural(len(p.norm.res.Changes), "edit"))
	}
	if n := len(p.search.queries); n > 0 {
		parts = append(parts, plural(len(p.search.matches), "match")+" for "+plural(n, "name"))
	}
	p.say("Updated: " + strings.Join(parts, " · ") + ".")
}

// say puts a short message into the status line.
func (p *page) say(msg string) {
	setText(p.status, msg)
}

// guard runs fn and shows its error, or a panic, as a message in errEl
// (next to the control it concerns) instead of letting it stop the page;
// a run without either clears errEl.
func (p *page) guard(errEl htmlElement, fn func() error) {
	ok := false
	defer func() {
		if ok {
			return
		}
		r := recover()
		msg := "Something went wrong: " + jsvalue.PanicError(r).Error()
		js.Global().Get("console").Call("error", "harf: "+msg)
		showError(errEl, msg)
	}()
	err := fn()
	ok = true
	if err != nil {
		showError(errEl, err.Error())
		return
	}
	clearError(errEl)
}

// showError shows msg in an error element.
func showError(errEl htmlElement, msg string) {
	if errEl == nil {
		return
	}
	setText(errEl, msg)
	errEl.RemoveAttribute("hidden")
}

// clearError hides an error element.
func clearError(errEl htmlElement) {
	if errEl == nil || errEl.HasAttribute("hidden") {
		return
	}
	errEl.SetAttribute("hidden", "")
	errEl.SetTextContent("")
}

// breathe lets the browser paint and handle input when the current task
// has kept the main thread for more than frameBudget: the loops that build
// many elements call it every few elements, so that showing a long
// article's results never freezes the page. (A package variable, so that
// the renderers need no page.)
var breathe = func() {}

// breathe is the page's breathe: see the package variable.
func (p *page) breathe() {
	// Only the update's goroutine may wait: an event handler that blocked
	// would block the browser's event loop.
	if p.showing && now()-p.sliceAt > frameBudget {
		// Handlers that run meanwhile must not wait (see above).
		p.showing = false
		p.yield()
		p.showing = true
		p.sliceAt = now()
	}
}

// now is performance.now() in milliseconds.
func now() float64 {
	return js.Global().Get("performance").Call("now").Float()
}
