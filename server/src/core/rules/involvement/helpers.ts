// Small helpers the involvement rules share.

import type { DocumentModel } from "../../model";
import type { BodyNode, Ident, PartyNode, Span } from "../../tree";
import type { RuleContext } from "../context";

export const LIVED_EXPERIENCE = "lived-experience";

/** Where to report something missing from the whole document: its short name, else its kind keyword. */
export function documentSpan(context: RuleContext): Span {
  return context.document.name?.span ?? context.document.keyword ?? { start: context.document.span.start, end: context.document.span.start };
}

/** "a, b and c" */
export function andList(words: readonly string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

export function isLivedExperience(party: PartyNode | undefined): boolean {
  return !!party && party.roles.some((r) => r.word === LIVED_EXPERIENCE);
}

/** The model of the document that declares what `id` resolves to, with the kind it resolved to. */
export function declaringModel(context: RuleContext, id: Ident): { model: DocumentModel; kind: string } | null | "unknown" {
  const resolution = context.resolve(id);
  if (resolution === null || resolution === "unknown") return resolution;
  const model = resolution.uri === context.uri ? context.model : context.workspace.get(resolution.uri)?.model;
  return model ? { model, kind: resolution.kind } : null;
}

/** True when a body's members include a party with lived experience (directly, or through a role that party holds). */
export function bodyHasLivedExperience(model: DocumentModel, body: BodyNode): boolean {
  return model.membersOf(body).some((name) => {
    if (isLivedExperience(model.party(name))) return true;
    const holder = model.role(name)?.heldBy?.name;
    return !!holder && isLivedExperience(model.party(holder));
  });
}
