// Folding: every block whose braces sit on different lines, block comments, and runs of line comments.

import type { FileNode, Span } from "../tree";
import { walk } from "../tree";
import { lineIndex } from "../text";

export interface Fold {
  startLine: number;
  endLine: number;
  kind: "region" | "comment";
}

/** Folds by line, counting lines as the core's one line index does (as LSP does: U+2028 and U+2029 end no line). */
export function foldingRanges(file: FileNode, text: string): Fold[] {
  const folds: Fold[] = [];
  const lines = lineIndex(text);
  const line = (offset: number) => lines.lineOf(offset);
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
