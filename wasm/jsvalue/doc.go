// Package jsvalue holds the helpers that move values between Go and
// JavaScript for both the JS API (wasm/jsapi) and the page (wasm/page):
// strings that cross exactly, UTF-16 offsets, JSON for many small objects,
// the JS type of a value and the message of a recovered panic.
package jsvalue
