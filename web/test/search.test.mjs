// Tests of harf.distance, similarity, search, searchAll and analyze over the
// built harf.wasm: spans are UTF-16 offsets into the original text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harf } from './harf.mjs';

// A made-up news item: emoji (one a ZWJ sequence) before the names, so
// UTF-16 offsets differ from code point and byte offsets.
const article = '😀👩‍👩‍👧 قال الوزير مُحَمَّدٌ المِقداد أمس إن ﻷحمد إبراهيم دوراً، وشكر ومحمد. ' +
  'وحضر عبد العزيز ونصرالله. وقال المقدادخلال المؤتمر: «المقدد» خطأ.';

function slices(text, ms) {
  for (const m of ms) {
    assert.equal(text.slice(m.start, m.end), m.text, `span ${m.start}-${m.end}`);
    assert.ok(m.score > 0 && m.score <= 1);
    assert.equal(m.distance === 0, m.score === 1);
  }
  return ms.map(m => m.text);
}

test('search finds every spelling at its exact place', () => {
  assert.deepEqual(slices(article, harf.search(article, 'محمد')), ['مُحَمَّدٌ', 'ومحمد']);
  assert.deepEqual(slices(article, harf.search(article, 'المقداد')), ['المِقداد', 'المقداد', 'المقدد']);
  assert.deepEqual(slices(article, harf.search(article, 'احمد')), ['ﻷحمد']);
  assert.deepEqual(slices(article, harf.search(article, 'ابراهيم')), ['إبراهيم']);
  assert.deepEqual(slices(article, harf.search(article, 'عبدالعزيز')), ['عبد العزيز']);
  assert.deepEqual(slices(article, harf.search(article, 'نصر الله')), ['ونصرالله']);
});

test('search options', () => {
  assert.deepEqual(slices(article, harf.search(article, 'المقداد', { maxDistance: 0 })), ['المِقداد', 'المقداد']);
  assert.deepEqual(slices(article, harf.search(article, 'المقداد', { wholeWords: true })), ['المِقداد', 'المقدد']);
  assert.deepEqual(slices(article, harf.search(article, 'المقداد', { limit: 1 })), ['المِقداد']);
  assert.deepEqual(slices(article, harf.search(article, 'محمد', { clitics: false })), ['مُحَمَّدٌ']);
  assert.deepEqual(harf.search(article, ''), []);
  assert.deepEqual(harf.search(article, ' \u200f '), []);
  // without alef folding أحمد is not احمد
  assert.deepEqual(harf.search('قال أحمد', 'احمد', { alef: false }), []);
});

test('searchAll: text order, ties in query order, each with its query', () => {
  const queries = ['المقداد', 'محمد', 'مُحمّد', 'قطر'];
  const ms = harf.searchAll(article, queries);
  slices(article, ms);
  for (let i = 1; i < ms.length; i++) {
    assert.ok(ms[i - 1].start < ms[i].start ||
      (ms[i - 1].start === ms[i].start && queries.indexOf(ms[i - 1].query) < queries.indexOf(ms[i].query)));
  }
  assert.deepEqual(ms.slice(0, 3).map(m => m.query), ['محمد', 'مُحمّد', 'المقداد']);
  assert.equal(ms.filter(m => m.query === 'قطر').length, 0);
});

test('distance and similarity normalize first', () => {
  assert.equal(harf.distance('أحمد', 'احمد'), 0);
  assert.equal(harf.distance('أحمد', 'احمد', { alef: false }), 1);
  assert.equal(harf.distance('محمد', 'احمد'), 1);
  assert.equal(harf.similarity('مُصْطَفَى', 'مصطفي'), 1);
  const s = harf.similarity('المقداد', 'المقدد');
  assert.ok(s > 0.8 && s < 0.9, String(s));
});

