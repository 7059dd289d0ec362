// bench.mjs: Harf against the JavaScript a developer would otherwise use, in
// one Node.js process (run by ./build.sh bench).
//
//   node web/tools/bench.mjs DATA_DIR [--out FILE] [--go-bench FILE] [--load FILE] [--quick]
//
// DATA_DIR holds the inputs written by `go run ./internal/corpus/benchdata`:
// text-100k.txt, text-1m.txt (generated news text with names inserted),
// truth-*.json (every inserted occurrence, UTF-16 spans) and names-*.json.
// --go-bench is the output of `go test -bench` over ./arabic/..., --load the
// JSON the load-to-ready browser test writes: both become rows of the table.
// --out also writes the Markdown report to FILE. --quick runs fewer rounds.
//
// Every comparison runs its contestants in interleaved rounds (the order
// rotates each round) and reports the median; ratios are taken within the
// process. MB is 10^6 bytes of UTF-8 input, as in `go test -bench`.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { distance as levenshtein } from 'fastest-levenshtein';
import Fuse from 'fuse.js';
import { load } from '../harf.js';

// ---------------------------------------------------------------- arguments

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const outFile = flag('--out');
const goBenchFile = flag('--go-bench');
const loadFile = flag('--load');
const quick = args.includes('--quick');
if (quick) args.splice(args.indexOf('--quick'), 1);
if (args.length !== 1) {
  console.error('usage: node web/tools/bench.mjs DATA_DIR [--out FILE] [--go-bench FILE] [--load FILE] [--quick]');
  process.exit(2);
}
const dataDir = args[0];
const readText = (f) => readFileSync(join(dataDir, f), 'utf8');
const readJSON = (f) => JSON.parse(readText(f));

const harf = await load();
const wasmPath = new URL('../harf.wasm', import.meta.url);

// ------------------------------------------------------- the JS baselines

// jsNormalize is the straightforward JavaScript way to do what Harf's
// `search` preset does: one regular expression per rule, in an order where
// no rule undoes another. Presentation forms come first (ﻷ → لأ, whose أ the
// alef rule then folds); removals are one pass.
const RE_PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFF]/g;
// invisibles and bidi controls, tatweel, harakat/tanween/shadda/sukun and the
// other vowel signs, superscript alef, Quranic marks (the combining hamza and
// madda U+0653–U+0655 are left to the alef rule)
const RE_REMOVE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u0640\u0610-\u061A\u064B-\u0652\u0656-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0898-\u089F\u08CA-\u08E1\u08E3-\u08FF]/g;
const RE_ALEF = /[\u0622\u0623\u0625\u0671]|\u0627[\u0653-\u0655]/g;
const RE_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const RE_SPACES = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

function jsNormalize(s) {
  return s
    .replace(RE_PRESENTATION, (c) => c.normalize('NFKC'))
    .replace(RE_REMOVE, '')
    .replace(RE_ALEF, 'ا')
    .replaceAll('ى', 'ي')
    .replace(RE_DIGITS, (c) => String.fromCharCode(48 + c.charCodeAt(0) - (c >= '\u06F0' ? 0x06F0 : 0x0660)))
    .replace(RE_SPACES, ' ');
}

// defaultMaxDistance is Harf's default threshold (arabic/fuzzy
// DefaultMaxDistance), by the letters of the query.
const defaultMaxDistance = (n) => (n <= 4 ? 0 : n <= 7 ? 1 : n <= 11 ? 2 : 3);

// A word: letters and digits. Over the original text, marks, tatweel and
// invisibles stay inside the word they stand in (they vanish when normalized).
const RE_WORD = /[\p{L}\p{N}]+/gu;
const RE_WORD_ORIGINAL = /[\p{L}\p{N}\p{M}\u00AD\u200B-\u200F\u2060\uFEFF]+/gu;

