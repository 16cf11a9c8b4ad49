import { source } from "../../guidance/sources";
import { SCOTTISH_REGULATED_FROM, lawSource } from "../../law/tables";
import type { Rule } from "../rule";
import { contractValue, figureText, hasText, inPounds, regimeOf, relatedAt } from "./facts";
import { formatMoney } from "../../numbers";

export const directAwardCeiling: Rule = {
  code: "ALY902",
  name: "direct-award-ceiling",
  title: "A direct award above the light-touch threshold in force records its legal justification",
  severity: "error",
  grounds: "law",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  why:
    "Above the light-touch threshold a contract must be advertised unless one of the law's grounds for a direct award applies. A direct award above it with no recorded ground is open to challenge and may be set aside. Confirm the position with your legal adviser.",
  rationale:
    "The threshold is the one in force on the date the procurement starts (from `procurement starts`, else the term's start, else today), for the jurisdiction and the kind of service: " +
    "in England, Wales and Northern Ireland the Procurement Act 2023, Schedule 1 (£663,540 including VAT), with its direct-award grounds in Schedule 5, or the Public Contracts Regulations 2015 for procurements begun before 24 February 2025; " +
    "in Scotland the Public Contracts (Scotland) Regulations 2015, where the Procurement Reform (Scotland) Act 2014 lets a health or social care contract from £50,000 up to the threshold be awarded without seeking offers; a contract for other services, said so with `services other-light-touch`, is regulated from £50,000 (excluding VAT) and is judged against that figure. " +
    "Health care bought in England under the Provider Selection Regime has no value threshold and is not judged here. " +
    "The figures are dated in docs/guidance.md. The reports cite £589k (EUR 750,000), the 2016–17 figure, and Examples and Tools writes it as £750k; those are history, not the default. " +
    "A value in the document is compared as written, so write it including VAT for a figure that includes VAT. Record the ground relied on with `justification`, and confirm it with your legal adviser.",
  guidance: [
    lawSource("pa2023", "Schedule 1 (thresholds) and Schedule 5 (direct award)"),
    lawSource("pcr2015", "regulation 5 and regulations 74 to 76 (light-touch regime)"),
    lawSource("pcsr2015", "light-touch threshold"),
    lawSource("prsa2014", "section 3"),
    { id: "R9.2", ...source("CwC", "ch. 4, Procurement: barrier or lever? (Tools)", "direct awards of up to £589k") },
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'specification Support "Support for adults with complex needs" {\n  procurement starts 2026-04-01\n  value £2,000,000\n  route direct-award\n}\n',
    right:
      'specification Support "Support for adults with complex needs" {\n  procurement starts 2026-04-01\n  value £2,000,000\n  route light-touch\n  process {\n    step "Design conversations with providers" 8 weeks\n    step "Award" 2 weeks\n  }\n}\n',
  },
  check(context) {
    const routes = context.model.clauses("Route").filter((r) => r.value.word === "direct-award" && !hasText(r.justification) && !hasText(r.because));
    if (routes.length === 0) return;
    const regime = regimeOf(context);
    let ceiling = regime.directAwardCeiling;
    if (!ceiling) return;
    // In Scotland only health and social care may be awarded without seeking offers below the light-touch
    // threshold; other services stated as such are regulated from £50,000.
    if (regime.regime === "pcsr2015" && !ceiling.fromSettings && regime.services.length > 0 && regime.services.every((s) => s === "other-light-touch")) {
      ceiling = SCOTTISH_REGULATED_FROM;
    }
    const value = contractValue(context);
    if (!value || !inPounds(value.currency) || value.totalMinor <= ceiling.minor) return;
    const worth = !value.perYear ? formatMoney(value.totalMinor) : value.totalIsOneYear ? `${formatMoney(value.minor)} a year` : `${formatMoney(value.totalMinor)} over its term`;
    for (const route of routes) {
      context.report({
        span: route.value.span,
        message: `This direct award is worth ${worth}, above the ${ceiling === SCOTTISH_REGULATED_FROM ? "regulated-contract threshold" : "light-touch threshold"} of ${figureText(ceiling)}. Advertise the contract, or record the legal ground with \`justification\`.`,
        related: [relatedAt(value.node.amount.span, value.uri, "the contract value")],
        data: { valueMinor: value.totalMinor, ceilingMinor: ceiling.minor, law: ceiling.law },
      });
    }
  },
};