test('analyze counts and groups spelling variants with exact spans', () => {
  const text = '😀 زار الوفد السوري سورية ثم عاد السُّوري إلى سوريا. مسؤول ومسئول.';
  const a = harf.analyze(text);
  assert.equal(a.characters, [...text].length);
  assert.equal(a.words, 11);
  assert.equal(a.arabicWords, 11);
  const groups = Object.fromEntries(a.variants.map(g => [g.key, g.forms.map(f => f.text)]));
  assert.deepEqual(groups['سوريا'], ['سوريا', 'سورية']);
  assert.deepEqual(groups['السوري'], ['السوري', 'السُّوري']);
  for (const g of a.variants) for (const f of g.forms) {
    assert.equal(f.spans.length, f.count);
    for (const [s, e] of f.spans) assert.equal(text.slice(s, e), f.text);
  }
  assert.ok(a.topWords.every(w => typeof w.word === 'string' && w.count >= 1));
});

test('bad arguments throw an Error naming the problem', () => {
  const cases = [
    [() => harf.search(article, 'x', { maxDistance: -1 }), /maxDistance.*non-negative integer/],
    [() => harf.search(article, 'x', { maxDistance: 1.5 }), /maxDistance/],
    [() => harf.search(article, 'x', { maxDistance: '2' }), /maxDistance/],
    [() => harf.search(article, 7), /query must be a string/],
    [() => harf.search(null, 'x'), /text must be a string/],
    [() => harf.search(article, 'x', { limit: -3 }), /limit/],
    [() => harf.search(article, 'x', { clitics: 'yes' }), /clitics.*boolean/],
    [() => harf.searchAll(article, 'محمد'), /queries must be an array of strings/],
    [() => harf.searchAll(article, ['a', 3]), /queries\[1\] must be a string/],
    [() => harf.distance('a'), /b must be a string/],
    [() => harf.analyze(42), /text must be a string/],
    [() => harf.analyze('x', { maxDistance: 1 }), /unknown option "maxDistance"/],
  ];
  for (const [fn, re] of cases) assert.throws(fn, (e) => e instanceof Error && re.test(e.message));
  assert.deepEqual(slices(article, harf.search(article, 'ابراهيم')), ['إبراهيم']);
});

test('a query in Latin letters finds the Arabic spelling', () => {
  assert.deepEqual(slices(article, harf.search(article, 'Mekdad')), ['المِقداد']);
  assert.deepEqual(slices(article, harf.search(article, 'Abdel Aziz')), ['عبد العزيز']);
  assert.deepEqual(slices(article, harf.search(article, 'Nasrallah')), ['ونصرالله']);
  assert.deepEqual(harf.search(article, 'Mekdad', { crossScript: false }), []);
  const ms = harf.searchAll(article, ['Mouhammad', 'Ibrahim', 'محمد']);
  assert.deepEqual(ms.map(m => `${m.query}:${m.text}`),
    ['Mouhammad:مُحَمَّدٌ', 'محمد:مُحَمَّدٌ', 'Ibrahim:إبراهيم', 'Mouhammad:ومحمد', 'محمد:ومحمد']);
});

// searchAll keeps the Matcher of its last list of names: calls with the same
// list on other texts, with other options or with another list must give what
// each would give on its own.
test('searchAll with the same names on several texts, then other options and names', () => {
  const names = ['المقداد', 'عبد العزيز'];
  const second = 'زار عبدالعزيز الرياض، ثم التقى 🌍 بالمقداد.';
  const first = slices(article, harf.searchAll(article, names));
  assert.deepEqual(first, ['المِقداد', 'عبد العزيز', 'المقداد', 'المقدد']);
  assert.deepEqual(slices(second, harf.searchAll(second, names)), ['عبدالعزيز', 'بالمقداد']);
  assert.deepEqual(slices(article, harf.searchAll(article, names)), first);
  assert.deepEqual(slices(article, harf.searchAll(article, names, { maxDistance: 0 })), ['المِقداد', 'عبد العزيز', 'المقداد']);
  assert.deepEqual(slices(second, harf.searchAll(second, ['الرياض'])), ['الرياض']);
  assert.deepEqual(slices(second, harf.searchAll(second, [...names])), ['عبدالعزيز', 'بالمقداد']);
});
