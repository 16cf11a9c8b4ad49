// Quick fixes for the risk section: shares that do not add up to 100%, and wilful default named as an
// exception without a definition.

import type { AnyNode, ShareNode } from "../../tree";
import { itemsOf } from "../../tree";
import { appendToBlock, fixesFor, insertBefore, type Fix } from "./registry";
import { formatPercent } from "../../numbers";

const WHOLE = 100000;

// A share that does not add up: the user chooses how to put it right. No choice is preferred, since
// who carries the difference is a decision for the parties, not for the tool.
fixesFor("ALY503", (state, problem) => {
  const share = state.model.clauses("Risk").flatMap((r) => itemsOf(r.items)).find((i): i is ShareNode => i.kind === "Share" && i.keyword.start === problem.span.start);
  if (!share || share.entries.length === 0) return [];
  const total = share.entries.reduce((sum, e) => sum + e.percent.thousandths, 0);
  if (total === WHOLE) return [];
  const fixes: Fix[] = [];

  // Keep the parties' shares in the same proportion to one another.
  if (total > 0) {
    const scaled = share.entries.map((e) => Math.round((e.percent.thousandths * WHOLE) / total));
    const largest = scaled.indexOf(Math.max(...scaled));
    scaled[largest] += WHOLE - scaled.reduce((a, b) => a + b, 0);
    if (scaled.every((v) => v >= 0)) {
      fixes.push({
        title: `Rebalance in proportion: ${share.entries.map((e, i) => `${e.party.name} ${formatPercent(scaled[i])}`).join(", ")}`,
        edits: share.entries.map((e, i) => ({ span: e.percent.span, newText: formatPercent(scaled[i]) })),
      });
    }
  }

  // Or give the whole difference to one named party: one choice for each party.
  const difference = WHOLE - total;
  for (const entry of share.entries) {
    const adjusted = entry.percent.thousandths + difference;
    if (adjusted <= 0 || adjusted > WHOLE) continue;
    fixes.push({
      title: `${difference > 0 ? "Give" : "Take"} the ${formatPercent(Math.abs(difference))} ${difference > 0 ? "to" : "from"} ${entry.party.name}, making its share ${formatPercent(adjusted)}`,
      edits: [{ span: entry.percent.span, newText: formatPercent(adjusted) }],
    });
  }

  if (WHOLE % share.entries.length === 0) {
    const each = formatPercent(WHOLE / share.entries.length);
    fixes.push({ title: `Share equally: ${each} each`, edits: share.entries.map((e) => ({ span: e.percent.span, newText: each })) });
  }
  return fixes;
});

/** The bracketed text a drafter replaces, as legal drafts mark what is still to be agreed. */
const WILFUL_DEFAULT_PLACEHOLDER = "[To be agreed: what counts as wilful default, for example a deliberate and knowing breach of this agreement]";

// Wilful default named as an exception or a ground for claims, with no definition: add one for the
// parties to complete.
fixesFor("ALY505", (state, problem) => {
  const text = state.text;
  const term = text.slice(problem.span.start, problem.span.end);
  if (!/^will?ful-default$/.test(term)) return [];
  const line = `${term} "${WILFUL_DEFAULT_PLACEHOLDER}"`;
  const definitions = state.model.first("Definitions");
  if (definitions) {
    const edit = appendToBlock(text, definitions as never, [line]);
    return edit ? [{ title: `Define ${term} in the definitions, for the parties to complete`, edits: [edit], preferred: true }] : [];
  }
  const clause = (state.model.document?.items ?? []).find((i: AnyNode) => i.span.start <= problem.span.start && problem.span.end <= i.span.end);
  if (!clause) return [];
  return [{ title: `Add a definitions section defining ${term}, for the parties to complete`, edits: [insertBefore(text, clause, ["definitions {", `  ${line}`, "}"])], preferred: true }];
});
