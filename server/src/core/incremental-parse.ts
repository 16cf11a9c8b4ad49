// Reparsing after an edit: only the run of the document's clauses that the edit touches is read again;
// the clauses before it are kept as they are and those after it are kept with their spans moved. The
// result is the same, tree and problems, as a full parse of the new text; wherever that cannot be made
// certain cheaply, it is a full parse.

import { bracesBalance, countedBraces } from "./brace-count";
import { parse as generatedParse } from "./generated/parser";
import { CLAUSE_EXTENTS, documentKindOf, factsOf, limitNesting, parse, problemsIn, recordFacts, type LastMarks, type ParseResult } from "./parse";
import type { SyntaxProblem } from "./syntax-problem";
import { changedStretch } from "./text";
import { SYNTAX_MESSAGES, SYNTAX_PHRASES } from "./syntax-messages";
import { VALUES } from "./values";
import type { Comment, DocItem, DocumentNode, Span } from "./tree";

/** What a reparse read again: the range of the new text, or the whole text. */
export type Reparsed = { start: number; end: number } | "full";

export interface ReparseResult extends ParseResult {
  /** How much was read again, for tests and the benchmarks; not part of the tree. */
  reparsed: Reparsed;
}

/** What the run of clauses read again returns (the grammar's `ItemsRun`). */
interface ItemsRun {
  items: DocItem[];
  /** Where the space and comments after the last clause end. */
  end: number;
  bracesBalance: boolean;
  comments: Comment[];
}

