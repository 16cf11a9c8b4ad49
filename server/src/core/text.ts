// Offsets and lines: the core counts UTF-16 code units, as JavaScript strings and LSP do.
//
// The one definition of a line shown to people: a line ends at \n, \r\n or \r, as in LSP and every editor.
// U+2028 and U+2029 do not end a line here (editors show them inside the line), so the command line, SARIF,
// the editor and every feature give the same line for the same offset. The grammar may still treat them as
// breaks for its own purposes (a comment ends there); that changes no position anyone is shown.

export interface LineCol {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

const CR = 13;
const LF = 10;

function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

/** The lines of one text: built on first use, then each offset is found by binary search. */
export class LineIndex {
  private starts: number[] | null = null;

  constructor(readonly text: string) {}

  /** Start offsets of every line; the first is 0, and a text ending in a line break has an empty last line. */
  lineStarts(): readonly number[] {
    if (this.starts) return this.starts;
    const text = this.text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === CR) {
        if (text.charCodeAt(i + 1) === LF) i++;
        starts.push(i + 1);
      } else if (c === LF) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    return starts;
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  /** The 0-based line an offset is on; offsets outside the text are taken to its ends. */
  lineOf(offset: number): number {
    return this.positionAt(offset).line;
  }

  /**
   * The line and UTF-16 column of an offset. An offset between the \r and the \n of one line break is
   * taken to be before the break, as LSP's own documents do.
   */
  positionAt(offset: number): LineCol {
    const starts = this.lineStarts();
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: this.beforeBreak(at, starts[low]) - starts[low] };
  }

  /** The offset of a line and column; a column past the end of its line is taken to the line's end. */
  offsetAt(position: LineCol): number {
    const starts = this.lineStarts();
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = starts[position.line];
    if (position.character <= 0) return start;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return this.beforeBreak(Math.min(start + position.character, next), start);
  }

  /** The offset where a 0-based line starts (lines past the last are taken to the last). */
  lineStart(line: number): number {
    const starts = this.lineStarts();
    return starts[Math.max(0, Math.min(line, starts.length - 1))];
  }

  /** The offset just before a 0-based line's line break (or the end of the text on the last line). */
  lineEnd(line: number): number {
    const starts = this.lineStarts();
    const clamped = Math.max(0, Math.min(line, starts.length - 1));
    const next = clamped + 1 < starts.length ? starts[clamped + 1] : this.text.length;
    return this.beforeBreak(next, starts[clamped]);
  }

  /** The line break that ends a 0-based line: "\n", "\r\n" or "\r", or "" on the last line. */
  lineBreak(line: number): string {
    const starts = this.lineStarts();
    if (line < 0 || line + 1 >= starts.length) return "";
    return this.text.slice(this.lineEnd(line), starts[line + 1]);
  }

  /** The text of a 0-based line without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The start of the line an offset is on. */
  lineStartOf(offset: number): number {
    return this.lineStart(this.lineOf(offset));
  }

  /** The end (before the line break) of the line an offset is on. */
  lineEndOf(offset: number): number {
    return this.lineEnd(this.lineOf(offset));
  }

  private beforeBreak(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart && isLineBreak(this.text.charCodeAt(at - 1))) at--;
    return at;
  }
}

// Features ask for the lines of the same few texts again and again (a hover, the fixes for each problem):
// the indexes of the texts most recently asked for are kept, so each is built once per version.
const RECENT = new Map<string, LineIndex>();
const RECENT_LIMIT = 8;

/** The line index of a text, reused while the text is among the few most recently asked for. */
export function lineIndex(text: string): LineIndex {
  const found = RECENT.get(text);
  if (found) {
    RECENT.delete(text);
    RECENT.set(text, found);
    return found;
  }
  const made = new LineIndex(text);
  RECENT.set(text, made);
  if (RECENT.size > RECENT_LIMIT) RECENT.delete(RECENT.keys().next().value as string);
  return made;
}

/** Start offsets of every line of a text (see LineIndex). */
export function lineStarts(text: string): number[] {
  return [...lineIndex(text).lineStarts()];
}

/** The line and column of an offset, given the line starts from `lineStarts`. */
export function positionAt(starts: readonly number[], offset: number): LineCol {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
}

/** The text of a 0-based line without its line break, given the line starts from `lineStarts`. */
export function lineText(text: string, starts: readonly number[], line: number): string {
  const end = line + 1 < starts.length ? starts[line + 1] : text.length;
  return text.slice(starts[line], end).replace(/\r\n$|[\r\n]$/, "");
}

/** Where the end of `before` is as a person counts it: 1-based line and 1-based column in characters. */
export function readerPositionAtEnd(before: string): { line: number; column: number } {
  const index = new LineIndex(before);
  const { line } = index.positionAt(before.length);
  return { line: line + 1, column: [...before.slice(index.lineStarts()[line])].length + 1 };
}

/** How many characters the search for a change compares at a time, before it goes one by one. */
const STRETCH_CHUNK = 512;

/**
 * The stretch that differs between two texts: where it starts, and where it ends in each. The common
 * beginning and then the common end are compared a chunk at a time, so a keystroke in a long text costs
 * about one pass over it, and the last chunk that differs one character at a time.
 */
export function changedStretch(before: string, after: string): { start: number; endBefore: number; endAfter: number } {
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start + STRETCH_CHUNK <= shortest && before.slice(start, start + STRETCH_CHUNK) === after.slice(start, start + STRETCH_CHUNK)) start += STRETCH_CHUNK;
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const most = shortest - start;
  let tail = 0;
  while (tail + STRETCH_CHUNK <= most && before.slice(before.length - tail - STRETCH_CHUNK, before.length - tail) === after.slice(after.length - tail - STRETCH_CHUNK, after.length - tail)) tail += STRETCH_CHUNK;
  while (tail < most && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, endBefore: before.length - tail, endAfter: after.length - tail };
}
