import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { CONFLICTS_WITH_LEARNING, cap, measureLabel, performanceTies, tieOwner, useOf } from "./measures";

const CONFLICT_WORDS: Record<string, string> = {
  payment: "ties money to it",
  sanction: "ties penalties to it",
  ranking: "uses it to rank providers",
  target: "makes it a target",
};

export const learningMeasureTied: Rule = {
  code: "ALY802",
  name: "learning-measure-tied",
  title: "A measure for learning is also used for payment, sanctions, ranking or as a target",
  severity: "error",
  topic: "Learning, data and measures",
  basis: "inferred",
  rationale:
    "A measure cannot serve both learning and judgement: people share honest data, including failures, only when the figures will not be used to pay, punish or rank them. Target-driven performance management breeds gaming (Lowe and Plimmer, Exploring the New World, 'Learning and accountability'; CCPS, Coping with Complexity, ch. 3, on Goodhart's law), so a measure declared for learning and also tied to reward or sanction contradicts itself. A `linked-to` description that names payment or penalties counts as a tie (a heuristic on the quoted text).",
  guidance: [
    { id: "R8.2", cite: cite("ENW", "Learning and accountability (Campbell's law, gaming)") },
    { id: "R8.2", cite: cite("CwC", "ch. 3, System change in social care funding (Goodhart's law)") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning, payment {\n      source "Support plans"\n      sense-maker Board\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    for (const measure of context.model.measures()) {
      const learning = useOf(measure, "learning");
      if (!learning) continue;
      const label = measureLabel(measure);
      const related = [{ span: learning.span, message: `${cap(label)} is declared for learning here` }];
      for (const use of measure.uses) {
        if (!CONFLICTS_WITH_LEARNING.includes(use.word)) continue;
        context.report({
          span: use.span,
          message: `${cap(label)} is for \`learning\`, but \`${use.word}\` ${CONFLICT_WORDS[use.word]}. People will not share honest data that is used to judge them: remove \`${use.word}\`, or declare a separate measure for it`,
          related,
          data: { measure: measure.name.name, use: use.word },
        });
      }
      for (const tie of performanceTies(measure)) {
        if (tie.via !== "linked-to" || tieOwner(measure, tie) !== "ALY802") continue;
        context.report({
          span: tie.span,
          message: `${cap(label)} is for \`learning\`, but its \`linked-to\` ties it to payment or penalties. People will not share honest data that is used to judge them: remove that link, or declare a separate measure for it`,
          related,
          data: { measure: measure.name.name, use: "linked-to" },
        });
      }
    }
  },
};
