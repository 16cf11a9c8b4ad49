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
  grounds: "unreadable",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  why: "A limit in euros next to one in pounds moves with the exchange rate, so nobody can say where one approver's authority ends and the next begins.",
  rationale:
    "A ladder of approvers, like the Future Pathways fund's £1000 line between co-ordinators and panel (Coping with Complexity, ch. 6, Future Pathways), only works when every band is written in one currency. Bands in two currencies cannot be compared, or checked for gaps and overlaps, and the boundary between approvers shifts with the exchange rate. The currency most amounts use is taken as the ladder's own.",
  guidance: [{ id: "R6.4", ...FUTURE_PATHWAYS_FUND }],
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
        message: `This amount is in ${currencyName(money.currency)}, but the rest of the ladder is in ${currencyName(main)}. Write every band in ${currencyName(main)} (\`${currencyMark(main)}\`).`,
        data: { currency: money.currency, expected: main },
      });
    }
  },
};
