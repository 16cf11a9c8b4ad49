import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { learningBlocks, wordsOf } from "./measures";

export const personDefinedMeasure: Rule = {
  code: "ALY804",
  name: "person-defined-measure",
  title: "No measure is defined by the people the alliance supports",
  severity: "warning",
  topic: "Learning, data and measures",
  basis: "direct",
  rationale:
    "The guidance asks for quality-of-life measures defined with people in place of counts of activity. Plymouth reports, across everyone, how many people reached how many of the goals they set themselves, with no fixed outcomes for all; Gateshead's first question is whether support helps a person lead the life that matters to them (Lowe and Plimmer, Exploring the New World, 'Using data to learn'; CCPS, Coping with Complexity, ch. 4 and ch. 6). A measure counts here when it is `kind person-defined` or `defined-by people`. A `learning` block with no measures at all is reported here too.",
  guidance: [
    { id: "R8.4", cite: cite("ENW", "Learning: using data to learn (Plymouth's self-assessed goals; Gateshead)") },
    { id: "R8.4", cite: cite("CwC", "ch. 4 and ch. 6: replace hours and hourly rates with quality-of-life measures") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Visits "Visits made" used for learning {\n      source "Case records"\n      sense-maker Board\n      kind count\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving the goals they set themselves" used for learning {\n      source "Support plans"\n      sense-maker Board\n      kind person-defined\n      defined-by people\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    const blocks = learningBlocks(context.model);
    if (blocks.length === 0) return;
    const measures = context.model.measures();
    const personDefined = measures.some(
      (m) => wordsOf(m, "kind").some((w) => w.word === "person-defined") || wordsOf(m, "defined-by").some((w) => w.word === "people"),
    );
    if (personDefined) return;
    context.report({
      span: blocks[0].keyword,
      message:
        measures.length === 0
          ? 'The `learning` block declares no measures. Add at least one that the people the alliance supports define for themselves, for example `measure Goals "People achieving the goals they set" used for learning` with `kind person-defined` and `defined-by people` in its block'
          : "None of the measures is defined by the people the alliance supports. Add one that people define for themselves, such as progress towards the goals they set, and give it `kind person-defined` and `defined-by people`",
      data: { measures: measures.length },
    });
  },
};
