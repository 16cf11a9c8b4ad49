// Helpers shared by the learning and measures rules: a measure's details, the ways it is tied to
// performance (targets, payment, sanctions), and how to name it in a message.

import type { DocumentModel } from "../../model";
import type {
  BodyNode, DataSharingNode, LearningNode, MeasureDetail, MeasureDetailKey, MeasureNode, ReviewNode, Span, WordNode,
} from "../../tree";
import { itemsOf } from "../../tree";
import type { PrincipleNode } from "../../tree";
import { principlesThat } from "../principles/meaning";
import { perModelAndKey } from "../per-model";
import type { RuleCodes } from "../codes";

/** Uses of a measure that make it a performance term: a target to hit, money that depends on it, or a penalty. */
export const PERFORMANCE_USES: readonly string[] = ["target", "payment", "sanction"];

/** Uses that reward or punish, or compare providers: they cannot sit with learning (R8.2). */
export const CONFLICTS_WITH_LEARNING: readonly string[] = ["payment", "sanction", "ranking", "target"];

/** Kinds of measure that count process (time and activity) rather than what changes in people's lives. */
export const PROCESS_KINDS: readonly string[] = ["hours", "hourly-rate", "contacts", "time-and-task"];

/** How each process kind reads in a sentence. */
export const PROCESS_KIND_WORDS: Record<string, string> = {
  hours: "hours of support delivered",
  "hourly-rate": "an hourly rate",
  contacts: "a count of contacts",
  "time-and-task": "time and task",
};

/** How each performance use reads in a sentence. */
export const USE_WORDS: Record<string, string> = {
  target: "as a target",
  payment: "for payment",
  sanction: "for sanctions",
  ranking: "to rank providers",
};

/**
 * Telling words that tie a measure or a target to money or penalties under the contract. This is a
 * heuristic on quoted text: `linked-to "the payment schedule"` ties a measure to payment, while
 * `linked-to "our shared purpose"` does not. Outcomes that people experience are left alone:
 * benefit or direct payments, benefit sanctions and tenancy terminations are not contract terms.
 */
const STRONG_TEXT =
  /\b(payable|penalt(y|ies)|service credits?|withh(o|e)ld(ing)?|withhold|claw ?backs?|bonus(es)?|payment by results|incentive payments?)\b/i;
const PAYMENT_TEXT = /(?<!\b(benefit|benefits|direct|housing|welfare|rent)\s)\bpayments?\b/i;
const SANCTION_TEXT = /(?<!\b(benefit|benefits|welfare)\s)\bsanction(s|ed)?\b/i;
const TERMINATION_TEXT = /\bterminat\w*\b[^.]{0,40}\b(contract|agreement)\b|\b(contract|agreement)\b[^.]{0,40}\bterminat\w*/i;

export function tiesToPerformance(text: string): boolean {
  return STRONG_TEXT.test(text) || PAYMENT_TEXT.test(text) || SANCTION_TEXT.test(text) || TERMINATION_TEXT.test(text);
}

export function detailsOf(measure: MeasureNode, key?: MeasureDetailKey): MeasureDetail[] {
  // With a key, one pass leaves out the errors and keeps that key's details.
  return key ? measure.items.filter((d): d is MeasureDetail => d.kind !== "Error" && d.key === key) : itemsOf(measure.items);
}

export function detailOf(measure: MeasureNode, key: MeasureDetailKey): MeasureDetail | undefined {
  return detailsOf(measure, key)[0];
}

/** The words given for a one-word detail such as `kind` or `perspective`. */
export function wordsOf(measure: MeasureNode, key: MeasureDetailKey): WordNode[] {
  return detailsOf(measure, key).flatMap((d) => (d.word ? [d.word] : []));
}

export function useOf(measure: MeasureNode, use: string): WordNode | undefined {
  return measure.uses.find((u) => u.word === use);
}

/** One way a measure is tied to performance: a use word, a `target "…"`, or a `linked-to` that names money or penalties. */
export interface PerformanceTie {
  span: Span;
  /** `target`, `payment` or `sanction` for a use word; `target` for a target detail; `linked` for `linked-to`. */
  what: "target" | "payment" | "sanction" | "linked";
  via: "use" | "target-detail" | "linked-to";
  /** Where else the same tie is written: a `target "…"` detail on a measure also `used for target` is one target. */
  also?: Span[];
}

/** The ways a measure is tied to performance, in source order: read once per measure of a model, since several rules ask. */
export const performanceTies: (model: DocumentModel, measure: MeasureNode) => readonly PerformanceTie[] = perModelAndKey((_model, measure: MeasureNode) => readTies(measure));

