import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { ladderOf } from "./ladder";
import { formatMoney } from "../../numbers";

export const ladderStart: Rule = {
  code: "ALY603",
  name: "spend-ladder-start",
  title: "The spend ladder does not start at zero",
  severity: "warning",
  grounds: "departure",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  why: "Small everyday spend is where the people doing the work most need to act at once. A ladder that starts above zero leaves those amounts with no approver at all.",
  rationale:
    "A ladder should cover every amount from the first penny. In Future Pathways the co-ordinators sign off spend up to £1000 themselves, so the smallest amounts are the frontline's to decide (Coping with Complexity, ch. 6, Future Pathways); a ladder that begins above zero leaves them with nobody, or sends them back to whoever controlled them before. " +
    "A `spend` section with no bands at all says nothing about who approves spend, and is reported here too. The first band is the one that starts lowest, whatever order the bands are written in.",
  guidance: [{ id: "R6.2", ...FUTURE_PATHWAYS_FUND }],
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
        message: "The spend section lists no bands, so it does not say who approves any spend. Add bands from zero upwards, such as `up to £1,000 approved by Coordinator`.",
      });
      return;
    }
    if (!ladder.sound) return;
    const first = ladder.sorted[0];
    if (!first?.over || first.over.minor === 0) return;
    const start = formatMoney(first.over);
    const frontline = context.model.roles().find((r) => r.roleKind.word === "frontline");
    const who = frontline ? `approved by \`${frontline.name.name}\`` : "approved by a frontline role, such as a support co-ordinator";
    context.report({
      span: first.over.span,
      message: `Nothing approves spend up to ${start}: the first band starts over ${start}. Add a band up to ${start} before it, ${who}.`,
      data: { from: 0, to: first.over.minor, currency: first.over.currency },
    });
  },
};
