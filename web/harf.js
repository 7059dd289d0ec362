// harf.js: load Harf's WebAssembly engine and get its JavaScript API, in a
// page, in a Web Worker or in Node.js.
//
//   import { load } from './harf.js';
//   const harf = await load();             // page, worker or Node.js
//   harf.normalize('أَحْمَد');               // 'احمد'
//
//   import { loadWorker } from './harf.js';
//   const harf = await loadWorker();       // page: the engine runs in a Worker
//   await harf.search(longText, 'محمد');    // same calls, answered as Promises
//
// harf.wasm and wasm_exec.js are looked up next to this file unless given.
// Types: harf.d.ts.

// The factory that turns each raw Go export into a function that throws the
// Error it returns (see wasm/jsapi/bridge.go). A Content-Security-Policy without
// 'unsafe-eval' forbids building it from a string, so it is defined here; its
// body must stay identical to wrapBody in wasm/jsapi/bridge.go (a Go test checks).
globalThis.__harfWrap = function (raw) { return function () { var r = raw.apply(this, arguments); if (r instanceof Error) throw r; return r; }; };

const isNode = typeof process === 'object' && process.versions != null && process.versions.node != null;

let loading = null;

/**
 * Loads harf.wasm once and resolves to globalThis.harf.
 * @param {{wasmURL?: string|URL, execURL?: string|URL}} [where]
 * @returns {Promise<import('./harf').Harf>}
 */
export function load(where = {}) {
  if (!loading) loading = start(where).catch((err) => { loading = null; throw err; });
  return loading;
}

async function start({ wasmURL = new URL('./harf.wasm', import.meta.url), execURL = new URL('./wasm_exec.js', import.meta.url) }) {
  if (typeof globalThis.harf === 'object' && globalThis.harf !== null && typeof globalThis.harf.normalize === 'function') {
    return globalThis.harf;
  }
  if (typeof globalThis.Go !== 'function') await import(String(execURL));
  if (typeof globalThis.Go !== 'function') throw new Error('harf: wasm_exec.js did not define Go');
  const go = new globalThis.Go();
  const { instance } = await instantiate(new URL(String(wasmURL), import.meta.url), go.importObject);
  go.run(instance).then(
    () => console.error('harf: the engine stopped'),
    (err) => console.error('harf: the engine stopped:', err),
  );
  if (typeof globalThis.harf !== 'object' || globalThis.harf === null) {
    throw new Error('harf: harf.wasm did not define globalThis.harf');
  }
  installFastPaths(globalThis.harf, instance.exports);
  return globalThis.harf;
}

// installFastPaths puts JavaScript fronts on harf.distance and
// harf.normalize that call the module's exported functions directly when
// given strings and no options, skipping the cost of a call through
// js.FuncOf and a copy of the text (see wasm/jsapi/fast.go). Everything else,
// errors included, goes the ordinary way.
function installFastPaths(harf, exports) {
  if (typeof exports.harfNormalize === 'function') {
    const ordinaryNormalize = harf.normalize;
    const encoder = new TextEncoder();
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true }); // a leading U+FEFF is text
    harf.normalize = function normalize(text, options) {
      if (typeof text === 'string' && options === undefined && arguments.length <= 1) {
        const max = 3 * text.length; // UTF-8 bytes at most
        const at = exports.harfInput(max);
        const { written } = encoder.encodeInto(text, new Uint8Array(exports.mem.buffer, at, max));
        const size = exports.harfNormalize(written);
        if (size >= 0) return decoder.decode(new Uint8Array(exports.mem.buffer, exports.harfOutput(), size));
      }
      return ordinaryNormalize.apply(this, arguments);
    };
  }
  if (typeof exports.harfDistance !== 'function') return;
  const ordinary = harf.distance;
  const base = exports.harfBuffer();
  const size = exports.harfBufferSize();
  const encoder = new TextEncoder();
  const half = size / 2; // a goes to the first half of the buffer, b to the second
  let viewA, viewB;
  const views = () => {
    viewA = new Uint8Array(exports.mem.buffer, base, half);
    viewB = new Uint8Array(exports.mem.buffer, base + half, half);
  };
  views();
  harf.distance = function distance(a, b, options) {
    if (typeof a === 'string' && typeof b === 'string' && options === undefined && arguments.length <= 2 &&
        3 * a.length <= half && 3 * b.length <= half) {
      if (viewA.buffer !== exports.mem.buffer) views(); // the memory grew
      const d = exports.harfDistance(encoder.encodeInto(a, viewA).written, encoder.encodeInto(b, viewB).written);
      if (d >= 0) return d;
    }
    return ordinary.apply(this, arguments);
  };
}

async function instantiate(url, imports) {
  if (isNode && url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return WebAssembly.instantiate(await readFile(url), imports);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`harf: ${url}: HTTP ${response.status}`);
  if (typeof WebAssembly.instantiateStreaming === 'function' &&
      (response.headers.get('Content-Type') || '').startsWith('application/wasm')) {
    return WebAssembly.instantiateStreaming(response, imports);
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

// The calls a worker answers: every function of the API.
const CALLS = ['normalize', 'normalizeChanges', 'presets', 'transliterate', 'detransliterate', 'schemes',
  'distance', 'similarity', 'search', 'searchAll', 'analyze'];

/**
 * Starts harf in a module Web Worker and resolves to an object with the same
 * calls as harf, each returning a Promise (rejected with an Error carrying the
 * engine's message), plus version and terminate(). Long texts then never
 * block the page.
 * @param {{workerURL?: string|URL}} [where]
 * @returns {Promise<import('./harf').HarfWorker>}
 */
export async function loadWorker({ workerURL = new URL('./harf-worker.js', import.meta.url) } = {}) {
  const worker = new Worker(workerURL, { type: 'module' });
  const pending = new Map();
  let next = 0;
  worker.addEventListener('message', (event) => {
    const { id, result, error } = event.data;
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (error !== undefined) p.reject(new Error(error));
    else p.resolve(result);
  });
  worker.addEventListener('error', (event) => {
    const err = new Error('harf worker: ' + (event.message || 'failed to start'));
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  });
  const call = (method, args) => new Promise((resolve, reject) => {
    const id = next++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, method, args });
  });
  const api = { terminate: () => worker.terminate() };
  for (const name of CALLS) api[name] = (...args) => call(name, args);
  api.version = await call('version', []);
  return api;
}
