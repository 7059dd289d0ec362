//go:build js && wasm

package jsapi

import (
	"unsafe"

	"github.com/harf-project/harf/arabic/fuzzy"
	"github.com/harf-project/harf/arabic/normalize"
)

// Fast paths for small, hot calls.
//
// A call through js.FuncOf costs 10-15 µs however little the Go function
// does; a //go:wasmexport function costs about 0.01 µs. For harf.distance,
// which callers make millions of times, web/harf.js installs a JavaScript
// front that writes both strings as UTF-8 into fastBuf with
// TextEncoder.encodeInto and calls harfDistance directly; any other case
// (options given, long strings, not strings) goes the ordinary way, which
// also throws the errors. Callers see the same harf.distance.

// fastBuf is where JavaScript writes the arguments of the fast calls.
var fastBuf [64 << 10]byte

// harfBuffer returns the address of fastBuf in the module's memory.
//
//go:wasmexport harfBuffer
func harfBuffer() uint32 { return uint32(uintptr(unsafe.Pointer(&fastBuf[0]))) }

// harfBufferSize returns the size of fastBuf.
//
//go:wasmexport harfBufferSize
func harfBufferSize() uint32 { return uint32(len(fastBuf)) }

// harfDistance is harf.distance(a, b) with the default options, a being the
// first aLen bytes of fastBuf and b the first bLen bytes of its second half
// (two fixed halves spare JavaScript a new view per call). It returns -1
// when it cannot answer, and the caller then takes the ordinary way.
//
//go:wasmexport harfDistance
func harfDistance(aLen, bLen uint32) (d int32) {
	defer func() {
		if recover() != nil {
			d = -1
		}
	}()
	const half = uint32(len(fastBuf) / 2)
	if aLen > half || bLen > half {
		return -1
	}
	// The strings alias fastBuf: nothing below keeps them past the call.
	a := unsafe.String(&fastBuf[0], aLen)
	b := unsafe.String(&fastBuf[half], bLen)
	return int32(fuzzy.Distance(a, b, normalize.Search))
}

// The fast path of harf.normalize(text) with no options: JavaScript writes
// the text as UTF-8 straight into input (TextEncoder.encodeInto, one copy),
// harfNormalize leaves the result in output, and JavaScript decodes it from
// the module's memory (one copy) with a TextDecoder that keeps a leading
// U+FEFF. The ordinary call copies the text twice on the way in.
var (
	input  []byte
	output string // kept here, so the collector leaves it alone until read
)

// harfInput makes input n bytes long and returns its address.
//
//go:wasmexport harfInput
func harfInput(n uint32) uint32 {
	if uint32(cap(input)) < n {
		input = make([]byte, n)
	}
	input = input[:n]
	if n == 0 {
		return 0
	}
	return uint32(uintptr(unsafe.Pointer(&input[0])))
}

// harfNormalize normalizes the first n bytes of input with the default
// options and returns the length of output, or -1 when it cannot answer.
//
//go:wasmexport harfNormalize
func harfNormalize(n uint32) (size int32) {
	defer func() {
		if recover() != nil {
			size = -1
		}
	}()
	if n > uint32(len(input)) {
		return -1
	}
	// output may alias input when nothing changes: JavaScript reads it
	// before it writes the next input.
	output = normalize.For(normalize.Search).String(unsafe.String(unsafe.SliceData(input), n))
	return int32(len(output))
}

// harfOutput returns the address of output.
//
//go:wasmexport harfOutput
func harfOutput() uint32 {
	if output == "" {
		return 0
	}
	return uint32(uintptr(unsafe.Pointer(unsafe.StringData(output))))
}
