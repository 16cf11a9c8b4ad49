// How large a document may be before it is not analysed. Checking is roughly linear, about a second per
// million characters, so this keeps one check within a second and the editor responsive; the largest
// real agreement seen so far is about a tenth of it.

export const MAX_DOCUMENT_LENGTH = 1_000_000;

/** The stable code of the one diagnostic a document above the limit gets instead of an analysis. */
export const TOO_LARGE_CODE = "document-too-large";

export function tooLargeMessage(length: number): string {
  return `This document has ${length.toLocaleString("en-GB")} characters, more than the ${MAX_DOCUMENT_LENGTH.toLocaleString("en-GB")} the checker reads, so it is not checked: analysing it would hold up the editor. Split it into smaller documents linked with \`for\`, or check it in parts.`;
}
