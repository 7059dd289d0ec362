//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main explains, on a native build, that this package is the WebAssembly
// bridge. The stub exists so that `go build ./...` and `go vet ./...` work
// natively and the offset converter's tests run natively too.
func main() {
	fmt.Fprintln(os.Stderr, "wasm: this is Harf's WebAssembly bridge; build it with GOOS=js GOARCH=wasm (see build.sh)")
	os.Exit(2)
}
