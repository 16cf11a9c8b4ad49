// Helpers shared by the decision-making rules: which ways of deciding need everyone, which are votes,
// which ways of deciding the agreement's own principles rule out (read by principles/meaning.ts), and
// which body is the principal board.

import type { DocumentModel } from "../../model";
import type { BodyNode, CastingVoteNode, ChairNode, DecidesNode, Ident, IfNotUnanimousNode, PrincipleNode, QuorumNode, Span } from "../../tree";
import { itemsOf } from "../../tree";
import type { RuleContext } from "../context";
import { perModel } from "../per-model";
import { principlesThat, unanimityFor, type UnanimityScope } from "../principles/meaning";

/** Ways of deciding that need the agreement of every member. */
export const NEEDS_EVERYONE: readonly string[] = ["unanimity", "consensus"];

/** Ways of deciding that are votes: some members can be outvoted. */
export const VOTING: readonly string[] = ["majority", "vote", "weighted-vote", "casting-vote"];

/** Subjects of `decides` that cover the key issues. */
export const KEY_ISSUE_SUBJECTS: readonly string[] = ["key-issues", "all", "everything"];

/** How each voting word reads in a sentence. */
export const VOTING_WORDS: Record<string, string> = {
  majority: "a majority vote",
  vote: "a vote",
  "weighted-vote": "a weighted vote",
  "casting-vote": "a casting vote",
};

/** The principle, if any, that says decisions on this subject need everyone's agreement. */
export function unanimityOver(model: DocumentModel, subject: string): { principle: PrincipleNode; scope: UnanimityScope; byAllParties: boolean } | undefined {
  const found = unanimityFor(model, subject);
  return found ? { principle: found.meaning.principle, scope: found.scope, byAllParties: !!found.meaning.byAllParties } : undefined;
}

/** The first principle that promises unanimity on anything, and what it covers. */
export function unanimityPrinciple(model: DocumentModel): PrincipleNode | undefined {
  return principlesThat(model, "unanimity")[0]?.principle;
}

/** The principle that states the "best for people using services" test, however it is worded. */
export function bestForPeoplePrinciple(model: DocumentModel): PrincipleNode | undefined {
  return principlesThat(model, "bestForPeople")[0]?.principle;
}

/** A way this body decides that a unanimity principle rules out: a vote, a casting vote, or one member deciding alone. */
export interface PrincipleConflict {
  body: BodyNode;
  principle: PrincipleNode;
  scope: UnanimityScope;
  /** What the body does, in a few words. */
  how: string;
  /** The subject decided, as written, when the conflict is on one `decides` line. */
  subject: string | null;
  span: Span;
  kind: "vote" | "casting-vote" | "fallback" | "without-parties";
  data?: Record<string, unknown>;
}

/**
 * Every way a body decides that the agreement's own unanimity principles rule out. A vote conflicts when
 * its subject is covered; a casting vote or a fallback in which one member decides conflicts when any
 * subject the body decides by (or the body as a whole, for "every decision") is covered. A fallback
 * conflicts only when its target is a party or a role, which `resolveKind` tells.
 */
export function principleConflicts(model: DocumentModel, resolveKind: (target: Ident) => string | null): PrincipleConflict[] {
  return conflictsFound(model).filter((c) => {
    if (!c.target) return true;
    const kind = resolveKind(c.target);
    return kind === "party" || kind === "role";
  });
}

