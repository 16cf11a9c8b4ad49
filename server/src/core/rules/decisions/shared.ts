// Helpers shared by the decision-making rules: which ways of deciding need everyone, which are votes,
// which principle declares unanimity or the "best for people" test, and which body is the principal board.

import type { DocumentModel } from "../../model";
import type { BodyNode, DecidesNode, IfNotUnanimousNode, PrincipleNode, QuorumNode } from "../../tree";
import { itemsOf } from "../../tree";

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

/** Lower case, with hyphens, quotes and punctuation turned into single spaces. */
export function plain(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
}

/**
 * The principle that commits the parties to unanimous decisions: one whose short name says so
 * (`unanimous`, `unanimity`, `unanimous-decisions`, `consensus`) or whose wording says "unanimous".
 * The wording test is a heuristic on quoted text.
 */
export function unanimityPrinciple(model: DocumentModel): PrincipleNode | undefined {
  return model.principles().find((p) => {
    const name = p.name.name.toLowerCase();
    if (name.includes("unanim") || name === "consensus") return true;
    return /\bunanim(ous|ously|ity)\b/.test(plain(p.text.value));
  });
}

/**
 * The principle that states the "best for people using services" (or "best for service") test: by its
 * short name (`best-for-people`, `best-for-service`…) or, as a heuristic, by its wording.
 */
export function bestForPeoplePrinciple(model: DocumentModel): PrincipleNode | undefined {
  return model.principles().find((p) => {
    if (/^best-for-(people|service)/i.test(p.name.name)) return true;
    const words = plain(p.text.value);
    return words.includes(" best for people ") || words.includes(" best for service");
  });
}

export function decidesOf(body: BodyNode): DecidesNode[] {
  return itemsOf(body.items).filter((i): i is DecidesNode => i.kind === "Decides");
}

export function ifNotUnanimousOf(body: BodyNode): IfNotUnanimousNode[] {
  return itemsOf(body.items).filter((i): i is IfNotUnanimousNode => i.kind === "IfNotUnanimous");
}

export function quorumOf(body: BodyNode): QuorumNode | undefined {
  return itemsOf(body.items).find((i): i is QuorumNode => i.kind === "Quorum");
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