/** Text whose adding or removing can change how far away text is read: braces, triple quotes, comment marks. */
const FAR_REACHING = /[{}]|"""|\/\*|\*\//;

/** What the nesting count (`limitNesting`) reads besides plain text: braces, quotes, comment marks, line breaks. */
const NESTING_MARKS = /[{}"/*\n\r\u2028\u2029]/;

/** How many times the run may be widened to the right before a full parse is cheaper to reason about. */
const MAX_WIDENINGS = 4;

/**
 * The parse of `newText`, reusing what `previous` (the parse of `previousText`) read outside the change.
 * `previous` is taken over: its nodes are moved into the new result, so it must not be used afterwards.
 */
export function reparse(previous: ParseResult, previousText: string, newText: string): ReparseResult {
  let result: ReparseResult | null = null;
  try {
    result = tryReparse(previous, previousText, newText);
  } catch {
    // Like a parse, a reparse never throws: whatever went wrong, the full parse below stands.
  }
  return result ?? withFigure(parse(newText), "full");
}

/** A result with the figure of how much was read again, keeping what its parse found out about the text. */
function withFigure(parsed: ParseResult, reparsed: Reparsed): ReparseResult {
  const result = { ...parsed, reparsed };
  const facts = factsOf(parsed);
  if (facts) recordFacts(result, facts);
  return result;
}

function tryReparse(previous: ParseResult, oldText: string, newText: string): ReparseResult | null {
  const facts = factsOf(previous);
  if (!facts || !facts.bracesBalance || facts.tooDeep) return null;
  const document = previous.file.document;
  if (!document || !document.keyword || !document.open || !document.close) return null;
  if (previous.file.span.end !== oldText.length) return null;

  // The changed region: [changeStart, oldEnd) of the old text became [changeStart, newEnd) of the new.
  const { start: changeStart, endBefore: oldEnd, endAfter: newEnd } = changedStretch(oldText, newText);
  const delta = newText.length - oldText.length;
  if (oldEnd === changeStart && newEnd === changeStart) return withFigure(previous, { start: changeStart, end: changeStart });

  // Only a change between the document's braces, that adds or removes nothing that reads far.
  if (changeStart < document.open.end || oldEnd > document.close.start) return null;
  if (FAR_REACHING.test(oldText.slice(Math.max(0, changeStart - 2), oldEnd + 2))) return null;
  if (FAR_REACHING.test(newText.slice(Math.max(0, changeStart - 2), newEnd + 2))) return null;
  // Nesting is counted again only if the change holds something the count reads (see `limitNesting`).
  if (NESTING_MARKS.test(oldText.slice(Math.max(0, changeStart - 2), oldEnd + 2)) || NESTING_MARKS.test(newText.slice(Math.max(0, changeStart - 2), newEnd + 2))) {
    if (limitNesting(newText).problem) return null;
  }

  const items = document.items;
  const extents: Span[] = [];
  for (const item of items) {
    const extent = CLAUSE_EXTENTS.get(item);
    if (!extent) return null;
    extents.push(extent);
  }
  const closeStart = document.close.start;
  /** Where the reach of a clause ends: at the next clause, or at the document's closing brace. */
  const slotEnd = (index: number) => (index + 1 < items.length ? extents[index + 1].start : closeStart);
  // The first clause whose reach (up to the next clause) comes within a character of the change, and the
  // one before it too: how a clause reads can depend on the line after it.
  let first = 0;
  while (first < items.length && slotEnd(first) < changeStart - 1) first++;
  const runStartIndex = Math.max(0, first - 1);
  const runStart = runStartIndex === 0 ? document.open.end : extents[runStartIndex].start;

  // The first clause after the change whose whole line is unchanged, so that it reads the same.
  let next = runStartIndex;
  while (next < items.length && !(extents[next].start > oldEnd && lineStart(oldText, extents[next].start) > oldEnd)) next++;

  // The last triple quote and comment end, moved with the text (the edit holds neither, as checked above).
  const lastMarks = facts.lastMarks && { triple: movedMark(facts.lastMarks.triple, changeStart, delta), commentEnd: movedMark(facts.lastMarks.commentEnd, changeStart, delta) };
  // The braces still balance if those that count on the lines the edit touched are the same before and after.
  const bracesBefore = countedBraces(linesAround(oldText, changeStart, oldEnd));
  const balanceUnchanged = bracesBefore !== null && bracesBefore === countedBraces(linesAround(newText, changeStart, newEnd));
  let run: ItemsRun | null = null;
  for (let widenings = 0; widenings <= MAX_WIDENINGS; widenings++) {
    const stopOld = next < items.length ? extents[next].start : closeStart;
    const stopNew = stopOld + delta;
    const attempt = readRun(newText, runStart, stopNew, balanceUnchanged, lastMarks);
    if (!attempt || !attempt.bracesBalance) return null;
    if (attempt.end === stopNew) {
      run = attempt;
      break;
    }
    if (attempt.end < stopNew || next >= items.length) return null;
    // The run read into the clauses after it: take in those it reached, and read again.
    while (next < items.length && extents[next].start + delta < attempt.end) next++;
  }
  if (!run) return null;

  const stopOld = next < items.length ? extents[next].start : closeStart;
  const stopNew = stopOld + delta;
  const kept = previous.problems;
  const after = kept.filter((p) => p.span.start >= stopOld);
  // A message that names a line (a section never closed) would name another line once lines are added or removed.
  const linesChanged = lineBreaks(oldText, changeStart, oldEnd) !== lineBreaks(newText, changeStart, newEnd);
  if (linesChanged && after.some((p) => /\bon line \d/.test(p.message))) return null;

  // Move what comes after the change. Problems share their spans and data with the nodes they come from,
  // so those move with the tree; the few that do not (an unclosed comment's) are moved after it.
  const tail = items.slice(next);
  const oldComments = previous.file.comments;
  const laterComments = oldComments.filter((c) => c.span.start >= stopOld);
  if (delta !== 0) {
    const unmoved = new Set<object>();
    for (const p of after) {
      unmoved.add(p.span);
      if (p.data) unmoved.add(p.data);
    }
    for (const item of tail) moveClause(item, delta, unmoved);
    for (const extent of extents.slice(next)) {
      extent.start += delta;
      extent.end += delta;
    }
    const closeEnd = document.close.end;
    shift(previous.file.strays.filter((s) => s.span.start >= closeEnd), delta, unmoved);
    shift(laterComments, delta, unmoved);
    shift(document.close, delta, unmoved);
    document.span.end += delta;
    for (const p of after) {
      if (unmoved.has(p.span)) shift(p.span, delta, unmoved);
      if (p.data && unmoved.has(p.data)) shift(p.data, delta, unmoved);
    }
  }

  const before = kept.filter((p) => p.span.start < runStart);
  const runComments = run.comments.filter((c) => c.span.start >= runStart && c.span.start < stopNew);
  const runProblems = sortRun(problemsIn(run.items, runComments, documentKindOf(previous.file)));
  const comments = mergeComments([...oldComments.filter((c) => c.span.start < runStart), ...runComments, ...laterComments]);

  (document as DocumentNode).items = [...items.slice(0, runStartIndex), ...run.items, ...tail];
  previous.file.span = { start: 0, end: newText.length };
  previous.file.comments = comments;
  const result: ReparseResult = { file: previous.file, problems: [...before, ...runProblems, ...after], reparsed: { start: runStart, end: stopNew } };
  recordFacts(result, { bracesBalance: true, tooDeep: false, lastMarks });
  return result;
}

/** Where a mark found in the old text (-1 for none) is in the new: a mark after the change moves with it. */
function movedMark(at: number, changeStart: number, delta: number): number {
  return at >= changeStart ? at + delta : at;
}

/**
 * Reads the document's clauses from `start` until the first that starts at or after `stopAt`. When the
 * braces are known to balance still, the grammar is told so rather than counting them over the whole text.
 */
function readRun(text: string, start: number, stopAt: number, balanceUnchanged: boolean, lastMarks: LastMarks | undefined): ItemsRun | null {
  const outcome = generatedParse(text, { startRule: "ItemsRun", peg$library: true, peg$currPos: start, stopAt, lastMarks, bracesBalance: balanceUnchanged ? true : undefined, countBraces: bracesBalance, extents: CLAUSE_EXTENTS, values: VALUES, messages: SYNTAX_MESSAGES, phrases: SYNTAX_PHRASES, peg$silentFails: 1 } as never) as unknown as {
    peg$success: boolean;
    peg$result: ItemsRun;
  };
  return outcome.peg$result && typeof outcome.peg$result === "object" && "items" in outcome.peg$result ? outcome.peg$result : null;
}

/** The whole lines holding [start, end) of `text`, line breaks apart. */
function linesAround(text: string, start: number, end: number): string {
  let to = end;
  while (to < text.length && !isLineBreak(text.charCodeAt(to))) to++;
  return text.slice(lineStart(text, start), to);
}

function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function lineBreaks(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isLineBreak(text.charCodeAt(i))) n++;
  return n;
}

/** Problems of a run in the order a full parse gives them: by place, those at one place in the order found. */
function sortRun(problems: SyntaxProblem[]): SyntaxProblem[] {
  return problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** Comments by where they start, each once, as the grammar collects them. */
function mergeComments(comments: Comment[]): Comment[] {
  const byStart = new Map<number, Comment>();
  for (const c of comments) if (!byStart.has(c.span.start)) byStart.set(c.span.start, c);
  return [...byStart.values()].sort((a, b) => a.span.start - b.span.start);
}

/** What a kept clause holds that moves with it: its spans and its insertion points. */
interface Movable {
  spans: Span[];
  points: { at: number }[];
}

/**
 * Each kept clause's movable parts, found by one walk the first time it moves: typing in a long document
 * moves every clause after the key, keystroke after keystroke, and a list of what moves is read far
 * faster than the tree is walked. A clause read again is a new object, with a list of its own.
 */
const MOVABLE = new WeakMap<object, Movable>();

/**
 * Moves a clause kept after the change by `delta`, as `shift` would. While problems' spans are still to be
 * struck from `unmoved` (a document with syntax problems after the change), `shift` itself does it.
 */
function moveClause(item: DocItem, delta: number, unmoved: Set<object>): void {
  if (unmoved.size > 0) return shift(item, delta, unmoved);
  const movable = movableOf(item);
  for (const span of movable.spans) {
    span.start += delta;
    span.end += delta;
  }
  for (const point of movable.points) point.at += delta;
}

function movableOf(item: DocItem): Movable {
  let movable = MOVABLE.get(item);
  if (!movable) {
    movable = { spans: [], points: [] };
    gatherMovable(item, movable);
    MOVABLE.set(item, movable);
  }
  return movable;
}

/**
 * Finds what moves in each of a parse's clauses ahead of the first edit, so that the first keystroke after
 * a document is opened (or read afresh) does not wait for it: called while nothing else is waiting.
 */
export function prepareReparse(result: ParseResult): void {
  for (const item of result.file.document?.items ?? []) movableOf(item);
}

/** What `shift` would move under `root`, in the same walk. */
function gatherMovable(root: unknown, into: Movable): void {
  if (!root || typeof root !== "object") return;
  if (Array.isArray(root)) {
    for (const child of root) gatherMovable(child, into);
    return;
  }
  const node = root as Record<string, unknown>;
  if (typeof node.start === "number" && typeof node.end === "number") into.spans.push(node as unknown as Span);
  if (typeof node.at === "number" && typeof node.text === "string") into.points.push(node as unknown as { at: number });
  let previous: unknown = null;
  for (const key in node) {
    const value = node[key];
    if (value && typeof value === "object" && value !== previous) {
      gatherMovable(value, into);
      previous = value;
    }
  }
}

/**
 * Moves every span (`start` and `end`) and every insertion point (`at`) found under `root` by `delta`, and
 * strikes what it moves from `unmoved`. A tree holds each object once, except that a node may give two of
 * its fields the same value (a stage of one year is `from` and `to` that year), which is moved once.
 */
function shift(root: unknown, delta: number, unmoved: Set<object>): void {
  if (!root || typeof root !== "object") return;
  if (Array.isArray(root)) {
    for (const child of root) shift(child, delta, unmoved);
    return;
  }
  const node = root as Record<string, unknown>;
  if (typeof node.start === "number" && typeof node.end === "number") {
    node.start += delta;
    node.end += delta;
  }
  if (typeof node.at === "number" && typeof node.text === "string") node.at += delta;
  if (unmoved.size > 0) unmoved.delete(node);
  let previous: unknown = null;
  for (const key in node) {
    const value = node[key];
    if (value && typeof value === "object" && value !== previous) {
      shift(value, delta, unmoved);
      previous = value;
    }
  }
}
