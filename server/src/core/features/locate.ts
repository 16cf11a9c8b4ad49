// Finding what is under the cursor: the chain of nodes that contain an offset, innermost last.

import type { AnyNode, FileNode, Ident, Span } from "../tree";
import { walk } from "../tree";

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** Every node whose span contains `offset`, outermost first. */
export function nodesAt(file: FileNode, offset: number): AnyNode[] {
  const path: AnyNode[] = [];
  walk(file, (node) => {
    if (contains(node.span, offset)) path.push(node);
  });
  // walk visits parents before children, so containment order is source order; sort by size to be sure.
  return path.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start));
}

/** The identifier under the cursor (a cursor just after a name still counts, as editors expect). */
export function identAt(file: FileNode, offset: number): Ident | null {
  let found: Ident | null = null;
  walk(file, (node) => {
    if (node.kind === "Ident" && contains(node.span, offset)) found = node as Ident;
  });
  return found;
}

/** Blocks (nodes with braces) whose inside contains the offset, outermost first. */
export function blocksAround(file: FileNode, offset: number): AnyNode[] {
  return nodesAt(file, offset).filter((node) => {
    const block = node as AnyNode & { open?: Span | null; close?: Span | null };
    if (!block.open) return false;
    return block.open.end <= offset && (!block.close || offset <= block.close.start);
  });
}
