// Inlay hints that help a reader: the total of each share, and the full name of each spend approver.

import type { DocumentModel } from "../model";
import type { Span } from "../tree";
import { itemsOf } from "../tree";
import { formatPercent } from "../numbers";

export interface InlayHint {
  /** Where the hint is drawn: just after this offset. */
  offset: number;
  label: string;
  tooltip?: string;
}

export function inlayHints(model: DocumentModel, range: Span): InlayHint[] {
  const hints: InlayHint[] = [];
  const within = (offset: number) => offset >= range.start && offset <= range.end;
  for (const risk of model.clauses("Risk")) {
    for (const share of itemsOf(risk.items)) {
      if (share.kind !== "Share" || share.entries.length === 0) continue;
      const total = share.entries.reduce((sum, e) => sum + e.percent.thousandths, 0);
      const end = share.entries[share.entries.length - 1].span.end;
      if (within(end)) hints.push({ offset: end, label: `= ${formatPercent(total)}`, tooltip: total === 100000 ? "The shares add up to 100%." : "The shares must add up to 100%." });
    }
  }
  for (const band of model.bands()) {
    const name = band.approver.name;
    const title = model.role(name)?.title?.value ?? model.body(name)?.title?.value ?? model.party(name)?.title?.value;
    if (title && within(band.approver.span.end)) hints.push({ offset: band.approver.span.end, label: `: ${title}` });
  }
  return hints.sort((a, b) => a.offset - b.offset);
}
