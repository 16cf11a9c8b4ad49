import { cite } from "../../guidance/sources";
import type { RelatedLocation } from "../../problem";
import type { Rule } from "../rule";
import { collectiveRiskPrinciple, riskItemsOf } from "./shared";

export const collectiveRiskKept: Rule = {
  code: "ALY501",
  name: "collective-risk-kept",
  title: "A risk is given to one party although the parties share every risk collectively",
  severity: "error",
  topic: "Risk and reward",
  basis: "inferred",
  rationale:
    "Plymouth's first Alliance Principle has the participants take collective responsibility for all the risks of providing the services " +
    `(${cite("ENW", "Systems, Plymouth's principles (a)")}), and the Example 1 alliance likewise holds joint responsibility and risk for provision ` +
    `(${cite("ET", "Example 1: funder/commissioner led")}). An agreement that says so and then hands a particular risk, or its cost, to one ` +
    "party alone contradicts itself, and a court or an auditor will not know which clause to follow. The check recognises collective " +
    "responsibility from `responsibility collective` in the risk block, or from a principle named like `collective-risk` or whose wording " +
    "speaks of risk held collectively, jointly or shared.",
  guidance: [
    { id: "R5.1", cite: cite("ENW", "Systems, Plymouth's principles (a)") },
    { id: "G5.1", cite: cite("ET", "Example 1: funder/commissioner led") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      '  principles {\n    collective-risk "We take collective responsibility for every risk"\n  }\n' +
      '  risk {\n    responsibility collective\n    assign "clinical governance" to Livewell\n  }\n}\n',
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      '  principles {\n    collective-risk "We take collective responsibility for every risk"\n  }\n' +
      "  risk {\n    responsibility collective\n    pain share PCC 50%, Livewell 50%\n  }\n}\n",
  },
  check(context) {
    const principle = collectiveRiskPrinciple(context.model);
    const collective = riskItemsOf(context.model, "Responsibility").find((r) => r.value.word === "collective");
    let source: { what: string; related: RelatedLocation } | null = null;
    if (principle) {
      source = {
        what: `The principle \`${principle.name.name}\` makes every party responsible for every risk together`,
        related: { span: principle.name.span, message: `the principle \`${principle.name.name}\` declares collective responsibility for risk` },
      };
    } else if (collective) {
      source = {
        what: "The risk block makes every party responsible for every risk together (`responsibility collective`)",
        related: { span: collective.value.span, message: "collective responsibility for risk is declared here" },
      };
    }
    if (!source) return;
    for (const item of riskItemsOf(context.model, "Responsibility")) {
      if (item.value.word !== "separate") continue;
      context.report({
        span: item.value.span,
        message: `${source.what}, but this clause makes each party responsible for its own risks. Write \`responsibility collective\`, or change the principle if risk really is to be held separately`,
        related: [source.related],
        data: { replacement: "collective" },
      });
    }
    for (const assign of riskItemsOf(context.model, "Assign")) {
      context.report({
        span: assign.keyword,
        message:
          `${source.what}, but this clause gives "${assign.what.value}" to \`${assign.party.name}\` alone. Remove it and let the pain and gain ` +
          "shares carry the cost; if one party only leads that work for the alliance, say so in its role rather than giving it the risk",
        related: [source.related],
      });
    }
  },
};
