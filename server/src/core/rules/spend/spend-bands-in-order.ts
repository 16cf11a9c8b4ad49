import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { bandText, ladderOf } from "./ladder";

export const ladderSequence: Rule = {
  code: "ALY613",
  name: "spend-bands-in-order",
  title: "The spend bands are not written from the smallest amounts up",
  severity: "info",
  grounds: "suggestion",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  why: "A ladder is read from the bottom up. Bands written out of order still say who approves what, but a reader has to sort them to see where one approver's authority ends.",
  rationale:
    "The Future Pathways fund is described from the bottom up: co-ordinators sign off spend up to £1000, and larger amounts go to a panel (Coping with Complexity, ch. 6, Future Pathways). " +
    "Bands written out of order mean the same, and the other ladder checks read them sorted, but a reader checking the ladder by eye can miss a gap or an overlap, so it is worth writing them in order.",
  guidance: [{ id: "R6.4", ...FUTURE_PATHWAYS_FUND }],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["over £1,000 approved by Panel", "up to £1,000 approved by Coordinator"]),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder || ladder.odd.length > 0 || ladder.unreadable) return;
    // One finding for the ladder: the first band written out of place.
    for (const { band, before } of ladder.outOfOrder.slice(0, 1)) {
      context.report({
        span: band.over?.span ?? band.keyword,
        message: `This band belongs before \`${bandText(before)}\`. Write the bands in order, from the smallest amounts to the largest.`,
        related: [{ span: before.over?.span ?? before.keyword, message: `\`${bandText(before)}\` is written before it` }],
      });
    }
  },
};
