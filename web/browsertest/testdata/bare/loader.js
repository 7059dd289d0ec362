// Starts bare.wasm as web/loader.js starts harf.wasm.
"use strict";
(async function () {
  const go = new Go();
  const { instance } = await WebAssembly.instantiateStreaming(fetch("bare.wasm"), go.importObject);
  go.run(instance);
})();
