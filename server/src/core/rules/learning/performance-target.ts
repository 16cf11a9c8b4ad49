import { source } from "../../guidance/sources";
import type { TargetDecl } from "../../tree";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { cap, learningPrinciple, measureLabel, performanceTies, tieOwner, tiesToPerformance } from "./measures";

export const performanceTarget: Rule = {
  code: "ALY801",
  name: "performance-target",
  title: "A measure is made a target, or tied to payment or sanctions",
  severity: "warning",
  grounds: "departure",
  topic: "Learning, data and measures",
  basis: "direct",
  why:
    "Once money or penalties hang on a measure, people work to produce the number rather than the outcome. Plymouth's contract sets no outputs or outcomes and relies on agreed principles and shared learning instead.",
  rationale:
    "Goodhart's law, as Coping with Complexity puts it, is that a measure made a target ceases to be a good measure; Exploring the New World " +
    "finds that narrow accountability for targets creates gaming of figures, and that Plymouth's contract does not specify outputs or " +
    "outcomes. A measure used as a target, for payment or for sanctions, given a `target`, or linked to payment or penalties, is reported. " +
    "In a specification's `targets` list, a target whose wording ties it to payment, penalties or termination is reported.",
  guidance: [
    { id: "R8.1", ...source("ENW", "Learning: funding and commissioning for learning, not services (Plymouth)", "does not specify outputs or outcomes to be achieved") },
    { id: "R8.1", ...source("ENW", "Learning and accountability (Campbell's law, gaming)", "creating 'gaming' of figures") },
    { id: "R8.1", ...source("CwC", "ch. 3, System change in social care funding (Goodhart's law)", "When a measure becomes a target, it ceases to be a good measure") },
  ],
  appliesTo: ["agreement", "specification"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Waiting "Days waiting for a first visit" used for target {\n      source "Case records"\n      sense-maker Board\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Waiting "Days waiting for a first visit" used for learning {\n      source "Case records"\n      sense-maker Board\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    const principled = learningPrinciple(context.model) !== undefined;
    for (const measure of context.model.measures()) {
      for (const tie of performanceTies(context.model, measure)) {
        if (tieOwner(measure, tie, principled) !== "ALY801") continue;
        const label = measureLabel(measure);
        const message =
          tie.via === "target-detail"
            ? `${cap(label)} sets a target, which invites people to chase the number. Remove the target and learn from the measure at the learning review.`
            : tie.via === "linked-to"
              ? `${cap(label)} is linked to payment or penalties, which invites people to chase the number. Remove that link and use the measure for learning.`
              : tie.what === "target"
                ? `${cap(label)} is used as a target, which invites people to chase the number. Use it for learning and discuss it at the learning review.`
                : tie.what === "payment"
                  ? `${cap(label)} is used for payment, which invites people to chase the number. Use it for learning and keep payment apart from it.`
                  : `${cap(label)} is used for sanctions, which invites people to chase the number. Use it for learning and deal with problems through the alliance's governance.`;
        context.report({ span: tie.span, message, data: { measure: measure.name.name, tie: tie.what, via: tie.via } });
      }
    }
    for (const block of context.model.clauses("Targets")) {
      for (const target of itemsOf<TargetDecl>(block.items)) {
        if (!tiesToPerformance(target.text.value)) continue;
        context.report({
          span: target.name.span,
          message: `Target \`${target.name.name}\` ties payment, penalties or termination to a target, which invites people to chase the number. Reword it as something the alliance learns from, or remove it.`,
          data: { target: target.name.name, via: "targets" },
        });
      }
    }
  },
};
