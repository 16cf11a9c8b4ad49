import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { THRESHOLD_SOURCES, contractValue, describeValue, formatMoney, moneyThresholdNote, relatedAt, sameCurrency } from "./facts";

export const directAwardCeiling: Rule = {
  code: "ALY902",
  name: "direct-award-ceiling",
  title: "A direct award is for a contract worth more than the direct-award ceiling",
  severity: "warning",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  rationale:
    "In health and social care a contract can be awarded directly, without a tender, only up to a ceiling; above it a tendered route such as the light-touch regime applies (CCPS, Coping with Complexity programme notes, ch. 4, Tools). " +
    "A direct award above the ceiling invites legal challenge. " +
    THRESHOLD_SOURCES,
  guidance: [
    { id: "R9.2", cite: cite("CwC", "ch. 4, Procurement: barrier or lever? (Tools): direct awards up to £589k (EUR 750,000)") },
    { id: "R9.2", cite: cite("ET", "What does this mean for procurement? (2015 Public Contracts Regulations): the \"£750k\" threshold") },
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'specification Support "Support for adults with complex needs" {\n  value £2,000,000\n  route direct-award\n}\n',
    right: 'specification Support "Support for adults with complex needs" {\n  value £2,000,000\n  route light-touch\n  process {\n    step "Design conversations with providers" 8 weeks\n    step "Award" 2 weeks\n  }\n}\n',
  },
  check(context) {
    const routes = context.model.clauses("Route").filter((r) => r.value.word === "direct-award");
    if (routes.length === 0) return;
    const value = contractValue(context);
    const ceiling = context.thresholds.directAwardCeiling;
    if (!value || !sameCurrency(ceiling, value.currency)) return;
    if (value.totalMinor <= ceiling.value) return;
    const limit = formatMoney(ceiling.value, ceiling.currency ?? "GBP");
    for (const route of routes) {
      context.report({
        span: route.value.span,
        message:
          `A direct award, without a tender, is for contracts worth up to ${limit}, and this contract is ${describeValue(value)}. ` +
          `Choose a tendered route such as \`light-touch\`, or agree with your legal adviser why a direct award is allowed here. ${moneyThresholdNote(context, "directAwardCeiling")}`,
        related: [relatedAt(value.node.amount.span, value.uri, "the contract value")],
        data: { valueMinor: value.totalMinor, ceilingMinor: ceiling.value },
      });
    }
  },
};
