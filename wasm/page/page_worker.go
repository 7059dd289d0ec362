//go:build js && wasm

package page

// The page's worker. An update of a long article (normalize, search,
// transliterate, analyze of a megabyte take about a second of Go) would
// freeze the page if it ran on the main thread. So once it is ready, the
// page starts a worker (web/page-worker.js) with a second instance of the
// same harf.wasm (from the module the page compiled: nothing is fetched or
// compiled again), and the page sends it each update of a text above workerMin as a
// job (wire.go). The worker posts each stage's result as soon as it is
// done; the page shows it, so the main thread only ever does DOM work. A
// change of the article cancels the job: the page stops waiting at once,
// and the worker stops after the stage it is in.
//
// Short texts are computed on the main thread as before: their update takes
// a few milliseconds, less than a round trip to the worker.

import (
	"strconv"
	"sync"
	"syscall/js"

	"github.com/harf-project/harf/wasm/jsvalue"
)

const (
	// workerMin is the smallest article (UTF-8 bytes) whose updates go to
	// the worker.
	workerMin = 20_000
	// progressAfter is how long an update runs before the page shows its
	// progress.
	progressAfter = 500 // ms
)

// jobResult says how a job in the worker ended.
type jobResult int

const (
	jobDone      jobResult = iota
	jobCancelled           // the article changed: the results are stale
	jobFailed              // the worker is gone: the page does the rest itself
)

// pageWorker is the page's side of the worker. web/loader.js fetches the
// worker's scripts while harf.wasm loads and keeps what it knows in
// globalThis.__harfPageWorker ({worker, loaded, ready, failed, start}); the
// page starts the worker once it is ready.
type pageWorker struct {
	state    js.Value // globalThis.__harfPageWorker
	messages chan js.Value
	listener js.Func
	failed   bool
	sent     int       // jobs sent
	onSent   func(int) // called with sent after each job is sent
}

// attach takes over what web/loader.js prepared, if anything.
func (w *pageWorker) attach() {
	w.state = js.Global().Get("__harfPageWorker")
	if !w.state.Truthy() || w.state.Get("failed").Truthy() {
		w.failed = true
	}
}

// start has web/loader.js start the worker (from the scripts it holds and
// the module it compiled) and listens to it. The page calls it once it is
// ready, so that the worker's start does not delay the page's.
func (w *pageWorker) start() {
	if w.failed || !w.state.Get("start").Truthy() {
		return
	}
	w.state.Call("start")
	worker := w.state.Get("worker")
	if !worker.Truthy() {
		w.fail(w.state.Get("error").String())
		return
	}
	w.messages = make(chan js.Value, 16)
	w.listener = js.FuncOf(func(_ js.Value, args []js.Value) any {
		select {
		case w.messages <- args[0].Get("data"):
		default: // nobody is waiting for this many: they are stale
		}
		return nil
	})
	worker.Call("addEventListener", "message", w.listener)
	worker.Call("addEventListener", "error", w.listener)
}

// loaded reports whether the worker's scripts are in (so that the page
// makes no request once it says it is ready), or that there will be none.
func (w *pageWorker) loaded() bool {
	return w.failed || w.state.Get("loaded").Truthy() || w.state.Get("failed").Truthy()
}

// usable reports whether jobs can go to the worker: it was started and has
// not failed.
func (w *pageWorker) usable() bool {
	if !w.failed && w.state.Truthy() && w.state.Get("failed").Truthy() {
		w.fail(w.state.Get("error").String())
	}
	return !w.failed && w.messages != nil
}

// fail gives up on the worker.
func (w *pageWorker) fail(why string) {
	if w.failed {
		return
	}
	w.failed = true
	js.Global().Get("console").Call("warn", "harf: the page's worker failed ("+why+"); long articles are updated on the page")
}

