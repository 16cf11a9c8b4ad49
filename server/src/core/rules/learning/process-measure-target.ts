import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { PROCESS_KIND_WORDS, cap, learningPrinciple, measureLabel, performanceTies, processKind, tieOwner, tieWords } from "./measures";

export const processMeasureTarget: Rule = {
  code: "ALY807",
  name: "process-measure-target",
  title: "Hours, hourly rates, contacts or time-and-task are used as a target or for payment",
  severity: "warning",
  grounds: "departure",
  topic: "Learning, data and measures",
  basis: "direct",
  why:
    "Paying for or targeting hours, hourly rates, contacts or time and task buys activity, not better lives. The guidance asks for such process measures to give way to quality of life measures defined with people.",
  rationale:
    "Coping with Complexity asks commissioners to move from process measures, such as the number of hours or hourly rates, to clear " +
    "measures of quality of life, and notes that maintenance outcomes get overlooked amid pressure to show progress.",
  guidance: [
    { id: "R8.7", ...source("CwC", "ch. 4, Procurement: barrier or lever?", "replace process measures (number of hours, hourly rates)") },
    { id: "R8.7", ...source("CwC", "ch. 6, Contracting for culture change", "outcomes being overlooked") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Hours "Hours of support delivered" used for payment {\n      source "Timesheets"\n      sense-maker Board\n      kind hours\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Hours "Hours of support delivered" used for statutory-return {\n      source "Timesheets"\n      sense-maker Board\n      kind hours\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    const principled = learningPrinciple(context.model) !== undefined;
    for (const measure of context.model.measures()) {
      const kind = processKind(measure);
      if (!kind) continue;
      for (const tie of performanceTies(context.model, measure)) {
        if (tieOwner(measure, tie, principled) !== "ALY807") continue;
        context.report({
          span: tie.span,
          message: `${cap(measureLabel(measure))} counts ${PROCESS_KIND_WORDS[kind.word]} and ${tieWords(tie)}, which rewards activity rather than better lives. Use it to learn from, and steer by quality of life measures instead.`,
          related: [{ span: kind.span, message: `${cap(measureLabel(measure))} is a process measure: \`kind ${kind.word}\`` }],
          data: { measure: measure.name.name, kind: kind.word, tie: tie.what, via: tie.via },
        });
      }
    }
  },
};
