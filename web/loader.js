// Harf's page loader: starts harf.wasm (with Go's wasm_exec.js, loaded just
// before this file) and shows a message in the page when that fails. The
// page itself is wired from Go (wasm/page.go), which sets
// <html data-harf-ready="true"> when it is done.
"use strict";

// The factory that turns each raw Go export into a function that throws the
// Error it returns (see wasm/jsapi/bridge.go). The page's Content-Security-Policy
// forbids building it from a string, so it is defined here; its body must stay
// identical to wrapBody in wasm/jsapi/bridge.go (a Go test checks).
globalThis.__harfWrap = function (raw) { return function () { var r = raw.apply(this, arguments); if (r instanceof Error) throw r; return r; }; };

(function () {
  const wasmURL = "harf.wasm";

  function showError(message) {
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

  async function instantiate(go) {
    const response = await fetchWasm();
    if (typeof WebAssembly.instantiateStreaming === "function") {
      try {
        return await WebAssembly.instantiateStreaming(response, go.importObject);
      } catch (err) {
        // A server that does not send application/wasm: compile from bytes.
        console.warn("harf: streaming compilation failed, compiling from bytes:", err);
        return WebAssembly.instantiate(await (await fetchWasm()).arrayBuffer(), go.importObject);
      }
    }
    return WebAssembly.instantiate(await response.arrayBuffer(), go.importObject);
  }

  // startWorker starts web/page-worker.js, where the page (wasm/page/
  // page_worker.go) computes the updates of long articles, and later gives
  // it the module compiled here: the worker neither fetches nor compiles
  // harf.wasm again.
  // What the worker says before the page is wired is kept here for it. Its
  // scripts load now, so that the page makes no request once it is ready.
  function startWorker() {
    const state = { worker: null, loaded: false, ready: false, failed: false, error: "" };
    let resolveLoaded;
    state.whenLoaded = new Promise((resolve) => { resolveLoaded = resolve; });
    const fail = (why) => {
      state.failed = true;
      state.error = why;
      resolveLoaded();
    };
    globalThis.__harfPageWorker = state;
    state.module = null; // set once the page has compiled it
    try {
      state.worker = new Worker("page-worker.js");
    } catch (err) {
      fail(String(err && err.message ? err.message : err));
      return state;
    }
    state.worker.addEventListener("message", (event) => {
      const m = event.data || {};
      if (m.loaded) { performance.mark("harf:worker-loaded"); state.loaded = true; resolveLoaded(); }
      if (m.ready) state.ready = true;
      if (m.error) fail(m.error);
    });
    state.worker.addEventListener("error", (event) => fail(event.message || "the worker did not start"));
    // The page calls start() once it is ready: the worker's own start
    // (instantiating, Go's initialization) then does not compete with the
    // page's for the CPU.
    state.start = () => state.worker.postMessage({ module: state.module });
    return state;
  }

  async function start() {
    if (typeof WebAssembly !== "object") {
      throw new Error("this browser does not support WebAssembly");
    }
    if (typeof Go !== "function") {
      throw new Error("wasm_exec.js did not load");
    }
    const go = new Go();
    // The worker's scripts load while harf.wasm downloads and compiles.
    const worker = startWorker();
    const { instance, module } = await instantiate(go);
    performance.mark("harf:instantiated"); // ./build.sh bench reads the marks
    worker.module = module;
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
