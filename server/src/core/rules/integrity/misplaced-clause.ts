import { CLAUSES_BY_DOCUMENT, CLAUSE_KEYWORD, DOCUMENT_KINDS } from "../../vocabulary";
import type { Rule } from "../rule";

function orList(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}

export const misplacedClause: Rule = {
  code: "ALY012",
  name: "misplaced-clause",
  title: "A clause is in a kind of document that does not hold it",
  severity: "error",
  grounds: "unreadable",
  topic: "Names and structure",
  basis: "language",
  why: "Each document has its own job: the agreement says how the alliance works, the specification what is bought, the tender what bidders answer and the evaluation how answers are scored. A clause in the wrong one is not read.",
  rationale:
    "Each kind of document has its own job: the agreement says how the alliance works, the specification what is being bought, the tender what bidders answer and the evaluation how answers are scored. A clause written in a kind of document that does not hold it is not read where people expect it, and no check looks at it there, so it is reported and left out.",
  guidance: [],
  example: {
    wrong: 'evaluation Award "Award criteria" {\n  spend {\n    over £0 approved by Board\n  }\n}\n',
    right: 'evaluation Award "Award criteria" {\n  criterion Principles "Commitment to the principles" weight 100%\n}\n',
  },
  check(context) {
    if (!context.kind) return;
    const allowed = CLAUSES_BY_DOCUMENT[context.kind];
    for (const item of context.document.items) {
      if (item.kind === "Error" || allowed.includes(item.kind)) continue;
      const keyword = CLAUSE_KEYWORD[item.kind];
      const homes = DOCUMENT_KINDS.filter((k) => CLAUSES_BY_DOCUMENT[k].includes(item.kind));
      const where = homes.length > 0 ? `it belongs in ${orList(homes.map((h) => `${h === "agreement" || h === "evaluation" ? "an" : "a"} ${h}`))}` : "no document holds it";
      const shape = item.kind === "PrincipleRefs" ? "; an agreement sets out its principles one on each line, each with its name and wording" : item.kind === "Principles" ? "; here, list the agreement's principles by name, as in `principles best-for-people, open-book`" : "";
      context.report({
        span: item.keyword ?? item.span,
        message: `${context.kind === "agreement" || context.kind === "evaluation" ? "An" : "A"} ${context.kind} does not hold \`${keyword}\`: ${where}${shape}. Move or remove this clause.`,
      });
    }
  },
};
