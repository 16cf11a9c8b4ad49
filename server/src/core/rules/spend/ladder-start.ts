import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { ladderOf } from "./ladder";
import { showMoney } from "./money";

export const ladderStart: Rule = {
  code: "ALY603",
  name: "spend-ladder-start",
  title: "The spend ladder does not start at zero",
  severity: "error",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  rationale:
    "A ladder must cover every amount from the first penny, or small everyday spend, which is where frontline discretion matters most, has no approver at all. Future Pathways' ladder begins at zero with the co-ordinator's own limit (Coping with Complexity, ch. 6, Future Pathways).",
  guidance: [{ id: "R6.2", cite: FUTURE_PATHWAYS_FUND }],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["over £1,000 approved by Panel"]),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder || ladder.unreadable) return;
    if (ladder.bands.length === 0) {
      context.report({
        span: ladder.spend.keyword,
        message: "the `spend` block has no bands, so it does not say who approves any spend. Add bands from zero upwards, for example `up to £1,000 approved by Coordinator`",
      });
      return;
    }
    if (!ladder.sound) return;
    const first = ladder.bands[0];
    if (!first.over || first.over.minor === 0) return;
    const start = showMoney(first.over);
    context.report({
      span: first.over.span,
      message: `nothing approves spend up to ${start}: the first band starts over ${start}. Add a band \`up to ${start}\` before it, with its approver`,
      data: { from: 0, to: first.over.minor, currency: first.over.currency },
    });
  },
};
