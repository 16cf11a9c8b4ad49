import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { bandText, joinsOf, ladderOf } from "./ladder";
import { formatMoney } from "../../numbers";

export const ladderGap: Rule = {
  code: "ALY601",
  name: "spend-ladder-gap",
  title: "Some amounts of spend fall between two bands, so nobody approves them",
  severity: "error",
  grounds: "contradiction",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  why: "Every amount of spend needs one approver. Amounts that fall between two bands have none, so a request for them waits with nobody able to say yes.",
  rationale:
    "The spend ladder says who may approve each amount, so its bands have to join up: where one band ends the next must begin. In the Future Pathways fund the co-ordinators' limit and the panel's start meet at £1000, and every amount has a home (Coping with Complexity, ch. 6, Future Pathways). " +
    "A ladder whose bands leave a range uncovered says, in effect, that nobody may approve those amounts, which is never what the parties meant. The bands are read from the smallest amounts up, whatever order they are written in.",
  guidance: [{ id: "R6.1", ...FUTURE_PATHWAYS_FUND }],
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
        message: `Nothing approves spend over ${from} up to ${to}. Start this band at \`over ${from}\`, or add a band for those amounts with its approver.`,
        related: [{ span: join.below.upTo?.span ?? join.below.keyword, message: `the band below, \`${bandText(join.below)}\`, ends at ${from}` }],
        data: { from: join.from, to: join.to, currency },
      });
    }
  },
};
