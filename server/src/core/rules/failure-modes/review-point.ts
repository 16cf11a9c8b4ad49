import { cite } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";

export const reviewPoint: Rule = {
  code: "ALY093",
  name: "review-point",
  title: "The agreement declares no point at which to stop, review and embed what has been learnt",
  severity: "info",
  topic: "Common failure modes",
  basis: "direct",
  rationale:
    "Starting with too large a scope is a common way for new ways of working to fail. Partners who work this way give the first cycle a scope big enough to be a real test but not so big that the risk is unacceptable, then build on what they learnt to embed and extend the approach in later cycles (Lowe and Plimmer, Exploring the New World, 'How change happens', embedding and influencing). A `review-point` gives the first cycle a date or time at which the parties stop and decide what to keep, change or extend; a `stages` block with two or more stages also marks such points.",
  guidance: [{ id: "R12.3", cite: cite("ENW", "How change happens: embedding and influencing (starting with too large a scope)") }],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example {\n  term 10 years from 2019-04-01\n}\n',
    right: 'agreement Example {\n  term 10 years from 2019-04-01\n  review-point after 18 months\n}\n',
  },
  check(context) {
    if (context.model.has("ReviewPoint")) return;
    const stages = context.model.clauses("Stages").flatMap((block) => itemsOf(block.items));
    if (stages.length >= 2) return;
    context.report({
      span: context.document.name?.span ?? context.document.keyword ?? context.document.span,
      message:
        "This agreement sets no point at which the parties stop to review the first cycle and decide what to embed. Add a review point, for example `review-point after 18 months` or `review-point 2020-10-01`",
    });
  },
};
