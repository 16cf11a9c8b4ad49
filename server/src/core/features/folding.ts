// Folding: every block whose braces sit on different lines, block comments, and runs of line comments.

import type { FileNode, Span } from "../tree";
import { walk } from "../tree";

export interface Fold {
  startLine: number;
  endLine: number;
  kind: "region" | "comment";
}

/**
 * `lineOf` gives an offset's 0-based line, as the caller counts lines (the language server counts them as
 * LSP does, where U+2028 and U+2029 do not end a line); no fold ends past `lineCount`.
 */
export function foldingRanges(file: FileNode, lineOf: (offset: number) => number, lineCount: number): Fold[] {
  const folds: Fold[] = [];
  const last = Math.max(0, lineCount - 1);
  const line = (offset: number) => Math.min(lineOf(offset), last);
  walk(file, (node) => {
    const block = node as { open?: Span | null; close?: Span | null; span: Span };
    if (!block.open) return;
    const startLine = line(block.open.start);
    const endLine = line(block.close ? block.close.start : block.span.end) - (block.close ? 1 : 0);
    if (endLine > startLine) folds.push({ startLine, endLine, kind: "region" });
  });
  let run: { start: number; end: number } | null = null;
  const flush = () => {
    if (run && run.end > run.start) folds.push({ startLine: run.start, endLine: run.end, kind: "comment" });
    run = null;
  };
  for (const comment of file.comments) {
    const start = line(comment.span.start);
    const end = line(comment.span.end);
    if (comment.block) {
      flush();
      if (end > start) folds.push({ startLine: start, endLine: end, kind: "comment" });
      continue;
    }
    if (run && start === run.end + 1) run.end = start;
    else {
      flush();
      run = { start, end: start };
    }
  }
  flush();
  return folds.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
