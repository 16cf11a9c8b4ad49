import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { carveOutsAgainstPrinciple } from "./carve-outs";
import { narrowException, riskItemsOf } from "./shared";

export const carveOutWide: Rule = {
  code: "ALY509",
  name: "no-blame-exception-wide",
  title: "No fault, no blame is subject to exceptions wider than wilful default",
  severity: "warning",
  grounds: "departure",
  topic: "Risk and reward",
  basis: "direct",
  why:
    "No fault, no blame lets partners admit mistakes and share risk without fear of being sued. Exceptions such as negligence or breach of contract cover most failures, bringing back the blame the alliance is meant to leave behind.",
  rationale:
    "Plymouth's participants adopt a culture of \"no fault, no blame\" and avoid all disputes and litigation, keeping only very limited " +
    "cases of wilful default as an exception. Exceptions are written in the drafter's own words after `except`; those no wider than wilful " +
    "default (wilful default however spelt, fraud, dishonesty, criminal acts, death or personal injury) are not reported. Any other exception " +
    "is named in one finding for the clause. Where the agreement's own principle rules the exception out, the contradiction is reported instead.",
  guidance: [{ id: "R5.4", ...source("ENW", "Systems, Plymouth's principles (d)", "except in very limited cases of willful default") }],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example {\n  risk {\n    no-fault-no-blame except wilful default, "gross negligence", breach of contract\n  }\n}\n',
    right: "agreement Example {\n  risk {\n    no-fault-no-blame except wilful default, fraud\n  }\n}\n",
  },
  check(context) {
    const contradicted = new Set(carveOutsAgainstPrinciple(context.model).map((c) => c.carveOut.word.span.start));
    for (const clause of riskItemsOf(context.model, "NoFaultNoBlame")) {
      const wide = clause.exceptions.filter((w) => !narrowException(w.word) && !contradicted.has(w.span.start));
      if (wide.length === 0) continue;
      const names = wide.map((w) => w.word.replace(/-/g, " "));
      const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
      context.report({
        span: wide[0].span,
        message: `No fault, no blame is subject to ${list}, which ${wide.length === 1 ? "goes" : "go"} well beyond wilful default. Keep the exceptions to wilful default and similarly narrow cases, such as fraud.`,
        related: wide.slice(1).map((w) => ({ span: w.span, message: `${w.word.replace(/-/g, " ")} widens it too` })),
        data: { wide: wide.map((w) => w.word) },
      });
    }
  },
};
