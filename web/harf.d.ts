// Type declarations for Harf's JavaScript API: globalThis.harf, defined when
// harf.wasm runs (see DESIGN.md), and the loader module harf.js.
//
// Every call is synchronous and returns plain values. A bad argument (not a
// string, an unknown option, preset or scheme, a wrong option type) throws an
// Error whose message names the call and the problem, e.g.
// "harf.search: option "maxDistance" must be a non-negative integer, got -1".
// Spans are UTF-16 offsets into the ORIGINAL text: text.slice(start, end) is
// the passage, diacritics, tatweel and ligatures included.

/** Preset ids. */
export type PresetID = 'light' | 'search' | 'aggressive';

/** Scheme ids. */
export type SchemeID = 'buckwalter' | 'buckwalter-safe' | 'buckwalter-xml' | 'hsb' | 'iso233' | 'din31635' | 'ala-lc' | 'arabizi';

/** The normalization options, each on (true) or off (false). */
export interface NormalizeFlags {
  /** Removes harakat, tanween, shadda, sukun, superscript alef U+0670 and Quranic marks. */
  diacritics: boolean;
  /** Removes the tatweel U+0640. */
  tatweel: boolean;
  /** أ إ آ ٱ → ا */
  alef: boolean;
  /** ى → ي */
  alefMaksura: boolean;
  /** ة → ه */
  tehMarbuta: boolean;
  /** ؤ → و, ئ → ي, and a hamza on a carrier to its carrier. */
  hamza: boolean;
  /** Presentation forms U+FB50–U+FDFF and U+FE70–U+FEFF to their letters (ﻷ → لأ, ﷲ → الله). */
  presentationForms: boolean;
  /** Persian/Urdu look-alikes to Arabic letters (ی → ي, ک → ك). */
  persian: boolean;
  /** ٠–٩ and ۰–۹ → 0–9 (and the Arabic decimal separator ٫ → .). */
  digits: boolean;
  /** ، ؛ ؟ → , ; ? */
  punctuation: boolean;
  /** Removes zero-width and bidi controls (U+200B–U+200F, U+061C, U+202A–U+202E, U+2066–U+2069, U+FEFF, U+2060, U+00AD); keeps the joiner inside emoji sequences. */
  invisibles: boolean;
  /** Collapses runs of spaces and tabs to one space; keeps line breaks. */
  whitespace: boolean;
}

/**
 * Options of every call that normalizes. Absent options mean the `search`
 * preset; explicit flags override the preset.
 */
export interface NormalizeOptions extends Partial<NormalizeFlags> {
  preset?: PresetID;
}

/** Options of search and searchAll. */
export interface SearchOptions extends NormalizeOptions {
  /** Most edits a match may differ by; a non-negative integer. Default: from the query's length (0 up to 4 letters, 1 up to 7, 2 up to 11, then 3). */
  maxDistance?: number;
  /** و ف ب ك ل and ال may stand before the word (default true); the span covers the word as written. */
  clitics?: boolean;
  /** A query in Latin letters (Mekdad, Haitham bin Tariq, 3omar) finds the Arabic spelling (default true). */
  crossScript?: boolean;
  /** Only whole words: a query glued to another word (المقدادخلال) is not found (default false). */
  wholeWords?: boolean;
  /** At most this many matches; 0 or absent means no limit. */
  limit?: number;
}

/** One edit of normalizeChanges. */
export interface Change {
  start: number;
  end: number;
  /** The original text, text.slice(start, end). */
  from: string;
  /** What it became. */
  to: string;
  /** The option ids that acted, joined by "+" in the order they acted, e.g. "presentationForms+alef". */
  rule: string;
}

export interface Preset {
  id: PresetID;
  description: string;
  options: NormalizeFlags;
}

export interface Scheme {
  id: SchemeID;
  name: string;
  /** detransliterate gives back exactly the Arabic text. */
  reversible: boolean;
}

/** One match of search. */
export interface Match {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** Edits between the query and the match after normalization. */
  distance: number;
  /** In [0, 1]; 1 for an exact match after normalization. */
  score: number;
}

/** One match of searchAll: the query it matched, as given. */
export interface QueryMatch extends Match {
  query: string;
}

export interface WordCount {
  word: string;
  count: number;
}

export interface VariantForm {
  /** The form as written. */
  text: string;
  count: number;
  /** [start, end] of each occurrence. */
  spans: Array<[number, number]>;
}

/** Different written forms of one word (سوريا / سورية, أحمد / احمد). */
export interface VariantGroup {
  key: string;
  forms: VariantForm[];
}

export interface Analysis {
  /** Code points. */
  characters: number;
  words: number;
  arabicWords: number;
  /** Distinct words after normalization. */
  uniqueWords: number;
  /** The most frequent words after normalization, function words left out. */
  topWords: WordCount[];
  variants: VariantGroup[];
}

/** globalThis.harf */
export interface Harf {
  readonly version: string;
  normalize(text: string, options?: NormalizeOptions): string;
  /** Every edit, sorted by start, never overlapping; applying them to text gives normalize(text). */
  normalizeChanges(text: string, options?: NormalizeOptions): Change[];
  presets(): Preset[];
  /** Characters the scheme does not cover pass through. */
  transliterate(text: string, scheme: SchemeID): string;
  /** For reversible schemes, and as a best guess for arabizi; other schemes throw. */
  detransliterate(text: string, scheme: SchemeID): string;
  schemes(): Scheme[];
  /** Levenshtein distance after normalization. */
  distance(a: string, b: string, options?: NormalizeOptions): number;
  /** In [0, 1]. */
  similarity(a: string, b: string, options?: NormalizeOptions): number;
  /** Every approximate occurrence, in text order. An empty or blank query finds nothing. */
  search(text: string, query: string, options?: SearchOptions): Match[];
  /** Every occurrence of every query, in text order, ties in query order. */
  searchAll(text: string, queries: string[], options?: SearchOptions): QueryMatch[];
  analyze(text: string, options?: NormalizeOptions): Analysis;
}

type Async<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : T[K] };

/** The API run in a Web Worker: the same calls, answered as Promises. */
export type HarfWorker = Async<Omit<Harf, 'version'>> & {
  readonly version: string;
  /** Stops the worker. */
  terminate(): void;
};

/** Loads harf.wasm (next to harf.js unless given) once; in a page, a Worker or Node.js. */
export function load(where?: { wasmURL?: string | URL; execURL?: string | URL }): Promise<Harf>;

/** Starts Harf in a module Web Worker (browsers). */
export function loadWorker(where?: { workerURL?: string | URL }): Promise<HarfWorker>;

declare global {
  // eslint-disable-next-line no-var
  var harf: Harf;
}
