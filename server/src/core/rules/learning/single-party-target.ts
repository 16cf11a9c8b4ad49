import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { cap, detailOf, learningPrinciple, measureLabel, performanceTies, tieOwner, tieWords } from "./measures";

export const singlePartyTarget: Rule = {
  code: "ALY810",
  name: "single-party-target",
  title: "A target is pinned on one party instead of being shared by the alliance",
  severity: "info",
  grounds: "suggestion",
  topic: "Learning, data and measures",
  basis: "direct",
  why:
    "Outcomes come from the whole system, not one organisation, so the guidance looks for each party's contribution rather than pinning results on one. A target owned by one party is better shared by the alliance.",
  rationale:
    "Coping with Complexity describes a move from attribution to contribution, and Future Pathways uses shared metrics (I-ROC) to align its " +
    "partners' efforts. A measure owned by one party that carries a target is better made an alliance measure shared by all. Payment or " +
    "sanctions on one party's own measure has its own finding.",
  guidance: [
    { id: "R8.10", ...source("CwC", "ch. 3, System change in social care funding", "what was our role in the outcome being achieved") },
    { id: "R8.10", ...source("CwC", "ch. 6, Future Pathways", "The partnership uses shared metrics") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  body Board {\n    members all\n  }\n  learning {\n    measure Tenancies "Tenancies kept for a year" used for learning {\n      source "Housing records"\n      sense-maker Board\n      owner Shekinah\n      target "80% of tenancies kept"\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  body Board {\n    members all\n  }\n  learning {\n    measure Tenancies "Tenancies kept for a year" used for learning {\n      source "Housing records"\n      sense-maker Board\n      shared-by PCC, Shekinah\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    const principled = learningPrinciple(context.model) !== undefined;
    for (const measure of context.model.measures()) {
      const owner = detailOf(measure, "owner");
      const who = owner?.names[0];
      if (!owner || !who) continue;
      const tie = performanceTies(context.model, measure).find((t) => tieOwner(measure, t, principled) === "ALY810");
      if (!tie) continue;
      const label = measureLabel(measure);
      context.report({
        span: who.span,
        message: `${cap(label)} ${tieWords(tie)} and is owned by \`${who.name}\` alone, but outcomes come from the whole alliance. Consider removing \`owner ${who.name}\` and listing every party under \`shared-by\`.`,
        related: [{ span: tie.span, message: `${cap(label)} ${tieWords(tie)} here` }],
        data: { measure: measure.name.name, owner: who.name },
      });
    }
  },
};
