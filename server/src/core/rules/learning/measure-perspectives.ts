import { source } from "../../guidance/sources";
import { CHOICES } from "../../vocabulary";
import type { Rule } from "../rule";
import { andList, learningBlocks, orList, wordsOf } from "./measures";

const QUESTIONS: Record<string, string> = {
  effective: "whether people's lives improve",
  efficient: "how easy the work is for staff",
  sustainable: "the cost over time",
};

export const perspectives: Rule = {
  code: "ALY805",
  name: "measure-perspectives",
  title: "The measures do not cover the effective, efficient and sustainable perspectives",
  severity: "info",
  grounds: "absence",
  topic: "Learning, data and measures",
  basis: "direct",
  why:
    "Gateshead's measures ask whether support is effective for the people using it, efficient for the staff doing the work, and sustainable for the system's resources. Measures that answer only one question give a lopsided picture.",
  rationale:
    "Gateshead's public service reform draws on measures from several perspectives: effective (for citizens), efficient (for employees and " +
    "volunteers) and sustainable (for system resources). Each measure's `perspective` says which question it answers. When some measures " +
    "name a perspective, the ones no measure covers are noted once.",
  guidance: [{ id: "R8.5", ...source("ENW", "Learning: using data to learn (Gateshead's three questions)", "drawing on measures from multiple perspectives") }],
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
    // Perspectives are one way of looking at measures: only a set that uses them is asked to cover all three.
    if (covered.size === 0) return;
    const missing = CHOICES.measurePerspective.filter((p) => !covered.has(p));
    if (missing.length === 0) return;
    context.report({
      span: blocks[0].keyword,
      message: `No measure asks whether the alliance is ${orList(missing)}. Consider measuring ${andList(missing.map((p) => QUESTIONS[p]))}.`,
      data: { missing },
    });
  },
};
