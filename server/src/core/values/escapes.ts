// Escapes in quoted text as the grammar reads them: `\u{1F600}` is a character; an escape the language
// does not know is read as the character after the backslash and reported.

export interface EscapeValue {
  value: string;
  error?: string;
}

/** The character a `\u{…}` escape with these hex digits stands for, or the problem with it. */
export function codePointEscape(hex: string): EscapeValue {
  const cp = hex.length <= 6 ? parseInt(hex, 16) : Infinity;
  return cp <= 0x10ffff
    ? { value: String.fromCodePoint(cp) }
    : { value: "", error: `The escape \`\\u{${hex}}\` is not a character: its code is at most \`10FFFF\`, as in \`\\u{1F600}\`.` };
}

/** The problem with an escape the language does not know, such as `\q`. */
export function unknownEscape(c: string): EscapeValue {
  return { value: c, error: `Quoted text does not understand the escape \`\\${c}\`: write \`\\\\\` for a backslash, \`\\"\` for a quote, \`\\n\` for a new line or \`\\t\` for a tab.` };
}
