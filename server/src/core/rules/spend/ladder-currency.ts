import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { ladderOf } from "./ladder";
import { currencyMark, currencyName } from "./money";

export const ladderCurrency: Rule = {
  code: "ALY605",
  name: "spend-ladder-currency",
  title: "The spend ladder mixes currencies",
  severity: "error",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  rationale:
    "Bands can only be compared, and checked for gaps and overlaps, when they are written in one currency; a limit in euros next to one in pounds moves with the exchange rate and leaves the boundary between approvers unclear (resting on the Future Pathways ladder in Coping with Complexity, ch. 6).",
  guidance: [{ id: "R6.4", cite: FUTURE_PATHWAYS_FUND }],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Coordinator", "over €1,000 approved by Panel"]),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder || !ladder.currency) return;
    const main = ladder.currency;
    for (const money of ladder.odd) {
      if (money.error) continue;
      context.report({
        span: money.span,
        message: `this amount is in ${currencyName(money.currency)}, but the rest of the ladder is in ${currencyName(main)}; write every band in ${currencyName(main)} (\`${currencyMark(main)}\`)`,
        data: { currency: money.currency, expected: main },
      });
    }
  },
};
