import { source } from "../../guidance/sources";
import type { RelatedLocation } from "../../problem";
import type { Rule } from "../rule";
import { collectiveRiskPrinciple, riskItemsOf } from "./shared";

export const collectiveRiskKept: Rule = {
  code: "ALY501",
  name: "collective-risk-kept",
  title: "A risk is given to one party although the parties share every risk collectively",
  severity: "error",
  grounds: "contradiction",
  topic: "Risk and reward",
  basis: "inferred",
  why:
    "The agreement says the parties share every risk together, and then gives a risk, or its cost, to one party alone. A court or an auditor will not know which clause to follow.",
  rationale:
    "Plymouth's first Alliance Principle has the participants assume collective responsibility for all of the risks of providing the " +
    "services, and the Example 1 alliance shares joint responsibility and risk for provision. Collective responsibility is read from " +
    "`responsibility collective` or from a principle that says the parties hold risk together, however it is worded; `responsibility " +
    "separate` or `assign` then contradicts it.",
  guidance: [
    { id: "R5.1", ...source("ENW", "Systems, Plymouth's principles (a)", "assume collective responsibility for all of the risks") },
    { id: "G5.1", ...source("ET", "Example 1: funder/commissioner led", "share joint responsibility and risk for service provision") },
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
        what: "The risk section makes every party responsible for every risk together",
        related: { span: collective.value.span, message: "collective responsibility for risk is declared here" },
      };
    }
    if (!source) return;
    for (const item of riskItemsOf(context.model, "Responsibility")) {
      if (item.value.word !== "separate") continue;
      context.report({
        span: item.value.span,
        message: `${source.what}, but this clause makes each party responsible for its own risks. Make responsibility collective, or change the principle.`,
        related: [source.related],
        data: { replacement: "collective" },
      });
    }
    for (const assign of riskItemsOf(context.model, "Assign")) {
      context.report({
        span: assign.keyword,
        message: `${source.what}, but this clause gives "${assign.what.value}" to \`${assign.party.name}\` alone. Remove it and let the shares carry the cost.`,
        related: [source.related],
      });
    }
  },
};
