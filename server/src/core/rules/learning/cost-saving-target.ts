import { cite } from "../../guidance/sources";
import type { Span } from "../../tree";
import type { Rule } from "../rule";
import { USE_WORDS, cap, detailsOf, measureLabel, wordsOf } from "./measures";

/** Uses that steer by a measure: a target, money, penalties or a league table. */
const STEERING_USES = ["target", "payment", "sanction", "ranking"];

export const costSavingTarget: Rule = {
  code: "ALY813",
  name: "cost-saving-target",
  title: "A cost-saving measure is used to steer the alliance",
  severity: "info",
  topic: "Learning, data and measures",
  basis: "direct",
  rationale:
    "Savings follow from doing the right thing for people; staring at them undermines them. One commissioner who saw big falls in unplanned care advised against measuring it closely, because watching it would make it go wrong (Lowe and Plimmer, Exploring the New World, 'What does this way of working achieve?', cost savings). A measure of `kind cost-saving` used as a target, for payment, for sanctions or for ranking, or given a `target`, makes savings the goal.",
  guidance: [
    { id: "R8.13", cite: cite("ENW", "What does this way of working achieve? (cost savings)") },
    { id: "F10", cite: cite("ENW", "What does this way of working achieve? (cost savings)") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Savings "Fall in unplanned care costs" used for target {\n      source "Finance returns"\n      sense-maker Board\n      kind cost-saving\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Demand "Cost and demand over time" used for learning {\n      source "Finance returns"\n      sense-maker Board\n      kind cost\n      perspective sustainable\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    for (const measure of context.model.measures()) {
      const kind = wordsOf(measure, "kind").find((w) => w.word === "cost-saving");
      if (!kind) continue;
      const steering: { span: Span; words: string }[] = [
        ...measure.uses.filter((u) => STEERING_USES.includes(u.word)).map((u) => ({ span: u.span, words: `used ${USE_WORDS[u.word]}` })),
        ...detailsOf(measure, "target").map((d) => ({ span: d.keyword, words: "given a `target`" })),
      ];
      if (steering.length === 0) continue;
      const label = measureLabel(measure);
      context.report({
        span: kind.span,
        message: `${cap(label)} measures savings and is ${steering[0].words}, which makes saving money the goal. Savings follow from doing the right thing for people: use it for \`learning\` only, or measure cost and demand over time with \`kind cost\` and \`perspective sustainable\``,
        related: steering.map((s) => ({ span: s.span, message: `${cap(label)} is ${s.words} here` })),
        data: { measure: measure.name.name },
      });
    }
  },
};
