import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { learningBlocks, wordsOf } from "./measures";

export const personDefinedMeasure: Rule = {
  code: "ALY804",
  name: "person-defined-measure",
  title: "No measure is defined by the people the alliance supports",
  severity: "info",
  grounds: "absence",
  topic: "Learning, data and measures",
  basis: "direct",
  why:
    "The guidance asks for measures of quality of life defined with people, in place of counts of activity. Without one, the alliance learns what it did, not whether people's lives improved in the ways they want.",
  rationale:
    "A Plymouth commissioner, quoted in Exploring the New World, described a plan to measure each person's progress towards the goals they " +
    "set, and to aggregate the share of people achieving a share of their goals, with no fixed outcomes for everyone. Coping with Complexity " +
    "asks commissioners to replace process measures with clear quality of life measures. A measure counts when it is `kind person-defined` " +
    "or `defined-by people`.",
  guidance: [
    { id: "R8.4", ...source("ENW", "Learning: using data to learn (Plymouth's self-assessed goals)", "this percentage of people that achieved this percentage of their goals") },
    { id: "R8.4", ...source("CwC", "ch. 4, Procurement: barrier or lever?", "clear quality of life measures") },
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
          ? "The learning section names no measures. Consider adding one that the people the alliance supports define for themselves, such as progress towards the goals they set."
          : "None of the measures is defined by the people the alliance supports. Consider adding one, such as progress towards the goals people set themselves.",
      data: { measures: measures.length },
    });
  },
};
