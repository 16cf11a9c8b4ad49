// Quick fixes for principles: an agreement with none is offered the seven Alliance Principles Plymouth
// works to, in our own words, for the parties to agree or change.

import type { AnyNode } from "../../tree";
import { appendToBlock, fixesFor, insertBefore } from "./registry";

/** Plymouth's seven Alliance Principles (Exploring the New World, Systems: Plymouth's principles), in our words. */
export const STANDARD_PRINCIPLES = [
  'collective-risk "We carry every risk of this agreement together"',
  'best-for-people "We decide on what is best for people using services"',
  'unanimity "We decide every key issue unanimously"',
  'no-fault-no-blame "We avoid disputes and claims between us, except for wilful default"',
  'open-book "We keep open books with one another"',
  'best-person "We fill key roles with the best person for the job"',
  'values-and-behaviours "We act in line with our values at all times"',
];

const NOTE = "// Plymouth's seven Alliance Principles, in our words: agree them with every party, or change them.";

/** Where a new principles section reads best: before the first of these clauses, else at the end. */
const AFTER_PRINCIPLES = ["Values", "Definitions", "KeyIssues", "Body", "Steward", "Risk", "Spend", "Learning", "Involvement"];

fixesFor("ALY301", (state) => {
  const text = state.text;
  const document = state.model.document;
  if (!document) return [];
  const block = state.model.first("Principles");
  const title = "Add Plymouth's seven Alliance Principles, for the parties to agree";
  if (block) {
    const edit = appendToBlock(text, block as never, [NOTE, ...STANDARD_PRINCIPLES]);
    return edit ? [{ title, edits: [edit], preferred: true }] : [];
  }
  const before = document.items.find((i: AnyNode) => AFTER_PRINCIPLES.includes(i.kind));
  const lines = ["principles {", `  ${NOTE}`, ...STANDARD_PRINCIPLES.map((p) => `  ${p}`), "}"];
  if (before) return [{ title, edits: [insertBefore(text, before, lines)], preferred: true }];
  const edit = appendToBlock(text, document as never, lines);
  return edit ? [{ title, edits: [edit], preferred: true }] : [];
});
