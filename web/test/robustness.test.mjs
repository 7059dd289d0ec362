// The robustness suite: every call with every wrong argument, hostile text,
// and a 10 MB paste. A bad call throws an Error naming the problem; no input
// stops the Go runtime; spans stay exact slices of the original text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harf } from './harf.mjs';

const WRONG = {
  undefined: undefined, null: null, number: 42, object: { a: 1 }, array: ['x'],
  function: () => 'x', boolean: true, bigint: 10n, symbol: Symbol('s'),
};

// Each call, its arguments when correct, and which of them must be strings.
const CALLS = [
  ['normalize', ['نص'], [0]],
  ['normalizeChanges', ['نص'], [0]],
  ['distance', ['أحمد', 'احمد'], [0, 1]],
  ['similarity', ['أحمد', 'احمد'], [0, 1]],
  ['search', ['نص طويل', 'نص'], [0, 1]],
  ['searchAll', ['نص طويل', ['نص']], [0]],
  ['analyze', ['نص'], [0]],
];

// Which argument holds the options, per call.
const OPTIONS_AT = { normalize: 1, normalizeChanges: 1, distance: 2, similarity: 2, search: 2, searchAll: 2, analyze: 1 };

function throwsNaming(fn, pattern, what) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof Error, `${what}: threw a non-Error ${e}`);
    assert.match(e.message, pattern, what);
    return true;
  }, what);
}

test('every call rejects every wrong type for its string arguments', () => {
  for (const [name, good, stringArgs] of CALLS) {
    for (const i of stringArgs) {
      for (const [type, value] of Object.entries(WRONG)) {
        const args = good.slice();
        args[i] = value;
        throwsNaming(() => harf[name](...args), /must be a string/, `${name} arg ${i} = ${type}`);
      }
    }
  }
  for (const [type, value] of Object.entries(WRONG)) {
    if (type === 'array') continue;
    throwsNaming(() => harf.searchAll('نص', value), /queries must be an array of strings/, `searchAll queries = ${type}`);
  }
});

test('every call rejects unknown options, unknown presets and wrong option types', () => {
  for (const [name, good] of CALLS) {
    const at = OPTIONS_AT[name];
    const call = (opts) => { const a = good.slice(); a[at] = opts; return harf[name](...a); };
    throwsNaming(() => call({ nope: true }), /unknown option "nope"/, `${name} unknown option`);
    throwsNaming(() => call({ preset: 'strongest' }), /unknown preset "strongest"/, `${name} unknown preset`);
    throwsNaming(() => call({ preset: 3 }), /preset/, `${name} preset not a string`);
    throwsNaming(() => call({ alef: 'yes' }), /"alef" must be a boolean/, `${name} option not boolean`);
    for (const [type, value] of Object.entries(WRONG)) {
      if (type === 'undefined' || type === 'null' || type === 'object') continue;
      throwsNaming(() => call(value), /options must be a plain object/, `${name} options = ${type}`);
    }
    call(undefined); // absent options mean the search preset
    call(null);
  }
});

test('thousands of bad calls in a row, then every call still answers', () => {
  for (let i = 0; i < 5000; i++) {
    const [name, good] = CALLS[i % CALLS.length];
    assert.throws(() => harf[name](i % 2 ? null : 17, ...good.slice(1)));
  }
  assert.equal(harf.normalize('أَحْمَد'), 'احمد');
  assert.equal(harf.distance('أحمد', 'احمد'), 0);
  assert.equal(harf.search('وقال أحمد', 'احمد')[0].text, 'أحمد');
});

