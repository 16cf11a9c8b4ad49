// Quick fixes: for a problem, the edits that put it right. Each fix reads the tree rather than
// trusting the message, so it still works after the text around it has moved. Fixes are registered
// by code in fixes/<topic>.ts; this file adds the fix every rule has: silence it with a reason.

import type { Problem } from "../problem";
import { ruleByCode } from "../rules/registry";
import type { DocumentState, Workspace } from "../workspace";
import { clauseContaining, eolOf, FIXES, indentAt, lineStartOf, type Fix } from "./fixes/registry";
import "./fixes/language";
import "./fixes/decisions";
import "./fixes/risk";
import "./fixes/spend";
import "./fixes/principles";

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
  const eol = eolOf(text);
  const comment = `// alliance-ignore ${problem.code}: `;
  if (!clause) {
    // About the whole document: a suppression before its first line covers the file.
    const header = state.model.document?.keyword ?? state.model.document?.span;
    if (!header) return null;
    const at = lineStartOf(text, header.start);
    return { title: `Silence ${problem.code} in this file (then write why after the colon)`, edits: [{ span: { start: at, end: at }, newText: `${comment}${eol}` }], cursor: at + comment.length, silence: { at, code: problem.code } };
  }
  const at = lineStartOf(text, clause.span.start);
  const indent = indentAt(text, clause.span.start);
  return {
    title: `Silence ${problem.code} on this clause (then write why after the colon)`,
    edits: [{ span: { start: at, end: at }, newText: `${indent}${comment}${eol}` }],
    cursor: at + indent.length + comment.length,
    silence: { at, code: problem.code },
  };
}
