// Quick fixes for shares that do not add up to 100%.

import type { ShareNode } from "../../tree";
import { itemsOf } from "../../tree";
import { fixesFor } from "./registry";
import { formatThousandths } from "../../numbers";

const WHOLE = 100000;

fixesFor("ALY503", (state, problem) => {
  const share = state.model.clauses("Risk").flatMap((r) => itemsOf(r.items)).find((i): i is ShareNode => i.kind === "Share" && i.keyword.start === problem.span.start);
  if (!share || share.entries.length === 0) return [];
  const total = share.entries.reduce((sum, e) => sum + e.percent.thousandths, 0);
  if (total === WHOLE) return [];
  const fixes = [];
  const last = share.entries[share.entries.length - 1];
  const adjusted = last.percent.thousandths + (WHOLE - total);
  if (adjusted > 0 && adjusted <= WHOLE) {
    const difference = WHOLE - total;
    fixes.push({
      title: `${difference > 0 ? "Give" : "Take"} the ${formatThousandths(Math.abs(difference))} ${difference > 0 ? "to" : "from"} ${last.party.name}, making its share ${formatThousandths(adjusted)}`,
      edits: [{ span: last.percent.span, newText: formatThousandths(adjusted) }],
      preferred: true,
    });
  }
  if (WHOLE % share.entries.length === 0) {
    const each = formatThousandths(WHOLE / share.entries.length);
    fixes.push({ title: `Share equally: ${each} each`, edits: share.entries.map((e) => ({ span: e.percent.span, newText: each })), preferred: false });
  }
  return fixes;
});
