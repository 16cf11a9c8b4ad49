// The extension's TextMate grammar, tokenised with the same engine VS Code uses (vscode-textmate with
// the Oniguruma regular expressions), so colouring is right before the language server starts.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as oniguruma from "vscode-oniguruma";
import * as textmate from "vscode-textmate";
import { TEXTMATE_GRAMMAR_PATH, textmateGrammarText, textmateWords } from "../../scripts/textmate-keywords";
import { BLOCK_KEYWORDS, CHOICES, CLAUSE_KEYWORD, CONNECTOR_WORDS, DOCUMENT_KINDS } from "../../server/src/core/vocabulary";

const ROOT = join(__dirname, "..", "..");
let grammar: textmate.IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(join(ROOT, "node_modules", "vscode-oniguruma", "release", "onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => textmate.parseRawGrammar(readFileSync(join(ROOT, "client", "syntaxes", "alliance.tmLanguage.json"), "utf8"), "alliance.tmLanguage.json"),
  });
  grammar = (await registry.loadGrammar("source.alliance"))!;
});

/** Runs of text with the same innermost scope, trimmed, skipping white space, line by line. */
function tokens(lines: string[]): [string, string][] {
  let state = textmate.INITIAL;
  const out: [string, string][] = [];
  for (const line of lines) {
    const result = grammar.tokenizeLine(line, state);
    const runs: [string, string][] = [];
    for (const t of result.tokens) {
      const text = line.slice(t.startIndex, t.endIndex);
      const scope = t.scopes[t.scopes.length - 1];
      const last = runs[runs.length - 1];
      if (last && last[1] === scope && !(scope === "source.alliance" && /\s$/.test(last[0]))) last[0] += text;
      else runs.push([text, scope]);
    }
    for (const [text, scope] of runs) if (text.trim() !== "") out.push([text.trim(), scope]);
    state = result.ruleStack;
  }
  return out;
}

describe("the TextMate grammar", () => {
  it("colours a document header, keywords, amounts and text", () => {
    expect(tokens(['agreement Plymouth "Plymouth Alliance" {', "  value £80,000,000 pooled by PCC", "  term 10 years from 2019-04-01"])).toEqual([
      ["agreement", "storage.type.document.alliance"],
      ["Plymouth", "entity.name.type.document.alliance"],
      ['"Plymouth Alliance"', "string.quoted.double.alliance"],
      ["{", "punctuation.section.block.begin.alliance"],
      ["value", "keyword.other.clause.alliance"],
      ["£80,000,000", "constant.numeric.money.alliance"],
      ["pooled", "keyword.other.clause.alliance"],
      ["by", "keyword.other.clause.alliance"],
      ["PCC", "source.alliance"],
      ["term", "keyword.other.clause.alliance"],
      ["10 years", "constant.numeric.duration.alliance"],
      ["from", "keyword.other.clause.alliance"],
      ["2019-04-01", "constant.numeric.date.alliance"],
    ]);
  });

  it("colours choices, percentages, comments and suppressions", () => {
    expect(tokens(["    decides key-issues by unanimity // agreed", "    pain share PCC 12.5%", "  // alliance-ignore ALY701: until June"])).toEqual([
      ["decides", "keyword.other.clause.alliance"],
      ["key-issues", "keyword.other.section.alliance"],
      ["by", "keyword.other.clause.alliance"],
      ["unanimity", "support.constant.choice.alliance"],
      ["// agreed", "comment.line.double-slash.alliance"],
      ["pain", "keyword.other.clause.alliance"],
      ["share", "keyword.other.clause.alliance"],
      ["PCC", "source.alliance"],
      ["12.5%", "constant.numeric.percentage.alliance"],
      ["//", "comment.line.double-slash.suppression.alliance"],
      ["alliance-ignore", "keyword.control.directive.alliance"],
      ["ALY701", "constant.other.rule-code.alliance"],
      [": until June", "comment.line.double-slash.suppression.alliance"],
    ]);
  });

  it("carries triple-quoted text and block comments across lines", () => {
    expect(tokens(['  purpose """', "People live well", '"""', "/* one", "two */"]).map(([, scope]) => scope)).toEqual([
      "keyword.other.clause.alliance",
      "string.quoted.triple.alliance",
      "string.quoted.triple.alliance",
      "string.quoted.triple.alliance",
      "comment.block.alliance",
      "comment.block.alliance",
    ]);
  });
});

describe("the TextMate grammar's words", () => {
  it("are written from the vocabulary (run `npm run docs` to rewrite them)", () => {
    const committed = readFileSync(join(ROOT, TEXTMATE_GRAMMAR_PATH), "utf8");
    expect(committed).toBe(textmateGrammarText(committed));
  });

  it("colour every keyword, small word and choice of the vocabulary, and no longer word that starts with one", () => {
    const { sections, clauses, choices } = textmateWords();
    const scopeOf = (word: string) => tokens([`  ${word}`])[0];
    for (const kind of DOCUMENT_KINDS) expect(tokens([`${kind} X {`])[0], kind).toEqual([kind, "storage.type.document.alliance"]);
    const keywords = [...Object.values(CLAUSE_KEYWORD), ...Object.values(BLOCK_KEYWORDS).flat(), ...CONNECTOR_WORDS].flatMap((k) => k.split(" "));
    for (const word of keywords) {
      expect(scopeOf(word), word).toEqual([word, sections.includes(word) ? "keyword.other.section.alliance" : "keyword.other.clause.alliance"]);
      expect(scopeOf(`${word}x`), `${word}x`).toEqual([`${word}x`, "source.alliance"]);
    }
    expect(clauses.filter((w) => sections.includes(w))).toEqual([]);
    for (const word of Object.values(CHOICES).flat() as string[]) {
      expect(scopeOf(word)[1], word).toBe(choices.includes(word) ? "support.constant.choice.alliance" : sections.includes(word) ? "keyword.other.section.alliance" : "keyword.other.clause.alliance");
    }
  });
});
