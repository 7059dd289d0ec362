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

test('the fast harf.distance agrees with the ordinary call', async () => {
  const harf = await load();
  const words = ['محمد', 'احمد', 'أحمد', 'المقداد', 'المِقداد', 'عبد العزيز', 'عبدالعزيز', '', 'x', '😀قطر', '\ud800'];
  for (const a of words) {
    for (const b of words) {
      // options given, even the defaults, take the ordinary way
      assert.equal(harf.distance(a, b), harf.distance(a, b, { preset: 'search' }), `${a} / ${b}`);
    }
  }
  assert.equal(harf.distance('أحمد', 'احمد'), 0);
  assert.equal(harf.distance('x'.repeat(50000), 'y'), 50000); // too long for the buffer: ordinary way
  assert.throws(() => harf.distance('a', 2), /harf.distance: b must be a string, got number/);
  assert.throws(() => harf.distance('a'), /b must be a string, got undefined/);
});

test('the fast harf.normalize agrees with the ordinary call', async () => {
  const harf = await load();
  const texts = ['', ' ', 'أَحْمَدُ ﻷ', '\ufeffابc', '\ud800محمد\udc00', '👩‍👩‍👧 قالَ', 'x'.repeat(70000) + 'ـأ',
    'قال المِقداد  \t إن ١٢٫٥٪\u200f من ﷲ'.repeat(2000), 'بلا تغيير'];
  for (const t of texts) {
    assert.equal(harf.normalize(t), harf.normalize(t, { preset: 'search' }), JSON.stringify(t.slice(0, 40)));
  }
  assert.equal(harf.normalize('قالَ أحمــدُ'), 'قال احمد');
  assert.throws(() => harf.normalize(null), /harf.normalize: text must be a string, got null/);
});
