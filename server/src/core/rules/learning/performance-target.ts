import { cite } from "../../guidance/sources";
import type { TargetDecl } from "../../tree";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { cap, measureLabel, performanceTies, tieOwner, tiesToPerformance } from "./measures";

export const performanceTarget: Rule = {
  code: "ALY801",
  name: "performance-target",
  title: "A measure is made a target, or tied to payment or sanctions",
  severity: "warning",
  topic: "Learning, data and measures",
  basis: "direct",
  rationale:
    "Once a measure becomes a target that money or penalties hang on, people put their effort into producing the number rather than the outcome (Goodhart's and Campbell's laws), and systems, not single organisations, produce outcomes anyway. Plymouth's alliance contract sets no outputs or outcomes: it relies on agreed principles and on adapting through shared learning (Lowe and Plimmer, Exploring the New World, 'Learning: funding and commissioning for learning' and 'Learning and accountability'; CCPS, Coping with Complexity, ch. 3). A target in a specification's `targets` block is reported when its wording ties it to payment, penalties or termination (a heuristic on the quoted text).",
  guidance: [
    { id: "R8.1", cite: cite("ENW", "Learning: funding and commissioning for learning, not services (Plymouth)") },
    { id: "R8.1", cite: cite("ENW", "Learning and accountability (Campbell's law, gaming)") },
    { id: "R8.1", cite: cite("CwC", "ch. 3, System change in social care funding (Goodhart's law)") },
  ],
  appliesTo: ["agreement", "specification"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Waiting "Days waiting for a first visit" used for target {\n      source "Case records"\n      sense-maker Board\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Waiting "Days waiting for a first visit" used for learning {\n      source "Case records"\n      sense-maker Board\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    for (const measure of context.model.measures()) {
      for (const tie of performanceTies(measure)) {
        if (tieOwner(measure, tie) !== "ALY801") continue;
        const label = measureLabel(measure);
        const message =
          tie.via === "target-detail"
            ? `${cap(label)} sets a \`target\`, which makes it a performance term that invites gaming. Remove the \`target\` and use the measure to learn from at the learning review`
            : tie.via === "linked-to"
              ? `${cap(label)} is linked to payment or penalties, which makes it a performance term that invites gaming. Remove that link, use the measure for \`learning\`, and keep payment apart from it`
              : tie.what === "target"
                ? `\`target\` makes ${label} a performance target, which invites gaming. Use it for \`learning\` and discuss it at the learning review instead`
                : tie.what === "payment"
                  ? `\`payment\` ties money to ${label}, which makes it a performance term that invites gaming. Use it for \`learning\` and keep payment apart from it`
                  : `\`sanction\` ties penalties to ${label}, which makes it a performance term that invites gaming. Use it for \`learning\` and deal with problems through the alliance's governance instead`;
        context.report({ span: tie.span, message, data: { measure: measure.name.name, tie: tie.what, via: tie.via } });
      }
    }
    for (const block of context.model.clauses("Targets")) {
      for (const target of itemsOf<TargetDecl>(block.items)) {
        if (!tiesToPerformance(target.text.value)) continue;
        context.report({
          span: target.name.span,
          message: `Target \`${target.name.name}\` ties payment, penalties or termination to a target, which makes it a performance term that invites gaming. Reword it as something the alliance learns from, or remove it`,
          data: { target: target.name.name, via: "targets" },
        });
      }
    }
  },
};
