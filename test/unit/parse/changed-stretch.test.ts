// The stretch an edit changed is found a chunk at a time; it must be what comparing one character at a
// time finds, wherever the edit falls against the chunks and however repetitive the text around it is.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changedStretch } from "../../../server/src/core/text";

function oneAtATime(before: string, after: string) {
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < shortest - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, endBefore: before.length - tail, endAfter: after.length - tail };
}

// Repetitive text, so that an edit can be matched against several places, at lengths across chunk sizes.
const text = fc.tuple(fc.constantFrom("ab", "a", "party ", "£1,000\n", "😀"), fc.nat({ max: 1_500 })).map(([unit, n]) => unit.repeat(n));
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 1_200 }), insert: fc.constantFrom("", "a", "b", "ab", "x".repeat(600), "\n", "😀") });

describe("the stretch an edit changed", () => {
  it("is what comparing one character at a time finds", () => {
    fc.assert(
      fc.property(text, edit, (before, e) => {
        const at = Math.floor(e.at * before.length);
        const after = before.slice(0, at) + e.insert + before.slice(at + e.remove);
        expect(changedStretch(before, after)).toEqual(oneAtATime(before, after));
      }),
      { seed: 20261202, numRuns: 500 },
    );
  });

  it("is empty at the end for two equal texts, and the whole of both for two with nothing in common", () => {
    const long = "x".repeat(2_000);
    expect(changedStretch(long, long)).toEqual({ start: 2_000, endBefore: 2_000, endAfter: 2_000 });
    expect(changedStretch("a".repeat(1_100), "b".repeat(700))).toEqual({ start: 0, endBefore: 1_100, endAfter: 700 });
  });
});
