//go:build !(js && wasm)

package page

import "time"

// programStart is when the program started, for now.
var programStart = time.Now()

// now returns milliseconds since the program started (in the browser:
// performance.now(), page.go). Jobs time their stages with it (wire.go).
func now() float64 { return float64(time.Since(programStart).Microseconds()) / 1000 }
