//go:build js && wasm

// Command wasm is Harf compiled to WebAssembly: it defines the JavaScript
// API globalThis.harf (see DESIGN.md) and, where there is a document with
// Harf's page in it, wires that page. The same harf.wasm runs in a page, in
// a Web Worker and in Node.js.
//
// Build it with build.sh, or:
//
//	GOOS=js GOARCH=wasm go build -trimpath -gcflags='github.com/harf-project/harf/wasm/page=-l' \
//		-ldflags='-s -w' -o web/harf.wasm ./wasm
//
// This package converts values between JS and Go and touches the DOM; what
// happens to Arabic text is decided in arabic/ only.
package main

import (
	"syscall/js"

	"github.com/harf-project/harf/wasm/jsapi"
	"github.com/harf-project/harf/wasm/page"
)

// main defines globalThis.harf, wires the page if there is one (or serves
// as the page's worker in web/page-worker.js), and keeps the program alive
// for the calls to come.
func main() {
	mark("harf:main") // package initialization is done
	js.Global().Set("harf", jsapi.New())
	if js.Global().Get("document").Truthy() {
		page.Wire(jsapi.Version)
		mark("harf:wired")
	} else if js.Global().Get("__harfIsPageWorker").Truthy() {
		page.ServeWorker() // web/page-worker.js
	}
	select {}
}

// mark adds a performance mark, where there is a performance API, for
// ./build.sh bench's breakdown of the time to ready.
func mark(name string) {
	if perf := js.Global().Get("performance"); perf.Truthy() && perf.Get("mark").Truthy() {
		perf.Call("mark", name)
	}
}
