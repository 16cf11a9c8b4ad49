import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { contractValue, relatedAt } from "./facts";
import { formatMoney } from "../../numbers";

export const turnoverProportionate: Rule = {
  code: "ALY910",
  name: "turnover-proportionate",
  title: "A minimum turnover is out of proportion to the contract's yearly value",
  severity: "info",
  grounds: "suggestion",
  topic: "Procurement routes and thresholds",
  basis: "inferred",
  why:
    "Financial tests for bidders should be in proportion to what is bought. A turnover bar far above the contract's yearly value shuts out the smaller, local and user-led organisations an alliance often needs.",
  rationale:
    "Examples and Tools asks for financial thresholds and risk criteria proportionate to what is commissioned, and names proportionality among the principles of fair procurement. " +
    "The limit is a multiple of the contract's yearly value, by default 2 (the setting `thresholds.<jurisdiction>.turnoverMultiple` changes it). " +
    "The Public Contracts Regulations 2015 capped a minimum yearly turnover at twice the contract value, unless justified, outside the light-touch regime; for light-touch contracts, and under the Procurement Act 2023, the multiple is this tool's default rather than the law.",
  guidance: [
    { id: "R9.10", ...source("ET", "What does this mean for procurement? (More you can do)", "Apply financial thresholds and risk criteria that are proportionate") },
    { id: "R9.10", ...source("ET", "What does this mean for procurement? (Principled working)", "Be proportionate, which means doing things in a necessary and appropriate manner") },
  ],
  appliesTo: ["specification", "tender"],
  example: {
    wrong: 'specification Support "Support for adults with complex needs" {\n  value £500,000 per year\n  minimum-turnover £5,000,000\n}\n',
    right: 'specification Support "Support for adults with complex needs" {\n  value £500,000 per year\n  minimum-turnover £750,000\n}\n',
  },
  check(context) {
    const clauses = context.model.clauses("MinimumTurnover");
    if (clauses.length === 0) return;
    const value = contractValue(context);
    if (!value) return;
    const multiple = Math.round(context.thresholds.turnoverMultiple.value);
    if (multiple <= 0) return;
    // Yearly value = minor / years; compare turnover * months > multiple * minor * 12 exactly.
    const months = value.perYear ? 12 : value.term?.months;
    if (!months) return;
    const yearly = Number((BigInt(value.minor) * 12n) / BigInt(months));
    for (const clause of clauses) {
      const amount = clause.amount;
      if (amount.error || amount.currency !== value.currency) continue;
      if (BigInt(amount.minor) * BigInt(months) <= BigInt(multiple) * BigInt(value.minor) * 12n) continue;
      context.report({
        span: amount.span,
        message: `A minimum turnover of ${formatMoney(amount.minor, amount.currency)} is more than ${multiple} times this contract's yearly value of ${formatMoney(yearly, value.currency)}. Lower it to what is proportionate, at most ${formatMoney(yearly * multiple, value.currency)}.`,
        related: [relatedAt(value.node.amount.span, value.uri, "the contract value")],
        data: { turnoverMinor: amount.minor, yearlyMinor: yearly, multiple, suggestedMinor: yearly * multiple },
      });
    }
  },
};
