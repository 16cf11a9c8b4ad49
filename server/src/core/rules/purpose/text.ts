// Small helpers shared by the parties, purpose and principles rules: where to report something missing
// from the whole document, and how to point at a few words inside text in quotes.

import type { Span, Str } from "../../tree";
import type { RuleContext } from "../context";

/** Where to report something missing from the whole document: its short name, else its first word. */
export function documentSpan(context: RuleContext): Span {
  return context.document.name?.span ?? context.document.keyword ?? { start: context.document.span.start, end: context.document.span.start };
}

/**
 * The span of `length` characters starting at `index` of a quoted text's value. Text written with
 * escapes (where the value is not the source verbatim) falls back to the whole quoted text.
 */
export function spanWithin(source: string, str: Str, index: number, length: number): Span {
  const quote = str.triple ? 3 : 1;
  const inner = source.slice(str.span.start + quote, Math.max(str.span.start + quote, str.span.end - quote));
  const at = inner.indexOf(str.value);
  if (at < 0 || str.value.length === 0) return str.span;
  const start = str.span.start + quote + at + index;
  return { start, end: start + length };
}

/** `a`, `b` and `c`, in words, for messages. */
export function andList(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
