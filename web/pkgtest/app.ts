// Type-checked by web/pkgtest/check.sh with moduleResolution nodenext: the
// package's types must resolve from its name, and misuse must be rejected.
import { load, loadWorker, type Harf, type QueryMatch } from 'harf-arabic';

const harf: Harf = await load();
const text = 'وصل المَقْداد';
const matches: QueryMatch[] = harf.searchAll(text, ['المقداد'], { maxDistance: 1, wholeWords: true });
const spans: string[] = matches.map((m) => text.slice(m.start, m.end));
const clean: string = harf.normalize(text, { preset: 'aggressive', diacritics: false });
const worker = await loadWorker();
const later: Promise<string> = worker.normalize(text);

// @ts-expect-error: the text must be a string
harf.normalize(42);
// @ts-expect-error: an unknown preset
harf.normalize(text, { preset: 'strict' });
// @ts-expect-error: an unknown scheme
harf.transliterate(text, 'klingon');

export { spans, clean, later };