// naiveSearch is the search a JavaScript developer writes first: normalize
// text and names, cut the text into words, slide a window of as many words as
// the name has over it and accept a window within the name's threshold. The
// windows of each width are joined once per call, and a length check skips
// the Levenshtein call when the lengths alone exceed the threshold (neither
// changes a result). It returns [{query, word, words, distance}] by word index.
function naiveSearch(text, names) {
  const words = jsNormalize(text).match(RE_WORD) ?? [];
  const windows = new Map(); // width → the joined windows of that many words
  const hits = [];
  for (const name of names) {
    const parts = jsNormalize(name).match(RE_WORD) ?? [];
    const k = parts.length;
    if (k === 0) continue;
    const q = parts.join(' ');
    const max = defaultMaxDistance(q.length - (k - 1));
    let ws = windows.get(k);
    if (!ws) {
      ws = [];
      for (let i = 0; i + k <= words.length; i++) ws.push(k === 1 ? words[i] : words.slice(i, i + k).join(' '));
      windows.set(k, ws);
    }
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (Math.abs(w.length - q.length) > max) continue;
      const d = levenshtein(w, q);
      if (d <= max) hits.push({ query: name, word: i, words: k, distance: d });
    }
  }
  return hits;
}

// wordSpans returns the UTF-16 span in text of each word naiveSearch sees,
// for scoring its hits (not timed). Normalization never joins or splits
// words, so the i-th word of the normalized text is the i-th of the original:
// checked here.
function wordSpans(text) {
  const spans = [...text.matchAll(RE_WORD_ORIGINAL)].map((m) => [m.index, m.index + m[0].length, m[0]]);
  const words = jsNormalize(text).match(RE_WORD) ?? [];
  if (spans.length !== words.length || spans.some(([, , w], i) => jsNormalize(w) !== words[i])) {
    throw new Error('bench: the words of the normalized text do not map one to one onto the original');
  }
  return spans;
}

// sentences cuts text into sentences with their UTF-16 spans, for Fuse.js.
function sentences(text) {
  return [...text.matchAll(/[^.!?؟\n]+[.!?؟]*/g)]
    .filter((m) => m[0].trim() !== '')
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

// fuseSearch looks each name up with Fuse.js 7 over the sentences of text,
// with Fuse's default options (threshold 0.6, location 0, distance 100) and
// the score included. The index is built per call, as the text is new.
function fuseSearch(sents, names) {
  const fuse = new Fuse(sents.map((s) => s.text), { includeScore: true });
  const hits = [];
  for (const name of names) {
    for (const r of fuse.search(name)) {
      hits.push({ query: name, start: sents[r.refIndex].start, end: sents[r.refIndex].end, score: r.score });
    }
  }
  return hits;
}

// ------------------------------------------------------------- measuring

const now = () => performance.now();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
let sink = 0; // keeps results alive so that no call is optimized away
const keep = (v) => { sink ^= (v?.length ?? v ?? 0) & 1; };

// interleave runs each case's fn in up to `rounds` rounds, the order
// rotating each round, and sets c.ms (median milliseconds per call),
// c.samples and c.result (the result of its first call, which warms it up).
// A sample repeats a fast fn until it lasts at least minSampleMs; a case
// stops after 3 samples once its samples add up to budgetMs.
function interleave(cases, { rounds, minSampleMs = 40, budgetMs = 15_000 }) {
  if (quick) rounds = Math.min(rounds, 3);
  for (const c of cases) {
    let t0 = now();
    c.result = c.fn();
    let once = now() - t0;
    c.samples = [];
    if (once >= 5000) {
      c.samples.push(once); // a call this slow is steady work: it is a sample
    } else { // a warm call, to calibrate
      t0 = now();
      keep(c.fn());
      once = now() - t0;
    }
    c.iters = Math.max(1, Math.round(minSampleMs / Math.max(once, 1e-3)));
  }
  const done = (c) => c.samples.length >= rounds ||
    (c.samples.length >= 3 && c.samples.reduce((a, b) => a + b, 0) * c.iters >= budgetMs);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < cases.length; k++) {
      const c = cases[(r + k) % cases.length];
      if (done(c)) continue;
      const t0 = now();
      for (let i = 0; i < c.iters; i++) keep(c.fn());
      c.samples.push((now() - t0) / c.iters);
    }
  }
  for (const c of cases) c.ms = median(c.samples);
  return cases;
}

