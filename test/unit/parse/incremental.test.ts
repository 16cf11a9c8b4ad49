// A reparse after an edit gives exactly what a full parse of the new text gives, tree and problems,
// whatever the edit: these properties apply random edits to the samples and to generated agreements.

import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateAgreement } from "../../../bench/generate";
import { prepareReparse, reparse, type ReparseResult } from "../../../server/src/core/incremental-parse";
import { parse, type ParseResult } from "../../../server/src/core/parse";

const SEED = 20190401;
const RUNS = 200;
/** Each property parses a few hundred documents twice over; a busy machine may take a while. */
const LONG = 120_000;
const ROOT = path.join(__dirname, "../../..");

function alliancesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return alliancesUnder(full);
    return entry.name.endsWith(".alliance") ? [full] : [];
  });
}

const SAMPLES = alliancesUnder(path.join(ROOT, "samples")).map((file) => fs.readFileSync(file, "utf8"));
const GENERATED = [generateAgreement(300), generateAgreement(600, { seed: 7 })];
const DOCUMENTS = [...SAMPLES, ...GENERATED];

/** Pieces an edit inserts: what changes how far text reads, line breaks, letters, keywords and other scripts. */
const PIECES = [
  "{", "}", '"', '"""', "“", "”", "‘", "’", "//", "/*", "*/", "\\", "\n", "\r\n", "\r", "\u2028", " ", "  ", "\t",
  "x", "e", "Z", "1", "0", "£", "%", ",", ".", "-", "é", "日本", "😀", "\u00A0",
  "risk", "purpose", "spend", "parties", "body", "principals", "members", "agreement", "up to", "approved by",
];

const edit = fc.record({
  // Anywhere in the text, without the usual lean towards the ends of the range.
  at: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000),
  remove: fc.nat({ max: 8 }),
  insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map((pieces) => pieces.join("")),
});

type Edit = { at: number; remove: number; insert: string };

