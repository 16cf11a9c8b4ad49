// One checked file's text and how to turn the core's offsets (UTF-16 code units) into the positions
// people and tools read: 1-based lines, and columns counted either in characters (code points, for
// people: text and JSON output) or in UTF-16 code units (SARIF's default column kind).

import { LineIndex } from "../core/text";
import type { Span } from "../core/tree";

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in characters (Unicode code points). */
  column: number;
  /** 1-based column in UTF-16 code units. */
  utf16Column: number;
}

export interface Range {
  start: Position;
  /** The position just after the last character of the span. */
  end: Position;
}

export class SourceText {
  private readonly lines: LineIndex;
  /** A byte order mark is not part of the first line as anyone sees it. */
  private readonly bom: boolean;

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    this.bom = text.charCodeAt(0) === 0xfeff;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lines.lineOf(clamped);
    let from = this.lines.lineStart(line);
    if (line === 0 && this.bom && clamped > 0) from += 1;
    const before = this.text.slice(from, clamped);
    return { line: line + 1, column: countCodePoints(before) + 1, utf16Column: before.length + 1 };
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  /** The text of a 1-based line, without its line break (or a byte order mark). */
  line(line: number): string {
    const text = this.lines.lineText(line - 1);
    return line === 1 && this.bom ? text.slice(1) : text;
  }

  /** The 0-based UTF-16 offset within its line of a position's column, as `line()` returns the line. */
  offsetInLine(position: Position): number {
    return position.utf16Column - 1;
  }
}

export function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