// ---------------------------------------------------------------- report

const rows = []; // the main table
const notes = [];
const targets = []; // the targets of issue 7: [target, measured, met]
const target = (what, measured, met) => targets.push([what, measured, met ? 'yes' : 'NO']);
const log = (...a) => console.error('bench:', ...a);

const fmtTime = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : ms < 1000 ? `${ms.toFixed(ms < 10 ? 2 : 1)} ms` : `${(ms / 1000).toFixed(2)} s`);
const fmtRate = (perSec, unit) => (perSec >= 1e6 ? `${(perSec / 1e6).toFixed(2)} M ${unit}/s` : perSec >= 1e3 ? `${(perSec / 1e3).toFixed(1)} k ${unit}/s` : `${perSec.toFixed(1)} ${unit}/s`);
const fmtMBs = (bytes, ms) => { const v = bytes / 1e6 / (ms / 1000); return `${v.toFixed(v < 0.1 ? 3 : v < 1 ? 2 : 1)} MB/s`; };
const fmtRatio = (base, ms) => { const r = base / ms; return r >= 100 ? `${r.toFixed(0)}×` : r >= 10 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`; };
const pct = (found, total) => (total === 0 ? '—' : `${(100 * found / total).toFixed(1)}% (${found}/${total})`);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

function row(r) {
  rows.push({ bench: '', input: '', method: '', time: '', runs: '', throughput: '', ratio: '', recall: '', extra: '', ...r });
}

// ---------------------------------------------------------- 1. normalize

const inputs = [
  { id: '100k', label: '100 KB', text: readText('text-100k.txt'), truth: readJSON('truth-100k.json') },
  { id: '1m', label: '1 MB', text: readText('text-1m.txt'), truth: readJSON('truth-1m.json') },
];
for (const input of inputs) {
  input.bytes = Buffer.byteLength(input.text);
  for (const t of input.truth) {
    if (input.text.slice(t.start, t.end) !== t.text) throw new Error(`truth-${input.id}.json: span ${t.start}-${t.end} is not ${t.text}`);
  }
}

// firstDifference describes where two strings first differ.
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (s) => JSON.stringify(s.slice(Math.max(0, i - 12), i + 12));
  const cp = (s) => (i < s.length ? 'U+' + s.codePointAt(i).toString(16).toUpperCase().padStart(4, '0') : 'end');
  return `at ${i}: Harf ${cp(a)} ${show(a)}, JS ${cp(b)} ${show(b)}`;
}

for (const input of inputs) {
  log(`normalize ${input.label}`);
  const [h, j] = interleave([
    { fn: () => harf.normalize(input.text) },
    { fn: () => jsNormalize(input.text) },
  ], { rounds: 21 });
  row({ bench: 'normalize (search preset)', input: input.label, method: 'Harf `normalize`', time: fmtTime(h.ms), runs: h.samples.length, throughput: fmtMBs(input.bytes, h.ms), ratio: `${fmtRatio(j.ms, h.ms)} JS` });
  row({ bench: 'normalize (search preset)', input: input.label, method: 'JS regex chain (6 passes)', time: fmtTime(j.ms), runs: j.samples.length, throughput: fmtMBs(input.bytes, j.ms), ratio: 'baseline' });
  target(`normalize ${input.label}: at least 1.5× the JS chain's throughput`, fmtRatio(j.ms, h.ms), j.ms / h.ms >= 1.5);
  notes.push(h.result === j.result
    ? `normalize ${input.label}: Harf's and the JS chain's outputs are identical (${h.result.length} UTF-16 units).`
    : `normalize ${input.label}: the outputs DIFFER ${firstDifference(h.result, j.result)}.`);
}

// Known differences of the JS chain, checked on small strings.
{
  const cases = [
    ['ZWJ inside an emoji sequence', '👩\u200D👩\u200D👧'],
    ['presentation-form tanween (U+FE70)', 'كتاب\uFE70'],
    ['combining hamza after waw (و + U+0654)', 'سو\u0654ال'],
  ];
  for (const [what, s] of cases) {
    const a = harf.normalize(s), b = jsNormalize(s);
    if (a !== b) notes.push(`normalize: the JS chain differs on ${what}: Harf ${JSON.stringify(a)}, JS ${JSON.stringify(b)} (not in the corpus).`);
  }
}

