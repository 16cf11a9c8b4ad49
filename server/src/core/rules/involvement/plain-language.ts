import { source } from "../../guidance/sources";
import type { Str } from "../../tree";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";

interface Jargon {
  pattern: string;
  /** What to write instead, as advice. */
  instead: string;
}

/**
 * Words that the guidance names as jargon ("complexity", "systems"), and management terms of the same
 * kind. "Complex" alone is not listed: "complex needs" is everyday language in this field.
 */
const JARGON: Jargon[] = [
  { pattern: "complexity", instead: "say in everyday words what makes people's lives or needs hard to support" },
  { pattern: "systems?[ -]thinking", instead: "describe how the organisations will work together" },
  { pattern: "systems?[ -]change", instead: "say what will change, and for whom" },
  { pattern: "paradigm(?:[ -]shifts?)?", instead: "say plainly what will be done differently" },
  { pattern: "stakeholders?", instead: "name who you mean, such as people using services, families, staff or partners" },
  { pattern: "deliverables?", instead: "say what will be done" },
  { pattern: "kpis?|key performance indicators?", instead: "say what you will look at to learn how things are going" },
  { pattern: "synerg(?:y|ies)", instead: "say how working together helps" },
  { pattern: "leverag(?:e|es|ed|ing)", instead: "write “use” or say what is done" },
  { pattern: "operationali[sz](?:e|es|ed|ing|ation)", instead: "write “put into practice”" },
  { pattern: "vuca", instead: "say what is uncertain or changing" },
];

const MATCHER = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${JARGON.map((j) => `(${j.pattern})`).join("|")})(?![\\p{L}\\p{N}_])`, "giu");

/** Letters every jargon pattern holds, in lower case: for ASCII text, where `MATCHER`'s case folding is plain lower case. */
const JARGON_HINT = /complexity|system|paradigm|stakeholder|deliverable|kpi|key performance indicator|synerg|leverag|operationali|vuca/;

const ASCII_ONLY = /^[\x00-\x7f]*$/;

function normalise(word: string): string {
  return word.toLowerCase().replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
}

export const plainLanguage: Rule = {
  code: "ALY088",
  name: "plain-language",
  title: "The purpose and principles use words that people who use services understand",
  severity: "info",
  grounds: "suggestion",
  topic: "Involving people who use services",
  basis: "inferred",
  why: "Words such as complexity and systems can seem vague and off-putting, and jargon shuts people out of working in partnership. The purpose and principles are the parts most read by people who use services.",
  rationale:
    "IVAR heard concern that terms such as 'complexity' and 'systems' are ambiguous and inaccessible to voluntary organisations, and can divide those who know the terms from those who do not; jargon excludes people and gets in the way of partnership (Trust, Power and Collaboration, Accessible language; Appendix Three). The purpose and principles are the parts of an agreement most read by people who use services, so they should be in plain words. A fixed list of such words is looked for, and a word explained in the `definitions` section is not reported. Each word is reported once per document, where it first appears.",
  guidance: [
    { id: "R11.8", ...source("TPC", "Behaviour: Accessible language", "unhelpfully ambiguous and inaccessible") },
    { id: "R11.8", ...source("TPC", "Appendix Three", "Using complex language and jargon can exclude people") },
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'agreement Plymouth "Complex needs alliance" {\n  purpose "Stakeholders work together so that adults with complex needs live well"\n}\n',
    right: 'agreement Plymouth "Complex needs alliance" {\n  purpose "People, families and services work together so that adults with complex needs live well"\n}\n',
  },
  check(context) {
    const defined = new Set<string>();
    for (const model of [context.model, ...context.linked.map((d) => d.model)]) {
      for (const block of model.clauses("Definitions")) {
        for (const def of itemsOf(block.items)) defined.add(normalise(def.term.name));
      }
    }
    const texts: Str[] = [];
    for (const purpose of context.model.clauses("Purpose")) {
      texts.push(purpose.text);
      for (const detail of itemsOf(purpose.items)) texts.push(detail.value);
    }
    for (const principle of context.model.principles()) texts.push(principle.text);

    const reported = new Set<string>();
    for (const str of texts) {
      if (str.error) continue;
      const quote = str.triple ? 3 : 1;
      const start = str.span.start + quote;
      const end = str.span.end - quote;
      if (end <= start) continue;
      const raw = context.text.slice(start, end);
      // Escapes change offsets; a string with a backslash is skipped rather than reported in the wrong place.
      if (!str.triple && raw.includes("\\")) continue;
      // ASCII wording holding none of the jargon's letters, in any case, cannot match: most wording is skipped so.
      if (ASCII_ONLY.test(raw) && !JARGON_HINT.test(raw.toLowerCase())) continue;
      MATCHER.lastIndex = 0;
      for (let match = MATCHER.exec(raw); match; match = MATCHER.exec(raw)) {
        const word = match[0];
        if (defined.has(normalise(word)) || reported.has(normalise(word))) continue;
        reported.add(normalise(word));
        const entry = JARGON[match.slice(1).findIndex((g) => g !== undefined)];
        context.report({
          span: { start: start + match.index, end: start + match.index + word.length },
          message:
            `The word “${word}” is jargon that can shut out people who use services: ${entry.instead}` +
            (context.kind === "agreement" ? ", or explain the word in the definitions." : "."),
          data: { word },
        });
      }
    }
  },
};
