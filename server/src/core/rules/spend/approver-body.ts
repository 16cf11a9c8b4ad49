// Bodies that approve spend, each taken once, at the first band that names it.

import type { BandNode, BodyNode } from "../../tree";
import type { RuleContext } from "../context";
import { lookup } from "../governance/structure";
import type { Ladder } from "./ladder";

export function bodyApprovers(context: RuleContext, ladder: Ladder): { body: BodyNode; band: BandNode }[] {
  const seen = new Set<BodyNode>();
  const result: { body: BodyNode; band: BandNode }[] = [];
  for (const band of ladder.bands) {
    const named = lookup(context, band.approver);
    if (named?.kind !== "body" || seen.has(named.node)) continue;
    seen.add(named.node);
    result.push({ body: named.node, band });
  }
  return result;
}