test('hostile text', () => {
  const cases = {
    empty: '',
    blank: ' \t \n ',
    nul: 'قال\u0000محمد',
    'marks alone': '\u064e\u064f\u0651\u0652',
    'a long run of one diacritic': 'م' + '\u0651'.repeat(10000) + 'حمد',
    'bidi overrides': '\u202eمحمد\u202c \u2066احمد\u2069 \u200f',
    'lone surrogates': '\ud800محمد\udc00abc\ud83d',
    'emoji ZWJ sequences': '👩‍👩‍👧‍👦🏳️‍🌈 محمد',
    'tatweel only': 'ـــــ',
    'presentation forms only': 'ﷲﻷﷺ',
  };
  for (const [what, text] of Object.entries(cases)) {
    for (const preset of ['light', 'search', 'aggressive']) {
      const out = harf.normalize(text, { preset });
      assert.equal(typeof out, 'string', what);
      assert.equal(harf.normalize(out, { preset }), out, `${what}: idempotent under ${preset}`);
      let rebuilt = '', at = 0;
      for (const c of harf.normalizeChanges(text, { preset })) {
        assert.equal(text.slice(c.start, c.end), c.from.replace(/\ufffd/g, (m, i) => text[c.start + i]), `${what}: change span`);
        rebuilt += text.slice(at, c.start) + c.to;
        at = c.end;
      }
      rebuilt += text.slice(at);
      assert.equal(rebuilt.replace(/[\ud800-\udfff]/g, '\ufffd'), out.replace(/[\ud800-\udfff]/g, '\ufffd'), `${what}: changes rebuild the output`);
    }
    for (const m of harf.search(text, 'محمد')) {
      assert.equal(text.slice(m.start, m.end).replace(/[\ud800-\udfff]/g, '\ufffd'), m.text.replace(/[\ud800-\udfff]/g, '\ufffd'), what);
    }
    harf.analyze(text);
    harf.distance(text, 'محمد');
  }
  // the match after a ZWJ family emoji and lone surrogates lands exactly
  const text = '👩‍👩‍👧‍👦\ud800 قال مُحَمَّدٌ';
  const [m] = harf.search(text, 'محمد');
  assert.equal(text.slice(m.start, m.end), 'مُحَمَّدٌ');
  // a lone surrogate comes back as U+FFFD, one code unit
  assert.equal(harf.normalize('\ud800ا', { preset: 'light' }), '\ufffdا');
  // a leading BOM comes back when invisibles is off, and goes when it is on
  assert.equal(harf.normalize('\ufeffأحمد', { invisibles: false }), '\ufeffاحمد');
  assert.equal(harf.normalize('\ufeffأحمد'), 'احمد');
  // NUL passes through
  assert.equal(harf.normalize('a\u0000b'), 'a\u0000b');
});

test('a 10 MB paste: exact spans, bounded memory', () => {
  const paragraph = '😀 قال الوزير مُحَمَّدٌ المِقداد أمس إن ﻷحمد إبراهيم دوراً كبيراً في المفاوضات. ';
  const text = paragraph.repeat(Math.ceil(10e6 / paragraph.length));
  const rss0 = process.memoryUsage().rss;
  let t = performance.now();
  const out = harf.normalize(text);
  const tNormalize = performance.now() - t;
  assert.equal(out.length < text.length, true);
  t = performance.now();
  const ms = harf.search(text, 'المقداد');
  const tSearch = performance.now() - t;
  const reps = Math.ceil(10e6 / paragraph.length);
  assert.equal(ms.length, reps);
  for (const i of [0, 1, reps >> 1, reps - 1]) assert.equal(text.slice(ms[i].start, ms[i].end), 'المِقداد');
  const peak = Math.max(rss0, process.memoryUsage().rss);
  console.log(`# 10 MB (${text.length} UTF-16 units): normalize ${tNormalize.toFixed(0)} ms, search ${tSearch.toFixed(0)} ms, ` +
    `${ms.length} matches, rss ${(rss0 / 2 ** 20).toFixed(0)} → ${(peak / 2 ** 20).toFixed(0)} MiB`);
  assert.ok(peak < 3 * 2 ** 30, 'memory stays under 3 GiB');
});
