// Text from a checked document, made safe to print on a terminal. A document comes from a bidder: escape
// sequences could recolour or clear the screen, a carriage return could overwrite a line, and bidirectional
// controls could reorder what a reviewer reads. Each such character is shown as `\u{…}` instead. Tabs stay
// (the caret line copies them, so it still lines up).

const HIDDEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(HIDDEN, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}}`);
}

/** The same for text of many lines, such as a summary: its line breaks are kept. */
export function visibleLines(text: string): string {
  return text.split("\n").map(visible).join("\n");
}

