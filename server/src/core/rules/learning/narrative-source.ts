import { source } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { detailsOf, learningBlocks, wordsOf } from "./measures";

export const narrativeSource: Rule = {
  code: "ALY806",
  name: "narrative-source",
  title: "No narrative or qualitative source of learning is declared",
  severity: "info",
  grounds: "absence",
  topic: "Learning, data and measures",
  basis: "direct",
  why:
    "Numbers alone miss the detail of people's lives. Stories and other narrative data help the alliance understand what lies behind the figures and learn from it.",
  rationale:
    "Exploring the New World reports providers finding narrative data helpful for understanding the nuance of cases; the charity Cornerstone " +
    "explores people's stories to improve support; and in Plymouth they found stories create a more rounded picture of the people served. " +
    "A measure of `kind narrative`, a measure whose title or source speaks of stories or conversations, or `stories` in the " +
    "involvement section, counts.",
  guidance: [
    { id: "R8.6", ...source("ENW", "Learning: using data to learn (narrative data)", "using narrative data is helpful for understanding the nuance of cases") },
    { id: "R8.6", ...source("ENW", "Learning: using data to learn (Plymouth)", "stories create a much more rounded picture") },
  ],
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
    // A measure whose title or source already says it gathers stories or conversations says the same.
    const NARRATIVE = /\b(stor(y|ies)|narratives?|own words|conversations?|case stud(y|ies)|interviews?|accounts of|testimon(y|ies)|recovery star)\b/i;
    if (measures.some((m) => NARRATIVE.test(m.title?.value ?? "") || detailsOf(m, "source").some((d) => NARRATIVE.test(d.text?.value ?? "")))) return;
    const stories = context.model.clauses("Involvement").some((block) => itemsOf(block.items).some((i) => i.kind === "InvolvementText" && i.key === "stories"));
    if (stories) return;
    context.report({
      span: blocks[0].keyword,
      message: "No measure gathers people's stories or other narrative data. Consider a measure of what changed in people's own words, or saying how stories are gathered.",
    });
  },
};
