// harf.transliterate, detransliterate and schemes over the built harf.wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harf } from './harf.mjs';

const IDS = ['buckwalter', 'buckwalter-safe', 'buckwalter-xml', 'hsb', 'iso233', 'din31635', 'ala-lc', 'arabizi'];

test('schemes() lists the eight schemes with their reversibility', () => {
  const s = harf.schemes();
  assert.deepEqual(s.map(x => x.id), IDS);
  assert.deepEqual(s.filter(x => x.reversible).map(x => x.id), ['buckwalter', 'buckwalter-safe', 'buckwalter-xml', 'hsb']);
  for (const x of s) assert.equal(typeof x.name, 'string');
});

test('each scheme on a sentence of our own', () => {
  const s = 'كَتَبَ مُحَمَّدٌ الدَّرْسَ';
  const want = {
    buckwalter: 'kataba muHama~dN Alda~rosa', // marks in the order they are typed
    'ala-lc': 'kataba muḥammadun al-darsa',
    din31635: 'kataba muḥammadun ad-darsa',
    arabizi: 'kataba mu7ammadun al-darsa',
  };
  for (const [id, w] of Object.entries(want)) assert.equal(harf.transliterate(s, id), w, id);
  assert.equal(harf.transliterate('ﻷحمد', 'ala-lc'), 'li-aḥmd', 'romanizations read ligatures as letters');
});

test('the Buckwalter family round-trips exactly; others pass unknown characters through', () => {
  const s = 'قالَ المُدِيرُ: «المَدْرَسَةُ» مُغْلَقَةٌ اليوم 😀 ٣ إِلى آخِرِهِ ئ ؤ ء ٱ ـ';
  for (const id of ['buckwalter', 'buckwalter-safe', 'buckwalter-xml']) {
    const t = harf.transliterate(s, id);
    assert.equal(harf.detransliterate(t, id), s, id);
    assert.ok(t.includes('😀'), `${id} passes emoji through`);
  }
  assert.doesNotMatch(harf.transliterate(s, 'buckwalter-xml'), /[<>&]/);
  assert.doesNotMatch(harf.transliterate(s, 'buckwalter-safe'), /[<>&'|}*$`{]/);
  // a leading BOM crosses both ways
  assert.equal(harf.detransliterate(harf.transliterate('\ufeffكتب', 'buckwalter'), 'buckwalter'), '\ufeffكتب');
  assert.equal(harf.detransliterate('3omar', 'arabizi').length > 0, true);
});

test('bad schemes and irreversible schemes throw', () => {
  assert.throws(() => harf.transliterate('x', 'pinyin'), /unknown scheme "pinyin" \(known: buckwalter, .*arabizi\)/);
  assert.throws(() => harf.transliterate('x'), /scheme must be a string, got undefined/);
  assert.throws(() => harf.transliterate(5, 'buckwalter'), /text must be a string, got number/);
  assert.throws(() => harf.detransliterate('kataba', 'ala-lc'), /scheme "ala-lc" is not reversible/);
  assert.equal(harf.transliterate('كتب', 'buckwalter'), 'ktb');
});
