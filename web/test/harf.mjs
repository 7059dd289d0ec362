// Loads the built web/harf.wasm once, the standard Go way, and exports the
// JavaScript API it defines (globalThis.harf). Build first: ./build.sh
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const web = fileURLToPath(new URL("..", import.meta.url));

async function load() {
  // wasm_exec.js is a classic script that defines globalThis.Go.
  try {
    createRequire(import.meta.url)(web + "wasm_exec.js");
  } catch (err) {
    throw new Error(`cannot load web/wasm_exec.js (run ./build.sh first): ${err.message}`);
  }
  const go = new globalThis.Go();
  const bytes = await readFile(web + "harf.wasm").catch((err) => {
    throw new Error(`cannot read web/harf.wasm (run ./build.sh first): ${err.message}`);
  });
  const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
  go.run(instance); // not awaited: main blocks for ever once harf is defined
  if (typeof globalThis.harf !== "object" || globalThis.harf === null) {
    throw new Error("harf.wasm did not define globalThis.harf");
  }
  return globalThis.harf;
}

/** The JavaScript API of the built harf.wasm. */
export const harf = await load();
export default harf;

/**
 * applyChanges applies normalizeChanges' edits to text: the result must be
 * normalize's output.
 */
export function applyChanges(text, changes) {
  let out = "";
  let at = 0;
  for (const c of changes) {
    out += text.slice(at, c.start) + c.to;
    at = c.end;
  }
  return out + text.slice(at);
}
