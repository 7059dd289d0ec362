// A user's program: imports Harf from the installed npm package by its name.
// web/pkgtest/check.sh runs it with Node.js as installed, and bundled by
// esbuild.
import assert from 'node:assert/strict';
import { load, loadWorker } from 'harf-arabic';

assert.equal(typeof loadWorker, 'function');
const harf = await load();
assert.match(harf.version, /^\d+\.\d+\.\d+/);

// Our own sentence: an emoji (two UTF-16 units) before the names.
const text = '💧 قال الوزير هيثم بن طارق المَقْداد إن سلمى إبراهيم ستعلن النتائج.';
assert.equal(harf.normalize('أَحْمَد'), 'احمد');
const [m] = harf.search(text, 'المقداد');
assert.equal(text.slice(m.start, m.end), 'المَقْداد');
const names = harf.searchAll(text, ['Haitham bin Tariq', 'سلمي ابراهيم']);
assert.deepEqual(names.map((x) => text.slice(x.start, x.end)), ['هيثم بن طارق', 'سلمى إبراهيم']);
assert.equal(harf.detransliterate(harf.transliterate('سلمى', 'buckwalter'), 'buckwalter'), 'سلمى');
assert.throws(() => harf.transliterate('سلمى', 'klingon'), /klingon/);
console.log(`harf-arabic ${harf.version}: load, normalize, search, searchAll, transliterate ok`);
process.exit(0); // the Go program behind harf waits for calls for ever
