// The grammar's messages live in one table: the grammar names only keys the table has, the table holds no
// message the grammar never writes, and each message reads as a sentence whatever words it is given.

import * as fs from "fs";
import * as path from "path";
import { describe, expect, it } from "vitest";
import { SYNTAX_MESSAGES, SYNTAX_PHRASES } from "../../../server/src/core/syntax-messages";

const GRAMMAR = fs.readFileSync(path.join(__dirname, "../../../grammar/alliance.peggy"), "utf8");
const named = [...GRAMMAR.matchAll(/\bsay\("([^"]+)"/g)].map((m) => m[1]);

describe("the table of syntax messages", () => {
  it("has every message the grammar names, and none it does not", () => {
    expect(named.length).toBeGreaterThan(100);
    expect(named.filter((key) => !(key in SYNTAX_MESSAGES))).toEqual([]);
    expect(Object.keys(SYNTAX_MESSAGES).filter((key) => !named.includes(key))).toEqual([]);
  });

  it("words each message as a sentence, with the words it is given in their places", () => {
    for (const [key, message] of Object.entries(SYNTAX_MESSAGES)) {
      const text = (message as (...words: unknown[]) => string)("WORD", "WORD", "WORD", "WORD");
      expect(text, key).toMatch(/^[A-Z`a-z]/);
      expect(text, key).not.toMatch(/undefined|\$\{/);
    }
    expect(SYNTAX_MESSAGES["Document.6"]("agreement", 3)).toBe("The `agreement` that starts on line 3 is never closed; close it with a curly bracket at the end of the file.");
  });

  it("no longer leaves message text in the grammar's rules", () => {
    // What remains in quotes in the grammar's actions is syntax: keywords, node kinds, codes and characters.
    const sentences = [...GRAMMAR.replace(/^\s*\/\/.*$/gm, "").matchAll(/"([A-Z][a-z]+ [^"]{30,})"/g)].map((m) => m[1]);
    expect(sentences).toEqual([]);
  });

  it("holds the phrases messages are built from", () => {
    expect(SYNTAX_PHRASES.sectionLabel.risk).toBe("how risk is shared");
    expect(SYNTAX_PHRASES.measureDetailNeeds.owner).toEqual(["the name of the party that owns the measure", "owner PCC"]);
  });
});
