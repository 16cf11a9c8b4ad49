import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { contractValue, describeMonths, formatMoney, isOverridden, relatedAt, settingName } from "./facts";

export const turnoverProportionate: Rule = {
  code: "ALY910",
  name: "turnover-proportionate",
  title: "A minimum turnover is out of proportion to the contract's yearly value",
  severity: "info",
  topic: "Procurement routes and thresholds",
  basis: "inferred",
  rationale:
    "Financial thresholds and risk criteria should be in proportion to what is being commissioned (Exploring the New World, Examples and Tools, What does this mean for procurement?, More you can do), " +
    "and proportionality is one of the principles of fair procurement (same report, Principled working). A turnover bar far above the contract's yearly value shuts out the smaller, local and user-led organisations an alliance often needs. " +
    "The limit is a multiple of the yearly value, by default 2; that multiple is this tool's choice rather than a figure from the reports or the law, and can be changed per jurisdiction in settings.",
  guidance: [
    { id: "R9.10", cite: cite("ET", "What does this mean for procurement? (More you can do): proportionate financial thresholds and risk criteria") },
    { id: "R9.10", cite: cite("ET", "What does this mean for procurement? (Principled working): proportionality") },
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
    const figure = context.thresholds.turnoverMultiple;
    const multiple = Math.round(figure.value);
    if (multiple <= 0) return;
    // Yearly value = minor / years; compare turnover * months > multiple * minor * 12 exactly.
    const months = value.perYear ? 12 : value.term?.months;
    if (!months) return;
    const yearly = Number((BigInt(value.minor) * 12n) / BigInt(months));
    const setting = `\`${settingName(context, "turnoverMultiple")}\``;
    const note = isOverridden(figure)
      ? `${multiple} times is the multiple set in your settings (${setting}).`
      : `${multiple} times the yearly value is this tool's default, not a legal figure; change it with ${setting} in alliance.config.json or the editor settings.`;
    for (const clause of clauses) {
      const amount = clause.amount;
      if (amount.error || amount.currency !== value.currency) continue;
      if (BigInt(amount.minor) * BigInt(months) <= BigInt(multiple) * BigInt(value.minor) * 12n) continue;
      const yearlyText = value.perYear
        ? `yearly value of ${formatMoney(yearly, value.currency)}`
        : `yearly value of ${formatMoney(yearly, value.currency)} (${formatMoney(value.minor, value.currency)} over ${describeMonths(months)})`;
      context.report({
        span: amount.span,
        message:
          `A minimum turnover of ${formatMoney(amount.minor, amount.currency)} is more than ${multiple} times this contract's ${yearlyText}. ` +
          `A bar higher than the contract needs shuts out smaller, local and user-led organisations: lower it to what is proportionate, at most ${formatMoney(yearly * multiple, value.currency)}. ${note}`,
        related: [relatedAt(value.node.amount.span, value.uri, "the contract value")],
        data: { turnoverMinor: amount.minor, yearlyMinor: yearly, multiple, suggestedMinor: yearly * multiple },
      });
    }
  },
};
