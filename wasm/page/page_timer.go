//go:build js && wasm

package page

import "syscall/js"

// timer calls f on the browser's event loop once its delay (in
// milliseconds) has passed since the last reset, with setTimeout. The page
// uses it instead of time.AfterFunc: Go's timers link package time's
// Time methods (formatting and parsing), about 4 KB of harf.wasm after
// brotli, for nothing the page needs.
type timer struct {
	fn js.Func
	id js.Value // setTimeout's id while armed, undefined otherwise
}

// newTimer returns a stopped timer that calls f when it fires.
func newTimer(f func()) *timer {
	t := &timer{}
	t.fn = js.FuncOf(func(js.Value, []js.Value) any {
		t.id = js.Undefined()
		f()
		return nil
	})
	return t
}

// reset (re)arms the timer to fire after ms milliseconds.
func (t *timer) reset(ms int) {
	t.stop()
	t.id = js.Global().Call("setTimeout", t.fn, ms)
}

// stop disarms the timer; it does nothing if the timer is not armed.
func (t *timer) stop() {
	if !t.id.IsUndefined() {
		js.Global().Call("clearTimeout", t.id)
		t.id = js.Undefined()
	}
}

// release stops the timer for good and frees its callback.
func (t *timer) release() {
	t.stop()
	t.fn.Release()
}
