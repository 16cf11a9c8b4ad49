import { cite } from "../../guidance/sources";
import type { WordNode } from "../../tree";
import type { Rule } from "../rule";
import { riskItems } from "./shared";

const SPELLINGS = ["wilful-default", "willful-default"];

export const wilfulDefaultDefined: Rule = {
  code: "ALY505",
  name: "wilful-default-defined",
  title: "Wilful default is used as an exception but is not defined",
  severity: "error",
  topic: "Risk and reward",
  basis: "inferred",
  rationale:
    "Wilful default is the one narrow exception to Plymouth's no fault, no blame commitment " +
    `(${cite("ENW", "Systems, Plymouth's principles (d)")}), yet the report does not say what it means. Everything the parties gave up ` +
    "hangs on that exception: if it is not defined, any dispute becomes an argument about whether a failure was wilful, and the commitment " +
    "not to litigate is worth little. The British spelling `wilful-default` and the American `willful-default` (used in the Plymouth text) " +
    "are treated as the same term, so defining either one is enough.",
  guidance: [{ id: "R5.5", cite: cite("ENW", "Systems, Plymouth's principles (d)") }],
  appliesTo: ["agreement"],
  example: {
    wrong: "agreement Example {\n  risk {\n    no-fault-no-blame except wilful-default\n  }\n}\n",
    right:
      'agreement Example {\n  definitions {\n    wilful-default "A deliberate and knowing breach of this agreement"\n  }\n' +
      "  risk {\n    no-fault-no-blame except wilful-default\n  }\n}\n",
  },
  check(context) {
    const defined = SPELLINGS.some((s) => context.model.declared("term", s) || context.linked.some((d) => d.model.declared("term", s)));
    if (defined) return;
    const uses: WordNode[] = [];
    for (const item of riskItems(context.model)) {
      const words = item.kind === "NoFaultNoBlame" ? item.exceptions : item.kind === "Claims" ? item.grounds : [];
      uses.push(...words.filter((w) => SPELLINGS.includes(w.word)));
    }
    if (uses.length === 0) return;
    const [first, ...rest] = uses;
    const how = context.model.has("Definitions") ? "Add it to the `definitions` block" : "Define it in a `definitions` block";
    context.report({
      span: first.span,
      message:
        `\`${first.word}\` is not defined in this agreement, yet it is the exception on which claims between the parties depend. ` +
        `${how}, for example \`${first.word} "A deliberate and knowing breach of this agreement"\``,
      related: rest.map((w) => ({ span: w.span, message: `\`${w.word}\` is also used here` })),
      data: { term: first.word },
    });
  },
};
