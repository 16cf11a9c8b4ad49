// Quick fixes: for a problem, the edits that put it right. Each fix reads the tree rather than
// trusting the message, so it still works after the text around it has moved. Fixes are registered
// by code in fixes/<topic>.ts; this file adds the fix every rule has: silence it with a reason.

import type { Problem } from "../problem";
import { ruleByCode, type RuleCode } from "../rules/registry";
import type { DocumentState, Workspace } from "../workspace";
import { clauseContaining, eolOf, FIXES, indentAt, lineStartOf, type Fix } from "./fixes/registry";
import "./fixes/language";
import "./fixes/decisions";
import "./fixes/risk";
import "./fixes/spend";
import "./fixes/principles";
import "./fixes/parties";

export type { Fix };

export function quickFixes(workspace: Workspace, uri: string, problem: Problem): Fix[] {
  const state = workspace.get(uri);
  if (!state) return [];
  const fixes: Fix[] = [];
  try {
    fixes.push(...(FIXES[problem.code]?.(state, problem, workspace) ?? []));
  } catch {
    // A fix that cannot be worked out is simply not offered.
  }
  const suppression = suppressionFix(state, problem);
  if (suppression) fixes.push(suppression);
  return fixes;
}

/**
 * Silence this code on the clause. The comment ends at the colon: the reason is the user's to write,
 * and the cursor is left there. A suppression whose reason is empty or still a placeholder is itself
 * reported, so nothing the tool writes can pass for a reason.
 */
function suppressionFix(state: DocumentState, problem: Problem): Fix | null {
  const rule = ruleByCode(problem.code);
  if (!rule?.check || /^ALY01[5-7]$/.test(problem.code)) return null;
  const clause = clauseContaining(state.model.document, problem.span);
  const text = state.text;
  const comment = `// alliance-ignore ${problem.code}: `;
  if (!clause) {
    // About the whole document: a suppression before its first line covers the file.
    const header = state.model.document?.keyword ?? state.model.document?.span;
    if (!header) return null;
    const at = lineStartOf(text, header.start);
    return { title: `Silence ${problem.code} in this file (then write why after the colon)`, edits: [{ span: { start: at, end: at }, newText: `${comment}${eolOf(text, at)}` }], cursor: at + comment.length, silence: { at, code: problem.code } };
  }
  const at = lineStartOf(text, clause.span.start);
  const indent = indentAt(text, clause.span.start);
  return {
    title: `Silence ${problem.code} on this clause (then write why after the colon)`,
    edits: [{ span: { start: at, end: at }, newText: `${indent}${comment}${eolOf(text, at)}` }],
    cursor: at + indent.length + comment.length,
    silence: { at, code: problem.code },
  };
}

/**
 * The kinds of finding whose fix can be made everywhere at once, because it is not in doubt: a misspelt
 * keyword or heading with one suggestion, a date written day first, thousands marked with points, a
 * misspelt choice. Fixes that ask for a choice (shares, silencing, declaring a name) are never among them.
 */
export const FIX_ALL_KINDS: Record<string, string> = {
  ALY001: "Correct every misspelt keyword and heading in this document",
  ALY004: "Write every date in this document year first",
  ALY005: "Write every amount in this document with commas between the thousands",
  ALY014: "Correct every misspelt choice in this document",
} satisfies Partial<Record<RuleCode, string>>;

/** `£1.000` could be one pound as well as a thousand: its fix is offered one at a time, never all at once. */
function inDoubt(state: DocumentState, problem: Problem): boolean {
  if (problem.code !== "ALY005") return false;
  const written = state.text.slice(problem.span.start, problem.span.end);
  return /^[^\d]*\d{1,3}\.\d{3}$/.test(written.trim());
}

/**
 * Every fix of the given kinds (all the kinds above when none is given) among a document's problems, as
 * one fix: each problem's only fix, when it has exactly one and it is preferred, edits only this
 * document and touches no text another fix in the set touches. Null when there is nothing to fix.
 */
export function fixAllOfKind(workspace: Workspace, uri: string, problems: Problem[], code?: string): Fix & { count: number } | null {
  const state = workspace.get(uri);
  if (!state) return null;
  const edits: Fix["edits"] = [];
  let count = 0;
  for (const problem of problems) {
    if (!(problem.code in FIX_ALL_KINDS) || (code !== undefined && problem.code !== code)) continue;
    if (inDoubt(state, problem)) continue;
    let fixes: Fix[];
    try {
      fixes = FIXES[problem.code]?.(state, problem, workspace) ?? [];
    } catch {
      continue;
    }
    if (fixes.length !== 1 || !fixes[0].preferred || fixes[0].edits.some((e) => e.uri !== undefined && e.uri !== uri)) continue;
    const mine = fixes[0].edits;
    const overlaps = mine.some((a) => edits.some((b) => a.span.start < b.span.end && b.span.start < a.span.end || (a.span.start === a.span.end && a.span.start === b.span.start)));
    if (overlaps) continue;
    edits.push(...mine.map((e) => ({ span: e.span, newText: e.newText })));
    count++;
  }
  if (count === 0) return null;
  edits.sort((a, b) => a.span.start - b.span.start);
  return { title: code ? FIX_ALL_KINDS[code] : "Fix every slip whose correction is not in doubt", edits, count };
}
