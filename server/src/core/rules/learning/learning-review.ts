import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { learningBlocks, reviewsOf } from "./measures";

export const learningReview: Rule = {
  code: "ALY808",
  name: "learning-review",
  title: "No learning cycle: the agreement does not say how often, and by which body, the alliance reviews what it learns",
  severity: "warning",
  topic: "Learning, data and measures",
  basis: "direct",
  rationale:
    "An alliance adapts by learning, and learning needs a rhythm and a place: regular sessions where partners look at what happened against what was intended, feel safe to discuss mistakes, and redesign together. The guidance asks for the cadence, the participants and the forum to be settled at the design stage, and ties the forum to governance (Exploring the New World, Examples and Tools, Example 1 design stage; Lowe and Plimmer, Exploring the New World, 'Creating a learning culture'). This rule also reports an agreement with no `learning` block at all.",
  guidance: [
    { id: "R8.8", cite: cite("ET", "Example 1 and Example 2, design stage: what networks and cadence will sustain learning") },
    { id: "R8.8", cite: cite("ENW", "Learning: creating a learning culture (Learning Communities)") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n    }\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n    }\n    review quarterly by Board against purpose\n  }\n}\n',
  },
  check(context) {
    const blocks = learningBlocks(context.model);
    const body = context.model.bodies()[0]?.name.name ?? "Board";
    if (blocks.length === 0) {
      context.report({
        span: context.document.name?.span ?? context.document.keyword ?? context.document.span,
        message: `This agreement does not say how the alliance learns. Add a \`learning\` block with its measures and a review, for example \`review quarterly by ${body} against purpose\``,
        data: { missing: "learning", body },
      });
      return;
    }
    if (reviewsOf(context.model).length > 0) return;
    context.report({
      span: blocks[0].keyword,
      message: `The \`learning\` block does not say how often, or by which body, the alliance reviews what it learns. Add a review, for example \`review quarterly by ${body} against purpose\``,
      data: { missing: "review", body },
    });
  },
};
