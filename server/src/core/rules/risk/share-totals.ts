import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { SHARE_OF, riskItemsOf } from "./shared";
import { formatPercent } from "../../numbers";

const WHOLE = 100000;

export const shareTotals: Rule = {
  code: "ALY503",
  name: "share-totals",
  title: "A pain, gain or budget share does not add up to exactly 100%, or lists a party twice",
  severity: "error",
  grounds: "contradiction",
  topic: "Risk and reward",
  basis: "inferred",
  why:
    "The shares say how an overspend, a saving or the budget is divided. Shares under 100% leave part with nobody; over 100% divide out more than there is; a party listed twice cannot be read.",
  rationale:
    "When the parties carry risk together, as Plymouth's first principle has them do, the shares say how it is divided. Percentages are added " +
    "exactly, to a thousandth of a per cent, so 33.333% three times is 99.999%, not 100%.",
  guidance: [{ id: "R5.1", ...source("ENW", "Systems, Plymouth's principles (a)", "assume collective responsibility for all of the risks") }],
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
            message: `\`${entry.party.name}\` is already in this ${share.which} share. Give each party one percentage by combining the two entries.`,
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
            message: `${formatPercent(entry.percent.thousandths)} is more than the whole of ${of}. Give \`${entry.party.name}\` a share of at most 100%.`,
          });
        }
      }
      if (!readable || overWhole || total === WHOLE) continue;
      const difference = formatPercent(Math.abs(WHOLE - total));
      context.report({
        span: share.keyword,
        message:
          total < WHOLE
            ? `The ${share.which} share adds up to ${formatPercent(total)}, so ${difference} of ${of} is carried by no one. Change the percentages to add up to exactly 100%.`
            : `The ${share.which} share adds up to ${formatPercent(total)}, so ${difference} more than ${of} is shared out. Change the percentages to add up to exactly 100%.`,
        // Thousandths of a percent: 100% is 100000. `shortBy` is negative when the share adds up to more than 100%.
        data: { total, shortBy: WHOLE - total },
      });
    }
  },
};
