// harf.version, harf.normalize and harf.presets on Arabic text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { harf } from "./harf.mjs";

const OPTION_IDS = ["diacritics", "tatweel", "alef", "alefMaksura", "tehMarbuta", "hamza",
  "presentationForms", "persian", "digits", "punctuation", "invisibles", "whitespace"];

test("version is a non-empty string", () => {
  assert.equal(typeof harf.version, "string");
  assert.match(harf.version, /^\d+\.\d+\.\d+/);
});

test("the API has its calls", () => {
  for (const name of ["normalize", "normalizeChanges", "presets"]) {
    assert.equal(typeof harf[name], "function", name);
  }
});

test("normalize uses the search preset by default", () => {
  const cases = [
    // [input, expected, what]
    ["كَتَبَ الطّالِبُ دَرْسَهُ", "كتب الطالب درسه", "diacritics, shadda and sukun removed"],
    ["أحمد وإيمان في آخر الممر", "احمد وايمان في اخر الممر", "أ إ آ become ا"],
    ["ٱلقمر", "القمر", "alef wasla becomes ا"],
    ["مستشفى على الطريق", "مستشفي علي الطريق", "ى becomes ي"],
    ["جميـــــل", "جميل", "tatweel removed"],
    ["ﻷول مرة", "لاول مرة", "the ﻷ ligature becomes لا"],
    ["العدد ٤٥٦٧ و۸۹", "العدد 4567 و89", "Arabic-Indic and Persian digits"],
    ["قال\u200f سامي\u200e: \u2067نعم\u2069", "قال سامي: نعم", "bidi marks removed"],
    ["كلمة   أخرى\t\tهنا", "كلمة اخري هنا", "runs of spaces and tabs collapsed"],
    ["سطر أول\nسطر ثانٍ", "سطر اول\nسطر ثان", "line breaks kept"],
    ["مدرسة", "مدرسة", "teh marbuta kept under search"],
    ["سؤال مسئول", "سؤال مسئول", "hamza seats kept under search"],
    ["Sara Haddad ✓ 2024", "Sara Haddad ✓ 2024", "Latin passes through"],
    ["", "", "empty text"],
  ];
  for (const [input, want, what] of cases) {
    assert.equal(harf.normalize(input), want, what);
    assert.equal(harf.normalize(input, undefined), want, what + " (options undefined)");
    assert.equal(harf.normalize(input, null), want, what + " (options null)");
    assert.equal(harf.normalize(input, {}), want, what + " (options {})");
    assert.equal(harf.normalize(input, { preset: "search" }), want, what + " (preset search)");
  }
});

test("each preset", () => {
  const text = "قـالَ رئيسُ ﻷكاديمية: «هذه مدرسةٌ كبرى؟»  ١٢ ی";
  const want = {
    light: "قالَ رئيسُ لأكاديمية: «هذه مدرسةٌ كبرى؟» ١٢ ی",
    search: "قال رئيس لاكاديمية: «هذه مدرسة كبري؟» 12 ی",
    aggressive: "قال رييس لاكاديميه: «هذه مدرسه كبري?» 12 ي",
  };
  for (const [preset, expected] of Object.entries(want)) {
    assert.equal(harf.normalize(text, { preset }), expected, preset);
  }
});

test("explicit options override the preset", () => {
  assert.equal(harf.normalize("مدرسةٌ", { tehMarbuta: true }), "مدرسه");
  assert.equal(harf.normalize("مدرسةٌ", { diacritics: false }), "مدرسةٌ");
  assert.equal(harf.normalize("أحمد ٣", { preset: "aggressive", alef: false, hamza: false, digits: false }), "أحمد ٣");
  assert.equal(harf.normalize("أحمد ٣", { preset: "aggressive", alef: false, digits: false }), "احمد ٣", "hamza seats still fold أ");
  assert.equal(harf.normalize("أحمد ٣", { preset: "light", alef: true }), "احمد ٣");
  // a key whose value is undefined counts as absent
  assert.equal(harf.normalize("أحمد", { alef: undefined }), "احمد");
  // every option off: nothing changes
  const off = Object.fromEntries(OPTION_IDS.map((id) => [id, false]));
  const text = "أَحْمَدُ  ﻷ ٣\u200f";
  assert.equal(harf.normalize(text, off), text);
});

test("normalize is idempotent on a mixed text for every preset", () => {
  const text = "😀 قالَ‏ إبراهيمُ: «ﻷننا سنعودُ في ٢٠٢٦» — مستشفى   المدينة\nسطرٌ ثانٍ";
  for (const preset of ["light", "search", "aggressive"]) {
    const once = harf.normalize(text, { preset });
    assert.equal(harf.normalize(once, { preset }), once, preset);
  }
});

test("presets() lists light, search, aggressive with every option", () => {
  const presets = harf.presets();
  assert.ok(Array.isArray(presets));
  assert.deepEqual(presets.map((p) => p.id), ["light", "search", "aggressive"]);
  for (const p of presets) {
    assert.deepEqual(Object.keys(p).sort(), ["description", "id", "options"]);
    assert.equal(typeof p.description, "string");
    assert.ok(p.description.length > 0);
    assert.deepEqual(Object.keys(p.options), OPTION_IDS, p.id);
    for (const id of OPTION_IDS) assert.equal(typeof p.options[id], "boolean", `${p.id}.${id}`);
  }
  const [light, search, aggressive] = presets;
  assert.deepEqual(OPTION_IDS.filter((id) => light.options[id]),
    ["tatweel", "presentationForms", "invisibles", "whitespace"]);
  assert.deepEqual(OPTION_IDS.filter((id) => search.options[id]),
    ["diacritics", "tatweel", "alef", "alefMaksura", "presentationForms", "digits", "invisibles", "whitespace"]);
  assert.deepEqual(OPTION_IDS.filter((id) => aggressive.options[id]), OPTION_IDS);
  // each call returns fresh objects
  presets[0].options.diacritics = true;
  assert.equal(harf.presets()[0].options.diacritics, false);
});

test("a preset's options give the preset's result", () => {
  const text = "قـالَ رئيسُ ﻷكاديمية: «هذه مدرسةٌ كبرى؟»  ١٢ ی";
  for (const p of harf.presets()) {
    assert.equal(harf.normalize(text, p.options), harf.normalize(text, { preset: p.id }), p.id);
  }
});
