// Bad arguments throw an Error naming the problem, and the Go runtime keeps
// answering afterwards.
import { test } from "node:test";
import assert from "node:assert/strict";
import { harf } from "./harf.mjs";

// throwsWith asserts that fn throws an Error (not a string, not a Go value)
// whose message contains every part.
function throwsWith(fn, ...parts) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof Error, `an Error, got ${typeof err}`);
    for (const p of parts) assert.ok(err.message.includes(p), `message ${JSON.stringify(err.message)} should contain ${JSON.stringify(p)}`);
    return true;
  });
}

const notStrings = [
  [undefined, "undefined"], [null, "null"], [42, "number"], [0, "number"], [NaN, "number"],
  [true, "boolean"], [{}, "object"], [{ text: "ا" }, "object"], [[], "array"], [["ا"], "array"],
  [() => "ا", "function"], [Symbol("ا"), "symbol"], [10n, "bigint"], [new String("ا"), "String"],
];

test("text that is not a string throws", () => {
  for (const call of ["normalize", "normalizeChanges"]) {
    for (const [bad, type] of notStrings) {
      throwsWith(() => harf[call](bad), `harf.${call}: `, "text must be a string", `got ${type}`);
    }
    throwsWith(() => harf[call](), `harf.${call}: text must be a string, got undefined`);
  }
});

test("unknown options, unknown presets and wrong types throw", () => {
  for (const call of ["normalize", "normalizeChanges"]) {
    const f = (opts) => () => harf[call]("أحمد", opts);
    throwsWith(f({ foo: true }), `harf.${call}: `, 'unknown option "foo"', "known: preset, diacritics");
    throwsWith(f({ Diacritics: true }), 'unknown option "Diacritics"');
    throwsWith(f({ diacritics: true, maxDistance: 2 }), 'unknown option "maxDistance"');
    throwsWith(f({ preset: "strong" }), 'unknown preset "strong"', "light, search, aggressive");
    throwsWith(f({ preset: "" }), 'unknown preset ""');
    throwsWith(f({ preset: 1 }), 'option "preset" must be a string, got number');
    throwsWith(f({ preset: null }), 'option "preset" must be a string, got null');
    throwsWith(f({ alef: "yes" }), 'option "alef" must be a boolean, got string');
    throwsWith(f({ alef: 1 }), 'option "alef" must be a boolean, got number');
    throwsWith(f({ alef: null }), 'option "alef" must be a boolean, got null');
    for (const [bad, type] of [["search", "string"], [1, "number"], [true, "boolean"], [[], "array"],
      [() => {}, "function"], [new Map(), "Map"], [new Date(0), "Date"]]) {
      throwsWith(f(bad), "options must be a plain object", `got ${type}`);
    }
  }
});

test("an options getter that throws becomes an Error of the call", () => {
  const opts = { get alef() { throw new Error("getter failed"); } };
  throwsWith(() => harf.normalize("أحمد", opts), "harf.normalize: ", "getter failed");
  assert.equal(harf.normalize("أحمد"), "احمد");
});

test("2,000 bad calls in a row, then a good one", () => {
  const bad = [
    () => harf.normalize(),
    () => harf.normalize(7),
    () => harf.normalizeChanges(null),
    () => harf.normalize("ا", { nope: true }),
    () => harf.normalizeChanges("ا", { preset: "x" }),
    () => harf.normalize("ا", { alef: "on" }),
    () => harf.normalize("ا", "search"),
  ];
  for (let i = 0; i < 2000; i++) {
    assert.throws(bad[i % bad.length], Error);
  }
  assert.equal(harf.normalize("أَحمدُ ﻷخيه ٣"), "احمد لاخيه 3");
  assert.deepEqual(harf.normalizeChanges("😀أ"), [{ start: 2, end: 3, from: "أ", to: "ا", rule: "alef" }]);
  assert.equal(harf.presets().length, 3);
});

test("extra arguments are ignored", () => {
  assert.equal(harf.normalize("أحمد", undefined, "extra", 3), "احمد");
  assert.equal(harf.presets("ignored").length, 3);
});
