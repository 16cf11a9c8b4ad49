// The word patterns of the extension's TextMate grammar, written from the vocabulary so that the editor
// colours the same words the parser reads: document kinds, section words, the other keywords and small
// words of clauses, and the fixed choices. `npm run docs` writes them into the grammar; the rest of the
// grammar (comments, text, numbers, punctuation) is written by hand.

import {
  BLOCK_KEYWORDS, CHOICES, CLAUSE_KEYWORD, CONNECTOR_WORDS, DOCUMENT_KINDS, SECTION_KINDS, UNIT_WORDS,
} from "../server/src/core/vocabulary";

export const TEXTMATE_GRAMMAR_PATH = "client/syntaxes/alliance.tmLanguage.json";

// A word of the language is never part of a longer one: `risk` is not coloured in `risky` or `risk-pool`.
const BEFORE = "(?<![\\p{L}\\p{N}_-])";
const AFTER = "(?![\\p{L}\\p{N}_-])";

const words = (phrases: Iterable<string>) => [...phrases].flatMap((p) => p.split(" "));

/** Longest first, so that no word stops short at a shorter one that begins it. */
function alternation(list: Iterable<string>): string {
  const unique = [...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return unique.join("|");
}

/** The words each pattern colours. */
export function textmateWords(): { documents: string[]; sections: string[]; clauses: string[]; choices: string[] } {
  const sections = SECTION_KINDS.map((k) => CLAUSE_KEYWORD[k]);
  const clauses = [
    ...new Set([...words(Object.values(CLAUSE_KEYWORD)), ...words(Object.values(BLOCK_KEYWORDS).flat()), ...CONNECTOR_WORDS, ...UNIT_WORDS]),
  ].filter((w) => !sections.includes(w));
  const keywords = new Set([...DOCUMENT_KINDS, ...sections, ...clauses]);
  // A choice that is also a keyword (`learning`, `chair`) is coloured as the keyword.
  const choices = [...new Set(Object.values(CHOICES).flat() as string[])].filter((w) => !keywords.has(w));
  return { documents: [...DOCUMENT_KINDS], sections, clauses, choices };
}

interface Pattern { name?: string; match?: string; captures?: unknown }
interface TextmateGrammar { repository: { header: Pattern; keywords: { patterns: Pattern[] } } & Record<string, unknown> }

/** The grammar with its header and word patterns written from today's vocabulary. */
export function withGeneratedKeywords<T extends TextmateGrammar>(grammar: T): T {
  const { documents, sections, clauses, choices } = textmateWords();
  const word = (list: string[]) => `${BEFORE}(?:${alternation(list)})${AFTER}`;
  return {
    ...grammar,
    repository: {
      ...grammar.repository,
      header: { ...grammar.repository.header, match: `^\\s*(${documents.join("|")})\\s+([\\p{L}_][\\p{L}\\p{N}_-]*)` },
      keywords: {
        patterns: [
          { name: "keyword.other.section.alliance", match: word(sections) },
          { name: "keyword.other.clause.alliance", match: word(clauses) },
          { name: "support.constant.choice.alliance", match: word(choices) },
        ],
      },
    },
  };
}

/** The grammar file as `npm run docs` writes it. */
export function textmateGrammarText(current: string): string {
  return `${JSON.stringify(withGeneratedKeywords(JSON.parse(current)), null, 2)}\n`;
}
