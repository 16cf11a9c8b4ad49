import { principalBody } from "../governance/structure";
import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { ladderOf } from "./ladder";
import { showMoney } from "./money";

export const ladderTop: Rule = {
  code: "ALY604",
  name: "spend-ladder-top",
  title: "The spend ladder has an upper limit, so the largest amounts have no approver",
  severity: "error",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  rationale:
    "A ladder must say who approves any amount, however large, or the biggest and riskiest decisions are the ones nobody is authorised to take. In Future Pathways everything above the co-ordinators' limit goes to the panel, with no ceiling (Coping with Complexity, ch. 6, Future Pathways). End the ladder with an open band, `over` an amount, approved by a named body.",
  guidance: [{ id: "R6.2", cite: FUTURE_PATHWAYS_FUND }],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 up to £25,000 approved by Panel"]),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder || !ladder.sound || ladder.bands.length === 0) return;
    const last = ladder.bands[ladder.bands.length - 1];
    if (!last.upTo) return;
    const top = showMoney(last.upTo);
    const body = principalBody(context.model)?.name.name ?? "Board";
    context.report({
      span: last.upTo.span,
      message: `nothing approves spend over ${top}: the last band stops there. Add a top band with no upper limit, such as \`over ${top} approved by ${body}\``,
      data: { amount: last.upTo.minor, currency: last.upTo.currency, approver: body },
    });
  },
};
