// Moving findings worked out for an older text to where they stand in the newer one, so that the last
// findings can be shown while the newer text is still being checked. What lies in the changed stretch
// is left out rather than guessed at.

import { moveSpan } from "../move-findings";
import type { Problem } from "../problem";
import { changedStretch } from "../text";

export function shiftProblems(problems: readonly Problem[], before: string, after: string): Problem[] {
  const stretch = changedStretch(before, after);
  const move = (span: Problem["span"]) => moveSpan(span, stretch);
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
