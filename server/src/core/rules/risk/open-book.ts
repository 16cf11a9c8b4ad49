import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { openBookPrinciple, riskItemsOf } from "./shared";

export const openBook: Rule = {
  code: "ALY506",
  name: "open-book",
  title: "The alliance's books are kept closed",
  severity: "warning",
  grounds: "departure",
  topic: "Risk and reward",
  basis: "direct",
  why:
    "Parties cannot fairly divide an overspend or a saving that some of them cannot see. Shared risk depends on open books.",
  rationale:
    "Plymouth's participants commit \"to adopt open book accounting and transparency in all matters\". Closed books keep part of the " +
    "alliance's finances from the parties who share its risk. Where the agreement's own principles promise open books, the contradiction is " +
    "reported instead.",
  guidance: [{ id: "R5.6", ...source("ENW", "Systems, Plymouth's principles (e)", "open book accounting and transparency in all matters") }],
  appliesTo: ["agreement"],
  example: {
    wrong: "agreement Example {\n  risk {\n    accounting closed-book\n  }\n}\n",
    right: "agreement Example {\n  risk {\n    accounting open-book\n  }\n}\n",
  },
  check(context) {
    // Closed books against an open-book principle are reported once, as the contradiction they are.
    if (openBookPrinciple(context.model)) return;
    for (const accounting of riskItemsOf(context.model, "Accounting")) {
      if (accounting.value.word !== "closed-book") continue;
      context.report({
        span: accounting.value.span,
        message: "The accounts are kept closed, so the parties share risk on finances they cannot all see. Keep open books, so that every party sees the alliance's finances.",
        data: { replacement: "open-book" },
      });
    }
  },
};