// ----------------------------------------------------------- 2. distance

{
  const PAIRS = 100_000;
  const words = jsNormalize(inputs[1].text).match(/[\u0621-\u064A]+/g);
  let x = 2463534242; // xorshift32: the same pairs every run
  const rand = (n) => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) % n; };
  const A = [], B = [];
  for (let i = 0; i < PAIRS; i++) { A.push(words[rand(words.length)]); B.push(words[rand(words.length)]); }
  let mismatch = 0;
  for (let i = 0; i < PAIRS; i++) if (harf.distance(A[i], B[i]) !== levenshtein(A[i], B[i])) mismatch++;
  log('distance');
  const [h, f] = interleave([
    { fn: () => { let s = 0; for (let i = 0; i < PAIRS; i++) s += harf.distance(A[i], B[i]); return s; } },
    { fn: () => { let s = 0; for (let i = 0; i < PAIRS; i++) s += levenshtein(A[i], B[i]); return s; } },
  ], { rounds: 15 });
  const avg = (A.reduce((n, w) => n + w.length, 0) + B.reduce((n, w) => n + w.length, 0)) / (2 * PAIRS);
  const input = `${PAIRS.toLocaleString('en')} word pairs (avg ${avg.toFixed(1)} letters)`;
  row({ bench: 'distance, one call per pair', input, method: 'Harf `distance`', time: fmtTime(h.ms), runs: h.samples.length, throughput: fmtRate(PAIRS / (h.ms / 1000), 'calls'), ratio: `${fmtRatio(f.ms, h.ms)} fastest-levenshtein` });
  row({ bench: 'distance, one call per pair', input, method: 'fastest-levenshtein 1.0.16', time: fmtTime(f.ms), runs: f.samples.length, throughput: fmtRate(PAIRS / (f.ms / 1000), 'calls'), ratio: 'baseline' });
  target('distance: at least 1 million calls per second from JS', fmtRate(PAIRS / (h.ms / 1000), 'calls'), PAIRS / (h.ms / 1000) >= 1e6);
  notes.push(mismatch === 0
    ? `distance: Harf and fastest-levenshtein agree on all ${PAIRS.toLocaleString('en')} pairs (random words of the 1 MB text, normalized; Harf normalizes them again).`
    : `distance: Harf and fastest-levenshtein DISAGREE on ${mismatch} of ${PAIRS} pairs.`);
}

// ----------------------------------------------------------- 3. searchAll

const names100 = readJSON('names-100.json');
const names1000 = readJSON('names-1000.json');
const FUSE_NAMES = 100; // Fuse.js is given at most this many names (a sample of a longer list)
const kindsSeen = [];

// score compares hits [{query, start, end}] (UTF-16 spans) with the truth:
// a truth occurrence is found when a hit of its name overlaps it. An extra
// hit overlaps no occurrence of its query and is not an exact occurrence of
// it already in the generated text (its span, normalized, does not contain
// the normalized name).
function score(text, hits, truth, names) {
  const wanted = new Set(names);
  const want = truth.filter((t) => wanted.has(t.name));
  const byName = new Map();
  for (const h of hits) {
    if (!byName.has(h.query)) byName.set(h.query, []);
    byName.get(h.query).push(h);
  }
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  const found = new Set();
  const byKind = {};
  for (const t of want) {
    const ok = (byName.get(t.name) ?? []).some((h) => overlaps(h, t));
    if (ok) found.add(t);
    if (!kindsSeen.includes(t.kind)) kindsSeen.push(t.kind);
    byKind[t.kind] ??= { found: 0, total: 0 };
    byKind[t.kind].total++;
    if (ok) byKind[t.kind].found++;
  }
  let extra = 0;
  const extraExamples = [];
  const normName = new Map();
  for (const h of hits) {
    if (want.some((t) => t.name === h.query && overlaps(h, t))) continue;
    if (!normName.has(h.query)) normName.set(h.query, jsNormalize(h.query));
    const passage = text.slice(h.start, h.end);
    if (jsNormalize(passage).includes(normName.get(h.query))) continue;
    extra++;
    if (extraExamples.length < 3) extraExamples.push(`${h.query} ← ${passage.length > 40 ? passage.slice(0, 40) + '…' : passage}`);
  }
  return { found: found.size, total: want.length, byKind, extra, extraExamples };
}

