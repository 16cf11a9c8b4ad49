import { source } from "../../guidance/sources";
import { principalBody } from "../governance/structure";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";

export const purposeReviewed: Rule = {
  code: "ALY205",
  name: "purpose-not-reviewed",
  title: "Nothing in the agreement reviews practice against the shared purpose",
  severity: "info",
  grounds: "absence",
  topic: "Shared purpose",
  basis: "inferred",
  why: "Governance in this way of working keeps comparing what happened with what was intended, and the shared purpose is the yardstick. Something in the agreement should hold that review.",
  rationale:
    "Exploring the New World puts a question at the centre of governance and learning: is what we are doing what we intended, comparing the shared purpose, values and principles with what actually happened (How change happens, At the Centre). The governing infrastructure of the first worked model regularly asks whether this is what was intended (Examples and Tools, Example 1). So at least one learning review should be held `against purpose`, or a body should have the function `test-purpose`. Reported once per agreement.",
  guidance: [
    { id: "R2.6", ...source("ENW", "How change happens: At the Centre, Governance and Learning", "is what we are doing what we intended?") },
    { id: "R2.6", ...source("ET", "Example 1, Governance and learning", "Regularly asks the question: is this what we intended to happen?") },
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
    const body = principalBody(model)?.name.name ?? "Board";
    const example = `\`review quarterly by ${body} against purpose\``;
    const orFunction = "or give a body the function `test-purpose`.";
    if (learning.length > 0) {
      context.report({
        span: learning[0].keyword,
        message:
          reviews.length > 0
            ? `No review here tests the alliance's practice against its shared purpose. Add \`against purpose\` to a review, as in ${example}, ${orFunction}`
            : `The learning section has no review of practice against the shared purpose. Add one, for example ${example}, ${orFunction}`,
        related: [{ span: purpose.keyword, message: "the shared purpose is stated here" }],
      });
      return;
    }
    context.report({
      span: purpose.keyword,
      message: `Nothing in the agreement reviews practice against this shared purpose. Add a learning section with a review such as ${example}, ${orFunction}`,
    });
  },
};
