// Facts the procurement rules share: the documents of a tender pack, the contract's value and term,
// exact money arithmetic and formatting, and how a message names a threshold figure.

import type { ClauseOf, DocumentModel } from "../../model";
import type { RelatedLocation } from "../../problem";
import { assumedRegime, describeFigure, type AssumedRegime, type SettingsFigure } from "../../law/regime";
import type { DocItem, Span, TermNode, ValueNode } from "../../tree";
import type { RuleContext } from "../context";
import { formatMoney } from "../../numbers";

/** One document of the pack a rule can read. `uri` is undefined for the document being checked. */
export interface PackDocument {
  uri: string | undefined;
  model: DocumentModel;
}

/** The document being checked, then the documents it is `for` (nearest first). */
export function chainDocuments(context: RuleContext): PackDocument[] {
  return [{ uri: undefined, model: context.model }, ...context.linked.map((d) => ({ uri: d.uri, model: d.model }))];
}

/** The document being checked, the documents it is `for`, and the documents that are `for` it. */
export function packDocuments(context: RuleContext): PackDocument[] {
  const seen = new Set<string>([context.uri, ...context.linked.map((d) => d.uri)]);
  const dependents: PackDocument[] = [];
  for (const uri of context.workspace.dependents(context.uri)) {
    const state = context.workspace.get(uri);
    if (!state || seen.has(uri)) continue;
    seen.add(uri);
    dependents.push({ uri, model: state.model });
  }
  return [...chainDocuments(context), ...dependents];
}

/** Every clause of one kind across some documents, with the document each sits in. */
export function clausesIn<K extends DocItem["kind"]>(docs: PackDocument[], kind: K): { clause: ClauseOf<K>; uri: string | undefined }[] {
  return docs.flatMap((doc) => doc.model.clauses(kind).map((clause) => ({ clause, uri: doc.uri })));
}

/** A related location, with the uri only when it is in another document. */
export function relatedAt(span: Span, uri: string | undefined, message: string): RelatedLocation {
  return uri === undefined ? { span, message } : { uri, span, message };
}

/** Where to report something missing from the whole document: its short name, else its kind keyword. */
export function documentSpan(context: RuleContext): Span {
  return context.document.name?.span ?? context.document.keyword ?? { start: context.document.span.start, end: context.document.span.start };
}

/** What a person calls this kind of document: "specification", "tender"… */
export function documentWord(context: RuleContext): string {
  return context.kind ?? "document";
}

// --- term ----------------------------------------------------------------------------------------

export interface TermFact {
  node: TermNode;
  uri: string | undefined;
  /** Whole months the term runs (rounded down for a term in weeks or days). */
  months: number;
  /** What to point at: the length as written, or the two dates of a term given by dates. */
  span: Span;
}

/** Whole months from one date to the day after another (a term `from 2019-04-01 to 2029-03-31` is 120 months). */
function monthsBetween(from: { year: number; month: number; day: number }, until: { year: number; month: number; day: number }): number {
  // The day after `until`, so that an end date on the last day of a month closes a whole month.
  const next = new Date(Date.UTC(until.year, until.month - 1, until.day + 1));
  const endYear = next.getUTCFullYear();
  const endMonth = next.getUTCMonth() + 1;
  const endDay = next.getUTCDate();
  let months = (endYear - from.year) * 12 + (endMonth - from.month);
  if (endDay < from.day) months -= 1;
  return months;
}

function termMonths(term: TermNode): number | null {
  if (term.duration) {
    const d = term.duration;
    if (d.error || d.amount <= 0) return null;
    switch (d.unit) {
      case "year":
        return d.amount * 12;
      case "month":
        return d.amount;
      case "week":
        return Math.floor((d.amount * 7 * 12) / 365);
      case "day":
        return Math.floor((d.amount * 12) / 365);
    }
  }
  if (term.from && term.until && !term.from.error && !term.until.error) {
    const months = monthsBetween(term.from, term.until);
    return months > 0 ? months : null;
  }
  return null;
}

/** The term of this document, else of the nearest linked document that states one. */
export function contractTerm(context: RuleContext): TermFact | null {
  for (const doc of chainDocuments(context)) {
    const node = doc.model.first("Term");
    if (!node) continue;
    const months = termMonths(node);
    if (months === null) return null;
    const span = node.duration ? node.duration.span : node.from && node.until ? { start: node.from.span.start, end: node.until.span.end } : node.keyword;
    return { node, uri: doc.uri, months, span };
  }
  return null;
}

/** "10 years", "18 months" */
export function describeMonths(months: number): string {
  if (months % 12 === 0) return months === 12 ? "1 year" : `${months / 12} years`;
  return months === 1 ? "1 month" : `${months} months`;
}

// --- value ---------------------------------------------------------------------------------------

export interface ValueFact {
  node: ValueNode;
  uri: string | undefined;
  currency: string;
  /** The amount as written. */
  minor: number;
  perYear: boolean;
  /** The whole contract's value: the amount, or a yearly amount times the term; the yearly amount alone when there is no term. */
  totalMinor: number;
  /** True when a yearly amount could not be multiplied by a term, so the total is a lower bound. */
  totalIsOneYear: boolean;
  term: TermFact | null;
}

/** The contract value of this document, else of the nearest linked document that states one. */
export function contractValue(context: RuleContext): ValueFact | null {
  for (const doc of chainDocuments(context)) {
    const node = doc.model.first("Value");
    if (!node) continue;
    if (node.amount.error) return null;
    const term = contractTerm(context);
    const minor = node.amount.minor;
    let totalMinor = minor;
    let totalIsOneYear = false;
    if (node.perYear) {
      if (term) totalMinor = Number((BigInt(minor) * BigInt(term.months)) / 12n);
      else totalIsOneYear = true;
    }
    return { node, uri: doc.uri, currency: node.amount.currency, minor, perYear: node.perYear, totalMinor, totalIsOneYear, term };
  }
  return null;
}

/** "worth £80,000,000", "worth £8,000,000 a year, £80,000,000 over its 10-year term", "worth £8,000,000 a year" */
export function describeValue(value: ValueFact): string {
  const amount = formatMoney(value.minor, value.currency);
  if (!value.perYear) return `worth ${amount}`;
  if (value.totalIsOneYear || !value.term) return `worth ${amount} a year`;
  return `worth ${amount} a year, ${formatMoney(value.totalMinor, value.currency)} over its term of ${describeMonths(value.term.months)}`;
}

// --- the law in force -------------------------------------------------------------------------------

/** The regime this document is judged under, from it and the documents it is `for`. */
export function regimeOf(context: RuleContext): AssumedRegime {
  return assumedRegime([context.model, ...context.linked.map((d) => d.model)], context.settings, context.today);
}

/** "£663,540 (Public Contracts (Scotland) Regulations 2015, from 1 January 2022)" */
export function figureText(figure: SettingsFigure): string {
  return describeFigure(figure, (minor) => formatMoney(minor, "GBP"));
}

/** True when the contract's value can be compared with a figure of the law (always in pounds). */
export function inPounds(currency: string): boolean {
  return currency === "GBP";
}

/** The recorded reason or justification on a route, if any. */
export function hasText(str: { value: string } | null | undefined): boolean {
  return !!str && str.value.trim() !== "";
}
