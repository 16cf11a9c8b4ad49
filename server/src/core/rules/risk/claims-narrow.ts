import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { carveOutsAgainstPrinciple } from "./carve-outs";
import { riskItemsOf } from "./shared";

/** Ordinary grounds for a claim, and how each reads in a sentence. */
const ORDINARY_GROUNDS: Record<string, string> = {
  breach: "any breach of the agreement",
  negligence: "negligence",
  performance: "poor performance",
};

export const claimsNarrow: Rule = {
  code: "ALY504",
  name: "claims-narrow",
  title: "Participants may claim against each other on ordinary grounds such as breach, negligence or performance",
  severity: "warning",
  grounds: "departure",
  topic: "Risk and reward",
  basis: "direct",
  why:
    "No fault, no blame lets partners admit mistakes and share risk without fear of being sued. Claims for ordinary breach, negligence or poor performance bring back the blame, and the defensive behaviour, the alliance is built to remove.",
  rationale:
    "Plymouth's participants adopt a culture of \"no fault, no blame\" and avoid all disputes and litigation, keeping only very limited " +
    "cases of wilful default as an exception. Narrow grounds such as wilful default or fraud are not reported. Where the agreement's own " +
    "no-fault-no-blame principle rules a ground out, the contradiction is reported instead.",
  guidance: [{ id: "R5.4", ...source("ENW", "Systems, Plymouth's principles (d)", "seek to avoid all disputes and litigation") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  definitions {\n    wilful-default "A deliberate and knowing breach of this agreement"\n  }\n' +
      "  risk {\n    no-fault-no-blame except wilful-default\n    claims for wilful-default, negligence\n  }\n}\n",
    right:
      'agreement Example {\n  definitions {\n    wilful-default "A deliberate and knowing breach of this agreement"\n  }\n' +
      "  risk {\n    no-fault-no-blame except wilful-default\n    claims for wilful-default\n  }\n}\n",
  },
  check(context) {
    const contradicted = new Set(carveOutsAgainstPrinciple(context.model).map((c) => c.carveOut.word.span.start));
    for (const claims of riskItemsOf(context.model, "Claims")) {
      for (const ground of claims.grounds) {
        const reads = ORDINARY_GROUNDS[ground.word];
        if (!reads || contradicted.has(ground.span.start)) continue;
        context.report({
          span: ground.span,
          message: `This lets one participant claim against another for ${reads}, which undoes no fault, no blame. Keep claims to wilful default and similarly narrow grounds.`,
          data: { remove: ground.word },
        });
      }
    }
  },
};
