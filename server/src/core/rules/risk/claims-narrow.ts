import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
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
  topic: "Risk and reward",
  basis: "direct",
  rationale:
    "Plymouth's participants commit to a \"no fault, no blame\" culture: they avoid disputes and litigation between themselves, keeping only " +
    `very limited cases of wilful default as an exception (${cite("ENW", "Systems, Plymouth's principles (d)")}). Allowing claims for ordinary ` +
    "breach, negligence or poor performance brings back the blame the alliance is built to remove, and with it the defensive behaviour that " +
    "makes shared risk impossible. Narrow exceptions that are written out, such as wilful default or fraud, are not reported.",
  guidance: [{ id: "R5.4", cite: cite("ENW", "Systems, Plymouth's principles (d)") }],
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
    for (const claims of riskItemsOf(context.model, "Claims")) {
      for (const ground of claims.grounds) {
        const reads = ORDINARY_GROUNDS[ground.word];
        if (!reads) continue;
        context.report({
          span: ground.span,
          message:
            `This lets one participant claim against another for ${reads}. Under no fault, no blame, claims between participants are limited ` +
            `to wilful default and a few narrow, named exceptions: remove \`${ground.word}\`` +
            (claims.grounds.length === 1 ? " and write `claims for wilful-default`" : ""),
          data: { remove: ground.word },
        });
      }
    }
  },
};
