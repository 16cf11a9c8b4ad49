import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";

export const principlesCoproduced: Rule = {
  code: "ALY306",
  name: "principles-not-co-produced",
  title: "The principles do not say who they were written with",
  severity: "info",
  topic: "Principles, values and behaviours",
  basis: "direct",
  rationale:
    "Principles, values and behaviours hold people to account only if the people bound by them helped write them: in the worked models the actors in the system, including the people it serves, co-produce them (Exploring the New World, The process of change: Developing principles, values and behaviours; Examples and Tools, Example 1). Recording who they were written with, as `principles co-produced with …`, shows whose commitments they are.",
  guidance: [
    { id: "R3.6", cite: cite("ENW", "How change happens: Developing principles, values and behaviours") },
    { id: "R3.6", cite: cite("ET", "Example 1, Developing principles, values and behaviours") },
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
      message: `The principles do not say who wrote them. If they were written with the parties and the people the alliance serves, record it after \`principles\`, for example \`principles co-produced with ${example} {\``,
      data: { insertAfter: blocks[0].keyword.end },
    });
  },
};