const byKindTables = [];

for (const input of inputs) {
  const spans = wordSpans(input.text);
  const sents = sentences(input.text);
  for (const names of [names100, names1000]) {
    const n = names.length;
    // Fuse.js gets every (n / FUSE_NAMES)-th name; its time is scaled up to n names.
    const step = Math.max(1, n / FUSE_NAMES);
    const fuseNames = names.filter((_, i) => i % step === 0);
    const label = `${input.label}, ${n.toLocaleString('en')} names`;
    log(`searchAll ${label}`);
    const [h, nv, fz] = interleave([
      { fn: () => harf.searchAll(input.text, names) },
      { fn: () => naiveSearch(input.text, names) },
      { fn: () => fuseSearch(sents, fuseNames) },
    ], { rounds: 11 });
    const fuseMs = fz.ms * (n / fuseNames.length);

    const hs = score(input.text, h.result, input.truth, names);
    const naiveHits = nv.result.map((x) => ({ query: x.query, start: spans[x.word][0], end: spans[x.word + x.words - 1][1] }));
    const ns = score(input.text, naiveHits, input.truth, names);
    const fs = score(input.text, fz.result, input.truth, fuseNames);
    const bench = 'searchAll';
    const extra = (s) => `${s.extra}${s.extraExamples.length ? ' (e.g. ' + s.extraExamples[0] + ')' : ''}`;
    row({ bench, input: label, method: 'Harf `searchAll`', time: fmtTime(h.ms), runs: h.samples.length, throughput: fmtMBs(input.bytes, h.ms), ratio: `${fmtRatio(nv.ms, h.ms)} naive · ${fmtRatio(fuseMs, h.ms)} Fuse`, recall: pct(hs.found, hs.total), extra: extra(hs) });
    row({ bench, input: label, method: 'naive JS: windows + fastest-levenshtein', time: fmtTime(nv.ms), runs: nv.samples.length, throughput: fmtMBs(input.bytes, nv.ms), ratio: 'baseline', recall: pct(ns.found, ns.total), extra: extra(ns) });
    const fuseMethod = fuseNames.length < n
      ? `Fuse.js 7.1.0 over sentences (${fuseNames.length} of the names; time ×${step})`
      : 'Fuse.js 7.1.0 over sentences';
    row({ bench, input: label, method: fuseMethod, time: fmtTime(fuseMs), runs: fz.samples.length, throughput: fmtMBs(input.bytes, fuseMs), ratio: 'baseline', recall: pct(fs.found, fs.total), extra: extra(fs) });
    const hsFuse = score(input.text, h.result, input.truth, fuseNames); // Harf on Fuse's names
    const rate = (x) => (x.total ? x.found / x.total : 1);
    target(`searchAll ${label}: at least 10× the naive search, recall at least as high`,
      `${fmtRatio(nv.ms, h.ms)}, recall ${pct(hs.found, hs.total)} vs ${pct(ns.found, ns.total)}`,
      nv.ms / h.ms >= 10 && rate(hs) >= rate(ns));
    target(`searchAll ${label}: at least 100× Fuse.js, higher recall`,
      `${fmtRatio(fuseMs, h.ms)}, recall ${pct(hsFuse.found, hsFuse.total)} vs ${pct(fs.found, fs.total)}${fuseNames.length < n ? ' (on Fuse\'s names)' : ''}`,
      fuseMs / h.ms >= 100 && rate(hsFuse) > rate(fs));
    byKindTables.push({ label, results: [['Harf', hs], ['naive JS', ns], [fuseNames.length < n ? `Fuse.js (${fuseNames.length} names)` : 'Fuse.js', fs]] });
  }
}

