import { cite } from "../../guidance/sources";
import { CHOICES } from "../../vocabulary";
import type { Rule } from "../rule";
import { andList, learningBlocks, orList, wordsOf } from "./measures";

const QUESTIONS: Record<string, string> = {
  effective: "is support helping people lead the lives they want?",
  efficient: "how easy is it for staff to do the right thing?",
  sustainable: "what does it cost the whole system over time?",
};

export const perspectives: Rule = {
  code: "ALY805",
  name: "measure-perspectives",
  title: "The measures do not cover the effective, efficient and sustainable perspectives",
  severity: "info",
  topic: "Learning, data and measures",
  basis: "direct",
  rationale:
    "Gateshead's measures ask three questions: is support effective for the people using it, is it efficient for the staff and volunteers doing the work, and is it sustainable for the system's resources. A set of measures that answers only one of them gives a lopsided picture (Lowe and Plimmer, Exploring the New World, 'Using data to learn', Gateshead). Each measure's `perspective` says which question it answers.",
  guidance: [{ id: "R8.5", cite: cite("ENW", "Learning: using data to learn (Gateshead's three questions)") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n      perspective effective\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n      perspective effective\n    }\n    measure Handoffs "Handoffs between services" used for learning {\n      source "Case records"\n      sense-maker Board\n      perspective efficient\n    }\n    measure Demand "Cost and demand over time" used for learning {\n      source "Finance returns"\n      sense-maker Board\n      perspective sustainable\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    const blocks = learningBlocks(context.model);
    const measures = context.model.measures();
    // With no measures at all, ALY804 already asks for some.
    if (blocks.length === 0 || measures.length === 0) return;
    const covered = new Set(measures.flatMap((m) => wordsOf(m, "perspective").map((w) => w.word)));
    const missing = CHOICES.measurePerspective.filter((p) => !covered.has(p));
    if (missing.length === 0) return;
    context.report({
      span: blocks[0].keyword,
      message: `No measure looks at whether the alliance is ${orList(missing)}. Add ${missing.length === 1 ? "a measure" : "measures"} with ${andList(missing.map((p) => `\`perspective ${p}\` (${QUESTIONS[p]})`))}`,
      data: { missing },
    });
  },
};
