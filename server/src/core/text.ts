// Offsets and lines: the core counts UTF-16 code units, as JavaScript strings and LSP do.

export interface LineCol {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

/** Start offsets of every line; a line ends at \n, \r\n, \r, U+2028 or U+2029. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 || c === 0x2028 || c === 0x2029) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function positionAt(starts: number[], offset: number): LineCol {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
}

/** The text of a 0-based line without its line break. */
export function lineText(text: string, starts: number[], line: number): string {
  const start = starts[line];
  const end = line + 1 < starts.length ? starts[line + 1] : text.length;
  return text.slice(start, end).replace(/(\r\n|\r|\n|\u2028|\u2029)$/, "");
}
