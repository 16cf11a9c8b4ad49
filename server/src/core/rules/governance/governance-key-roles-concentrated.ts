import type { Ident, Span } from "../../tree";
import type { RuleContext } from "../context";
import type { Rule } from "../rule";
import { ladderOf } from "../spend/ladder";
import { KEY_PEOPLE } from "./cites";
import { BOARD, body, governanceExample } from "./example";
import { clausesOf, joinAnd, lookup, type Named } from "./structure";

interface Position {
  label: string;
  span: Span;
}

interface Holder {
  /** The declaring name: a party's or a role's. */
  declaration: Ident;
  positions: Position[];
  /** The positions' labels, so that a holder of many is not searched through for each new one. */
  labels: Set<string>;
}

const KEY_ROLE_KINDS: Record<string, (role: string) => string> = {
  "project-manager": (role) => `project manager (\`${role}\`)`,
  steward: () => "system steward",
};

/**
 * Who holds each key position: the chair of each body, the system steward, spend approval, and roles of
 * kind project manager or steward. A role held by a party counts for that party.
 */
function holders(context: RuleContext): Map<string, Holder> {
  const result = new Map<string, Holder>();
  const add = (named: Named | null, label: string, span: Span, viaRole = true): void => {
    if (!named || named.kind === "body" || named.model !== context.model) return;
    let declaration: Ident = named.node.name;
    let key = `${named.kind}:${declaration.name}`;
    if (viaRole && named.kind === "role" && named.node.heldBy) {
      const party = context.model.party(named.node.heldBy.name);
      if (party) {
        declaration = party.name;
        key = `party:${party.name.name}`;
      }
    }
    const holder = result.get(key) ?? { declaration, positions: [], labels: new Set<string>() };
    if (!holder.labels.has(label)) {
      holder.labels.add(label);
      holder.positions.push({ label, span });
    }
    result.set(key, holder);
  };
  const chairs = context.model.bodies().map((b) => ({ body: b, chairs: clausesOf(b, "Chair") }));
  for (const { body: b, chairs: ofBody } of chairs) {
    for (const chair of ofBody) add(lookup(context, chair.who), `chair of \`${b.name.name}\``, chair.who.span);
  }
  for (const s of context.model.clauses("Steward")) add(lookup(context, s.who), "system steward", s.who.span);
  const ladder = ladderOf(context.model);
  for (const band of ladder?.bands ?? []) add(lookup(context, band.approver), "spend approver", band.approver.span);
  for (const role of context.model.roles()) {
    const label = KEY_ROLE_KINDS[role.roleKind.word];
    if (label) add({ kind: "role", node: role, model: context.model }, label(role.name.name), role.name.span);
  }
  // A role held by a party that holds no key position itself still counts once for that party.
  const named = new Set<string>();
  for (const { chairs: ofBody } of chairs) for (const chair of ofBody) named.add(chair.who.name);
  for (const s of context.model.clauses("Steward")) named.add(s.who.name);
  for (const band of ladder?.bands ?? []) named.add(band.approver.name);
  for (const role of context.model.roles()) {
    if (!role.heldBy || role.roleKind.word === "frontline") continue;
    const party = context.model.party(role.heldBy.name);
    if (!party) continue;
    const holder = result.get(`party:${party.name.name}`);
    const counted = holder?.positions.some((p) => p.span.start >= role.span.start && p.span.end <= role.span.end);
    // Named as a chair, the steward or an approver: already counted through the role.
    if (counted || named.has(role.name.name)) continue;
    add({ kind: "party", node: party, model: context.model }, `the role \`${role.name.name}\``, role.heldBy.span, false);
  }
  return result;
}

export const keyRoles: Rule = {
  code: "ALY710",
  name: "governance-key-roles-concentrated",
  title: "One party or role holds many of the alliance's key roles",
  severity: "info",
  grounds: "suggestion",
  topic: "Governance bodies and roles",
  basis: "inferred",
  why: "Collaborations depend on a few key people, and are asked how those people can be supported without being relied on too much. When one partner chairs, stewards and approves spend, the alliance leans on it and power gathers there.",
  rationale:
    "The Collaborative Providers Index asks how the key people in a collaboration can be supported but not relied on too heavily (Collaborative Providers, Part 2, the Index, Delivery: Functions). When one party or one role chairs the bodies, stewards the system, manages the work and approves spend, the alliance rests on it, and power gathers where the alliance meant to share it. The number of key roles that prompts this note is a setting (`keyRolesPerHolder`, 3 by default), not a figure from the reports.",
  guidance: [{ id: "R7.9", ...KEY_PEOPLE }],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({
      bodies: [body("Board", BOARD.map((c) => (c === "chair Chair" ? "chair PCC" : c)))],
      after: "  spend {\n    over £0 approved by PCC\n  }\n",
    }),
    right: governanceExample({ after: "  spend {\n    over £0 approved by Board\n  }\n" }),
  },
  check(context) {
    const limit = context.thresholds.keyRolesPerHolder.value;
    if (!(limit > 0)) return;
    for (const holder of holders(context).values()) {
      if (holder.positions.length < limit) continue;
      const sorted = [...holder.positions].sort((a, b) => a.span.start - b.span.start);
      context.report({
        span: holder.declaration.span,
        message: `${sorted.length} key roles rest with \`${holder.declaration.name}\`: ${sorted.length > 3 ? `${sorted.slice(0, 3).map((p) => p.label).join(", ")} and ${sorted.length - 3} more` : joinAnd(sorted.map((p) => p.label))}. Consider sharing them out, so that the alliance does not lean too heavily on one partner or person.`,
        related: sorted.map((p) => ({ span: p.span, message: p.label })),
        data: { holder: holder.declaration.name, count: sorted.length, limit },
      });
    }
  },
};
