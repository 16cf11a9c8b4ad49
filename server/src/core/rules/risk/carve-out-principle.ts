import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { carveOutsAgainstPrinciple } from "./carve-outs";

export const carveOutPrinciple: Rule = {
  code: "ALY508",
  name: "carve-out-against-principle",
  title: "An exception to no fault, no blame, or a ground for claims, goes beyond what the agreement's own principle allows",
  severity: "error",
  grounds: "contradiction",
  topic: "Risk and reward",
  basis: "inferred",
  why:
    "The principles promise no fault and no blame with only the exceptions they name, yet this clause lets the parties blame or claim against each other on wider grounds. The two cannot both be followed.",
  rationale:
    "Plymouth's participants adopt a culture of \"no fault, no blame\" and avoid all disputes and litigation, keeping only very limited " +
    "cases of wilful default as an exception. When an agreement's principle says so, and a risk clause then carves out negligence, breach of " +
    "contract, poor performance or any other ground the principle does not name, the agreement contradicts itself. Wilful default however " +
    "spelt, fraud, dishonesty, criminal acts, and death or personal injury (liability the law does not let parties exclude) never count as " +
    "going further.",
  guidance: [{ id: "R5.4", ...source("ENW", "Systems, Plymouth's principles (d)", "except in very limited cases of willful default") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  principles {\n    no-fault-no-blame "We do not blame each other, except for wilful default"\n  }\n' +
      "  risk {\n    no-fault-no-blame except wilful default, negligence\n  }\n}\n",
    right:
      'agreement Example {\n  principles {\n    no-fault-no-blame "We do not blame each other, except for wilful default"\n  }\n' +
      "  risk {\n    no-fault-no-blame except wilful default\n  }\n}\n",
  },
  check(context) {
    for (const { carveOut, principle, stated } of carveOutsAgainstPrinciple(context.model)) {
      const allows = stated.length === 0 ? "names no exception" : `allows only ${stated.map((s) => `"${s}"`).join(", ")}`;
      context.report({
        span: carveOut.word.span,
        message:
          carveOut.via === "except"
            ? `This clause excepts ${carveOut.reads} from no fault, no blame, but the principle \`${principle.name.name}\` ${allows}. Remove ${carveOut.reads}, or change the principle.`
            : `This lets the parties claim for ${carveOut.reads}, but the principle \`${principle.name.name}\` ${allows}. Remove ${carveOut.reads}, or change the principle.`,
        related: [{ span: principle.name.span, message: `the principle \`${principle.name.name}\` commits the parties to no fault and no blame` }],
        data: { remove: carveOut.word.word, principle: principle.name.name },
      });
    }
  },
};
