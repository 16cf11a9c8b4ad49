import { source } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";

export const reviewPoint: Rule = {
  code: "ALY093",
  name: "review-point",
  title: "The agreement declares no point at which to stop, review and embed what has been learnt",
  severity: "info",
  grounds: "absence",
  topic: "Common failure modes",
  basis: "inferred",
  why: "Partners working this way often give the first cycle a scope big enough to be a real test but not so big that the risk is unacceptable, then build on what they learnt. A review point says when they stop and decide what to keep.",
  rationale:
    "Exploring the New World describes how partners tend to start: a first cycle with a scope big enough to be a genuine test, but not so big that the risk is unacceptable, followed by building on what was learnt to embed and extend the approach (How change happens, Embedding and influencing). The report describes this as what partners do, not as a warning. A `review-point` gives the first cycle a date or time at which the parties stop and decide what to keep, change or extend; a `stages` section with two or more stages marks such points too, and so does a regular learning review, where the parties take stock together.",
  guidance: [{ id: "R12.3", ...source("ENW", "How change happens: Embedding and influencing", "big enough to act as a genuine test") }],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example {\n  term 10 years from 2019-04-01\n}\n',
    right: 'agreement Example {\n  term 10 years from 2019-04-01\n  review-point after 18 months\n}\n',
  },
  check(context) {
    if (context.model.has("ReviewPoint")) return;
    const stages = context.model.clauses("Stages").flatMap((block) => itemsOf(block.items));
    if (stages.length >= 2) return;
    // A learning review held by the parties is already a point at which they stop and take stock.
    if (context.model.clauses("Learning").some((l) => itemsOf(l.items).some((i) => i.kind === "Review"))) return;
    context.report({
      span: context.document.name?.span ?? context.document.keyword ?? context.document.span,
      message:
        "This agreement sets no point at which the parties stop to review the first cycle and decide what to keep. Add a review point, for example `review-point after 18 months`.",
    });
  },
};