function readTies(measure: MeasureNode): PerformanceTie[] {
  const ties: PerformanceTie[] = [];
  for (const use of measure.uses) {
    if (PERFORMANCE_USES.includes(use.word)) ties.push({ span: use.span, what: use.word as PerformanceTie["what"], via: "use" });
  }
  // A measure used as a target that also states its target sets one target, not two.
  const targetUse = ties.find((t) => t.what === "target");
  for (const detail of detailsOf(measure, "target")) {
    if (targetUse) (targetUse.also ??= []).push(detail.keyword);
    else ties.push({ span: detail.keyword, what: "target", via: "target-detail" });
  }
  for (const detail of detailsOf(measure, "linked-to")) {
    if (detail.text && tiesToPerformance(detail.text.value)) ties.push({ span: detail.keyword, what: "linked", via: "linked-to" });
  }
  return ties.sort((a, b) => a.span.start - b.span.start);
}

/** The measure's process kind, if it has one. */
export function processKind(measure: MeasureNode): WordNode | undefined {
  return wordsOf(measure, "kind").find((w) => PROCESS_KINDS.includes(w.word));
}

/** Whether a measure is used for learning. */
export function forLearning(measure: MeasureNode): boolean {
  return measure.uses.some((u) => u.word === "learning");
}

/** `measure \`IROC\`` for messages. */
export function measureLabel(measure: MeasureNode): string {
  return `measure \`${measure.name.name}\``;
}

export function learningBlocks(model: DocumentModel): LearningNode[] {
  return model.clauses("Learning");
}

export function reviewsOf(model: DocumentModel): ReviewNode[] {
  return learningBlocks(model)
    .flatMap((block) => itemsOf(block.items))
    .filter((i): i is ReviewNode => i.kind === "Review");
}

export function dataSharingOf(model: DocumentModel): DataSharingNode[] {
  return learningBlocks(model)
    .flatMap((block) => itemsOf(block.items))
    .filter((i): i is DataSharingNode => i.kind === "DataSharing");
}

/** The `allocate-resources` word in a body's functions, if it has one. */
export function allocatesResources(body: BodyNode): WordNode | undefined {
  for (const item of itemsOf(body.items)) {
    if (item.kind !== "Functions") continue;
    const word = item.names.find((n) => n.word === "allocate-resources");
    if (word) return word;
  }
  return undefined;
}

/** "a", "a and b", "a, b and c" */
export function andList(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** "a", "a or b", "a, b or c" */
export function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}

/** Which rule reports a performance tie. */
export type TieOwner = RuleCodes<"ALY814" | "ALY802" | "ALY813" | "ALY807" | "ALY507" | "ALY810" | "ALY801">;

/**
 * Which rule reports a performance tie, so that each tie is reported once, by the sharpest rule: a tie
 * the agreement's own learning principle rules out is a contradiction of that principle (ALY814); a tie on
 * a measure that is also for learning contradicts the measure (ALY802); a cost-saving measure used to steer
 * (ALY813); a process measure such as hours (ALY807); payment or sanctions on one party's own measure
 * (ALY507); a target pinned on one party (ALY810); any other is ALY801.
 */
export function tieOwner(measure: MeasureNode, tie: PerformanceTie, learningPrinciple = false): TieOwner {
  if (learningPrinciple) return "ALY814";
  if (forLearning(measure) && (tie.via === "use" || tie.via === "linked-to")) return "ALY802";
  if (wordsOf(measure, "kind").some((w) => w.word === "cost-saving")) return "ALY813";
  if (processKind(measure)) return "ALY807";
  if (detailOf(measure, "owner")?.names.length) return tie.what === "payment" || tie.what === "sanction" ? "ALY507" : "ALY810";
  return "ALY801";
}

/** The principle that says the alliance uses its measures to learn, not as targets, however it is worded. */
export function learningPrinciple(model: DocumentModel): PrincipleNode | undefined {
  return principlesThat(model, "learningNotTargets")[0]?.principle;
}

/** How a tie reads in a sentence: "is used as a target", "has a `target`", "is linked to payment or penalties". */
export function tieWords(tie: PerformanceTie): string {
  if (tie.via === "target-detail") return "sets a target";
  if (tie.via === "linked-to") return "is linked to payment or penalties";
  return `is used ${USE_WORDS[tie.what]}`;
}

/** The text with its first letter in capitals, for a message that starts with a word. */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
