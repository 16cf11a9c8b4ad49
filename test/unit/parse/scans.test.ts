// The scans of the whole text before parsing (whether braces balance, and which braces nest too deeply)
// jump from mark to mark with indexOf; here they are checked against a plain reading of the same rules,
// one character at a time, on text made of the marks that matter to them.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countedBraces } from "../../../server/src/core/brace-count";
import { factsOf, limitNesting, MAX_NESTING, parse } from "../../../server/src/core/parse";

const SEED = 20190401;

/** Pieces that change how far a scan reads: braces, quotes of every kind, escapes, comments and line breaks. */
const PIECE = fc.constantFrom(
  "{", "}", '"', '"""', "\\", "/", "*", "//", "/*", "*/", "\n", "\r", "\r\n", "\u2028", "\u2029",
  "“", "”", "‘", "’", "’s", "a", " ", "x\"y\"", "parties {\n", "body Board {\n", "  members all\n",
);
const SOUP = fc.array(PIECE, { maxLength: 120 }).map((pieces) => pieces.join(""));

const isBreak = (c: string | undefined) => c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029";

/** Whether every brace outside quoted text and comments is closed, in order, as the grammar counts them. */
function plainBalance(text: string): boolean {
  const n = text.length;
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === "/" && text[i + 1] === "/") {
      while (i < n && !isBreak(text[i])) i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) return false;
      i = end + 1;
    } else if (c === '"' && text.startsWith('"""', i)) {
      const end = text.indexOf('"""', i + 3);
      if (end < 0) return false;
      i = end + 2;
    } else if (c === '"' || c === "“" || c === "”" || c === "‘") {
      let j = i + 1;
      for (; j < n && !isBreak(text[j]); j++) {
        const d = text[j];
        if (c === '"' && d === "\\") { j++; continue; }
        if (c === "‘" ? d === "’" && !/[\p{L}\p{N}]/u.test(text[j + 1] || "") : d === '"' || d === "”") break;
      }
      i = j < n && !isBreak(text[j]) ? j : j - 1;
    } else if (c === "{") {
      depth++;
    } else if (c === "}") {
      if (--depth < 0) return false;
    }
  }
  return depth === 0;
}

/** Where limitNesting blanks braces, read one character at a time. */
function plainBlanked(text: string): number[] {
  const n = text.length;
  const lastTriple = text.lastIndexOf('"""');
  const lastCommentEnd = text.lastIndexOf("*/");
  const blanked: number[] = [];
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === "/" && text[i + 1] === "/") {
      while (i < n && !isBreak(text[i])) i++;
    } else if (c === "/" && text[i + 1] === "*" && lastCommentEnd >= i + 2) {
      i = text.indexOf("*/", i + 2) + 1;
    } else if (c === '"' && text.startsWith('"""', i) && lastTriple >= i + 3) {
      i = text.indexOf('"""', i + 3) + 2;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"' && !isBreak(text[j])) j++;
      if (text[j] === '"') i = j;
    } else if (c === "{") {
      if (++depth > MAX_NESTING) blanked.push(i);
    } else if (c === "}") {
      if (depth > MAX_NESTING) blanked.push(i);
      if (depth > 0) depth--;
    }
  }
  return blanked;
}

describe("the scans of the whole text", () => {
  it("find that braces balance exactly where a plain reading does", () => {
    fc.assert(
      fc.property(SOUP, (text) => {
        expect(factsOf(parse(text))?.bracesBalance).toBe(plainBalance(text));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it("blank the same braces nested too deeply as a plain reading does", () => {
    const deep = fc.tuple(fc.integer({ min: MAX_NESTING - 5, max: MAX_NESTING + 60 }), fc.array(PIECE, { minLength: 40, maxLength: 300 }));
    fc.assert(
      fc.property(deep, ([depth, pieces]) => {
        // Braces deep enough to be blanked, with the soup's pieces between them.
        let text = "";
        for (let k = 0; k < depth; k++) text += `${k % 4 === 0 ? pieces[k % pieces.length] : ""}{`;
        for (let k = 0; k < depth; k++) text += `}${k % 4 === 0 ? pieces[(k * 7) % pieces.length] : ""}`;
        const limited = limitNesting(text);
        const blanked = limited.text.split("").flatMap((c, i) => (c !== text[i] ? [i] : []));
        expect(blanked).toEqual(plainBlanked(text));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it("leave the balance as it was when the braces that count on the lines an edit touched are the same", () => {
    // Lines as the reparse compares them: no comment marks or triple quotes, with quoted braces and line breaks.
    const LINE_PIECE = fc.constantFrom("{", "}", '"', "\\", "“", "”", "‘", "’", "’s", "a", " ", '"{"', "x {", "\n", "\r\n");
    const lines = fc.array(LINE_PIECE, { maxLength: 12 }).map((pieces) => pieces.join(""));
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.array(LINE_PIECE, { maxLength: 2 }).map((p) => p.join("")) });
    let same = 0;
    fc.assert(
      fc.property(SOUP, lines, edit, SOUP, (before, touched, e, after) => {
        const at = e.at % (touched.length + 1);
        const edited = touched.slice(0, at) + e.insert + touched.slice(at + e.remove);
        const braces = countedBraces(touched);
        if (braces === null || braces !== countedBraces(edited)) return;
        same++;
        const whole = (middle: string) => `${before}\n${middle}\n${after}`;
        expect(plainBalance(whole(edited))).toBe(plainBalance(whole(touched)));
      }),
      { seed: SEED, numRuns: 3000 },
    );
    expect(same).toBeGreaterThan(1000);
    expect(countedBraces('a "{" { // }')).toBeNull();
    expect(countedBraces('x """ {')).toBeNull();
    expect(countedBraces('name "A { B" {\n  “q}” }')).toBe("{}");
  });
});
