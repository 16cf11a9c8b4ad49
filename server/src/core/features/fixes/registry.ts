// The table of quick fixes by rule code, and the text helpers fixes share.

import type { Problem } from "../../problem";
import type { RuleCode } from "../../rules/registry";
import type { AnyNode, DocumentNode, Span } from "../../tree";
import { walk } from "../../tree";
import { lineIndex } from "../../text";
import type { DocumentState, Workspace } from "../../workspace";

export interface Fix {
  title: string;
  edits: { uri?: string; span: Span; newText: string }[];
  preferred?: boolean;
  /**
   * Where the cursor should go once the edits are applied, as an offset in the edited text, when the
   * fix leaves something for the user to write (the reason of a suppression). Editors that can place
   * the cursor use it; the others leave the cursor where it was.
   */
  cursor?: number;
  /**
   * For a suppression: the offset of the start of the line to write it above and the code it silences,
   * so that an editor that can ask for the reason writes the whole comment itself.
   */
  silence?: { at: number; code: string };
}

export type FixMaker = (state: DocumentState, problem: Problem, workspace: Workspace) => Fix[];

export const FIXES: Record<string, FixMaker> = {};

/** Registers the fixes for a code; each fix file calls this. */
export function fixesFor(code: RuleCode, maker: FixMaker): void {
  FIXES[code] = maker;
}

// Lines as the core's one line index counts them (core/text.ts): a line ends at \n, \r\n or \r.

/** The line's leading white space at an offset. */
export function indentAt(text: string, offset: number): string {
  const lines = lineIndex(text);
  return /^[ \t]*/.exec(text.slice(lines.lineStartOf(offset), lines.lineEndOf(offset)))![0];
}

export function lineStartOf(text: string, offset: number): number {
  return lineIndex(text).lineStartOf(offset);
}

/** The end of the line an offset is on, before its line break. */
export function lineEndOf(text: string, offset: number): number {
  return lineIndex(text).lineEndOf(offset);
}

/**
 * The line break to write: that of the line at `offset` (or of the line before it, on the last line), so
 * that a line written there matches its neighbours; without an offset, the first one the text uses.
 */
export function eolOf(text: string, offset?: number): string {
  if (offset !== undefined) {
    const lines = lineIndex(text);
    const line = lines.lineOf(offset);
    const near = lines.lineBreak(line) || lines.lineBreak(line - 1);
    if (near) return near;
  }
  return /\r\n|\r|\n/.exec(text)?.[0] ?? "\n";
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


/** A block as fixes see it: its keyword, its entries and its closing brace. */
export interface BlockLike {
  keyword: Span;
  items: AnyNode[];
  close: Span | null;
}

/**
 * The edit that adds lines at the end of a block, indented like its entries (or one step in from the
 * block's keyword when it has none). Null when the block has no closing brace to write before.
 */
export function appendToBlock(text: string, block: BlockLike, lines: string[]): Fix["edits"][number] | null {
  if (!block.close) return null;
  const eol = eolOf(text);
  const entries = block.items.filter((i) => i.kind !== "Error");
  if (entries.length > 0) {
    const last = entries[entries.length - 1];
    const end = lineEndOf(text, last.span.end);
    const indent = indentAt(text, last.span.start);
    return { span: { start: end, end }, newText: lines.map((l) => `${eol}${indent}${l}`).join("") };
  }
  const at = lineStartOf(text, block.close.start);
  const indent = `${indentAt(text, block.keyword.start)}  `;
  return { span: { start: at, end: at }, newText: lines.map((l) => `${indent}${l}${eol}`).join("") };
}

/** The edit that puts a new clause (one or more lines) on its own lines just before another clause. */
export function insertBefore(text: string, clause: AnyNode, lines: string[]): Fix["edits"][number] {
  const eol = eolOf(text);
  const at = lineStartOf(text, clause.span.start);
  const indent = indentAt(text, clause.span.start);
  return { span: { start: at, end: at }, newText: `${lines.map((l) => (l ? `${indent}${l}` : "")).join(eol)}${eol}${eol}` };
}
