// page-worker.js: the Web Worker in which Harf's page computes the updates
// of long articles (wasm/page/page_worker.go), so that the page never
// freezes. web/loader.js runs it from a blob: of Go's wasm_exec.js and this
// file, once the page is ready, and sends it the compiled harf.wasm module
// once; the page then sends jobs and gets each stage's result back.
// Not part of the JS API: developers use harf-worker.js (loadWorker).
"use strict";

// The same wrapper factory as web/loader.js (see wasm/jsapi/bridge.go): the
// worker runs under the page's Content-Security-Policy.
globalThis.__harfWrap = function (raw) { return function () { var r = raw.apply(this, arguments); if (r instanceof Error) throw r; return r; }; };
globalThis.__harfIsPageWorker = true;

// Go's wasm_exec.js comes before this file in the worker's blob: the worker
// fetches nothing.

self.addEventListener("message", async (event) => {
  const m = event.data;
  if (m.module) {
    try {
      const go = new Go();
      const instance = await WebAssembly.instantiate(m.module, go.importObject);
      go.run(instance); // defines __harfPageWork and __harfPageCancel, then waits
      self.postMessage({ ready: true });
    } catch (err) {
      self.postMessage({ error: "could not start harf.wasm: " + (err && err.message ? err.message : err) });
    }
  } else if (m.job) {
    self.__harfPageWork(m.job);
  } else if (m.cancel !== undefined) {
    self.__harfPageCancel(m.cancel);
  }
});
