// The benchmark's generator: every size reads as a valid agreement, is close to the requested length,
// and is the same every time. (A correctness test only; the timings are in bench/, not here.)

import { describe, expect, it } from "vitest";
import { parse, type PartyNode } from "../../server/src/core";
import { countLines, generateAgreement, seededRandom, SIZES } from "../../bench/generate";
import { countLinesPlain, referenceJson, stats } from "../../bench/measure";
import { keystrokes } from "../../bench/lsp";

describe("the benchmark generator", () => {
  for (const size of SIZES) {
    it(`writes a ${size.toLocaleString("en-GB")}-line agreement with no syntax problems`, () => {
      const text = generateAgreement(size);
      const lines = countLines(text);
      expect(lines).toBeGreaterThanOrEqual(size * 0.95);
      expect(lines).toBeLessThanOrEqual(size * 1.05);
      const { file, problems } = parse(text);
      expect(problems.map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}: ${p.message}`)).toEqual([]);
      expect(file.document?.docKind).toBe("agreement");
      // Realistic content, not padding: most lines are clauses, and the parts grow with the size.
      const padding = text.match(/^ {2}\/\/ Notes for the review/gm)?.length ?? 0;
      expect(padding).toBeLessThan(size * 0.1);
      const kinds = file.document!.items.map((i) => i.kind);
      for (const kind of ["Purpose", "Parties", "Roles", "Principles", "Values", "Definitions", "KeyIssues", "Body", "Risk", "Spend", "Learning", "Involvement", "Process"]) {
        expect(kinds, kind).toContain(kind);
      }
      const parties = file.document!.items.filter((i) => i.kind === "Parties").flatMap((b) => (b as { items: PartyNode[] }).items);
      expect(parties.length).toBeGreaterThanOrEqual(Math.floor(size / 30));
      // Every party has a full block of details.
      for (const party of parties) expect(party.items.map((i) => i.kind === "PartyDetail" && i.key)).toEqual(["representative", "authority", "contributes", "contact", "time"]);
      expect(kinds.filter((k) => k === "Body").length).toBeGreaterThanOrEqual(Math.floor(size / 60));
    });
  }

  it("gives the same text for the same size and seed, and another text for another seed", () => {
    expect(generateAgreement(1_000)).toBe(generateAgreement(1_000));
    expect(generateAgreement(1_000, { seed: 7 })).toBe(generateAgreement(1_000, { seed: 7 }));
    expect(generateAgreement(1_000, { seed: 7 })).not.toBe(generateAgreement(1_000));
  });

  it("keeps every risk share list at exactly 100%", () => {
    const { file } = parse(generateAgreement(5_000));
    const risk = file.document!.items.find((i) => i.kind === "Risk") as { items: { kind: string; which?: string; entries?: { percent: { thousandths: number } }[] }[] };
    const shares = risk.items.filter((i) => i.kind === "Share");
    expect(shares.map((s) => s.which)).toEqual(["pain", "gain", "budget"]);
    for (const share of shares) expect(share.entries!.reduce((n, e) => n + e.percent.thousandths, 0)).toBe(100_000);
  });

  it("draws the same numbers from the same seed", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const drawn = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(drawn);
    for (const n of drawn) expect(n >= 0 && n < 1).toBe(true);
  });
});

describe("the benchmark's helpers", () => {
  it("types and deletes inside a quoted text, leaving the document as it was after ten keystrokes", () => {
    const text = generateAgreement(1_000);
    const edits = keystrokes(text, 10);
    const lines = text.split("\n");
    const line = edits[0].range.start.line;
    expect(line).toBeGreaterThanOrEqual(lines.length >> 1);
    let edited = lines[line];
    for (const edit of edits) {
      expect(edit.range.start.line).toBe(line);
      const { start, end } = edit.range;
      edited = edited.slice(0, start.character) + edit.text + edited.slice(end.character);
      // Still inside the same quotes, so the line still reads as it did.
      expect(edited.match(/"/g)?.length).toBe(lines[line].match(/"/g)?.length);
    }
    expect(edits.slice(0, 5).map((e) => e.text).join("")).toBe("allia");
    expect(edits.slice(5).every((e) => e.text === "" && e.range.end.character - e.range.start.character === 1)).toBe(true);
    expect(edited).toBe(lines[line]);
  });

  it("makes a reference JSON document of exactly the text's byte size from the tree", () => {
    const text = generateAgreement(1_000);
    const bytes = Buffer.byteLength(text);
    const json = referenceJson(parse(text).file, bytes);
    expect(Buffer.byteLength(json)).toBe(bytes);
    const value = JSON.parse(json) as { clauses: { kind: string }[]; pad: string };
    expect(value.clauses.length).toBeGreaterThan(10);
    expect(value.clauses[0].kind).toBe("PurposeDetail");
    // Nearly all of it is the tree, not padding.
    expect(value.pad.length).toBeLessThan(bytes * 0.05);
  });

  it("counts lines and works out medians and 95th percentiles", () => {
    expect(countLinesPlain("a\nb\nc")).toBe(3);
    expect(countLines("a\nb\n")).toBe(2);
    expect(stats([5, 1, 3])).toEqual({ median: 3, p95: 5, min: 1, max: 5, samples: 3 });
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(stats(twenty)).toMatchObject({ median: 10.5, p95: 19, samples: 20 });
  });
});
