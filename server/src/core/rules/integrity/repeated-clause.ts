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
  topic: "Names and structure",
  basis: "language",
  rationale: "Two values, two terms or two spend ladders in one document contradict each other, and a reader cannot tell which one binds the parties.",
  guidance: [{ id: "R10.5", cite: "Exploring the New World, Examples and Tools, What does this mean for procurement? (Dealing with challenge): shared facts must agree" }],
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
          message: `\`${CLAUSE_KEYWORD[kind]}\` is already stated in this document; keep one and remove or merge the other`,
          related: [{ span: clauses[0].keyword ?? clauses[0].span, message: `\`${CLAUSE_KEYWORD[kind]}\` is first stated here` }],
        });
      }
    }
  },
};
