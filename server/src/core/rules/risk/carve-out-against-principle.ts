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
    // One finding per clause: every exception in it that goes too far, named together.
    const found = carveOutsAgainstPrinciple(context.model);
    for (const via of ["except", "claims"] as const) {
      const here = found.filter((f) => f.carveOut.via === via);
      if (here.length === 0) continue;
      const { principle, stated } = here[0];
      const words = here.map((f) => f.carveOut.reads);
      const reads = words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
      const allows = stated.length === 0 ? "names no exception" : `allows only ${stated.map((s) => `"${s}"`).join(", ")}`;
      const them = here.length === 1 ? reads : "them";
      context.report({
        span: here[0].carveOut.word.span,
        message:
          via === "except"
            ? `This clause excepts ${reads} from no fault, no blame, but the principle \`${principle.name.name}\` ${allows}. Remove ${them}, or change the principle.`
            : `This lets the parties claim for ${reads}, but the principle \`${principle.name.name}\` ${allows}. Remove ${them}, or change the principle.`,
        related: [{ span: principle.name.span, message: `the principle \`${principle.name.name}\` commits the parties to no fault and no blame` }],
        data: { remove: here.map((f) => f.carveOut.word.word), principle: principle.name.name },
      });
    }
  },
};
