// Moving findings worked out for an older text to where they stand in the newer one, so that the last
// findings can be shown while the newer text is still being checked. What lies in the changed stretch
// is left out rather than guessed at.

import type { Problem } from "../problem";
import type { Span } from "../tree";

/** The stretch that differs between two texts: its start, and its end in each (found from both ends). */
export function changedStretch(before: string, after: string): { start: number; endBefore: number; endAfter: number } {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, endBefore: before.length - tail, endAfter: after.length - tail };
}

export function shiftProblems(problems: readonly Problem[], before: string, after: string): Problem[] {
  const stretch = changedStretch(before, after);
  const delta = stretch.endAfter - stretch.endBefore;
  const move = (span: Span): Span | null => {
    if (span.end <= stretch.start && span.end < stretch.endBefore) return span;
    if (span.start >= stretch.endBefore && span.start > stretch.start) return { start: span.start + delta, end: span.end + delta };
    return null;
  };
  const moved: Problem[] = [];
  for (const problem of problems) {
    const span = move(problem.span);
    if (!span) continue;
    const related = problem.related.flatMap((r) => {
      if (r.uri !== undefined) return [r];
      const at = move(r.span);
      return at ? [{ ...r, span: at }] : [];
    });
    moved.push({ ...problem, span, related });
  }
  return moved;
}
