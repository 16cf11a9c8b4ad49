import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { detail, whereDetailGoes } from "./helpers";

export const contributionMissing: Rule = {
  code: "ALY104",
  name: "contribution-missing",
  title: "A party does not say what it contributes to the alliance and its purpose",
  severity: "warning",
  topic: "Parties and membership",
  basis: "direct",
  rationale:
    "Each member should be able to say how its own work fits with the others' to achieve the shared purpose (Exploring the New World, Systems: System Stewards). Contributions, in kind more than in money, are often uneven between partners, and unspoken imbalances wear partnerships down (Collaborative Providers, Section 1 and the Index: Delivery). Writing each party's contribution down, in money, staff, premises or other support, lets the partners see and discuss the balance.",
  guidance: [
    { id: "R1.5", cite: cite("CP", "Section 1, Collaboration in practice, and Part 2, the Collaborative Providers Index: Delivery") },
    { id: "R2.5", cite: cite("ENW", "Systems: System Stewards") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council" {\n      contributes "Pooled budget and commissioning staff"\n    }\n    Shekinah provider "Shekinah"\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council" {\n      contributes "Pooled budget and commissioning staff"\n    }\n    Shekinah provider "Shekinah" {\n      contributes "Street outreach team and day centre"\n    }\n  }\n}\n',
  },
  check(context) {
    for (const party of context.model.parties()) {
      if (detail(party, "contributes")) continue;
      context.report({
        span: party.name.span,
        message: `\`${party.name.name}\` does not say what it brings to the alliance or how its work serves the shared purpose: ${whereDetailGoes(party, '`contributes "…"`, naming its money, staff, premises or other support')}`,
        data: { party: party.name.name, missing: "contributes" },
      });
    }
  },
};
