import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { cap, detailOf, measureLabel, performanceTies, tieWords } from "./measures";

export const singlePartyTarget: Rule = {
  code: "ALY810",
  name: "single-party-target",
  title: "A target is pinned on one party instead of being shared by the alliance",
  severity: "info",
  topic: "Learning, data and measures",
  basis: "direct",
  rationale:
    "Outcomes are produced by the whole system, not by one organisation, so the guidance looks for each party's contribution rather than attributing results to one of them (CCPS, Coping with Complexity, ch. 3; Lowe and Plimmer, Exploring the New World, 'Learning and accountability'). Future Pathways keeps its partners aligned with one shared measure, I-ROC (CCPS, Coping with Complexity, ch. 6, Future Pathways). A measure `owner`ed by one party that carries a target or payment is better made an alliance-level measure shared by all.",
  guidance: [
    { id: "R8.10", cite: cite("CwC", "ch. 3, System change in social care funding (contribution, not attribution)") },
    { id: "R8.10", cite: cite("CwC", "ch. 6, Future Pathways (the shared I-ROC measure)") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  body Board {\n    members all\n  }\n  learning {\n    measure Tenancies "Tenancies kept for a year" used for learning {\n      source "Housing records"\n      sense-maker Board\n      owner Shekinah\n      target "80% of tenancies kept"\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  body Board {\n    members all\n  }\n  learning {\n    measure Tenancies "Tenancies kept for a year" used for learning {\n      source "Housing records"\n      sense-maker Board\n      shared-by PCC, Shekinah\n    }\n    review quarterly by Board\n  }\n}\n',
  },
  check(context) {
    for (const measure of context.model.measures()) {
      const owner = detailOf(measure, "owner");
      const who = owner?.names[0];
      if (!owner || !who) continue;
      const tie = performanceTies(measure)[0];
      if (!tie) continue;
      const label = measureLabel(measure);
      context.report({
        span: who.span,
        message: `${cap(label)} ${tieWords(tie)} and is owned by \`${who.name}\` alone, but outcomes come from the whole alliance. Consider making it a shared alliance measure: replace \`owner ${who.name}\` with \`shared-by\` and every party`,
        related: [{ span: tie.span, message: `${cap(label)} ${tieWords(tie)} here` }],
        data: { measure: measure.name.name, owner: who.name },
      });
    }
  },
};
