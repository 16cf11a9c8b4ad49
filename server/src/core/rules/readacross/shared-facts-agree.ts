import type { DocumentModel } from "../../model";
import type { DateLit, Span, TermNode, ValueNode } from "../../tree";
import { CHOICES } from "../../vocabulary";
import type { DocumentState } from "../../workspace";
import type { RuleContext } from "../context";
import type { Rule } from "../rule";
import { EXAMPLE_AGREEMENT } from "./examples";
import { describeMonths } from "../procurement/facts";
import { documentLabel, EQUAL_TREATMENT, READ_ACROSS, relatedIn, thisDocument } from "./shared";
import { formatMoney } from "../../numbers";

// --- term ----------------------------------------------------------------------------------------

/** A term's length: whole months where it can be said in months, otherwise days. */
type Length = { months: number } | { days: number };

interface TermFact {
  node: TermNode;
  start: DateLit | null;
  length: Length | null;
  /** What to point at for the length: the length as written, or both dates. */
  lengthSpan: Span;
}

function utc(date: DateLit, plusDays = 0): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day + plusDays));
}

function termFact(node: TermNode | undefined): TermFact | null {
  if (!node) return null;
  const start = node.from && !node.from.error ? node.from : null;
  if (node.duration) {
    const d = node.duration;
    if (d.error) return { node, start, length: null, lengthSpan: d.span };
    const length: Length = d.unit === "year" ? { months: d.amount * 12 } : d.unit === "month" ? { months: d.amount } : { days: d.unit === "week" ? d.amount * 7 : d.amount };
    return { node, start, length, lengthSpan: d.span };
  }
  if (node.from && node.until) {
    const span = { start: node.from.span.start, end: node.until.span.end };
    if (node.from.error || node.until.error) return { node, start, length: null, lengthSpan: span };
    // The term runs to the end of its last day: whole months when the day after it falls on the start's day of the month.
    const after = utc(node.until, 1);
    const days = Math.round((after.getTime() - utc(node.from).getTime()) / 86_400_000);
    if (days <= 0) return { node, start, length: null, lengthSpan: span };
    const months = (after.getUTCFullYear() - node.from.year) * 12 + (after.getUTCMonth() + 1 - node.from.month);
    const length: Length = after.getUTCDate() === node.from.day ? { months } : { days };
    return { node, start, length, lengthSpan: span };
  }
  return { node, start, length: null, lengthSpan: node.keyword };
}

function describeLength(length: Length): string {
  return "months" in length ? describeMonths(length.months) : length.days === 1 ? "1 day" : `${length.days} days`;
}

function sameLength(a: Length, b: Length): boolean | null {
  if ("months" in a && "months" in b) return a.months === b.months;
  if ("days" in a && "days" in b) return a.days === b.days;
  // One in months, the other in days: not comparable exactly.
  return null;
}

function monthsOf(model: DocumentModel): number | null {
  const fact = termFact(model.first("Term"));
  return fact?.length && "months" in fact.length ? fact.length.months : null;
}

// --- value ---------------------------------------------------------------------------------------

function usableValue(node: ValueNode | undefined): node is ValueNode {
  return !!node && !node.amount.error;
}

function describeAmount(node: ValueNode): string {
  return `${formatMoney(node.amount.minor, node.amount.currency)}${node.perYear ? " a year" : ""}`;
}

/** Whether two values agree: the same amount, or a yearly amount that comes to the other over the term. */
function sameValue(a: ValueNode, b: ValueNode, months: number | null): boolean | null {
  if (a.amount.currency !== b.amount.currency) return false;
  if (a.perYear === b.perYear) return a.amount.minor === b.amount.minor;
  if (months === null) return null;
  const [yearly, total] = a.perYear ? [a, b] : [b, a];
  return BigInt(yearly.amount.minor) * BigInt(months) === BigInt(total.amount.minor) * 12n;
}

// --- the rule ------------------------------------------------------------------------------------

function nearest(context: RuleContext, has: (model: DocumentModel) => boolean): DocumentState | undefined {
  return context.linked.find((d) => has(d.model));
}

