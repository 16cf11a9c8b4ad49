// The table of quick fixes by rule code, and the text helpers fixes share.

import type { Problem } from "../../problem";
import type { AnyNode, DocumentNode, Span } from "../../tree";
import { walk } from "../../tree";
import type { DocumentState, Workspace } from "../../workspace";

export interface Fix {
  title: string;
  edits: { uri?: string; span: Span; newText: string }[];
  preferred?: boolean;
}

export type FixMaker = (state: DocumentState, problem: Problem, workspace: Workspace) => Fix[];

export const FIXES: Record<string, FixMaker> = {};

/** Registers the fixes for a code; each fix file calls this. */
export function fixesFor(code: string, maker: FixMaker): void {
  FIXES[code] = maker;
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

