// Quick fixes: for a problem, the edits that put it right. Each fix reads the tree rather than
// trusting the message, so it still works after the text around it has moved.

import type { Problem } from "../problem";
import { ruleByCode } from "../rules/registry";
import type { AnyNode, DocumentNode, Span } from "../tree";
import { itemsOf, walk } from "../tree";
import type { DocumentState, Workspace } from "../workspace";

export interface Fix {
  title: string;
  edits: { uri?: string; span: Span; newText: string }[];
  preferred?: boolean;
}

type FixMaker = (state: DocumentState, problem: Problem, workspace: Workspace) => Fix[];

const FIXES: Record<string, FixMaker> = {};

/** Registers the fixes for a code; each fix file calls this. */
export function fixesFor(code: string, maker: FixMaker): void {
  FIXES[code] = maker;
}

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

/** The line's leading white space at an offset. */
export function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

export function lineEndOf(text: string, offset: number): number {
  const n = text.indexOf("\n", offset);
  const end = n < 0 ? text.length : n;
  return text[end - 1] === "\r" ? end - 1 : end;
}

export function eolOf(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/** The innermost clause (an item of a block, or a document-level clause) that contains a span. */
export function clauseContaining(document: DocumentNode | null, span: Span): AnyNode | null {
  let found: AnyNode | null = null;
  walk(document, (node) => {
    const items = (node as { items?: unknown }).items;
    if (!Array.isArray(items)) return;
    for (const item of items as AnyNode[]) {
      if (item.kind !== "Error" && item.span.start <= span.start && span.end <= item.span.end) found = item;
    }
  });
  return found;
}

/** Silence this code on the clause, with a reason for the reader to fill in. */
function suppressionFix(state: DocumentState, problem: Problem): Fix | null {
  const rule = ruleByCode(problem.code);
  if (!rule?.check || /^ALY01[5-7]$/.test(problem.code)) return null;
  const clause = clauseContaining(state.model.document, problem.span);
  const text = state.text;
  const eol = eolOf(text);
  if (!clause) {
    // About the whole document: a suppression before its first line covers the file.
    const header = state.model.document?.keyword ?? state.model.document?.span;
    if (!header) return null;
    const at = lineStartOf(text, header.start);
    return { title: `Silence ${problem.code} in this file, with a reason`, edits: [{ span: { start: at, end: at }, newText: `// alliance-ignore ${problem.code}: REASON (say why this is right here)${eol}` }] };
  }
  const at = lineStartOf(text, clause.span.start);
  return {
    title: `Silence ${problem.code} on this clause, with a reason`,
    edits: [{ span: { start: at, end: at }, newText: `${indentAt(text, clause.span.start)}// alliance-ignore ${problem.code}: REASON (say why this is right here)${eol}` }],
  };
}

// --- fixes for the language's own rules --------------------------------------------------------------

fixesFor("ALY014", (_state, problem) => {
  const suggestion = problem.data?.suggestion;
  if (typeof suggestion !== "string") return [];
  return [{ title: `Change to \`${suggestion}\``, edits: [{ span: problem.span, newText: suggestion }], preferred: true }];
});

fixesFor("ALY010", (state, problem) => {
  const name = problem.data?.name;
  const kinds = problem.data?.kinds;
  if (typeof name !== "string" || !Array.isArray(kinds)) return [];
  const fixes: Fix[] = [];
  const text = state.text;
  const eol = eolOf(text);
  const suggestion = /did you mean `([^`]+)`/.exec(problem.message)?.[1];
  if (suggestion) fixes.push({ title: `Change to \`${suggestion}\``, edits: [{ span: problem.span, newText: suggestion }], preferred: true });
  const model = state.model;
  const document = model.document;
  if (!document) return fixes;
  const addLine = (block: { items: AnyNode[]; close: Span | null; keyword: Span }, line: string): Fix["edits"][number] | null => {
    const entries = itemsOf(block.items as { kind: string; span: Span }[]);
    if (!block.close) return null;
    if (entries.length > 0) {
      const last = entries[entries.length - 1];
      const end = lineEndOf(text, last.span.end);
      return { span: { start: end, end }, newText: `${eol}${indentAt(text, last.span.start)}${line}` };
    }
    const at = lineStartOf(text, block.close.start);
    return { span: { start: at, end: at }, newText: `${indentAt(text, block.keyword.start)}  ${line}${eol}` };
  };
  if (kinds.includes("party")) {
    const parties = model.first("Parties");
    const edit = parties && addLine(parties as never, `${name} provider "${name}"`);
    if (edit) fixes.push({ title: `Declare \`${name}\` as a party`, edits: [edit] });
  }
  if (kinds.includes("principle") && model.kind === "agreement") {
    const principles = model.first("Principles");
    const edit = principles && addLine(principles as never, `${name} "What this principle commits the parties to"`);
    if (edit) fixes.push({ title: `Declare \`${name}\` as a principle`, edits: [edit] });
  }
  return fixes;
});
