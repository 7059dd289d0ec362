// Harf's page loader: starts harf.wasm (with Go's wasm_exec.js) and shows a
// message in the page when that fails. The page itself is wired from Go
// (wasm/page), which sets <html data-harf-ready="true"> when it is done.
//
// It is loaded async, so that it runs while the page is still being parsed:
// it compiles harf.wasm as it downloads from then on, and runs it once the
// document is parsed and wasm_exec.js (deferred) has defined Go.
"use strict";

// The factory that turns each raw Go export into a function that throws the
// Error it returns (see wasm/jsapi/bridge.go). The page's Content-Security-Policy
// forbids building it from a string, so it is defined here; its body must stay
// identical to wrapBody in wasm/jsapi/bridge.go (a Go test checks).
globalThis.__harfWrap = function (raw) { return function () { var r = raw.apply(this, arguments); if (r instanceof Error) throw r; return r; }; };

(function () {
  const wasmURL = "harf.wasm";

  function showError(message) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", () => showError(message), { once: true });
      return;
    }
    const root = document.documentElement;
    root.setAttribute("data-harf-error", "true");
    const status = document.getElementById("status");
    if (status) status.textContent = "Harf could not start.";
    const el = document.getElementById("load-error");
    if (el) {
      el.textContent = message;
      el.hidden = false;
    }
    console.error("harf: " + message);
  }

  async function fetchWasm() {
    const response = await fetch(wasmURL);
    if (!response.ok) {
      throw new Error(wasmURL + ": HTTP " + response.status + " " + response.statusText);
    }
    return response;
  }

  async function compile() {
    if (typeof WebAssembly !== "object") {
      throw new Error("this browser does not support WebAssembly");
    }
    const response = await fetchWasm();
    if (typeof WebAssembly.compileStreaming === "function") {
      try {
        return await WebAssembly.compileStreaming(response);
      } catch (err) {
        // A server that does not send application/wasm: compile from bytes.
        console.warn("harf: streaming compilation failed, compiling from bytes:", err);
        return WebAssembly.compile(await (await fetchWasm()).arrayBuffer());
      }
    }
    return WebAssembly.compile(await response.arrayBuffer());
  }

  // documentParsed resolves once the page's elements are all there (Go
  // wires them) and wasm_exec.js, deferred, has run.
  const documentParsed = new Promise((resolve) => {
    const state = document.readyState;
    if (state === "complete" || (state === "interactive" && typeof Go === "function")) {
      resolve();
      return;
    }
    document.addEventListener("DOMContentLoaded", resolve, { once: true });
    window.addEventListener("load", resolve, { once: true }); // in case that has passed
  });

  // prepareWorker readies the page's worker, where the page (wasm/page/
  // page_worker.go) computes the updates of long articles. It fetches the
  // worker's scripts (Go's wasm_exec.js and page-worker.js) as text now,
  // while harf.wasm downloads, so that the page makes no request once it is
  // ready. The page calls start() once it is ready: the worker then runs
  // from a blob: of those scripts and gets the module compiled here, so it
  // neither fetches nor compiles anything, and its start does not compete
  // with the page's for the CPU. A browser or a Content-Security-Policy
  // that refuses blob: workers leaves the page computing on its own thread.
  function prepareWorker() {
    const state = { worker: null, loaded: false, ready: false, failed: false, error: "", module: null, source: "" };
    globalThis.__harfPageWorker = state;
    const fail = (why) => {
      state.failed = true;
      state.error = why;
    };
    const text = async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(url + ": HTTP " + response.status);
      return response.text();
    };
    state.whenLoaded = Promise.all([text("wasm_exec.js"), text("page-worker.js")]).then(
      (sources) => {
        state.source = sources.join("\n;\n");
        state.loaded = true;
        performance.mark("harf:worker-loaded");
      },
      (err) => fail("its scripts did not load: " + (err && err.message ? err.message : err)),
    );
    state.start = () => {
      if (state.failed || state.worker || !state.loaded || !state.module) return;
      const url = URL.createObjectURL(new Blob([state.source], { type: "text/javascript" }));
      try {
        state.worker = new Worker(url);
      } catch (err) {
        URL.revokeObjectURL(url);
        fail(String(err && err.message ? err.message : err));
        return;
      }
      state.worker.addEventListener("message", (event) => {
        const m = event.data || {};
        if (m.ready) {
          state.ready = true;
          URL.revokeObjectURL(url);
        }
        if (m.error) fail(m.error);
      });
      state.worker.addEventListener("error", (event) => fail(event.message || "the worker did not start"));
      state.worker.postMessage({ module: state.module });
    };
    return state;
  }

  async function start() {
    // harf.wasm compiles, and the worker's scripts load, while the page is
    // parsed.
    const compiled = compile();
    const worker = prepareWorker();
    const module = await compiled;
    await documentParsed;
    if (typeof Go !== "function") {
      throw new Error("wasm_exec.js did not load");
    }
    const go = new Go();
    const instance = await WebAssembly.instantiate(module, go.importObject);
    performance.mark("harf:instantiated"); // ./build.sh bench reads the marks
    worker.module = module;
    // The worker's scripts are in by now, or nearly: taking them before Go
    // starts costs a few milliseconds, while Go's start would hold the
    // thread their last steps need and delay the page's ready by more.
    await worker.whenLoaded;
    // go.run settles only when the Go program ends, which it never should.
    go.run(instance).then(
      () => showError("Harf's engine stopped unexpectedly. Reload the page to start it again."),
      (err) => showError("Harf's engine stopped: " + (err && err.message ? err.message : err)),
    );
  }

  start().catch((err) => {
    showError("Could not load Harf's engine (" + wasmURL + "): " + (err && err.message ? err.message : err));
  });
})();
