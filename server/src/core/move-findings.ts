// Moving a finding worked out for an older text of a document to where it stands in the newer one. The
// texts differ in one stretch (`changedStretch`): what lies before it stays, what lies after it moves by
// the difference in length, and what lies within it cannot be placed, so it is not guessed at.

import type { Problem } from "./problem";
import type { Span } from "./tree";

export interface Stretch {
  start: number;
  endBefore: number;
  endAfter: number;
}

/**
 * The finding at its place in the newer text, or null if any place it names (its span, a related place in
 * the same document, an offset in its data) lies in the changed stretch. A finding with nothing to move is
 * returned as it is.
 */
export function moveFinding(problem: Problem, stretch: Stretch): Problem | null {
  const delta = stretch.endAfter - stretch.endBefore;
  const span = moveSpan(problem.span, stretch, delta);
  if (!span) return null;
  let related = problem.related;
  for (let i = 0; i < problem.related.length; i++) {
    const r = problem.related[i];
    if (r.uri !== undefined) continue;
    const at = moveSpan(r.span, stretch, delta);
    if (!at) return null;
    if (at !== r.span) {
      if (related === problem.related) related = [...problem.related];
      related[i] = { ...r, span: at };
    }
  }
  let data = problem.data;
  if (data) {
    const moved = moveData(data, stretch, delta);
    if (moved === null) return null;
    data = moved as Record<string, unknown>;
  }
  if (span === problem.span && related === problem.related && data === problem.data) return problem;
  return { ...problem, span, related, data };
}

/** The span in the newer text: itself if before the stretch, moved if after it, null if within it. */
export function moveSpan(span: Span, stretch: Stretch, delta = stretch.endAfter - stretch.endBefore): Span | null {
  if (span.end <= stretch.start && span.end < stretch.endBefore) return span;
  if (span.start >= stretch.endBefore && span.start > stretch.start) return delta === 0 ? span : { start: span.start + delta, end: span.end + delta };
  return null;
}

/** Offsets in a finding's data: any `{ start, end }`, and the numbers named `at` or `insertAfter`. */
const OFFSET_FIELDS = new Set(["at", "insertAfter"]);

/** A copy of `value` with its offsets moved (the value itself when none moved), or null if one lies in the stretch. */
function moveData(value: unknown, stretch: Stretch, delta: number): unknown {
  if (!value || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const moved = moveData(value[i], stretch, delta);
      if (moved === null && value[i] !== null) return null;
      if (moved !== value[i]) (copy ??= [...value])[i] = moved;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.start === "number" && typeof record.end === "number") {
    const span = moveSpan(record as unknown as Span, stretch, delta);
    if (!span) return null;
    if (span === (record as unknown)) return value;
    return { ...record, start: span.start, end: span.end };
  }
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(record)) {
    const field = record[key];
    let moved: unknown;
    if (OFFSET_FIELDS.has(key) && typeof field === "number") {
      const span = moveSpan({ start: field, end: field }, stretch, delta);
      if (!span) return null;
      moved = span.start;
    } else {
      moved = moveData(field, stretch, delta);
      if (moved === null && field !== null) return null;
    }
    if (moved !== field) (copy ??= { ...record })[key] = moved;
  }
  return copy ?? value;
}
