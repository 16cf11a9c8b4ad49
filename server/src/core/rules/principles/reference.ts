// Plymouth's seven Alliance Principles, as the checks recognise them in an agreement's `principles` block.
// What a principle commits the alliance to is read by meaning.ts, from its wording however it is put
// (and from its short name where the wording says nothing to the contrary); this file only names the
// seven elements and says which commitment stands for each.

import type { DocumentModel } from "../../model";
import type { PrincipleNode } from "../../tree";
import { principleMeanings, type PrincipleMeaning } from "./meaning";

export interface ReferencePrinciple {
  /** The letter Plymouth gives the element, a to g. */
  letter: string;
  /** The name the checks suggest. */
  name: string;
  /** The element in plain words, for messages. */
  words: string;
  /** Whether a principle's meaning carries this element. */
  holds: (meaning: PrincipleMeaning) => boolean;
}

export const REFERENCE_PRINCIPLES: readonly ReferencePrinciple[] = [
  { letter: "a", name: "collective-risk", words: "collective risk", holds: (m) => !!m.collectiveRisk },
  { letter: "b", name: "best-for-people", words: "decisions best for people", holds: (m) => !!m.bestForPeople },
  { letter: "c", name: "unanimous", words: "unanimity on key issues", holds: (m) => m.unanimity !== undefined },
  { letter: "d", name: "no-fault-no-blame", words: "no fault, no blame", holds: (m) => m.noFaultNoBlame !== undefined },
  { letter: "e", name: "open-book", words: "open books", holds: (m) => !!m.openBook },
  { letter: "f", name: "best-person", words: "best person for key roles", holds: (m) => !!m.bestPerson },
  { letter: "g", name: "values-and-behaviours", words: "values and behaviours", holds: (m) => !!m.valuesAndBehaviours },
];

export function reference(name: string): ReferencePrinciple {
  return REFERENCE_PRINCIPLES.find((r) => r.name === name)!;
}

/** The agreement's principles that carry a reference element. */
export function principlesFor(model: DocumentModel, element: ReferencePrinciple): PrincipleNode[] {
  return principleMeanings(model).filter(element.holds).map((m) => m.principle);
}
