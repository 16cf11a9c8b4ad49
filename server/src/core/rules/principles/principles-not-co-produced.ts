import { source } from "../../guidance/sources";
import type { Rule } from "../rule";

export const principlesCoproduced: Rule = {
  code: "ALY306",
  name: "principles-not-co-produced",
  title: "The principles do not say who they were written with",
  severity: "info",
  grounds: "absence",
  topic: "Principles, values and behaviours",
  basis: "direct",
  why:
    "Principles hold people to account best when those bound by them helped write them. Recording who they were written with shows whose commitments they are.",
  rationale:
    "In the worked models in Examples and Tools, the actors in the system, including the people it serves, co-produce the principles, values " +
    "and behaviours. Writing `principles co-produced with` and the parties or bodies who wrote them records that this happened. This is noted " +
    "once, and not when any principles section records it.",
  guidance: [
    { id: "R3.6", ...source("ET", "Example 1, Developing principles, values and behaviours", "co-produce a set of principles, values and behaviours") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  principles {\n    best-for-people "We decide on the basis of what is best for the people using services"\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  principles co-produced with PCC, Shekinah {\n    best-for-people "We decide on the basis of what is best for the people using services"\n  }\n}\n',
  },
  check(context) {
    const blocks = context.model.clauses("Principles");
    if (blocks.length === 0 || blocks.some((b) => b.coProducedWith && b.coProducedWith.length > 0)) return;
    const names = context.model.parties().slice(0, 3).map((p) => p.name.name);
    const example = names.length > 0 ? names.join(", ") : "Voices, PCC, Shekinah";
    context.report({
      span: blocks[0].keyword,
      message: `The principles do not say who wrote them. If they were written with the parties and the people the alliance serves, record it, for example \`principles co-produced with ${example}\`.`,
      data: { insertAfter: blocks[0].keyword.end },
    });
  },
};
