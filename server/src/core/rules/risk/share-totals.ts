import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { SHARE_OF, formatPercent, riskItemsOf } from "./shared";

const WHOLE = 100000;

export const shareTotals: Rule = {
  code: "ALY503",
  name: "share-totals",
  title: "A pain, gain or budget share does not add up to exactly 100%, or lists a party twice",
  severity: "error",
  topic: "Risk and reward",
  basis: "inferred",
  rationale:
    "When the parties carry risk together (" + cite("ENW", "Systems, Plymouth's principles (a)") + "), the shares say how an overspend, a " +
    "saving or the budget itself is divided. Shares that add up to less than 100% leave part of it with nobody; more than 100% divides out " +
    "more than there is; a party listed twice, or given more than the whole, makes the division unreadable. Percentages are added exactly, " +
    "to a thousandth of a percent, so 33.333% three times is 99.999%, not 100%.",
  guidance: [
    { id: "R5.3", cite: cite("ENW", "Systems, Plymouth's principles (a)") },
    { id: "G5.1", cite: cite("ENW", "Plymouth case study") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      "  risk {\n    pain share PCC 50%, Livewell 45%\n  }\n}\n",
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      "  risk {\n    pain share PCC 50%, Livewell 50%\n  }\n}\n",
  },
  check(context) {
    for (const share of riskItemsOf(context.model, "Share")) {
      const of = SHARE_OF[share.which];
      const seen = new Map<string, (typeof share.entries)[number]>();
      let readable = true;
      let overWhole = false;
      let total = 0;
      for (const entry of share.entries) {
        const first = seen.get(entry.party.name);
        if (first) {
          context.report({
            span: entry.party.span,
            message: `\`${entry.party.name}\` is already in this ${share.which} share. Give each party one percentage: combine the two into one entry`,
            related: [{ span: first.party.span, message: `\`${entry.party.name}\` is first listed here` }],
          });
        } else {
          seen.set(entry.party.name, entry);
        }
        // An unreadable percentage is reported as a syntax problem; the total cannot be known.
        if (entry.percent.error) {
          readable = false;
          continue;
        }
        total += entry.percent.thousandths;
        if (entry.percent.thousandths > WHOLE) {
          overWhole = true;
          context.report({
            span: entry.percent.span,
            message: `${formatPercent(entry.percent.thousandths)} is more than the whole: no party can take more than 100% of ${of}. Give \`${entry.party.name}\` its part as a percentage of at most 100%`,
          });
        }
      }
      if (!readable || overWhole || total === WHOLE) continue;
      const difference = formatPercent(Math.abs(WHOLE - total));
      context.report({
        span: share.keyword,
        message:
          total < WHOLE
            ? `The ${share.which} share adds up to ${formatPercent(total)}, not 100%, so ${difference} of ${of} is carried by no one. Change the percentages so they add up to exactly 100%`
            : `The ${share.which} share adds up to ${formatPercent(total)}, not 100%, so ${difference} more than ${of} is shared out. Change the percentages so they add up to exactly 100%`,
        // Thousandths of a percent: 100% is 100000. `shortBy` is negative when the share adds up to more than 100%.
        data: { total, shortBy: WHOLE - total },
      });
    }
  },
};