export const sharedFacts: Rule = {
  code: "ALY064",
  name: "shared-facts-agree",
  title: "A specification or tender states a different value, term, route or jurisdiction from the document it is written for",
  severity: "error",
  grounds: "contradiction",
  topic: "Read-across between documents",
  basis: "inferred",
  why: "The tender, the specification and the agreement describe one contract. When they state a different value, term, route or jurisdiction, bidders cannot tell which is right, and cannot price a bid on the same footing.",
  rationale:
    "The tender, the specification and the agreement describe one contract, so the facts they share must be the same in each: the guidance asks commissioners to check that the tender documents read across and are consistent, as a defence against challenge (Exploring the New World, Examples and Tools, What does this mean for procurement?, Dealing with challenge). " +
    "A bidder who reads one value in the specification and another in the agreement cannot price a bid, and bidders no longer get the same information (Principled working). " +
    "The value (a yearly value is multiplied by the term before it is compared with a total), the term's start date and length, the procurement route and the jurisdiction are compared with the nearest document this one is written for that states them. Lots, party roles and service definitions are not yet compared.",
  guidance: [
    { id: "R10.5", ...READ_ACROSS },
    { id: "R10.5", ...EQUAL_TREATMENT },
  ],
  appliesTo: ["specification", "tender"],
  example: {
    alongside: EXAMPLE_AGREEMENT,
    wrong: 'specification Spec "Specification" for Example {\n  value £8,000,000\n  term 10 years from 2019-04-01\n  route light-touch\n}\n',
    right: 'specification Spec "Specification" for Example {\n  value £80,000,000\n  term 10 years from 2019-04-01\n  route light-touch\n}\n',
  },
  check(context) {
    const own = context.model;

    // Value.
    const value = own.first("Value");
    const valueFrom = nearest(context, (m) => usableValue(m.first("Value")));
    if (usableValue(value) && valueFrom) {
      const theirs = valueFrom.model.first("Value")!;
      const same = sameValue(value, theirs, monthsOf(own) ?? context.linked.map((d) => monthsOf(d.model)).find((m) => m !== null) ?? null);
      if (same === false) {
        const fix = `value ${theirs.amount.text}${theirs.perYear ? " per year" : ""}`;
        context.report({
          span: value.amount.span,
          message:
            `The value in ${thisDocument(context)}, ${describeAmount(value)}, is not the value in ${documentLabel(valueFrom.model)}, ${describeAmount(theirs)}. ` +
            `Change it to \`${fix}\`, or correct whichever of the two is wrong.`,
          related: [relatedIn(context, valueFrom.uri, theirs.amount.span, `the value in ${documentLabel(valueFrom.model)}`)],
          data: { fact: "value", expected: fix },
        });
      }
    }

    // Term: the start date and the length, each where both documents state it.
    const term = termFact(own.first("Term"));
    if (term) {
      const startFrom = nearest(context, (m) => !!termFact(m.first("Term"))?.start);
      const theirStart = startFrom ? termFact(startFrom.model.first("Term"))!.start! : null;
      if (term.start && startFrom && theirStart && term.start.iso !== theirStart.iso) {
        context.report({
          span: term.start.span,
          message:
            `The term in ${thisDocument(context)} starts on ${term.start.iso}, but the term in ${documentLabel(startFrom.model)} starts on ${theirStart.iso}. ` +
            `Change the start to \`${theirStart.iso}\`, or correct whichever of the two is wrong.`,
          related: [relatedIn(context, startFrom.uri, theirStart.span, `the start of the term in ${documentLabel(startFrom.model)}`)],
          data: { fact: "term-start", expected: theirStart.iso },
        });
      }
      const lengthFrom = nearest(context, (m) => !!termFact(m.first("Term"))?.length);
      const theirs = lengthFrom ? termFact(lengthFrom.model.first("Term"))! : null;
      if (term.length && lengthFrom && theirs?.length && sameLength(term.length, theirs.length) === false) {
        context.report({
          span: term.lengthSpan,
          message:
            `The term in ${thisDocument(context)} runs for ${describeLength(term.length)}, but the term in ${documentLabel(lengthFrom.model)} runs for ${describeLength(theirs.length)}. ` +
            `Change it to ${describeLength(theirs.length)}, or correct whichever of the two is wrong.`,
          related: [relatedIn(context, lengthFrom.uri, theirs.lengthSpan, `the term in ${documentLabel(lengthFrom.model)}`)],
          data: { fact: "term-length", expected: theirs.length },
        });
      }
    }

    // Route and jurisdiction: one word each, compared when both are words the language knows (ALY014 reports others).
    const words = [
      { fact: "route", what: "procurement route", keyword: "route", node: own.first("Route")?.value, of: (m: DocumentModel) => m.first("Route")?.value, choices: CHOICES.route as readonly string[] },
      { fact: "jurisdiction", what: "jurisdiction", keyword: "jurisdiction", node: own.first("Jurisdiction")?.value, of: (m: DocumentModel) => m.first("Jurisdiction")?.value, choices: CHOICES.jurisdiction as readonly string[] },
    ];
    for (const { fact, what, keyword, node, of, choices } of words) {
      if (!node || !choices.includes(node.word)) continue;
      const from = nearest(context, (m) => { const w = of(m); return !!w && choices.includes(w.word); });
      if (!from) continue;
      const theirs = of(from.model)!;
      if (theirs.word === node.word) continue;
      context.report({
        span: node.span,
        message:
          `The ${what} in ${thisDocument(context)}, \`${node.word}\`, is not the ${what} in ${documentLabel(from.model)}, \`${theirs.word}\`. ` +
          `Change it to \`${keyword} ${theirs.word}\`, or correct whichever of the two is wrong.`,
        related: [relatedIn(context, from.uri, theirs.span, `the ${what} in ${documentLabel(from.model)}`)],
        data: { fact, expected: theirs.word },
      });
    }
  },
};
