import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { learningPrinciple, measureLabel, performanceTies, tieOwner, tieWords } from "./measures";

export const targetAgainstPrinciple: Rule = {
  code: "ALY814",
  name: "target-against-learning-principle",
  title: "A measure is used as a target, or for payment or sanctions, although the principles say measures are for learning",
  severity: "error",
  grounds: "contradiction",
  topic: "Learning, data and measures",
  basis: "inferred",
  why:
    "The principles promise that the alliance's measures are for learning, not targets or judgement, yet this measure is used to steer or reward. The agreement contradicts itself, and people will not share honest figures that may be used against them.",
  rationale:
    "Plymouth's contract does not specify outputs or outcomes, relying instead on agreed principles and adapting through shared learning, " +
    "and Exploring the New World finds that narrow accountability for targets creates gaming of figures. When the agreement's own principles " +
    "say measures are used to learn rather than as targets (however that is worded), a measure used as a target, for payment or for " +
    "sanctions, given a `target`, or linked to payment or penalties contradicts them. A principle that only says measures are mainly for " +
    "learning is not read as ruling targets out.",
  guidance: [
    { id: "R8.1", ...source("ENW", "Learning: funding and commissioning for learning, not services (Plymouth)", "does not specify outputs or outcomes to be achieved") },
    { id: "R8.2", ...source("ENW", "Learning and accountability (Campbell's law, gaming)", "creating 'gaming' of figures") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  principles {\n    learning "We use our measures to learn, not as targets"\n  }\n  body Board {\n    members all\n  }\n' +
      '  learning {\n    measure Waiting "Days waiting for a first visit" used for target {\n      source "Case records"\n      sense-maker Board\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  principles {\n    learning "We use our measures to learn, not as targets"\n  }\n  body Board {\n    members all\n  }\n' +
      '  learning {\n    measure Waiting "Days waiting for a first visit" used for learning {\n      source "Case records"\n      sense-maker Board\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    const principle = learningPrinciple(context.model);
    if (!principle) return;
    for (const measure of context.model.measures()) {
      for (const tie of performanceTies(context.model, measure)) {
        if (tieOwner(measure, tie, true) !== "ALY814") continue;
        context.report({
          span: tie.span,
          message: `The principle \`${principle.name.name}\` says measures are for learning, not targets, but ${measureLabel(measure)} ${tieWords(tie)}. Use it for learning only, or reword the principle.`,
          related: [{ span: principle.name.span, message: `the principle \`${principle.name.name}\` says measures are for learning` }],
          data: { measure: measure.name.name, principle: principle.name.name, tie: tie.what, via: tie.via },
        });
      }
    }
  },
};
