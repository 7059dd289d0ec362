//go:build js && wasm

// Command wasm is Harf compiled to WebAssembly: it defines the JavaScript
// API globalThis.harf (see DESIGN.md) and, where there is a document with
// Harf's page in it, wires that page. The same harf.wasm runs in a page, in
// a Web Worker and in Node.js.
//
// Build it with build.sh, or:
//
//	GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o web/harf.wasm ./wasm
//
// This package converts values between JS and Go and touches the DOM; what
// happens to Arabic text is decided in arabic/ only.
package main

import (
	"syscall/js"

	"github.com/harf-project/harf/wasm/jsapi"
	"github.com/harf-project/harf/wasm/page"
)

// main defines globalThis.harf, wires the page if there is one, and keeps
// the program alive for the calls to come.
func main() {
	js.Global().Set("harf", jsapi.New())
	if js.Global().Get("document").Truthy() {
		page.Wire(jsapi.Version)
	}
	select {}
}
