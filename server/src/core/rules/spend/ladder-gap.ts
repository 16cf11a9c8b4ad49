import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { bandText, joinsOf, ladderOf } from "./ladder";
import { formatMoney } from "./money";

export const ladderGap: Rule = {
  code: "ALY601",
  name: "spend-ladder-gap",
  title: "Some amounts of spend fall between two bands, so nobody approves them",
  severity: "error",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  rationale:
    "The spend ladder says who may approve each amount. Between one band's upper amount and the next band's lower amount there must be nothing left over, or a request for that amount has no approver and waits. Future Pathways shows the pattern: co-ordinators approve up to £1000 and everything above £1000 goes to a panel, so every amount has exactly one home (Coping with Complexity, ch. 6, Future Pathways).",
  guidance: [{ id: "R6.1", cite: FUTURE_PATHWAYS_FUND }],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Coordinator", "over £1,500 approved by Panel"]),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder) return;
    for (const join of joinsOf(ladder)) {
      if (join.kind !== "gap" || !join.band.over || join.to === null) continue;
      const currency = join.band.over.currency;
      const from = formatMoney(join.from, currency);
      const to = formatMoney(join.to, currency);
      context.report({
        span: join.band.over.span,
        message: `nothing approves spend over ${from} up to ${to}. Start this band at \`over ${from}\`, or add a band \`over ${from} up to ${to}\` with its approver`,
        related: [{ span: join.below.upTo?.span ?? join.below.keyword, message: `the band below, \`${bandText(join.below)}\`, ends at ${from}` }],
        data: { from: join.from, to: join.to, currency },
      });
    }
  },
};
