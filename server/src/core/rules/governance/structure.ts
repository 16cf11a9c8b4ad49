// Shared reading of an agreement's governance: which body is the principal one, what a name stands
// for, and the clauses of a body. Used by the governance and the spend rules.

import type { DocumentModel } from "../../model";
import type { BodyItem, BodyNode, Ident, PartyNode, RoleDecl } from "../../tree";
import { itemsOf } from "../../tree";
import type { RuleContext } from "../context";
import { perModel } from "../per-model";

export type Named =
  | { kind: "party"; node: PartyNode; model: DocumentModel }
  | { kind: "role"; node: RoleDecl; model: DocumentModel }
  | { kind: "body"; node: BodyNode; model: DocumentModel };

/** What a referring name stands for, in this document or one it is `for`; null when it does not resolve (ALY010 says so). */
export function lookup(context: RuleContext, id: Ident): Named | null {
  const resolution = context.resolve(id);
  if (!resolution || resolution === "unknown") return null;
  const model = resolution.uri === context.uri ? context.model : context.linked.find((d) => d.uri === resolution.uri)?.model;
  if (!model) return null;
  if (resolution.kind === "party") {
    const node = model.party(id.name);
    return node ? { kind: "party", node, model } : null;
  }
  if (resolution.kind === "role") {
    const node = model.role(id.name);
    return node ? { kind: "role", node, model } : null;
  }
  if (resolution.kind === "body") {
    const node = model.body(id.name);
    return node ? { kind: "body", node, model } : null;
  }
  return null;
}

/** The party a name stands for: the party itself, or the party a role is `held by`. */
export function partyBehind(named: Named | null): PartyNode | null {
  if (!named) return null;
  if (named.kind === "party") return named.node;
  if (named.kind === "role" && named.node.heldBy) return named.model.party(named.node.heldBy.name) ?? null;
  return null;
}

export type BodyClause<K extends BodyItem["kind"]> = Extract<BodyItem, { kind: K }>;

/** A body's clauses of one kind, in source order. */
export function clausesOf<K extends BodyItem["kind"]>(body: BodyNode, kind: K): BodyClause<K>[] {
  // No clause kind is `Error`, so one pass over the items leaves the errors out too.
  return body.items.filter((item): item is BodyClause<K> => item.kind === kind);
}

export function hasClause(body: BodyNode, kind: BodyItem["kind"]): boolean {
  return body.items.some((item) => item.kind === kind);
}

/** Subjects of `decides` that cover the key issues. */
export const KEY_ISSUE_WORDS: readonly string[] = ["key-issues", "all", "everything"];

/** Whether a body decides the key issues (`decides key-issues`, `decides all` or `decides everything`). */
export function decidesKeyIssues(body: BodyNode): boolean {
  return clausesOf(body, "Decides").some((d) => KEY_ISSUE_WORDS.includes(d.subject.word));
}

/**
 * The alliance's principal body: the body that decides key issues; else the first body declared. Every
 * rule that needs "the board" asks here, so that they all agree on which body it is.
 */
export function principalBody(model: DocumentModel): BodyNode | undefined {
  const bodies = model.bodies();
  return bodies.find(decidesKeyIssues) ?? bodies[0];
}

/**
 * Whether a body takes decisions: it decides something, allocates resources, approves spend in the
 * ladder, or settles what another body cannot agree (`if not unanimous: refer to` it).
 */
export function takesDecisions(model: DocumentModel, body: BodyNode): boolean {
  const name = body.name.name;
  if (hasClause(body, "Decides")) return true;
  if (clausesOf(body, "Functions").some((f) => f.names.some((n) => n.word === "allocate-resources"))) return true;
  const { approvers, referredTo } = deciders(model);
  return approvers.has(name) || referredTo.has(name);
}

/** The names that approve a spend band, and those a body's `if not unanimous` refers to: read once per document, not once per body asked about. */
const deciders = perModel((model: DocumentModel) => {
  const approvers = new Set(model.bands().map((b) => b.approver.name));
  const referredTo = new Set<string>();
  for (const b of model.bodies()) for (const i of clausesOf(b, "IfNotUnanimous")) if (i.target) referredTo.add(i.target.name);
  return { approvers, referredTo };
});

/** `a`, `a or b`, `a, b or c` (plain words, no quoting). */
export function joinOr(words: readonly string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}

/** `a`, `a and b`, `a, b and c` (plain words, no quoting). */
export function joinAnd(words: readonly string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** How many people or organisations an authority brings together: one for a party or role, the members of a body. Null when a body lists no members. */
export function breadthOf(named: Named): number | null {
  if (named.kind !== "body") return 1;
  const count = named.model.membersOf(named.node).length;
  return count > 0 ? count : null;
}

/** "`Director` alone", "`Panel` (3 members)". */
export function describeAuthority(named: Named): string {
  const name = `\`${named.node.name.name}\``;
  if (named.kind !== "body") return `${name} alone`;
  const count = named.model.membersOf(named.node).length;
  return `${name} (${count} ${count === 1 ? "member" : "members"})`;
}
