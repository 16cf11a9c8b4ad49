import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { detail, nameList, poolingParties } from "./helpers";

export const contributionMissing: Rule = {
  code: "ALY104",
  name: "contribution-missing",
  title: "A party does not say what it contributes to the alliance and its purpose",
  severity: "info",
  grounds: "absence",
  topic: "Parties and membership",
  basis: "inferred",
  why: "Each partner should be able to say how its work adds to the shared purpose, and what partners bring is often uneven. Writing every party's contribution down lets the partners see the balance and talk about it.",
  rationale:
    "Exploring the New World suggests that partners building a shared purpose ask how each person and organisation contributes to it (Examples and Tools, Developing the model, Establishing shared purpose). Collaborative Providers notes that partners' contributions, many of them in kind, are often uneven (Section 1, Collaboration in practice; Part 2, the Index, Delivery). Where an agreement records what most parties contribute, a party left without one reads as a gap; where it records it for only a few, or none, the agreement has left contributions to another document (providers, for instance, bring the services the agreement describes), and nothing is reported. A party named in the pooled value (`value … pooled by`) has said what it brings in money. Reported once per agreement, listing every party concerned.",
  guidance: [
    { id: "R1.5", ...source("CP", "Part 2, the Collaborative Providers Index: Delivery", "Uneven contribution across partners not uncommon") },
    { id: "R2.5", ...source("ET", "Developing the model, Establishing shared purpose", "How does each person and organisation contribute to this shared purpose?") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council" {\n      contributes "Pooled budget and commissioning staff"\n    }\n    Harbour provider "Harbourside Recovery Trust" {\n      contributes "Two recovery workers and a drop-in centre"\n    }\n    Shekinah provider "Shekinah"\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council" {\n      contributes "Pooled budget and commissioning staff"\n    }\n    Harbour provider "Harbourside Recovery Trust" {\n      contributes "Two recovery workers and a drop-in centre"\n    }\n    Shekinah provider "Shekinah" {\n      contributes "Street outreach team and day centre"\n    }\n  }\n}\n',
  },
  check(context) {
    const parties = context.model.parties();
    const pooling = poolingParties(context.model);
    const silent = parties.filter((p) => !detail(p, "contributes") && !pooling.has(p.name.name));
    // Only where most parties say what they bring does one that does not read as a gap.
    if (silent.length === 0 || silent.length * 2 >= parties.length) return;
    const names = silent.map((p) => p.name.name);
    context.report({
      span: silent[0].name.span,
      message: `${silent.length === 1 ? "One party does" : `${silent.length} parties do`} not say what ${silent.length === 1 ? "it brings" : "they bring"} to the alliance, unlike most of the others: ${nameList(names)}. Add \`contributes\` to ${silent.length === 1 ? "it" : "each"}, naming its money, staff, premises or other support.`,
      related: silent.slice(1).map((p) => ({ span: p.name.span, message: `\`${p.name.name}\` does not say what it contributes` })),
      data: { parties: names, missing: "contributes" },
    });
  },
};