function apply(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

/** The parse a reparse must equal, without the figure of how much was read again. */
function plain(result: ReparseResult): ParseResult {
  return { file: result.file, problems: result.problems };
}

function expectSameAsFullParse(previousText: string, previous: ParseResult, text: string): ReparseResult {
  const result = reparse(previous, previousText, text);
  const full = parse(text);
  expect(plain(result).file).toStrictEqual(full.file);
  expect(plain(result).problems).toStrictEqual(full.problems);
  return result;
}

describe("reparsing after an edit", () => {
  it("equals a full parse of the new text after one random edit", () => {
    let partial = 0;
    fc.assert(
      fc.property(fc.nat({ max: DOCUMENTS.length - 1 }), edit, (index, e) => {
        const text = DOCUMENTS[index];
        if (expectSameAsFullParse(text, parse(text), apply(text, e)).reparsed !== "full") partial++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Most of these edits are read again in part, so the property is about reparsing, not about falling back.
    expect(partial).toBeGreaterThan(RUNS / 3);
  }, LONG);

  it("equals a full parse after a series of edits, each reparsing the result of the one before", () => {
    let partial = 0;
    fc.assert(
      fc.property(fc.nat({ max: DOCUMENTS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (index, edits) => {
        let text = DOCUMENTS[index];
        let result: ParseResult = parse(text);
        for (const e of edits) {
          const next = apply(text, e);
          const reparsed = expectSameAsFullParse(text, result, next);
          if (reparsed.reparsed !== "full") partial++;
          result = reparsed;
          text = next;
        }
      }),
      { seed: SEED + 1, numRuns: RUNS / 5 },
    );
    expect(partial).toBeGreaterThan(RUNS / 5);
  }, LONG);

  it("equals a full parse after typing a word one character at a time in the middle of a generated agreement", () => {
    let text = GENERATED[0];
    let result: ParseResult = parse(text);
    const at = text.indexOf('"', Math.floor(text.length / 2)) + 1;
    for (const [i, c] of [..."Plymouth"].entries()) {
      const next = text.slice(0, at + i) + c + text.slice(at + i);
      const reparsed = expectSameAsFullParse(text, result, next);
      expect(reparsed.reparsed).not.toBe("full");
      result = reparsed;
      text = next;
    }
  });
});

describe("readying a parse for the edits to come", () => {
  it("leaves a series of reparses equal to full parses, edits before and after the clauses it readied", () => {
    let text = GENERATED[0];
    let result: ParseResult = parse(text);
    prepareReparse(result);
    const items = result.file.document!.items;
    // Typing in a late clause, then in an early one, then in a late one again: each moves what was readied.
    for (const item of [items[items.length - 3], items[2], items[items.length - 2]]) {
      const at = text.indexOf('"', item.span.start) + 1;
      for (const key of "ab ") {
        const next = text.slice(0, at) + key + text.slice(at);
        result = expectSameAsFullParse(text, result, next);
        expect((result as ReparseResult).reparsed).not.toBe("full");
        prepareReparse(result);
        text = next;
      }
    }
  });
});

describe("how much a reparse reads again", () => {
  const text = GENERATED[1];
  const full = parse(text);
  const items = full.file.document!.items;
  const middle = items[Math.floor(items.length / 2)];

  it("reads again only the clauses around a one-character edit, not the document", () => {
    const at = middle.span.start + 2;
    const next = text.slice(0, at) + "x" + text.slice(at);
    const result = expectSameAsFullParse(text, parse(text), next);
    expect(result.reparsed).not.toBe("full");
    const { start, end } = result.reparsed as { start: number; end: number };
    expect(start).toBeLessThanOrEqual(at);
    expect(end).toBeGreaterThan(at);
    expect(end - start).toBeLessThan(text.length / 4);
  });

  it("keeps the trees of the clauses before the change and moves those after it", () => {
    const previous = parse(text);
    const before = previous.file.document!.items[0];
    const lastBefore = previous.file.document!.items.at(-1)!;
    const at = middle.span.start + 2;
    const result = reparse(previous, text, text.slice(0, at) + "xyz" + text.slice(at));
    expect(result.file.document!.items[0]).toBe(before);
    expect(result.file.document!.items.at(-1)).toBe(lastBefore);
    expect(lastBefore.span.start).toBe(items.at(-1)!.span.start + 3);
  });

  it("reads the whole text again when a brace, a triple quote or a comment mark is added or removed", () => {
    const at = middle.span.start + 2;
    for (const piece of ["{", "}", '"""', "/*", "*/"]) {
      const next = text.slice(0, at) + piece + text.slice(at);
      expect(expectSameAsFullParse(text, parse(text), next).reparsed).toBe("full");
    }
  });

  it("counts the braces again when the line edited holds one, even one inside quoted text", () => {
    // The brace in quotes does not count; take away the quote before it, or add one, and it does.
    const quoted = GENERATED[0].replace('place "The City of Plymouth"', 'place "The City { of Plymouth"');
    const at = quoted.indexOf('"The City {');
    const previous = parse(quoted);
    expect(previous.problems).toEqual([]);
    const unquoted = quoted.slice(0, at) + quoted.slice(at + 1);
    expect(expectSameAsFullParse(quoted, parse(quoted), unquoted).problems).not.toEqual([]);
    const split = quoted.slice(0, at + 9) + '"' + quoted.slice(at + 9);
    expect(expectSameAsFullParse(quoted, parse(quoted), split).problems).not.toEqual([]);
    // A letter typed on that line leaves the braces as they were, counted again or not.
    const typed = quoted.slice(0, at + 3) + "x" + quoted.slice(at + 3);
    expect(expectSameAsFullParse(quoted, parse(quoted), typed).reparsed).not.toBe("full");
  });

  it("reads the whole text again when the document's first line changes", () => {
    const next = text.replace("agreement", "agreemnt");
    expect(expectSameAsFullParse(text, parse(text), next).reparsed).toBe("full");
  });

  it("keeps the problems of clauses it does not read again, moved with them", () => {
    const broken = text.slice(0, middle.span.start) + "  jurisdiction\n" + text.slice(middle.span.start);
    const previous = parse(broken);
    expect(previous.problems).toHaveLength(1);
    const problemAt = previous.problems[0].span.start;
    const docStart = parse(broken).file.document!.open!.end;
    const inside = broken.slice(0, docStart + 1) + "\n" + broken.slice(docStart + 1);
    const result = expectSameAsFullParse(broken, previous, inside);
    expect(result.reparsed).not.toBe("full");
    expect(result.problems.map((p) => [p.code, p.span.start])).toEqual([["ALY001", problemAt + 1]]);
  });

  it("moves a value two fields share once: a stage of one year is both its first and its last year", () => {
    const york = fs.readFileSync(path.join(ROOT, "samples/york/agreement.alliance"), "utf8");
    const at = york.indexOf("jurisdiction") + 2;
    const result = expectSameAsFullParse(york, parse(york), york.slice(0, at) + "xx" + york.slice(at));
    expect(result.reparsed).not.toBe("full");
    const stages = result.file.document!.items.find((i) => i.kind === "Stages") as { items: { from: unknown; to: unknown }[] };
    expect(stages.items[0].to).toBe(stages.items[0].from);
  });

  it("returns the same result for an edit that changes nothing", () => {
    const previous = parse(text);
    const result = reparse(previous, text, text);
    expect(result.file).toBe(previous.file);
  });
});
