import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { isEmptyBand, ladderOf } from "./ladder";
import { formatMoney } from "../../numbers";

export const ladderOrder: Rule = {
  code: "ALY606",
  name: "spend-ladder-order",
  title: "A spend band holds no amount, such as `over £5,000 up to £1,000`",
  severity: "error",
  grounds: "contradiction",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  why: "A band whose upper amount is not above its lower one gives its approver nothing to approve, and usually hides a slip in one of the two amounts.",
  rationale:
    "Each band of a ladder covers the amounts above its lower figure and up to its upper one, as the Future Pathways fund splits spend at £1000 between co-ordinators and a panel (Coping with Complexity, ch. 6, Future Pathways). " +
    "A band such as `over £5,000 up to £1,000`, or `up to £0`, contradicts itself: no amount is in it. It is usually a slip in one of the amounts, and until it is put right the ladder's gaps and overlaps cannot be worked out.",
  guidance: [{ id: "R6.4", ...FUTURE_PATHWAYS_FUND }],
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
          message: `This band holds no amount: nothing is over ${formatMoney(band.over)} and also up to ${formatMoney(band.upTo)}. Make the upper amount larger than ${formatMoney(band.over)}.`,
        });
      } else {
        context.report({
          span: band.upTo.span,
          message: `A band up to ${formatMoney(band.upTo)} holds no amount. Give the largest amount this approver may sign off.`,
        });
      }
    }
  },
};
