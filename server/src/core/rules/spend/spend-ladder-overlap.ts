import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { bandText, joinsOf, ladderOf } from "./ladder";
import { formatMoney } from "../../numbers";

export const ladderOverlap: Rule = {
  code: "ALY602",
  name: "spend-ladder-overlap",
  title: "Some amounts of spend fall in two bands, so two approvers could sign them off",
  severity: "error",
  grounds: "contradiction",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  why: "When an amount falls in two bands, two approvers can each claim it, and the agreement no longer says who decides.",
  rationale:
    "Each amount has to belong to one band only, or two people (or a person and a panel) could each claim to approve it. In the Future Pathways fund £1000 itself is the co-ordinators' to sign off and only larger amounts go to the panel (Coping with Complexity, ch. 6, Future Pathways). " +
    "A band written `over £1,000` starts just above £1,000, so it meets a band `up to £1,000` without overlapping it. The bands are read from the smallest amounts up, whatever order they are written in.",
  guidance: [{ id: "R6.1", ...FUTURE_PATHWAYS_FUND }],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Coordinator", "over £500 approved by Panel"]),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder) return;
    for (const join of joinsOf(ladder)) {
      if (join.kind !== "overlap") continue;
      const band = join.band;
      const below = join.below;
      const currency = (band.over ?? band.upTo ?? below.upTo)!.currency;
      const range =
        join.from < 0
          ? `up to ${formatMoney(join.to ?? 0, currency)}`
          : `over ${formatMoney(join.from, currency)}${join.to === null ? "" : ` up to ${formatMoney(join.to, currency)}`}`;
      let fix: string;
      if (below.upTo === null && band.over && below.over && band.over.minor > below.over.minor) {
        fix = `End the band \`${bandText(below)}\` where this one starts, with \`up to ${formatMoney(join.from, currency)}\`.`;
      } else if (join.swallowed || below.upTo === null) {
        fix = `Every amount here is already in the band \`${bandText(below)}\`; remove one band or change their amounts.`;
      } else {
        const start = formatMoney(below.upTo.minor, currency);
        fix = band.over
          ? `Start this band where the band below ends, at \`over ${start}\`.`
          : `Start this band where the band below ends, as \`over ${start}${band.upTo ? ` up to ${formatMoney(band.upTo.minor, currency)}` : ""}\`.`;
      }
      context.report({
        span: band.over?.span ?? band.keyword,
        message: `Spend ${range} falls in two bands, with two approvers. ${fix}`,
        related: [{ span: below.upTo?.span ?? below.keyword, message: `the other band is \`${bandText(below)}\`` }],
        data: { from: Math.max(join.from, 0), to: join.to, currency, fromZero: join.from < 0, belowEnds: below.upTo?.minor ?? null },
      });
    }
  },
};
