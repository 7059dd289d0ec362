// Compiled by ./build.sh test with tsc --noEmit: uses of the API that must
// type-check, and misuses that must not (each @ts-expect-error fails the
// check if the line compiles).
import { load, loadWorker, type Harf, type QueryMatch, type Analysis } from '../harf.js';

async function main(): Promise<void> {
  const harf: Harf = await load();
  const cleaned: string = harf.normalize('أَحْمَد', { preset: 'aggressive', tehMarbuta: false });
  const changes = harf.normalizeChanges(cleaned);
  const rules: string[] = changes.map((c) => c.rule);
  const latin: string = harf.transliterate('كتب', 'buckwalter');
  const back: string = harf.detransliterate(latin, 'buckwalter');
  const reversible: boolean[] = harf.schemes().map((s) => s.reversible);
  const d: number = harf.distance('أحمد', 'احمد');
  const s: number = harf.similarity('أحمد', 'احمد', { preset: 'light' });
  const matches = harf.search('نص', 'نص', { maxDistance: 1, wholeWords: true, limit: 10 });
  const spans: number[] = matches.map((m) => m.end - m.start);
  const all: QueryMatch[] = harf.searchAll('نص', ['نص', 'Mekdad'], { crossScript: true });
  const a: Analysis = harf.analyze('نص');
  const firstSpan: [number, number] | undefined = a.variants[0]?.forms[0]?.spans[0];
  const version: string = globalThis.harf.version;

  const worker = await loadWorker();
  const fromWorker: string = await worker.normalize('نص');
  worker.terminate();

  // @ts-expect-error: an unknown option
  harf.normalize('x', { diacritic: true });
  // @ts-expect-error: an unknown preset
  harf.normalize('x', { preset: 'strong' });
  // @ts-expect-error: an unknown scheme
  harf.transliterate('x', 'pinyin');
  // @ts-expect-error: queries is an array
  harf.searchAll('x', 'y');
  // @ts-expect-error: calls of the worker are asynchronous
  const notAString: string = worker.normalize('x');

  console.log(cleaned, rules, back, reversible, d, s, spans, all, firstSpan, version, fromWorker, notAString);
}

main();
