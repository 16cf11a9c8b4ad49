import { principalBody } from "../governance/structure";
import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { ladderOf } from "./ladder";
import { formatMoney } from "../../numbers";

export const ladderTop: Rule = {
  code: "ALY604",
  name: "spend-ladder-top",
  title: "The spend ladder stops at an upper amount, so it does not say who approves anything larger",
  severity: "info",
  grounds: "suggestion",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  why: "If larger spend can happen, the ladder should say who approves it; otherwise the biggest requests are the ones nobody is authorised to decide. If the limit is a deliberate cap on the fund, this can be left as it is.",
  rationale:
    "A ladder that ends with `up to` an amount says nothing about larger requests. In Future Pathways spend above the co-ordinators' £1000 goes to a panel (Coping with Complexity, ch. 6, Future Pathways); the report does not say whether the panel's authority has a ceiling. " +
    "An upper limit may be deliberate, a cap on what the fund will spend, so this is a suggestion: if larger spend is possible, end the ladder with an open band, `over` an amount, approved by a named body. The last band is the one that reaches highest, whatever order the bands are written in.",
  guidance: [{ id: "R6.2", ...FUTURE_PATHWAYS_FUND }],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 up to £25,000 approved by Panel"]),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder || !ladder.sound || ladder.sorted.length === 0) return;
    // A band with no upper limit anywhere in the ladder covers the largest amounts.
    if (ladder.sorted.some((b) => !b.upTo)) return;
    const last = ladder.sorted.reduce((top, b) => (b.upTo!.minor > top.upTo!.minor ? b : top));
    if (!last.upTo) return;
    const top = formatMoney(last.upTo);
    const body = principalBody(context.model)?.name.name ?? "Board";
    context.report({
      span: last.upTo.span,
      message: `Nothing approves spend over ${top}: the last band stops there. If larger spend may be made, add a top band with no upper limit, such as \`over ${top} approved by ${body}\`.`,
      data: { amount: last.upTo.minor, currency: last.upTo.currency, approver: body },
    });
  },
};