// do sends j to the worker and calls show with each stage's result as it
// comes, until every stage is shown, cancel fires (the worker is told to
// stop) or the worker fails.
func (w *pageWorker) do(j *job, cancel <-chan struct{}, show func(*outcome)) jobResult {
	worker := w.state.Get("worker")
	for !w.state.Get("ready").Truthy() { // still starting: wait for it
		select {
		case m := <-w.messages:
			if msg, bad := failure(m); bad {
				w.fail(msg)
				return jobFailed
			}
		case <-cancel:
			return jobCancelled
		}
	}
	b := j.encode()
	buf := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(buf, b)
	msg := js.Global().Get("Object").New()
	msg.Set("job", buf)
	worker.Call("postMessage", msg, []any{buf.Get("buffer")})
	w.sent++
	if w.onSent != nil {
		w.onSent(w.sent)
	}

	left := 0
	for _, st := range stageOrder {
		if j.stages&st != 0 {
			left++
		}
	}
	for left > 0 {
		select {
		case m := <-w.messages:
			if msg, bad := failure(m); bad {
				w.fail(msg)
				return jobFailed
			}
			res := m.Get("result")
			if !res.Truthy() || m.Get("seq").Int() != j.seq {
				continue // a cancelled job's last result
			}
			rb := make([]byte, res.Length())
			js.CopyBytesToGo(rb, res)
			o, err := decodeOutcome(rb, j.text)
			if err != nil {
				w.fail(err.Error())
				return jobFailed
			}
			show(&o)
			left--
		case <-cancel:
			stop := js.Global().Get("Object").New()
			stop.Set("cancel", j.seq)
			worker.Call("postMessage", stop)
			return jobCancelled
		}
	}
	return jobDone
}

// failure reports whether a message from the worker (or an error event's
// data, which is undefined) says it failed, and why.
func failure(m js.Value) (string, bool) {
	if !m.Truthy() {
		return "it stopped with an error", true
	}
	if e := m.Get("error"); e.Truthy() {
		return e.String(), true
	}
	return "", false
}

// startProgress shows the update's progress if it takes longer than
// progressAfter; release the timer when the update is over.
func (p *page) startProgress(stages work) *timer {
	n := 0
	for _, st := range stageOrder {
		if stages&st != 0 {
			n++
		}
	}
	p.progress.SetAttribute("max", strconv.Itoa(n))
	p.progress.SetAttribute("value", "0")
	t := newTimer(func() {
		if p.status.GetAttribute("data-busy") != "true" {
			return
		}
		p.progress.RemoveAttribute("hidden")
		p.say("Working on the article (" + p.progress.GetAttribute("value") + " of " + strconv.Itoa(n) + " steps done)…")
	})
	t.reset(progressAfter)
	return t
}

// showProgress notes that done stages are shown.
func (p *page) showProgress(done int) {
	p.progress.SetAttribute("value", strconv.Itoa(done))
	if !p.progress.HasAttribute("hidden") {
		p.say("Working on the article (" + strconv.Itoa(done) + " of " + p.progress.GetAttribute("max") + " steps done)…")
	}
}

// hideProgress hides the progress bar.
func (p *page) hideProgress() {
	p.progress.SetAttribute("hidden", "")
}

// ServeWorker makes this instance of harf.wasm the page's worker (in
// web/page-worker.js): it defines globalThis.__harfPageWork(bytes), which
// runs a job and posts {seq, result} for each stage, and
// globalThis.__harfPageCancel(seq). A job that is cancelled, or replaced
// by a newer one, stops after the stage it is in.
func ServeWorker() {
	var (
		mu      sync.Mutex // one job at a time
		current int        // the seq of the job to run; others stop
	)
	post := func(seq int, o outcome) {
		b := o.encode()
		buf := js.Global().Get("Uint8Array").New(len(b))
		js.CopyBytesToJS(buf, b)
		msg := js.Global().Get("Object").New()
		msg.Set("seq", seq)
		msg.Set("result", buf)
		js.Global().Call("postMessage", msg, []any{buf.Get("buffer")})
	}
	postError := func(msg string) {
		m := js.Global().Get("Object").New()
		m.Set("error", jsvalue.String(msg))
		js.Global().Call("postMessage", m)
	}
	// between lets the worker's event loop run (and deliver a cancel)
	// between two stages.
	wake := make(chan struct{}, 1)
	tick := js.FuncOf(func(js.Value, []js.Value) any {
		select {
		case wake <- struct{}{}:
		default:
		}
		return nil
	})
	between := func() {
		js.Global().Call("setTimeout", tick, 0)
		<-wake
	}
	js.Global().Set("__harfPageWork", js.FuncOf(func(_ js.Value, args []js.Value) any {
		buf := args[0]
		b := make([]byte, buf.Length())
		js.CopyBytesToGo(b, buf)
		j, err := decodeJob(b)
		if err != nil {
			postError(err.Error())
			return nil
		}
		current = j.seq
		go func() {
			mu.Lock()
			defer mu.Unlock()
			j.run(func(o outcome) bool {
				if current != j.seq {
					return false
				}
				post(j.seq, o)
				between()
				return current == j.seq
			})
		}()
		return nil
	}))
	js.Global().Set("__harfPageCancel", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) > 0 && args[0].Int() == current {
			current = -1
		}
		return nil
	}))
}