/** The conflicts, worked out once per document; a fallback keeps its target, to be resolved by the caller. */
const conflictsFound = perModel((model: DocumentModel): (PrincipleConflict & { target?: Ident })[] => {
  const unanimity = principlesThat(model, "unanimity");
  if (unanimity.length === 0) return [];
  const conflicts: (PrincipleConflict & { target?: Ident })[] = [];
  // Needed only for a decision "by all the parties": made when one is found.
  let partyNamesSet: Set<string> | undefined;
  const partyNamesOf = () => (partyNamesSet ??= new Set(model.parties().map((p) => p.name.name)));
  for (const body of model.bodies()) {
    const decides = decidesOf(body);
    let covered: { principle: PrincipleNode; scope: UnanimityScope; subject: string } | undefined;
    for (const d of decides) {
      const over = unanimityOver(model, d.subject.word);
      if (over && !covered) covered = { ...over, subject: d.subject.word };
      if (over && d.method.word in VOTING_WORDS) {
        conflicts.push({ body, ...over, how: `by ${VOTING_WORDS[d.method.word]}`, subject: d.subject.word, span: d.method.span, kind: "vote", data: { replacement: "unanimity" } });
      }
      // "Decided by all the parties together": a body that leaves parties out decides without them.
      // Only for named kinds of decision: "every decision by all the parties" is not read as barring working groups.
      if (over?.byAllParties && over.scope !== "everything" && !(d.method.word in VOTING_WORDS)) {
        const members = new Set(model.membersOf(body));
        const partyNames = partyNamesOf();
        // Counting the parties seated is enough to know that none is missing, without listing them.
        let seated = 0;
        for (const name of members) if (partyNames.has(name)) seated++;
        if (seated === partyNames.size) continue;
        const missing = model.parties().filter((p) => !members.has(p.name.name)).map((p) => p.name.name);
        if (missing.length > 0) {
          const names = missing.map((n) => `\`${n}\``);
          const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
          conflicts.push({ body, ...over, how: `without ${list}`, subject: d.subject.word, span: d.subject.span, kind: "without-parties", data: { missing } });
        }
      }
    }
    if (!covered && decides.length === 0) {
      const every = unanimity.find((m) => m.unanimity!.includes("everything"));
      if (every) covered = { principle: every.principle, scope: "everything", subject: "" };
    }
    if (!covered) continue;
    for (const item of itemsOf(body.items)) {
      if (item.kind === "CastingVote") {
        const who = item.ofChair ? chairOf(body)?.who.name ?? "the chair" : item.holder.name;
        conflicts.push({ body, principle: covered.principle, scope: covered.scope, how: `gives \`${who}\` a casting vote`, subject: null, span: item.holder.span, kind: "casting-vote" });
      }
      if (item.kind === "IfNotUnanimous" && item.outcome === "decides" && item.target) {
        conflicts.push({ body, principle: covered.principle, scope: covered.scope, how: `lets \`${item.target.name}\` decide alone when members disagree`, subject: null, span: item.target.span, kind: "fallback", data: { replacement: "falls" }, target: item.target });
      }
    }
  }
  return conflicts;
});

// No clause kind found below is `Error`, so one pass over a body's items leaves the errors out too.
export function chairOf(body: BodyNode): ChairNode | undefined {
  return body.items.find((i): i is ChairNode => i.kind === "Chair");
}

export function castingVotesOf(body: BodyNode): CastingVoteNode[] {
  return body.items.filter((i): i is CastingVoteNode => i.kind === "CastingVote");
}

export function decidesOf(body: BodyNode): DecidesNode[] {
  return body.items.filter((i): i is DecidesNode => i.kind === "Decides");
}

export function ifNotUnanimousOf(body: BodyNode): IfNotUnanimousNode[] {
  return body.items.filter((i): i is IfNotUnanimousNode => i.kind === "IfNotUnanimous");
}

export function quorumOf(body: BodyNode): QuorumNode | undefined {
  return body.items.find((i): i is QuorumNode => i.kind === "Quorum");
}

/** Whether the body decides anything in a way that needs every member. */
export function decidesByEveryone(body: BodyNode): DecidesNode | undefined {
  return decidesOf(body).find((d) => NEEDS_EVERYONE.includes(d.method.word));
}

/** The principal board: the body that decides the key issues, or else the first body. */
export function principalBoard(model: DocumentModel): BodyNode | undefined {
  const bodies = model.bodies();
  return bodies.find((b) => decidesOf(b).some((d) => KEY_ISSUE_SUBJECTS.includes(d.subject.word))) ?? bodies[0];
}

/** Distinct member names of a body (`members all` counts every party). */
export function distinctMembers(model: DocumentModel, body: BodyNode): string[] {
  return [...new Set(model.membersOf(body))];
}

/** Whether the body holds a line that starts with `pattern` but could not be read (already reported as a syntax problem). */
export function hasUnreadableLine(text: string, body: BodyNode, pattern: RegExp): boolean {
  return body.items.some((item) => {
    if (item.kind !== "Error") return false;
    const lineStart = text.lastIndexOf("\n", item.span.start - 1) + 1;
    const lineEnd = text.indexOf("\n", item.span.start);
    return pattern.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim());
  });
}

/** The conflicts with the principles in the document a rule is checking, names resolved as it sees them. */
export function conflictsIn(context: RuleContext): PrincipleConflict[] {
  return principleConflicts(context.model, (target) => {
    const r = context.resolve(target);
    return r && r !== "unknown" ? r.kind : null;
  });
}

/** Where each conflict with the principles stands: a clause there is reported once, as that conflict (ALY401). */
export function contradictedStarts(context: RuleContext): Set<number> {
  return new Set(conflictsIn(context).map((c) => c.span.start));
}
