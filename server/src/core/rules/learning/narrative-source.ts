import { cite } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { learningBlocks, wordsOf } from "./measures";

export const narrativeSource: Rule = {
  code: "ALY806",
  name: "narrative-source",
  title: "No narrative or qualitative source of learning is declared",
  severity: "info",
  topic: "Learning, data and measures",
  basis: "direct",
  rationale:
    "Numbers alone miss the detail of people's lives. Providers in Plymouth and Cornerstone found that narrative data, such as reading a case and calling the worker to ask how things are now, helps people learn well, so stories belong alongside the figures (Lowe and Plimmer, Exploring the New World, 'Using data to learn'). A measure of `kind narrative`, or `stories` in the `involvement` block, counts as a narrative source.",
  guidance: [{ id: "R8.6", cite: cite("ENW", "Learning: using data to learn (narrative data; Cornerstone, Plymouth)") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n      kind person-defined\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n      kind person-defined\n    }\n    measure Stories "What changed, in people\'s own words" used for learning {\n      source "Conversations with people and their workers"\n      sense-maker Board\n      kind narrative\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    const blocks = learningBlocks(context.model);
    const measures = context.model.measures();
    // With no measures at all, ALY804 already asks for some.
    if (blocks.length === 0 || measures.length === 0) return;
    if (measures.some((m) => wordsOf(m, "kind").some((w) => w.word === "narrative"))) return;
    const stories = context.model.clauses("Involvement").some((block) => itemsOf(block.items).some((i) => i.kind === "InvolvementText" && i.key === "stories"));
    if (stories) return;
    context.report({
      span: blocks[0].keyword,
      message:
        'No measure gathers people\'s stories or other narrative data. Add a measure with `kind narrative`, for example `measure Stories "What changed, in people\'s own words" used for learning`, or say how stories are gathered with `stories "…"` in the `involvement` block',
    });
  },
};
