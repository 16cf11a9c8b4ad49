import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { openBookPrinciple, riskItemsOf } from "./shared";

export const closedBooksPrinciple: Rule = {
  code: "ALY510",
  name: "closed-books-against-principle",
  title: "The books are kept closed although the principles promise open books",
  severity: "error",
  grounds: "contradiction",
  topic: "Risk and reward",
  basis: "inferred",
  why:
    "The principles promise open books, and the risk clauses keep them closed. The agreement contradicts itself, and the parties would share risk on finances some of them cannot see.",
  rationale:
    "Plymouth's participants commit \"to adopt open book accounting and transparency in all matters\". When the agreement's own principles " +
    "promise open books, however that is worded, `accounting closed-book` contradicts them. Without such a principle, closed books are " +
    "reported as a departure from the guidance instead.",
  guidance: [{ id: "R5.6", ...source("ENW", "Systems, Plymouth's principles (e)", "open book accounting and transparency in all matters") }],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example {\n  principles {\n    open "Our books are open to each other"\n  }\n  risk {\n    accounting closed-book\n  }\n}\n',
    right: 'agreement Example {\n  principles {\n    open "Our books are open to each other"\n  }\n  risk {\n    accounting open-book\n  }\n}\n',
  },
  check(context) {
    const principle = openBookPrinciple(context.model);
    if (!principle) return;
    for (const accounting of riskItemsOf(context.model, "Accounting")) {
      if (accounting.value.word !== "closed-book") continue;
      context.report({
        span: accounting.value.span,
        message: `The principle \`${principle.name.name}\` promises open books, but the accounts are kept closed. Keep open books, or reword the principle.`,
        related: [{ span: principle.name.span, message: `the principle \`${principle.name.name}\` promises open books` }],
        data: { replacement: "open-book", principle: principle.name.name },
      });
    }
  },
};
