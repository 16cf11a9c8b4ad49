// Messages in one breath: every finding says what is wrong and what to do in one short sentence, and why it
// matters in a few more words, in the drafter's terms. How a check works and where a figure comes from
// belong in docs/rules.md and the hover on the code, not in the Problems panel.

import { describe, expect, it } from "vitest";
import { RULES } from "../../../server/src/core";
import { whyOf } from "../../../server/src/core/rules/rule";
import { exampleFindings } from "../../helpers/examples";

const MESSAGE_WORDS = 35;
const WHY_WORDS = 50;

/** Words a lawyer should not have to read: the drafting tool's own terms and its internals. */
const TOOL_WORDS: [RegExp, string][] = [
  [/\bblocks?\b/i, "block (say section or list)"],
  [/\bdeclar(?:e|es|ed|ing|ation|ations)\b/i, "declare (say name, list or add)"],
  [/\bshort names?\b/i, "short name (say name)"],
  [/\bbraces?\b|[{}]/i, "braces (leave them to a quick fix)"],
  [/\bdigest\b/i, "the guidance digest"],
  [/\bR\d+\.\d+\b/, "a digest rule number"],
];
const HOW_IT_WORKS: [RegExp, string][] = [
  [/\b(?:this|the) (?:rule|check|checker)\b/i, "how the check works"],
  [/\bALY\d{3}\b/, "another rule's code"],
];

export function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}£%]/u.test(w)).length;
}

/** A capitalised sentence that ends with a full stop (a closing quotation mark may follow it). */
export function isSentence(text: string): boolean {
  return /^["“‘'`]?[\p{Lu}\p{N}£]/u.test(text) && /\.["”’'`)]?$/.test(text.trim());
}

function faults(text: string, limit: number, extra: [RegExp, string][]): string[] {
  const found: string[] = [];
  if (words(text) > limit) found.push(`${words(text)} words (at most ${limit})`);
  if (!isSentence(text)) found.push("not a capitalised sentence ending with a full stop");
  for (const [pattern, what] of [...TOOL_WORDS, ...extra]) if (pattern.test(text)) found.push(`uses ${what}`);
  return found;
}

describe("messages in one breath", () => {
  const findings = exampleFindings();

  it("the examples give findings of most rules, so the checks below mean something", () => {
    expect(new Set(findings.map((f) => f.problem.code)).size).toBeGreaterThan(80);
  });

  describe.each(RULES.map((r) => [r.code, r] as const))("%s", (code, rule) => {
    it(`its why is at most ${WHY_WORDS} words, in the drafter's terms`, () => {
      expect(faults(whyOf(rule), WHY_WORDS, HOW_IT_WORKS)).toEqual([]);
    });

    it(`each message on its examples is at most ${MESSAGE_WORDS} words, in the drafter's terms`, () => {
      const own = findings.filter((f) => f.problem.code === code);
      const bad = own.flatMap((f) => faults(f.problem.message, MESSAGE_WORDS, []).map((fault) => `${fault}: ${f.problem.message}`));
      expect(bad).toEqual([]);
    });
  });
});
