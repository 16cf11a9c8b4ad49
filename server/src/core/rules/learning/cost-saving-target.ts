import { source } from "../../guidance/sources";
import type { Span } from "../../tree";
import type { Rule } from "../rule";
import { USE_WORDS, cap, learningPrinciple, measureLabel, performanceTies, tieOwner, wordsOf } from "./measures";

export const costSavingTarget: Rule = {
  code: "ALY813",
  name: "cost-saving-target",
  title: "A cost-saving measure is used to steer the alliance",
  severity: "info",
  grounds: "suggestion",
  topic: "Learning, data and measures",
  basis: "direct",
  why:
    "Savings tend to follow from doing the right thing for people; making them the goal can undermine them. A cost-saving measure used to steer the alliance puts money first.",
  rationale:
    "People interviewed for Exploring the New World said that savings are a by-product of doing the right thing. One commissioner, " +
    "quoted there, advised against measuring a fall in unplanned care closely: \"If you look at it, it will all go [wrong]\". A measure of " +
    "`kind cost-saving` used as a target, for payment, for sanctions or for ranking, or given a `target`, makes savings the goal.",
  guidance: [
    { id: "R8.13", ...source("ENW", "What does this way of working achieve? (cost savings)", "saving money comes as a by-product of doing the right thing") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Savings "Fall in unplanned care costs" used for target {\n      source "Finance returns"\n      sense-maker Board\n      kind cost-saving\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Demand "Cost and demand over time" used for learning {\n      source "Finance returns"\n      sense-maker Board\n      kind cost\n      perspective sustainable\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    const principled = learningPrinciple(context.model) !== undefined;
    for (const measure of context.model.measures()) {
      const kind = wordsOf(measure, "kind").find((w) => w.word === "cost-saving");
      if (!kind) continue;
      // A tie the learning principle rules out, or on a measure also for learning, is reported as a contradiction instead.
      const ties = performanceTies(context.model, measure).filter((t) => tieOwner(measure, t, principled) === "ALY813");
      const steering: { span: Span; words: string }[] = [
        ...ties.map((t) => ({ span: t.span, words: t.via === "target-detail" ? "given a target" : t.via === "linked-to" ? "linked to payment or penalties" : `used ${USE_WORDS[t.what]}` })),
        ...(principled || measure.uses.some((u) => u.word === "learning") ? [] : measure.uses.filter((u) => u.word === "ranking").map((u) => ({ span: u.span, words: `used ${USE_WORDS[u.word]}` }))),
      ].sort((a, b) => a.span.start - b.span.start);
      if (steering.length === 0) continue;
      const label = measureLabel(measure);
      context.report({
        span: kind.span,
        message: `${cap(label)} measures savings and is ${steering[0].words}, which makes saving money the goal. Consider using it to learn from, or measuring cost and demand over time instead.`,
        related: steering.map((s) => ({ span: s.span, message: `${cap(label)} is ${s.words} here` })),
        data: { measure: measure.name.name },
      });
    }
  },
};
