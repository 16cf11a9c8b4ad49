import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { bandText, isEmptyBand, ladderOf } from "./ladder";
import { showMoney } from "./money";

export const ladderOrder: Rule = {
  code: "ALY606",
  name: "spend-ladder-order",
  title: "A spend band is empty, or the bands are not written from the smallest amount up",
  severity: "error",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  rationale:
    "A ladder is read from the bottom up: each band starts where the one before it ends, and its upper amount is above its lower one. A band such as `over £5,000 up to £1,000` holds no amount at all, and bands written out of order hide gaps and overlaps from the reader (resting on the Future Pathways ladder in Coping with Complexity, ch. 6).",
  guidance: [{ id: "R6.4", cite: FUTURE_PATHWAYS_FUND }],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Coordinator", "over £5,000 up to £1,000 approved by Panel"]),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder) return;
    for (const band of ladder.bands) {
      if (!isEmptyBand(band) || !band.upTo || band.upTo.error || band.over?.error) continue;
      if (band.over) {
        if (band.over.currency !== band.upTo.currency) continue;
        context.report({
          span: band.upTo.span,
          message: `this band is empty: no amount is over ${showMoney(band.over)} and also up to ${showMoney(band.upTo)}. Make the upper amount larger than ${showMoney(band.over)}`,
        });
      } else {
        context.report({
          span: band.upTo.span,
          message: `a band up to ${showMoney(band.upTo)} approves nothing; give the largest amount this approver may sign off`,
        });
      }
    }
    if (ladder.odd.length > 0 || ladder.unreadable) return;
    for (const { band, before } of ladder.outOfOrder) {
      context.report({
        span: band.over?.span ?? band.keyword,
        message: `this band belongs before \`${bandText(before)}\`: write the bands in order, from the smallest amounts to the largest`,
        related: [{ span: before.over?.span ?? before.keyword, message: `\`${bandText(before)}\` is written before it` }],
      });
    }
  },
};
