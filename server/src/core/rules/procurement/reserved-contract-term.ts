import { lawSource } from "../../law/tables";
import type { Rule } from "../rule";
import { contractTerm, describeMonths, regimeOf, relatedAt } from "./facts";

/** The longest term a reserved contract may have, by regime, with the provision that sets it. */
const LIMITS: Record<string, { months: number; law: string; cite: string }> = {
  pa2023: { months: 60, law: "pa2023", cite: "the Procurement Act 2023, section 33" },
  pcr2015: { months: 36, law: "pcr2015", cite: "the Public Contracts Regulations 2015, regulation 77" },
  pcsr2015: { months: 36, law: "pcsr2015", cite: "the Public Contracts (Scotland) Regulations 2015, regulation 77" },
};

export const reservedContractTerm: Rule = {
  code: "ALY914",
  name: "reserved-contract-term",
  title: "A reserved contract's term is within the longest the law in force allows",
  severity: "error",
  grounds: "law",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  why:
    "The law lets certain light-touch contracts be reserved for mutuals and similar organisations only for a limited term. A reserved contract that runs longer cannot rely on the reservation. Confirm the limit with your legal adviser.",
  rationale:
    "Under the Procurement Act 2023 (section 33) certain light-touch contracts may be reserved for public service mutuals for up to five years. " +
    "Under the Public Contracts Regulations 2015 and the Public Contracts (Scotland) Regulations 2015 (regulation 77 of each), a reserved contract could last at most three years. " +
    "The law is the one in force when the procurement starts; the term is this document's, else that of the document it is written for.",
  guidance: [lawSource("pa2023", "section 33"), lawSource("pcr2015", "regulation 77"), lawSource("pcsr2015", "regulation 77")],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'specification Support "Peer support service" {\n  procurement starts 2026-04-01\n  term 7 years\n  route reserved-contract\n  reserved for "public service mutuals"\n}\n',
    right: 'specification Support "Peer support service" {\n  procurement starts 2026-04-01\n  term 5 years\n  route reserved-contract\n  reserved for "public service mutuals"\n}\n',
  },
  check(context) {
    const route = context.model.clauses("Route").find((r) => r.value.word === "reserved-contract");
    if (!route) return;
    const regime = regimeOf(context);
    const limit = regime.regime ? LIMITS[regime.regime] : undefined;
    if (!limit) return;
    const term = contractTerm(context);
    if (!term || term.months <= limit.months) return;
    context.report({
      span: route.value.span,
      message: `A reserved contract may last at most ${describeMonths(limit.months)} under ${limit.cite}, and this one runs for ${describeMonths(term.months)}. Shorten the term, or choose another route.`,
      related: [relatedAt(term.span, term.uri, "the term")],
      data: { termMonths: term.months, limitMonths: limit.months, law: limit.law },
    });
  },
};
