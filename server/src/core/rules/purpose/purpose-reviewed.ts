import { cite } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";

export const purposeReviewed: Rule = {
  code: "ALY205",
  name: "purpose-not-reviewed",
  title: "Nothing in the agreement reviews practice against the shared purpose",
  severity: "warning",
  topic: "Shared purpose",
  basis: "inferred",
  rationale:
    "Governance in this way of working is a continuing conversation that keeps comparing what happened with what was intended: the purpose is its yardstick (Exploring the New World, At the Centre: Governance and Learning). The alliance governance in the first worked model likewise keeps asking whether this is what was meant to happen (Examples and Tools, Example 1). So at least one learning review should be held `against purpose`, or a body should have the function `test-purpose`.",
  guidance: [
    { id: "R2.6", cite: cite("ENW", "How change happens: At the Centre, Governance and Learning") },
    { id: "R2.6", cite: cite("ET", "Example 1, Governance and learning") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example "Example alliance" {\n  purpose "Adults with multiple and complex needs in Plymouth live well"\n  body Board "Alliance Leadership Board" {\n    meets monthly\n  }\n  learning {\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  purpose "Adults with multiple and complex needs in Plymouth live well"\n  body Board "Alliance Leadership Board" {\n    meets monthly\n  }\n  learning {\n    review quarterly by Board against purpose\n  }\n}\n',
  },
  check(context) {
    const model = context.model;
    const purpose = model.first("Purpose");
    // Without a purpose there is nothing to review against; ALY201 reports that.
    if (!purpose) return;
    const learning = model.clauses("Learning");
    const reviews = learning.flatMap((block) => itemsOf(block.items)).filter((item) => item.kind === "Review");
    if (reviews.some((review) => review.kind === "Review" && review.againstPurpose)) return;
    const testsPurpose = model
      .bodies()
      .some((body) => itemsOf(body.items).some((item) => item.kind === "Functions" && item.names.some((n) => n.word === "test-purpose")));
    if (testsPurpose) return;
    const body = model.bodies()[0]?.name.name ?? "Board";
    const example = `\`review quarterly by ${body} against purpose\``;
    const orFunction = "or give a body the function `test-purpose`";
    if (learning.length > 0) {
      context.report({
        span: learning[0].keyword,
        message:
          reviews.length > 0
            ? `No review here tests the alliance's practice against its shared purpose: add \`against purpose\` to a review, as in ${example}, ${orFunction}`
            : `The \`learning\` block has no review of practice against the shared purpose: add one, for example ${example}, ${orFunction}`,
        related: [{ span: purpose.keyword, message: "the shared purpose is stated here" }],
      });
      return;
    }
    context.report({
      span: purpose.keyword,
      message: `Nothing in the agreement reviews practice against this shared purpose: add a \`learning\` block with a review such as ${example}, ${orFunction}`,
    });
  },
};
