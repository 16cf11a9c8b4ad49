import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { openBookPrinciple, riskItemsOf } from "./shared";

export const openBook: Rule = {
  code: "ALY506",
  name: "open-book",
  title: "The alliance's books are kept closed",
  severity: "warning",
  topic: "Risk and reward",
  basis: "direct",
  rationale:
    "Plymouth's participants adopt open book accounting and transparency in all matters " +
    `(${cite("ENW", "Systems, Plymouth's principles (e)")}). Shared risk depends on it: parties cannot fairly divide an overspend or a saving ` +
    "that some of them cannot see. Closed books also contradict a principle of open books where the agreement declares one.",
  guidance: [{ id: "R5.6", cite: cite("ENW", "Systems, Plymouth's principles (e)") }],
  appliesTo: ["agreement"],
  example: {
    wrong: "agreement Example {\n  risk {\n    accounting closed-book\n  }\n}\n",
    right: "agreement Example {\n  risk {\n    accounting open-book\n  }\n}\n",
  },
  check(context) {
    const principle = openBookPrinciple(context.model);
    for (const accounting of riskItemsOf(context.model, "Accounting")) {
      if (accounting.value.word !== "closed-book") continue;
      context.report({
        span: accounting.value.span,
        message: principle
          ? `The principle \`${principle.name.name}\` promises open books, but the accounts are kept closed. Write \`accounting open-book\` so that every party sees all the alliance's finances`
          : "The accounts are kept closed, so parties share risk on finances they cannot all see. Write `accounting open-book` so that every party sees all the alliance's finances",
        related: principle ? [{ span: principle.name.span, message: `the principle \`${principle.name.name}\` promises open books` }] : [],
        data: { replacement: "open-book" },
      });
    }
  },
};
