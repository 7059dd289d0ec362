// harf.normalizeChanges: UTF-16 spans into the original text, also after
// emoji, and strings that cross between JS and Go exactly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { harf, applyChanges } from "./harf.mjs";

// checkChanges asserts every property callers rely on and returns the edits.
function checkChanges(text, options) {
  const changes = harf.normalizeChanges(text, options);
  assert.ok(Array.isArray(changes));
  let prevEnd = 0;
  for (const c of changes) {
    assert.deepEqual(Object.keys(c), ["start", "end", "from", "to", "rule"]);
    assert.ok(Number.isInteger(c.start) && Number.isInteger(c.end), "integer offsets");
    assert.ok(c.start >= prevEnd, `sorted and not overlapping at ${c.start}`);
    assert.ok(c.end > c.start && c.end <= text.length, `span ${c.start}-${c.end} in the text`);
    assert.equal(text.slice(c.start, c.end), c.from, `text.slice(${c.start}, ${c.end})`);
    assert.notEqual(c.from, c.to);
    assert.match(c.rule, /^[a-zA-Z]+(\+[a-zA-Z]+)*$/);
    prevEnd = c.end;
  }
  assert.equal(applyChanges(text, changes), harf.normalize(text, options), "edits give normalize's output");
  return changes;
}

const article = "أعلنَ الـمدير ﻷول مرة أن ٣ مدارس‏ جديدة ستُفتح  في مدينة الزهراء.\nوقال: «نحن على الطريق».";

test("normalizeChanges on an article, for every preset", () => {
  for (const preset of ["light", "search", "aggressive"]) {
    const changes = checkChanges(article, { preset });
    assert.ok(changes.length > 0, preset);
  }
  assert.deepEqual(checkChanges("نص بلا تغيير"), []);
  assert.deepEqual(checkChanges(""), []);
});

test("the ﻷ ligature is one merged edit under search", () => {
  const text = "قال ﻷخيه";
  assert.deepEqual(checkChanges(text), [{ start: 4, end: 5, from: "ﻷ", to: "لا", rule: "presentationForms+alef" }]);
  assert.deepEqual(checkChanges(text, { preset: "light" }),
    [{ start: 4, end: 5, from: "ﻷ", to: "لأ", rule: "presentationForms" }]);
});

test("spans are UTF-16 offsets after emoji and a ZWJ emoji sequence", () => {
  const family = "👨\u200d👩\u200d👧"; // 8 code units, two of them ZWJ
  for (const before of ["😀", "😀😀 ", family + " ", "𝒜 " + family + " 🇸🇦 "]) {
    const text = before + "كَتبَ أحمدُ ﻷمه";
    const changes = checkChanges(text);
    // the first Arabic edit is the fatha after ك, right after the prefix's
    // own edits (the ZWJs of the family, removed as invisibles)
    const arabic = changes.filter((c) => c.start >= before.length);
    assert.deepEqual(arabic[0], { start: before.length + 1, end: before.length + 2, from: "\u064e", to: "", rule: "diacritics" });
    assert.deepEqual(arabic.at(-1), { start: text.length - 3, end: text.length - 2, from: "ﻷ", to: "لا", rule: "presentationForms+alef" });
  }
  // with invisibles off, the family emoji stays whole and is not an edit
  const text = family + " أحمد";
  assert.deepEqual(checkChanges(text, { invisibles: false }),
    [{ start: family.length + 1, end: family.length + 2, from: "أ", to: "ا", rule: "alef" }]);
  assert.equal(harf.normalize(text, { invisibles: false }), family + " احمد");
});

test("a leading U+FEFF comes back when no option removes it", () => {
  assert.equal(harf.normalize("\uFEFFابc", { invisibles: false }), "\uFEFFابc");
  assert.equal(harf.normalize("\uFEFF", { invisibles: false }), "\uFEFF");
  assert.equal(harf.normalize("\uFEFF\uFEFFأ", { invisibles: false }), "\uFEFF\uFEFFا");
  assert.equal(harf.normalize("\uFEFFابc"), "ابc", "invisibles removes it");
  // it also survives inside the edits: from of a removal that starts the text
  assert.deepEqual(checkChanges("\uFEFFأ"), [
    { start: 0, end: 1, from: "\uFEFF", to: "", rule: "invisibles" },
    { start: 1, end: 2, from: "أ", to: "ا", rule: "alef" },
  ]);
  assert.deepEqual(checkChanges("\uFEFFأ", { invisibles: false }), [{ start: 1, end: 2, from: "أ", to: "ا", rule: "alef" }]);
  // presets() strings and the like go through the same guard
  assert.equal(harf.normalize("ا\uFEFF", { invisibles: false }), "ا\uFEFF");
});

test("lone surrogates come back as U+FFFD and offsets still hold", () => {
  const text = "\ud800أحمد \udc00وَ😀\ud83dإبراهيم";
  assert.equal(harf.normalize(text), "\ufffdاحمد \ufffdو😀\ufffdابراهيم");
  const changes = harf.normalizeChanges(text);
  // the replacement is not an edit; every edit's span reads its from
  assert.deepEqual(changes.map((c) => [c.start, c.end, c.from, c.to, c.rule]), [
    [1, 2, "أ", "ا", "alef"],
    [8, 9, "\u064e", "", "diacritics"],
    [12, 13, "إ", "ا", "alef"],
  ]);
  for (const c of changes) assert.equal(text.slice(c.start, c.end), c.from);
  assert.equal(harf.normalize(text).length, text.length - 1, "one code unit per lone surrogate (only the fatha goes)");
});

test("a long text with many edits", () => {
  const unit = "😀 قالَ أحمدُ ﻷخيه: سنلتقي في ٢٠٢٦   إن شاء الله‏.\n";
  const text = unit.repeat(2000);
  const changes = checkChanges(text);
  assert.equal(changes.length, 2000 * checkChanges(unit).length);
});
