// The exceptions to no fault, no blame, and the grounds for claims between the parties: which of them go
// further than the agreement's own no-fault-no-blame principle allows, so that each is reported once.

import type { DocumentModel } from "../../model";
import type { PrincipleNode, WordNode } from "../../tree";
import { narrowException, noBlamePrinciple, riskItemsOf, withinStated } from "./shared";

export interface CarveOut {
  word: WordNode;
  /** `except` on a no-fault-no-blame clause, or a ground in `claims for`. */
  via: "except" | "claims";
  /** The exception as people read it: `wilful-default` becomes "wilful default". */
  reads: string;
}

export function carveOuts(model: DocumentModel): CarveOut[] {
  return [
    ...riskItemsOf(model, "NoFaultNoBlame").flatMap((c) => c.exceptions.map((word) => ({ word, via: "except" as const, reads: word.word.replace(/-/g, " ") }))),
    ...riskItemsOf(model, "Claims").flatMap((c) => c.grounds.map((word) => ({ word, via: "claims" as const, reads: word.word.replace(/-/g, " ") }))),
  ];
}

/** The carve-outs that the no-fault-no-blame principle's own wording does not allow, with that principle. */
export function carveOutsAgainstPrinciple(model: DocumentModel): { carveOut: CarveOut; principle: PrincipleNode; stated: string[] }[] {
  const found = noBlamePrinciple(model);
  if (!found) return [];
  return carveOuts(model)
    .filter((c) => !narrowException(c.reads) && !withinStated(c.reads, found.exceptions))
    .map((carveOut) => ({ carveOut, principle: found.principle, stated: found.exceptions }));
}
