// Fixture text with markers, so tests state positions and spans where a reader can see them:
//   `<|>` marks a position; `[|` … `|]` marks a span. Markers are removed from the text.

export interface Marked {
  text: string;
  /** Offsets of `<|>` markers, in order. */
  positions: number[];
  /** Spans of `[| … |]` markers, in order of their opening marker. */
  spans: { start: number; end: number }[];
}

export function marked(source: string): Marked {
  let text = "";
  const positions: number[] = [];
  const spans: { start: number; end: number }[] = [];
  const open: number[] = [];
  let i = 0;
  while (i < source.length) {
    if (source.startsWith("<|>", i)) {
      positions.push(text.length);
      i += 3;
    } else if (source.startsWith("[|", i)) {
      open.push(spans.length);
      spans.push({ start: text.length, end: -1 });
      i += 2;
    } else if (source.startsWith("|]", i)) {
      const index = open.pop();
      if (index === undefined) throw new Error(`unmatched |] at ${i}`);
      spans[index].end = text.length;
      i += 2;
    } else {
      text += source[i];
      i += 1;
    }
  }
  if (open.length > 0) throw new Error("unclosed [| marker");
  return { text, positions, spans };
}