// -------------------------------------------------------------- 4. sizes

{
  const wasm = readFileSync(wasmPath);
  const gz = zlib.gzipSync(wasm, { level: 9 });
  const br = zlib.brotliCompressSync(wasm, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: wasm.length },
  });
  target('harf.wasm at most 800 KiB gzip', kb(gz.length), gz.length <= 800 * 1024);
  row({ bench: 'size of harf.wasm', input: 'raw', time: `${wasm.length.toLocaleString('en')} B`, throughput: kb(wasm.length) });
  row({ bench: 'size of harf.wasm', input: 'gzip -9', time: `${gz.length.toLocaleString('en')} B`, throughput: kb(gz.length) });
  row({ bench: 'size of harf.wasm', input: 'brotli -q 11', time: `${br.length.toLocaleString('en')} B`, throughput: kb(br.length) });
}

// ------------------------------------------ 5. rows measured elsewhere

// Load-to-ready in headless Chromium (web/browsertest/bench_test.go).
if (loadFile) {
  try {
    const l = JSON.parse(readFileSync(loadFile, 'utf8'));
    target('page ready within 300 ms of navigation in Chromium (median)', fmtTime(l.medianMs), l.medianMs <= 300);
    row({ bench: 'load to ready (Chromium)', input: 'page /, a cold browser per load', method: l.browser, time: fmtTime(l.medianMs), runs: l.runs, throughput: `min ${fmtTime(l.minMs)}, max ${fmtTime(l.maxMs)}`, ratio: l.ratio !== undefined ? `${l.ratio}× bare Go page; harf.wasm received at ${fmtTime(l.medianWasmMs)}` : `harf.wasm fetched at ${fmtTime(l.medianWasmMs)}` });
    if (l.bareMedianMs !== undefined) {
      row({ bench: 'load to ready (Chromium)', input: 'a bare syscall/js Go page, a cold browser per load', method: l.browser, time: fmtTime(l.bareMedianMs), runs: l.runs, throughput: `min ${fmtTime(l.bareMinMs)}, max ${fmtTime(l.bareMaxMs)}`, ratio: `baseline; bare.wasm received at ${fmtTime(l.bareMedianWasmMs)}` });
      target('page ready within 1.5× a bare Go WebAssembly page (medians, same run)', `${l.ratio}×`, l.ratio <= 1.5);
    }
  } catch (err) {
    notes.push(`load to ready: no result (${err.message}).`);
  }
}

// The same Go code natively (go test -bench over ./arabic/...), for the cost
// of WebAssembly. Its inputs are corpus.Generate texts without inserted names.
if (goBenchFile) {
  const want = [
    ['normalize (search preset)', '1 MB', 'normalize', 'BenchmarkString/search'],
    ['distance, one call per pair', '1 pair (عبد العزيز, عبدالعزيز)', 'fuzzy', 'BenchmarkDistance'],
    ['searchAll', '100 KB, 100 names', 'fuzzy', 'BenchmarkSearchAll/100KB/100names'],
    ['searchAll', '100 KB, 1,000 names', 'fuzzy', 'BenchmarkSearchAll/100KB/1000names'],
    ['searchAll', '1 MB, 100 names', 'fuzzy', 'BenchmarkSearchAll/1024KB/100names'],
    ['searchAll', '1 MB, 1,000 names', 'fuzzy', 'BenchmarkSearchAll/1024KB/1000names'],
  ];
  const results = new Map();
  let pkg = '';
  for (const line of readFileSync(goBenchFile, 'utf8').split('\n')) {
    const p = line.match(/^pkg: .*\/([^/]+)$/);
    if (p) pkg = p[1];
    const m = line.match(/^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns\/op(?:\s+([\d.]+) MB\/s)?/);
    if (m) results.set(`${pkg} ${m[1]}`, { ns: Number(m[2]), mbs: m[3] && Number(m[3]) });
  }
  for (const [bench, input, p, name] of want) {
    const r = results.get(`${p} ${name}`);
    if (!r) continue;
    const ms = r.ns / 1e6;
    const throughput = r.mbs ? `${r.mbs.toFixed(1)} MB/s` : fmtRate(1e9 / r.ns, 'calls');
    row({ bench, input: `${input} (Go corpus)`, method: `Go native: \`${name}\``, time: fmtTime(ms), throughput, ratio: 'no wasm, for reference' });
  }
}

