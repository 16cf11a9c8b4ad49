// Which braces count: those outside comments and quoted text, read as the grammar reads them. Whether
// they balance decides how a document with a missing brace is read (see the grammar's `bracesBalance`),
// and a reparse (incremental-parse.ts) compares the braces that count on the lines an edit touched to
// know that the balance is as it was, without counting over the whole text again.

const SLASH = 47;
const STAR = 42;
const BACKSLASH = 92;
const QUOTE = 34;
const OPEN = 123;
const CLOSE = 125;
const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export const LINE_BREAKS = ["\n", "\r", "\u2028", "\u2029"] as const;

function isLineBreakCode(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * Where the next of `chars` is in `text`, at or after where it is asked from (which must never go back),
 * or Infinity. Each character is looked for with indexOf, once past where it was last found, which is much
 * quicker than trying a regular expression at every mark a scan stops at.
 */
export function nextFinder(text: string, chars: readonly string[]): (from: number) => number {
  const found = chars.map(() => -2);
  return (from) => {
    let next = Infinity;
    for (let k = 0; k < chars.length; k++) {
      let at = found[k];
      if (at !== -1 && at < from) found[k] = at = text.indexOf(chars[k], from);
      if (at >= 0 && at < next) next = at;
    }
    return next;
  };
}

/**
 * Calls `onBrace` with each brace that counts in `text`, in order, until it returns false. Returns false
 * if a block comment or triple-quoted text is never closed (nothing after it counts), true otherwise.
 * Quoted text ends at its closing quote or, never closed, at the end of its line. It runs over the whole
 * text on every full parse, so it is one plain loop over character codes: far quicker than looking for
 * each kind of mark separately, because most characters are none of them.
 */
function walkBraces(text: string, onBrace: (code: number) => boolean): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Nearly every character is a letter, a digit, a space or a mark that matters to none of this.
    if (c < OPEN ? c !== QUOTE && c !== SLASH : c > CLOSE && (c < LEFT_SINGLE || c > RIGHT_DOUBLE)) continue;
    if (c === SLASH) {
      const d = text.charCodeAt(i + 1);
      if (d === SLASH) {
        i += 2;
        while (i < n && !isLineBreakCode(text.charCodeAt(i))) i++;
      } else if (d === STAR) {
        const end = text.indexOf("*/", i + 2);
        if (end < 0) return false;
        i = end + 1;
      }
    } else if (c === QUOTE && text.charCodeAt(i + 1) === QUOTE && text.charCodeAt(i + 2) === QUOTE) {
      const end = text.indexOf('"""', i + 3);
      if (end < 0) return false;
      i = end + 2;
    } else if (c === QUOTE || c === LEFT_DOUBLE || c === RIGHT_DOUBLE || c === LEFT_SINGLE) {
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (isLineBreakCode(d)) break;
        if (c === QUOTE && d === BACKSLASH) {
          j++;
          continue;
        }
        if (c === LEFT_SINGLE ? d === RIGHT_SINGLE && !LETTER_OR_DIGIT.test(text[j + 1] || "") : d === QUOTE || d === RIGHT_DOUBLE) break;
      }
      i = j < n && !isLineBreakCode(text.charCodeAt(j)) ? j : j - 1;
    } else if ((c === OPEN || c === CLOSE) && !onBrace(c)) {
      return true;
    }
  }
  return true;
}

/** Whether every brace that counts in `text` is closed, in order. */
export function bracesBalance(text: string): boolean {
  let depth = 0;
  const closed = walkBraces(text, (c) => (c === OPEN ? ++depth : --depth) >= 0);
  return closed && depth === 0;
}

/**
 * The braces that count in whole lines of a text, in order, as a string of `{` and `}`; null where the
 * lines hold a comment mark or a triple quote, which can carry on past them. Two versions of the lines an
 * edit touched that give the same string leave the balance of the whole text as it was: quoted text ends
 * with its line, so what comes after them is read the same.
 */
export function countedBraces(lines: string): string | null {
  if (lines.includes("/") || lines.includes('"""')) return null;
  let braces = "";
  walkBraces(lines, (c) => {
    braces += c === OPEN ? "{" : "}";
    return true;
  });
  return braces;
}
