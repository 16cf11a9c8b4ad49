// Folding: every block whose braces sit on different lines, block comments, and runs of line comments.

import type { FileNode, Span } from "../tree";
import { walk } from "../tree";
import { positionAt } from "../text";

export interface Fold {
  startLine: number;
  endLine: number;
  kind: "region" | "comment";
}

export function foldingRanges(file: FileNode, starts: number[]): Fold[] {
  const folds: Fold[] = [];
  walk(file, (node) => {
    const block = node as { open?: Span | null; close?: Span | null; span: Span };
    if (!block.open) return;
    const startLine = positionAt(starts, block.open.start).line;
    const endLine = positionAt(starts, block.close ? block.close.start : block.span.end).line - (block.close ? 1 : 0);
    if (endLine > startLine) folds.push({ startLine, endLine, kind: "region" });
  });
  let run: { start: number; end: number } | null = null;
  const flush = () => {
    if (run && run.end > run.start) folds.push({ startLine: run.start, endLine: run.end, kind: "comment" });
    run = null;
  };
  for (const comment of file.comments) {
    const start = positionAt(starts, comment.span.start).line;
    const end = positionAt(starts, comment.span.end).line;
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
