import { CLAUSE_KEYWORD } from "../../vocabulary";
import type { DocItemKind } from "../../tree";
import type { Rule } from "../rule";

/** Clauses a document states once. Blocks that collect items (parties, bodies, criteria) may repeat. */
const ONCE: DocItemKind[] = [
  "Purpose", "Jurisdiction", "Term", "Value", "Risk", "Spend", "Steward", "Route", "Notices", "Stages", "Targets",
  "Deadline", "ReservedFor", "Instrument", "InvolvedEarly", "ExitPlan", "ReviewPoint", "MinimumTurnover", "PrincipleRefs",
];

export const repeatedClause: Rule = {
  code: "ALY013",
  name: "repeated-clause",
  title: "A clause that a document states once is given twice",
  severity: "error",
  grounds: "contradiction",
  topic: "Names and structure",
  basis: "language",
  why: "Two values, two terms or two spend ladders in one document contradict each other, and nobody can tell which one binds the parties.",
  rationale:
    "Some clauses are stated once in a document: its purpose, jurisdiction, term, value, risk arrangements, spend ladder, route and the like. When one is written twice, the document says two things about the same fact, even if the two happen to agree today, and the next edit to one of them will leave the other behind. The first is read; each later one is reported.",
  guidance: [],
  example: {
    wrong: 'agreement Example {\n  value £80,000,000\n  value £8,000,000\n}\n',
    right: 'agreement Example {\n  value £80,000,000\n}\n',
  },
  check(context) {
    for (const kind of ONCE) {
      const clauses = context.model.clauses(kind);
      for (const extra of clauses.slice(1)) {
        context.report({
          span: extra.keyword ?? extra.span,
          message: `This document already has a \`${CLAUSE_KEYWORD[kind]}\` clause above. Keep one, and remove this one or merge the two.`,
          related: [{ span: clauses[0].keyword ?? clauses[0].span, message: `\`${CLAUSE_KEYWORD[kind]}\` is first stated here` }],
        });
      }
    }
  },
};
