import { source } from "../../guidance/sources";
import type { RelatedLocation } from "../../problem";
import type { ReviewNode, WordNode } from "../../tree";
import type { Rule } from "../rule";
import { allocatesResources, reviewsOf } from "./measures";

export const learningApartFromMoney: Rule = {
  code: "ALY811",
  name: "learning-apart-from-money",
  title: "Every learning review is held by a body that also allocates resources",
  severity: "info",
  grounds: "suggestion",
  topic: "Learning, data and measures",
  basis: "direct",
  why:
    "People share mistakes and doubts more readily when the conversation is not also about who gets the money. Keeping learning apart from resource decisions builds that trust.",
  rationale:
    "In Plymouth and Bristol they found that separating conversations about resources from conversations about learning seems to create the " +
    "trust that lets people share authentically. At least one learning review held by a body whose `functions` do not include " +
    "`allocate-resources` keeps them apart.",
  guidance: [{ id: "R8.11", ...source("ENW", "Learning: creating a learning culture (Plymouth, Bristol)", "conversations about resources are separated from conversations about learning") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n    functions allocate-resources, oversee-delivery\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n    functions allocate-resources, oversee-delivery\n  }\n  body Forum "Learning Forum" {\n    members all\n    functions capture-information, test-purpose\n    reports to Board\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Forum\n    }\n    review quarterly by Forum\n  }\n}\n',
  },
  check(context) {
    const held: { review: ReviewNode; allocates: WordNode | undefined }[] = [];
    for (const review of reviewsOf(context.model)) {
      const body = context.model.body(review.by.name);
      // An undeclared body is ALY010's to report.
      if (!body) continue;
      held.push({ review, allocates: allocatesResources(body) });
    }
    if (held.length === 0 || held.some((h) => !h.allocates)) return;
    const first = held[0].review;
    const related: RelatedLocation[] = [];
    const seen = new Set<string>();
    for (const h of held) {
      if (seen.has(h.review.by.name) || !h.allocates) continue;
      seen.add(h.review.by.name);
      related.push({ span: h.allocates.span, message: `\`${h.review.by.name}\` allocates resources here` });
    }
    const bodies = [...seen];
    context.report({
      span: first.by.span,
      message: `${bodies.length === 1 ? `\`${bodies[0]}\` holds ${held.length === 1 ? "the learning review" : "the learning reviews"} and also allocates resources` : "Every body that holds a learning review also allocates resources"}, mixing learning with money. Consider holding a review in a learning forum that does not allocate resources.`,
      related,
      data: { bodies },
    });
  },
};
