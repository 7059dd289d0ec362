//go:build js && wasm

// Command bare is the floor TestLoadToReady compares Harf's page with: a Go
// WebAssembly program that uses syscall/js only, marks its page ready as
// Harf's does, and waits. It is built and served by the benchmark.
package main

import "syscall/js"

func main() {
	js.Global().Get("document").Get("documentElement").Call("setAttribute", "data-harf-ready", "true")
	select {}
}
