// harf.js, the loader module, in Node.js: load() resolves to the API once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from '../harf.js';

test('load() starts harf.wasm and resolves to globalThis.harf, once', async () => {
  const [a, b] = await Promise.all([load(), load()]);
  assert.equal(a, b);
  assert.equal(a, globalThis.harf);
  assert.equal(a.normalize('قالَ أحمــد'), 'قال احمد');
  assert.throws(() => a.normalize(1), /harf.normalize: text must be a string/);
  assert.equal(typeof globalThis.__harfWrap, 'function');
});
