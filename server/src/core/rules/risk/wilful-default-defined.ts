import { source } from "../../guidance/sources";
import type { WordNode } from "../../tree";
import type { Rule } from "../rule";
import { exceptionWords, riskItems } from "./shared";

/** Wilful default however it is written: `wilful-default`, `willful default`, "wilful default". */
const WILFUL_DEFAULT = / will?ful default /;

export const wilfulDefaultDefined: Rule = {
  code: "ALY505",
  name: "wilful-default-defined",
  title: "Wilful default is used as an exception but is not defined",
  severity: "info",
  grounds: "absence",
  topic: "Risk and reward",
  basis: "inferred",
  why:
    "Wilful default is the one exception on which claims between the parties turn. Left undefined, any dispute becomes an argument about whether a failure was wilful, and the promise not to litigate is worth less.",
  rationale:
    "Plymouth's principle keeps only very limited cases of wilful default as an exception to no fault, no blame, but the report does not " +
    "say what wilful default means. A definition under either spelling, `wilful-default` or `willful-default` (as the Plymouth text has it), " +
    "is enough. This is noted once, where the term is first used.",
  guidance: [{ id: "R5.5", ...source("ENW", "Systems, Plymouth's principles (d)", "except in very limited cases of willful default") }],
  appliesTo: ["agreement"],
  example: {
    wrong: "agreement Example {\n  risk {\n    no-fault-no-blame except wilful-default\n    claims for wilful-default\n  }\n}\n",
    right:
      'agreement Example {\n  definitions {\n    wilful-default "A deliberate and knowing breach of this agreement"\n  }\n' +
      "  risk {\n    no-fault-no-blame except wilful-default\n  }\n}\n",
  },
  check(context) {
    const defines = (model: typeof context.model) =>
      model.clauses("Definitions").some((block) => block.items.some((i) => i.kind === "Definition" && WILFUL_DEFAULT.test(exceptionWords(i.term.name))));
    if (defines(context.model) || context.linked.some((d) => defines(d.model))) return;
    const uses: WordNode[] = [];
    for (const item of riskItems(context.model)) {
      const words = item.kind === "NoFaultNoBlame" ? item.exceptions : item.kind === "Claims" ? item.grounds : [];
      uses.push(...words.filter((w) => WILFUL_DEFAULT.test(exceptionWords(w.word))));
    }
    if (uses.length === 0) return;
    const [first, ...rest] = uses;
    context.report({
      span: first.span,
      message: "Wilful default is not defined in this agreement, yet claims between the parties depend on it. Add a definition agreed with your legal adviser.",
      related: rest.map((w) => ({ span: w.span, message: "wilful default is also used here" })),
      data: { term: first.word },
    });
  },
};
