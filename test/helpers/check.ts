// One helper for rule tests: check fixture text and compare problems of the given codes exactly.

import { expect } from "vitest";
import { checkText, type Problem, type Settings } from "../../server/src/core";
import { marked } from "./markers";

export interface Expected {
  code: string;
  /** The whole message, or a part of it that must appear. */
  message?: string | RegExp;
}

/**
 * Checks `source` (with `[| |]` span markers) and asserts that the problems with the codes in
 * `only` (default: the codes in `expected`) are exactly `expected`, in order, at the marked spans.
 */
export function expectProblems(source: string, expected: Expected[], options: { only?: string[]; settings?: Settings } = {}): Problem[] {
  const { text, spans } = marked(source);
  const codes = new Set(options.only ?? expected.map((e) => e.code));
  const problems = checkText(text, { settings: options.settings }).filter((p) => codes.has(p.code));
  expect(spans.length, "each expected problem needs one [| |] span in the fixture").toBe(expected.length);
  const actual = problems.map((p) => ({ code: p.code, span: p.span, text: text.slice(p.span.start, p.span.end), message: p.message }));
  const wanted = expected.map((e, i) => ({ code: e.code, span: spans[i], text: text.slice(spans[i].start, spans[i].end) }));
  expect(actual.map(({ code, span, text }) => ({ code, span, text }))).toEqual(wanted);
  expected.forEach((e, i) => {
    if (typeof e.message === "string") expect(actual[i].message).toContain(e.message);
    else if (e.message instanceof RegExp) expect(actual[i].message).toMatch(e.message);
  });
  return problems;
}

/** Asserts that none of `codes` is reported on `source`. */
export function expectClean(source: string, codes: string[], options: { settings?: Settings } = {}): void {
  const { text } = marked(source);
  const problems = checkText(text, { settings: options.settings }).filter((p) => codes.includes(p.code));
  expect(problems.map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}: ${p.message}`)).toEqual([]);
}
