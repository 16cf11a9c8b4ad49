import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { CONFLICTS_WITH_LEARNING, cap, learningPrinciple, measureLabel, performanceTies, tieOwner, useOf } from "./measures";

const CONFLICT_WORDS: Record<string, string> = {
  payment: "is used for payment",
  sanction: "is used for sanctions",
  ranking: "is used to rank providers",
  target: "is used as a target",
};

export const learningMeasureTied: Rule = {
  code: "ALY802",
  name: "learning-measure-tied",
  title: "A measure for learning is also used for payment, sanctions, ranking or as a target",
  severity: "error",
  grounds: "contradiction",
  topic: "Learning, data and measures",
  basis: "inferred",
  why:
    "A measure cannot serve both learning and judgement. People share honest figures, failures included, when the figures will not be used to pay, punish or rank them; a measure said to be for learning and tied to those contradicts itself.",
  rationale:
    "Exploring the New World finds that narrow accountability for targets creates gaming of figures, and Coping with Complexity cites " +
    "Goodhart's law. A measure that says it is `used for learning` and is also used for payment, sanctions, ranking or as a target, or whose " +
    "`linked-to` wording names payment or penalties, contradicts itself.",
  guidance: [
    { id: "R8.2", ...source("ENW", "Learning and accountability (Campbell's law, gaming)", "creating 'gaming' of figures") },
    { id: "R8.2", ...source("CwC", "ch. 3, System change in social care funding (Goodhart's law)", "When a measure becomes a target, it ceases to be a good measure") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning, payment {\n      source "Support plans"\n      sense-maker Board\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    const principled = learningPrinciple(context.model) !== undefined;
    for (const measure of context.model.measures()) {
      const learning = useOf(measure, "learning");
      if (!learning) continue;
      const label = measureLabel(measure);
      const related = [{ span: learning.span, message: `${cap(label)} is for learning here` }];
      for (const use of measure.uses) {
        if (!CONFLICTS_WITH_LEARNING.includes(use.word)) continue;
        // A tie the agreement's learning principle rules out is reported as a contradiction of that principle.
        if (principled && use.word !== "ranking") continue;
        context.report({
          span: use.span,
          message: `${cap(label)} is for learning, but it ${CONFLICT_WORDS[use.word]}, and people will not share honest figures used to judge them. Remove \`${use.word}\`, or use a separate measure.`,
          related,
          data: { measure: measure.name.name, use: use.word },
        });
      }
      for (const tie of performanceTies(context.model, measure)) {
        if (tie.via !== "linked-to" || tieOwner(measure, tie, principled) !== "ALY802") continue;
        context.report({
          span: tie.span,
          message: `${cap(label)} is for learning, but it is linked to payment or penalties, and people will not share honest figures used to judge them. Remove that link.`,
          related,
          data: { measure: measure.name.name, use: "linked-to" },
        });
      }
    }
  },
};
