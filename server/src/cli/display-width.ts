// How many terminal columns a character takes, so that a caret line lines up under its source line:
// combining marks and zero-width characters take none, wide East Asian characters and emoji take two,
// everything else one. (Tabs are copied, not measured: see caretLine.)

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

const WIDE_RANGES: readonly [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x20000, 0x3fffd],
];

export function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  if (EMOJI.test(char)) return 2;
  const cp = char.codePointAt(0) ?? 0;
  for (const [low, high] of WIDE_RANGES) if (cp >= low && cp <= high) return 2;
  return 1;
}

/**
 * The line to print under `line` so that `^~~~` sits under `line.slice(start, end)` (UTF-16 offsets in
 * the line). Tabs before the span are kept as tabs, so the caret lines up whatever the tab width.
 */
export function caretLine(line: string, start: number, end: number): string {
  let out = "";
  const from = Math.max(0, Math.min(start, line.length));
  const to = Math.max(from, Math.min(end, line.length));
  for (const char of line.slice(0, from)) out += char === "\t" ? "\t" : " ".repeat(charWidth(char));
  let marks = 0;
  for (const char of line.slice(from, to)) marks += char === "\t" ? 1 : charWidth(char);
  return out + "^" + "~".repeat(Math.max(0, marks - 1));
}