// -------------------------------------------------------------- output

function table(header, body) {
  const esc = (s) => String(s).replaceAll('|', '\\|');
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

const order = ['normalize (search preset)', 'distance, one call per pair', 'searchAll', 'size of harf.wasm', 'load to ready (Chromium)'];
rows.sort((a, b) => order.indexOf(a.bench) - order.indexOf(b.bench)); // stable: keeps each group's order

const cpu = os.cpus();
const lines = [
  `## Harf benchmarks`,
  '',
  `Harf ${harf.version} · Node.js ${process.version} · V8 ${process.versions.v8} · ${cpu[0]?.model ?? 'unknown CPU'} (${cpu.length} logical CPUs) · ${os.platform()}/${os.arch()} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · ${new Date().toISOString().slice(0, 10)}${quick ? ' · QUICK RUN (3 rounds)' : ''}`,
  '',
  table(['benchmark', 'input', 'method', 'median', 'runs', 'throughput', 'speed vs baseline', 'recall', 'extra matches'],
    rows.map((r) => [r.bench, r.input, r.method, r.time, r.runs, r.throughput, r.ratio, r.recall, r.extra])),
  '',
  '### Targets of issue 7',
  '',
  table(['target', 'measured', 'met'], targets),
  '',
  '### Recall by kind of inserted spelling',
  '',
  ...byKindTables.filter((t) => t.label.startsWith('1 MB')).flatMap((t) => [
    table([t.label, ...t.results.map(([m]) => m)],
      kindsSeen.map((k) => [k, ...t.results.map(([, s]) => (s.byKind[k] ? `${s.byKind[k].found}/${s.byKind[k].total}` : '—'))])),
    '',
  ]),
  '### Notes',
  '',
  ...notes.map((n) => `- ${n}`),
  `- searchAll: recall counts the inserted occurrences of the names in the list searched (half of them are of the first 100 names); ` +
    `a Fuse.js hit is a sentence, which finds every occurrence of its query in it. Fuse.js is given every ${names1000.length / FUSE_NAMES}th name ` +
    `of the 1,000 (${FUSE_NAMES} names) and its time is multiplied by ${names1000.length / FUSE_NAMES}; its recall is over those names' occurrences.`,
  `- extra matches: hits of a name that overlap no inserted occurrence of it and whose passage, normalized, does not contain it ` +
    `(so the names the generated text already holds, such as طارق المقداد, are not counted).`,
  `- The baselines: the JS chain is six \`replace\` passes (presentation forms by NFKC, one removal class, alef, alef maksura, digits, spaces) and keeps no offset map. ` +
    `The naive search normalizes like the chain, has no clitic or glued-word handling and no cross-script keys, skips windows whose length alone exceeds the threshold, ` +
    `and reports every window within the threshold (no overlap resolution, hence its extra matches). ` +
    `Fuse.js gets the raw sentences and names (it does not know Arabic diacritics or alef forms) with its default options (threshold 0.6, location 0, distance 100). ` +
    `Harf's times include moving the text into the Go runtime and the results back on every call.`,
  `- Go native rows: the same Go code without WebAssembly (\`go test -bench\` over ./arabic/... in the same ./build.sh bench run, not in this process), ` +
    `on corpus.Generate texts without the inserted names; they show what the wasm build and the JS boundary cost.`,
  `- median: of the runs column's interleaved rounds (each a call, or as many calls as last 40 ms), after a warm-up call; a slow contestant stops after 3 rounds once its rounds add up to 15 s.`,
  '',
];
const report = lines.join('\n');
console.log(report);
if (outFile) writeFileSync(outFile, report);
log(`done (checksum ${sink})`);
process.exit(0); // the Go program never returns: end the process here
