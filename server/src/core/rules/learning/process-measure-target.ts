import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { PROCESS_KIND_WORDS, cap, measureLabel, performanceTies, processKind, tieOwner, tieWords } from "./measures";

export const processMeasureTarget: Rule = {
  code: "ALY807",
  name: "process-measure-target",
  title: "Hours, hourly rates, contacts or time-and-task are used as a target or for payment",
  severity: "warning",
  topic: "Learning, data and measures",
  basis: "direct",
  rationale:
    "Paying for or targeting hours, hourly rates, contacts or time and task buys activity, not a better life, and keeps the focus on process. The guidance asks commissioners to replace such process measures with quality-of-life measures defined with people, and warns that individual and maintenance outcomes get lost under pressure to show progress (CCPS, Coping with Complexity, ch. 4 and ch. 6).",
  guidance: [
    { id: "R8.7", cite: cite("CwC", "ch. 4, Procurement: barrier or lever? (replace hours and hourly rates with quality-of-life measures)") },
    { id: "R8.7", cite: cite("CwC", "ch. 6, Contracting for culture change (maintenance outcomes)") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Hours "Hours of support delivered" used for payment {\n      source "Timesheets"\n      sense-maker Board\n      kind hours\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Hours "Hours of support delivered" used for statutory-return {\n      source "Timesheets"\n      sense-maker Board\n      kind hours\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    for (const measure of context.model.measures()) {
      const kind = processKind(measure);
      if (!kind) continue;
      for (const tie of performanceTies(measure)) {
        if (tieOwner(measure, tie) !== "ALY807") continue;
        context.report({
          span: tie.span,
          message: `${cap(measureLabel(measure))} counts ${PROCESS_KIND_WORDS[kind.word]} and ${tieWords(tie)}, which rewards activity rather than better lives. Make it a measure the alliance learns from, and use a quality-of-life measure defined with people instead`,
          related: [{ span: kind.span, message: `${cap(measureLabel(measure))} is a process measure: \`kind ${kind.word}\`` }],
          data: { measure: measure.name.name, kind: kind.word, tie: tie.what, via: tie.via },
        });
      }
    }
  },
};
