import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { andList, cap, detailOf, measureLabel, orList } from "./measures";

export const measureDetails: Rule = {
  code: "ALY803",
  name: "measure-details",
  title: "A measure does not say what it is for, where its data comes from, or who makes sense of it",
  severity: "info",
  grounds: "absence",
  topic: "Learning, data and measures",
  basis: "direct",
  why:
    "Data is worth collecting only if everyone knows why it is gathered, where it comes from and who makes sense of it. Reporting that nobody uses is a real burden on the people doing the work.",
  rationale:
    "Examples and Tools asks, at the design stage, what information needs collecting, how it will be analysed and who will make sense of " +
    "it. A Plymouth commissioner, quoted in Exploring the New World, said that outcome data central government requires would still be " +
    "collected but not used to performance manage. This is noted once for the agreement, naming each measure that leaves out what it is for, " +
    "where its data comes from or who makes sense of it.",
  guidance: [
    { id: "R8.3", ...source("ET", "Example 1 and Example 2, design stage: what data, who makes sense of it", "who will make sense of it") },
    { id: "R8.3", ...source("ENW", "Learning and accountability", "not going to performance manage those") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals"\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    const gaps = context.model.measures().flatMap((measure) => {
      const missing = [
        ...(measure.uses.length === 0 ? ["what it is used for"] : []),
        ...(!detailOf(measure, "source") ? ["where its data comes from"] : []),
        ...(!detailOf(measure, "sense-maker") ? ["who makes sense of it"] : []),
      ];
      return missing.length > 0 ? [{ measure, missing }] : [];
    });
    if (gaps.length === 0) return;
    const [first, ...rest] = gaps;
    context.report({
      span: first.measure.name.span,
      message:
        gaps.length === 1
          ? `${cap(measureLabel(first.measure))} does not say ${orList(first.missing)}. Say so with ${andList(first.missing.map((m) => (m.startsWith("what") ? "`used for`" : m.startsWith("where") ? "`source`" : "`sense-maker`")))}.`
          : `${gaps.length} measures do not say what they are for, where their data comes from or who makes sense of it, starting with \`${first.measure.name.name}\`. Say so with \`used for\`, \`source\` and \`sense-maker\`.`,
      related: rest.map((g) => ({ span: g.measure.name.span, message: `${cap(measureLabel(g.measure))} does not say ${orList(g.missing)}` })),
      data: {
        measure: first.measure.name.name,
        measures: gaps.map((g) => g.measure.name.name),
        missing: first.missing.map((m) => (m.startsWith("what") ? "used for" : m.startsWith("where") ? "source" : "sense-maker")),
      },
    });
  },
};
