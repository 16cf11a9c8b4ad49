import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { learningBlocks, reviewsOf } from "./measures";

export const learningReview: Rule = {
  code: "ALY808",
  name: "learning-review",
  title: "No learning cycle: the agreement does not say how often, and by which body, the alliance reviews what it learns",
  severity: "info",
  grounds: "absence",
  topic: "Learning, data and measures",
  basis: "direct",
  why:
    "An alliance adapts by learning, and learning needs a rhythm and a place: regular sessions where partners look at what happened against what was intended and change course together.",
  rationale:
    "Examples and Tools asks, at the design stage, who will make sense of the information and how often they will do so, and what networks " +
    "will sustain learning. A `review` in the learning section gives the cadence and the body. This is noted once, whether the agreement has " +
    "no learning section or a learning section with no review.",
  guidance: [
    { id: "R8.8", ...source("ET", "Example 1 and Example 2, design stage", "how often will they do so") },
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
        message: `This agreement does not say how the alliance learns together. Consider a learning section with a regular review, for example \`review quarterly by ${body} against purpose\`.`,
        data: { missing: "learning", body },
      });
      return;
    }
    if (reviewsOf(context.model).length > 0) return;
    context.report({
      span: blocks[0].keyword,
      message: `The learning section does not say how often, or where, the alliance reviews what it learns. Add a review, for example \`review quarterly by ${body} against purpose\`.`,
      data: { missing: "review", body },
    });
  },
};
