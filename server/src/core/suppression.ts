// Inline suppression with a reason:
//   // alliance-ignore ALY012: agreed by the board on 2024-03-01
// silences ALY012 on the next clause. Before the document's first line, it silences the code in the
// whole file. A suppression without a reason, for an unknown code, or that silences nothing is reported.

import type { Problem } from "./problem";
import type { Comment, FileNode, Span } from "./tree";
import { walk } from "./tree";

export interface Suppression {
  comment: Comment;
  codes: { code: string; span: Span }[];
  reason: string;
  /** The span it applies to: the next clause, or the whole file. */
  scope: Span;
}

const MARKER = "alliance-ignore";

/** Reads the suppression comments of a file; `applySuppressions` resolves the codes and rule names they give. */
export function findSuppressions(file: FileNode): Suppression[] {
  const suppressions: Suppression[] = [];
  // Most documents silence nothing: the clauses are listed only when a comment needs them.
  let clauses: Span[] | null = null;
  for (const comment of file.comments) {
    const textStart = comment.span.start + 2;
    const markerAt = comment.text.indexOf(MARKER);
    if (markerAt < 0 || comment.text.slice(0, markerAt).trim() !== "") continue;
    const afterMarker = comment.text.slice(markerAt + MARKER.length);
    const colon = afterMarker.indexOf(":");
    const codesText = colon >= 0 ? afterMarker.slice(0, colon) : afterMarker;
    const reason = colon >= 0 ? afterMarker.slice(colon + 1).replace(/\*\/$/, "").trim() : "";
    const codes: { code: string; span: Span }[] = [];
    const codesOffset = textStart + markerAt + MARKER.length;
    for (const match of codesText.matchAll(/[A-Za-z][A-Za-z0-9-]*/g)) {
      const start = codesOffset + (match.index ?? 0);
      codes.push({ code: match[0], span: { start, end: start + match[0].length } });
    }
    const headerStart = file.document?.keyword?.start ?? file.document?.span.start ?? Infinity;
    const scope = comment.span.end <= headerStart ? { start: 0, end: file.span.end } : (clauses ??= clauseSpans(file)).find((c) => c.start >= comment.span.end) ?? { start: comment.span.end, end: comment.span.end };
    suppressions.push({ comment, codes, reason, scope });
  }
  return suppressions;
}

/** Spans of every clause, at any depth, sorted by start. */
function clauseSpans(file: FileNode): Span[] {
  const spans: Span[] = [];
  walk(file.document, (node) => {
    const items = (node as { items?: unknown }).items;
    if (Array.isArray(items)) for (const item of items) if (item && item.kind !== "Error") spans.push(item.span);
  });
  return spans.sort((a, b) => a.start - b.start);
}

/** A reason that only stands in for one: `REASON`, `TODO`, `…`, a bracketed blank, or the old quick fix's text. */
export function isPlaceholder(reason: string): boolean {
  return /^(?:reason|todo|tbc|tbd|fixme|xxx)\b|^\[[^\]]*\]$|^(?:\.{3}|…|-+|\?+)$|say why this is right here/i.test(reason.trim());
}

export interface SuppressionOutcome {
  kept: Problem[];
  /** Problems about the suppressions themselves, ready to be given a code and severity. */
  findings: { kind: "no-reason" | "unknown-code" | "unused"; span: Span; code?: string }[];
}

/** Removes suppressed problems and reports suppressions that are wrong or silence nothing. */
export function applySuppressions(problems: Problem[], suppressions: Suppression[], resolveCode: (codeOrName: string) => string | null): SuppressionOutcome {
  const findings: SuppressionOutcome["findings"] = [];
  const silenced = new Set<Problem>();
  for (const suppression of suppressions) {
    if (suppression.codes.length === 0 || !suppression.reason || isPlaceholder(suppression.reason)) {
      findings.push({ kind: "no-reason", span: suppression.comment.span });
    }
    for (const { code: written, span } of suppression.codes) {
      const code = resolveCode(written);
      if (!code) {
        findings.push({ kind: "unknown-code", span, code: written });
        continue;
      }
      let used = false;
      for (const problem of problems) {
        if (problem.code === code && problem.span.start >= suppression.scope.start && problem.span.start <= suppression.scope.end) {
          silenced.add(problem);
          used = true;
        }
      }
      if (!used) findings.push({ kind: "unused", span, code });
    }
  }
  return { kept: problems.filter((p) => !silenced.has(p)), findings };
}
