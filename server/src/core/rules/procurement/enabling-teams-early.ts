import { source } from "../../guidance/sources";
import { CHOICES } from "../../vocabulary";
import type { Rule } from "../rule";
import { clausesIn, documentSpan, documentWord, packDocuments, relatedAt } from "./facts";

function andList(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const enablingTeamsEarly: Rule = {
  code: "ALY912",
  name: "enabling-teams-early",
  title: "Legal, finance, procurement and audit colleagues are recorded as involved before the tender",
  severity: "info",
  grounds: "absence",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  why:
    "Legal, finance, procurement and audit colleagues brought in early can help solve problems rather than raise them late. Involving them too late is named as a barrier to commissioning this way.",
  rationale:
    "Examples and Tools advises bringing procurement, finance, legal and other colleagues into the discussion as early as possible, so that they understand the whole picture; " +
    "Exploring the New World names involving these key functions too late, together with a history of blame, as a barrier to change. " +
    "Recording the teams involved before the tender shows whether that happened. The note is made on the specification, the document written before the tender, once, and not where a linked document records the teams; an agreement is not asked.",
  guidance: [
    { id: "R9.12", ...source("ET", "What does this mean for procurement?", "in discussions as early as possible") },
    { id: "R9.12", ...source("ENW", "Conditions for change", "involving key functions too late") },
  ],
  appliesTo: ["specification"],
  example: {
    wrong: 'specification Support "Support for adults with complex needs" {\n  route light-touch\n  involved early procurement, finance\n}\n',
    right: 'specification Support "Support for adults with complex needs" {\n  route light-touch\n  involved early legal, finance, procurement, audit\n}\n',
  },
  check(context) {
    const clauses = clausesIn(packDocuments(context), "InvolvedEarly");
    const named = new Set(clauses.flatMap((c) => c.clause.names.map((n) => n.word)));
    const missing = CHOICES.enablingFunction.filter((team) => !named.has(team));
    if (missing.length === 0) return;
    const own = context.model.first("InvolvedEarly");
    if (clauses.length === 0) {
      context.report({
        span: documentSpan(context),
        message: `This ${documentWord(context)} does not record which of legal, finance, procurement and audit were involved before the tender. Bring them in early, and record it with \`involved early\`.`,
        data: { missing },
      });
      return;
    }
    const other = clauses.find((c) => c.uri !== undefined);
    context.report({
      span: own ? own.keyword : documentSpan(context),
      message: `${capital(andList(missing))} ${missing.length === 1 ? "is" : "are"} not recorded as involved before the tender. Bring ${missing.length === 1 ? "that team" : "them"} in early, and add ${missing.length === 1 ? "it" : "them"} to \`involved early\`.`,
      related: !own && other ? [relatedAt(other.clause.keyword, other.uri, "the teams recorded as involved early")] : [],
      data: { missing },
    });
  },
};
