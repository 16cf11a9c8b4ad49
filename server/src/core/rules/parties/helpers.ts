// Helpers for the parties rules.

import type { DocumentModel } from "../../model";
import type { PartyDetail, PartyDetailKey, PartyNode, Span } from "../../tree";
import { perModel } from "../per-model";

/** A party's detail clause of one kind, if it declares one. */
export function detail(party: PartyNode, key: PartyDetailKey): PartyDetail | undefined {
  return party.items.find((item): item is PartyDetail => item.kind !== "Error" && item.key === key && item.value.value.trim() !== "");
}

/** "`A`", "`A` and `B`", "`A`, `B`, `C` and 2 more": names for a message, at most `max` of them spelt out. */
export function nameList(names: readonly string[], max = 3): string {
  const quoted = names.map((n) => `\`${n}\``);
  if (quoted.length > max) return `${quoted.slice(0, max).join(", ")} and ${quoted.length - max} more`;
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

/** Parties that give money to the pooled value (`value … pooled by`). */
export function poolingParties(model: DocumentModel): Set<string> {
  return new Set(model.clauses("Value").flatMap((v) => v.pooledBy.map((id) => id.name)));
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
 * with `viaRoles`, also a party that holds (`held by`) a role named among its members. Read once per
 * model, both ways in one pass, since two rules ask.
 */
export function seatedParties(model: DocumentModel, viaRoles: boolean): ReadonlyMap<string, Seat> {
  const seated = seatedBothWays(model);
  return viaRoles ? seated.viaRoles : seated.direct;
}

const seatedBothWays = perModel((model: DocumentModel) => {
  const direct = new Map<string, Seat>();
  const viaRoles = new Map<string, Seat>();
  // The parties seated so far, by node: a name finds its party once, and the node (each name's first
  // party) is then asked after by identity rather than by comparing names again.
  const seatedDirect = new Set<PartyNode>();
  const seatedViaRoles = new Set<PartyNode>();
  // After the first `members all`, every party is seated: a later one seats nobody new.
  let everyone = false;
  for (const body of model.bodies()) {
    for (const members of body.items) {
      if (members.kind !== "Members" || (members.all && everyone)) continue;
      everyone ||= members.all;
      const names = members.all ? model.parties().map((p) => p.name) : members.names;
      for (const { name } of names) {
        const party = model.party(name);
        if (party) {
          if (!seatedDirect.has(party)) {
            seatedDirect.add(party);
            direct.set(name, { body: body.name.name, members: members.keyword });
          }
          if (!seatedViaRoles.has(party)) {
            seatedViaRoles.add(party);
            viaRoles.set(name, { body: body.name.name, members: members.keyword });
          }
        } else {
          const holder = model.role(name)?.heldBy?.name;
          const held = holder ? model.party(holder) : undefined;
          if (held && !seatedViaRoles.has(held)) {
            seatedViaRoles.add(held);
            viaRoles.set(holder!, { body: body.name.name, members: members.keyword });
          }
        }
      }
    }
  }
  return { direct, viaRoles };
});
