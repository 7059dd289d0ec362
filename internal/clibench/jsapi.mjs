// jsapi.mjs does the command line's benchmark work through Harf's JavaScript
// API (web/harf.js load()) in one Node.js process: it streams a JSONL corpus
// line by line and either searches every document for a list of names
// (harf.searchAll) and writes the matches as JSONL, or normalizes every
// document (harf.normalize) and writes the lines back with the text
// replaced. It prints its wall and CPU time as JSON on standard output.
//
//   node internal/clibench/jsapi.mjs HARF_JS CORPUS.jsonl NAMES.json OUTDIR search|normalize [BYTES]
//
// BYTES stops after that much of the corpus: searchAll prepares the names on
// every call, so searching the whole corpus would take long.
import { createReadStream, openSync, writeSync, closeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const [harfJS, corpus, namesFile, outDir, task, limitBytes] = process.argv.slice(2);
const { load } = await import(pathToFileURL(harfJS).href);
const harf = await load();
const names = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(namesFile, 'utf8')));

// run streams the corpus through work(doc, lineNumber) → string to write.
async function run(outName, work, limit = Infinity) {
  const fd = openSync(`${outDir}/${outName}`, 'w');
  let pending = [];
  let size = 0;
  const flush = () => { writeSync(fd, pending.join('')); pending = []; size = 0; };
  let docs = 0;
  let matches = 0;
  let bytes = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const lines = createInterface({ input: createReadStream(corpus), crlfDelay: Infinity });
  for await (const line of lines) {
    if (bytes >= limit) break;
    bytes += Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue;
    docs++;
    const out = work(JSON.parse(line), docs);
    matches += out.n;
    pending.push(out.s);
    size += out.s.length;
    if (size > 1 << 20) flush();
  }
  flush();
  closeSync(fd);
  lines.close();
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6, bytes, docs, matches };
}

const limit = limitBytes ? Number(limitBytes) : Infinity;
let result;
if (task === 'search') {
  result = await run('js-search.jsonl', (doc, n) => {
    const ms = harf.searchAll(doc.text, names);
    let s = '';
    for (const m of ms) {
      s += JSON.stringify({ doc: doc.id ?? n, query: m.query, start: m.start, end: m.end, text: m.text, distance: m.distance, score: m.score }) + '\n';
    }
    return { s, n: ms.length };
  }, limit);
} else if (task === 'normalize') {
  result = await run('js-normalize.jsonl', (doc) => {
    doc.text = harf.normalize(doc.text);
    return { s: JSON.stringify(doc) + '\n', n: 0 };
  }, limit);
} else {
  throw new Error(`unknown task ${task}`);
}
console.log(JSON.stringify(result));
process.exit(0); // the Go program behind harf waits for calls for ever
