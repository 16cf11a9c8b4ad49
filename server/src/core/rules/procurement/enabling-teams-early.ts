import { cite } from "../../guidance/sources";
import { CHOICES } from "../../vocabulary";
import type { Rule } from "../rule";
import { clausesIn, documentSpan, documentWord, packDocuments, relatedAt } from "./facts";

function andList(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

export const enablingTeamsEarly: Rule = {
  code: "ALY912",
  name: "enabling-teams-early",
  title: "Legal, finance, procurement and audit colleagues are recorded as involved before the tender",
  severity: "info",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  rationale:
    "Bringing procurement, finance and legal colleagues into the conversation as early as possible lets them help solve problems instead of raising them late (Exploring the New World, Examples and Tools, What does this mean for procurement?); " +
    "late involvement of legal, finance, procurement and audit, and a history of blame, are named as barriers to working this way (Exploring the New World, Conditions for change). " +
    "Recording which teams were involved before the tender shows whether that has happened.",
  guidance: [
    { id: "R9.12", cite: cite("ET", "What does this mean for procurement?: involve procurement, finance and legal colleagues as early as possible") },
    { id: "R9.12", cite: cite("ENW", "Conditions for change: late involvement of enabling functions as a barrier") },
  ],
  appliesTo: ["agreement", "specification"],
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
        message:
          `This ${documentWord(context)} does not record which enabling teams were involved before the tender. ` +
          "Bring in legal, finance, procurement and audit colleagues early, and record it with `involved early legal, finance, procurement, audit`",
        data: { missing },
      });
      return;
    }
    const other = clauses.find((c) => c.uri !== undefined);
    context.report({
      span: own ? own.keyword : documentSpan(context),
      message: `${missing.length === 1 ? "One enabling team is" : "Some enabling teams are"} not recorded as involved before the tender: ${andList(missing)}. Bring them in early, and add ${missing.length === 1 ? "it" : "them"} to \`involved early\``,
      related: !own && other ? [relatedAt(other.clause.keyword, other.uri, "the teams recorded as involved early")] : [],
      data: { missing },
    });
  },
};
