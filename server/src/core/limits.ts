// How large a document may be before it is not analysed. Parsing and checking are linear in the text
// (bench/ measures them), so this keeps a whole check of the largest document well under a second and
// its tree in memory modest; the largest real agreement seen so far is about a fortieth of it.

export const MAX_DOCUMENT_LENGTH = 4_000_000;

/** The stable code of the one diagnostic a document above the limit gets instead of an analysis. */
export const TOO_LARGE_CODE = "document-too-large";

export function tooLargeMessage(length: number): string {
  return `This document has ${length.toLocaleString("en-GB")} characters, more than the ${MAX_DOCUMENT_LENGTH.toLocaleString("en-GB")} the checker reads, so it is not checked: analysing it would hold up the editor. Split it into smaller documents linked with \`for\`, or check it in parts.`;
}
