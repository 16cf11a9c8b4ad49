// Helpers for the parties rules.

import type { DocumentModel } from "../../model";
import type { PartyDetail, PartyDetailKey, PartyNode, Span } from "../../tree";
import { itemsOf } from "../../tree";

/** A party's detail clause of one kind, if it declares one. */
export function detail(party: PartyNode, key: PartyDetailKey): PartyDetail | undefined {
  return itemsOf(party.items).find((item) => item.key === key && item.value.value.trim() !== "");
}

/** Says where a detail clause goes: inside the party's block, or in a new block when it has none. */
export function whereDetailGoes(party: PartyNode, clauses: string): string {
  if (party.open) return `in its block, add ${clauses}`;
  return `give \`${party.name.name}\` a block (add \`{\` after its full name and \`}\` on a later line) holding ${clauses}`;
}

/** Party roles that stand for the public body that buys or funds the alliance's work. */
export const COMMISSIONING_ROLES = ["commissioner", "funder"] as const;

export function isCommissioning(party: PartyNode): boolean {
  return party.roles.some((r) => (COMMISSIONING_ROLES as readonly string[]).includes(r.word));
}

export interface Seat {
  /** The first body the party sits on. */
  body: string;
  /** The `members` keyword of that body. */
  members: Span;
}

/**
 * The parties that sit on some body, by name: named among its members or every party for `members all`;
 * with `viaRoles`, also a party that holds (`held by`) a role named among its members.
 */
export function seatedParties(model: DocumentModel, viaRoles: boolean): Map<string, Seat> {
  const seated = new Map<string, Seat>();
  for (const body of model.bodies()) {
    for (const members of itemsOf(body.items)) {
      if (members.kind !== "Members") continue;
      const names = members.all ? model.parties().map((p) => p.name.name) : members.names.map((n) => n.name);
      for (const name of names) {
        const partyName = model.party(name) ? name : viaRoles ? model.role(name)?.heldBy?.name : undefined;
        if (partyName && model.party(partyName) && !seated.has(partyName)) {
          seated.set(partyName, { body: body.name.name, members: members.keyword });
        }
      }
    }
  }
  return seated;
}
