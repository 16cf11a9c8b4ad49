// Helpers the read-across rules share: the documents of a tender pack around the one being checked,
// how a criterion's stage is read, exact percentages and money for messages, and how a message names
// another document.

import type { DocumentModel } from "../../model";
import type { RelatedLocation } from "../../problem";
import { closest } from "../../suggest";
import type { CriterionNode, DocumentKind, Ident, PrincipleNode, QuestionNode, RequirementNode, Span } from "../../tree";
import { itemsOf } from "../../tree";
import { CHOICES } from "../../vocabulary";
import type { DocumentState } from "../../workspace";
import type { RuleContext } from "../context";
import { performanceTies } from "../learning/measures";
import { source } from "../../guidance/sources";


/** The passages the read-across rules rest on: the report, its section and a phrase found in it. */
export const READ_ACROSS = source("ET", "What does this mean for procurement? (Dealing with challenge)", "specification, requirements, evaluation and selection criteria 'read-across' and are consistent");
export const PURPOSE_CENTRAL = source("ET", "What does this mean for procurement? (Dealing with challenge)", "Focus on the purpose and objectives of commissioning");
export const EQUAL_TREATMENT = source("ET", "What does this mean for procurement? (Principled working)", "Apply equal treatment (information, opportunities, procedures, assessment)");
export const START_WITH_PURPOSE = source("ENW", "How change happens: Start with purpose", "A system is identified and bounded by its purpose");
export const PLYMOUTH_TENDER = source("ENW", "Commissioner: Plymouth City Council", "The tender did not specify outputs or outcomes to be delivered");
export const NO_TARGETS_CONTRACT = source("ET", "Example 1: funder/commissioner led, Resource allocation", "The contract does not specify targets to be achieved");

// --- the pack ------------------------------------------------------------------------------------

/** The nearest document of a kind among those this one is `for`. */
export function linkedOf(context: RuleContext, kind: DocumentKind): DocumentState | undefined {
  return context.linked.find((d) => d.model.kind === kind);
}

/** Documents written `for` this one (directly or through another), of one kind. */
export function dependentsOf(context: RuleContext, kind: DocumentKind, uri: string = context.uri): DocumentState[] {
  const found: DocumentState[] = [];
  for (const dependent of context.workspace.dependents(uri)) {
    if (dependent === context.uri) continue;
    const state = context.workspace.get(dependent);
    if (state && state.model.kind === kind) found.push(state);
  }
  return found;
}

/**
 * Documents of one kind written for the same document as this one (its siblings), and those this one
 * is `for`: the other evaluations, or the tenders, of the same tender pack.
 */
export function packOf(context: RuleContext, kind: DocumentKind): DocumentState[] {
  const seen = new Set<string>([context.uri]);
  const found: DocumentState[] = [];
  const add = (state: DocumentState) => {
    if (seen.has(state.uri) || state.model.kind !== kind) return;
    seen.add(state.uri);
    found.push(state);
  };
  for (const state of context.linked) add(state);
  if (context.linked.length > 0) for (const state of dependentsOf(context, kind, context.linked[0].uri)) add(state);
  return found;
}

/** "the agreement `PlymouthAlliance`", "the specification `PlymouthSpec`" */
export function documentLabel(model: DocumentModel): string {
  const kind = model.kind ?? "document";
  return model.name ? `the ${kind} \`${model.name}\`` : `the ${kind}`;
}

/** "this specification", "this tender" */
export function thisDocument(context: RuleContext): string {
  return `this ${context.kind ?? "document"}`;
}

/** Where to report something missing from the whole document: its short name, else its first word. */
export function documentSpan(context: RuleContext): Span {
  return context.document.name?.span ?? context.document.keyword ?? { start: context.document.span.start, end: context.document.span.start };
}

/** Where another document's problem-free anchor is: its short name, else its first word. */
export function documentSpanOf(model: DocumentModel): Span {
  const doc = model.document;
  if (!doc) return { start: 0, end: 0 };
  return doc.name?.span ?? doc.keyword ?? { start: doc.span.start, end: doc.span.start };
}

/** A related location in another document (or in this one when `uri` is the document's own). */
export function relatedIn(context: RuleContext, uri: string, span: Span, message: string): RelatedLocation {
  return uri === context.uri ? { span, message } : { uri, span, message };
}

// --- criteria ------------------------------------------------------------------------------------

export type Stage = "award" | "selection";

/**
 * The stage a criterion belongs to: `award` when it names none. A misspelt stage (which ALY014 reports)
 * is read as the stage it is closest to; null when it is close to neither.
 */
export function stageOf(criterion: CriterionNode): Stage | null {
  if (!criterion.stage) return "award";
  const word = criterion.stage.word;
  const stages = CHOICES.criterionStage as readonly string[];
  if (stages.includes(word)) return word as Stage;
  return closest(word, stages) as Stage | null;
}

/** "award criterion `X`", "selection criterion `X`" */
export function criterionLabel(criterion: CriterionNode): string {
  const stage = stageOf(criterion);
  return `${stage ? `${stage} ` : ""}criterion \`${criterion.name.name}\``;
}

/** True when an `assesses` name resolves to nothing, or might be declared in a document that is missing. */
export function unresolved(context: RuleContext, id: Ident): boolean {
  const resolution = context.resolve(id);
  return resolution === null || resolution === "unknown";
}

// --- words ---------------------------------------------------------------------------------------

/** "`a`", "`a` and `b`", "`a`, `b` and `c`" */
export function quotedAnd(words: readonly string[]): string {
  const quoted = words.map((w) => `\`${w}\``);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

/** Quoted text shortened for a message: at most `max` characters, ending in "…" when cut. */
export function shorten(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

// --- the agreement's measures ----------------------------------------------------------------------

/**
 * The agreement this document is for, when it uses its measures for learning only: it declares at
 * least one measure, and none is a target, tied to payment or sanctions, or used to rank providers.
 */
export function learningOnlyAgreement(context: RuleContext): DocumentState | undefined {
  const agreement = linkedOf(context, "agreement");
  if (!agreement) return undefined;
  const measures = agreement.model.measures();
  if (measures.length === 0) return undefined;
  if (measures.some((m) => performanceTies(agreement.model, m).length > 0 || m.uses.some((u) => u.word === "ranking"))) return undefined;
  return agreement;
}

/**
 * The agreement's principle that says the alliance sets no targets, such as "We learn from what happens; we
 * do not set targets for one another": a heuristic on the principle's wording.
 */
export function noTargetsPrinciple(model: DocumentModel): PrincipleNode | undefined {
  return model.principles().find((p) => !p.text.error && NO_TARGETS_WORDING.test(p.text.value));
}

const NO_TARGETS_WORDING = /\b(?:no|not|never|without|rather\s+than|instead\s+of)\b[^.;"]{0,40}?\btargets?\b/i;

/** The text with its first letter in capitals, for a message that starts with it. */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// --- declarations --------------------------------------------------------------------------------

/** A specification's requirements, in source order. */
export function requirementsOf(model: DocumentModel): RequirementNode[] {
  return model.clauses("Requirements").flatMap((block) => itemsOf(block.items));
}

/** A tender's questions, in source order. */
export function questionsOf(model: DocumentModel): QuestionNode[] {
  return model.clauses("Questions").flatMap((block) => itemsOf(block.items));
}
