import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { andList, cap, detailOf, measureLabel, orList } from "./measures";

export const measureDetails: Rule = {
  code: "ALY803",
  name: "measure-details",
  title: "A measure does not say what it is for, where its data comes from, or who makes sense of it",
  severity: "warning",
  topic: "Learning, data and measures",
  basis: "direct",
  rationale:
    "Data is only worth collecting if everyone knows why it is gathered (learning, a statutory return, or safety and regulation), where it comes from and who makes sense of it. The guidance asks for these to be settled at the design stage (Exploring the New World, Examples and Tools, Example 1 and Example 2, the design stage), and notes that outcome data government requires can still be collected to learn from rather than to manage performance (Lowe and Plimmer, Exploring the New World, 'Learning and accountability'). Reporting that no one uses is a real burden: a third of respondents to Blagrave's Listening for Change survey said over 30% of their resources went on managing funding contracts. The forum that reviews the measures is checked by ALY808.",
  guidance: [
    { id: "R8.3", cite: cite("ET", "Example 1 and Example 2, design stage: what data, who makes sense of it") },
    { id: "R8.3", cite: cite("ENW", "Learning and accountability") },
    { id: "F19", cite: cite("ENW", "Blagrave Trust case study (Listening for Change survey)") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals"\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    const example = context.model.bodies()[0]?.name.name ?? "Board";
    for (const measure of context.model.measures()) {
      const noUse = measure.uses.length === 0;
      const noSource = !detailOf(measure, "source");
      const noSenseMaker = !detailOf(measure, "sense-maker");
      if (!noUse && !noSource && !noSenseMaker) continue;
      const missing = [
        ...(noUse ? ["what it is used for"] : []),
        ...(noSource ? ["where its data comes from"] : []),
        ...(noSenseMaker ? ["who makes sense of it"] : []),
      ];
      const fixes: string[] = [];
      if (noUse) fixes.push("write `used for learning`, `used for statutory-return` or `used for safety` after its title");
      const adds = [...(noSource ? ['`source "…"`'] : []), ...(noSenseMaker ? [`\`sense-maker ${example}\` (or whichever body, party or role makes sense of the data)`] : [])];
      if (adds.length > 0) fixes.push(`add ${andList(adds)} ${measure.open ? "to its block" : "in a block after its title"}`);
      context.report({
        span: measure.name.span,
        message: `${cap(measureLabel(measure))} does not say ${orList(missing)}: ${fixes.join(", and ")}`,
        data: {
          measure: measure.name.name,
          missing: [...(noUse ? ["used for"] : []), ...(noSource ? ["source"] : []), ...(noSenseMaker ? ["sense-maker"] : [])],
        },
      });
    }
  },
};
