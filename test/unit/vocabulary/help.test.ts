// Hover and completion show help for exactly the words the vocabulary lists: each keyword, each choice of
// each list, and each fixed word completion offers beside names. No help is kept for a word the language
// does not have.

import { describe, expect, it } from "vitest";
import { CHOICE_HELP, KEYWORD_HELP, WORD_HELP } from "../../../server/src/core/guidance/help";
import { LAW_CHOICE_HELP, LAW_KEYWORD_HELP } from "../../../server/src/core/law/help";
import { BLOCK_KEYWORDS, CHOICES, CLAUSE_KEYWORD, DOCUMENT_KINDS, SITE_WORDS } from "../../../server/src/core/vocabulary";

const KEYWORDS = [...new Set([...DOCUMENT_KINDS, ...Object.values(CLAUSE_KEYWORD), ...Object.values(BLOCK_KEYWORDS).flat()])].sort();
const CHOICE_KEYS = Object.entries(CHOICES).flatMap(([set, words]) => (words as readonly string[]).map((w) => `${set}:${w}`)).sort();

describe("help, against the vocabulary", () => {
  it("has keyword help for exactly the document kinds, clause keywords and block keywords", () => {
    expect(Object.keys(KEYWORD_HELP).sort()).toEqual(KEYWORDS);
  });

  it("has choice help for exactly the words of each choice list", () => {
    expect(Object.keys(CHOICE_HELP).sort()).toEqual(CHOICE_KEYS);
  });

  it("has the law's help only for keywords and choices the vocabulary lists", () => {
    expect(Object.keys(LAW_KEYWORD_HELP).filter((k) => !KEYWORDS.includes(k))).toEqual([]);
    expect(Object.keys(LAW_CHOICE_HELP).filter((k) => !CHOICE_KEYS.includes(k))).toEqual([]);
  });

  it("has help for every fixed word completion offers beside names", () => {
    expect(Object.values(SITE_WORDS).flat().filter((w) => !WORD_HELP[w] && !KEYWORD_HELP[w])).toEqual([]);
  });
});
