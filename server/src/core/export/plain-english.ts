// The language's fixed words, dates and durations as a reader writes them: `england` is England,
// `key-issues by unanimity` is "the key issues, unanimously", 2019-04-01 is 1 April 2019. Shared by the
// exported documents and the reviewer's summary, so that both say the same thing the same way.

import type { Cadence, DateLit, Duration, DocumentKind } from "../tree";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "1 April 2019". */
export function formatDate(date: { year: number; month: number; day: number }): string {
  return `${date.day} ${MONTHS[date.month - 1] ?? "?"} ${date.year}`;
}

/** "10 years", "1 month", "6 weeks". */
export function formatDuration(duration: Duration): string {
  return `${duration.amount} ${duration.unit}${duration.amount === 1 ? "" : "s"}`;
}

/** The last day of a term that starts on `from` and lasts `duration`: 10 years from 1 April 2019 ends on 31 March 2029. */
export function termEnd(from: DateLit, duration: Duration): { year: number; month: number; day: number } {
  const start = new Date(Date.UTC(from.year, from.month - 1, from.day));
  const end = new Date(start);
  if (duration.unit === "year") end.setUTCFullYear(end.getUTCFullYear() + duration.amount);
  else if (duration.unit === "month") end.setUTCMonth(end.getUTCMonth() + duration.amount);
  else end.setUTCDate(end.getUTCDate() + duration.amount * (duration.unit === "week" ? 7 : 1));
  end.setUTCDate(end.getUTCDate() - 1);
  return { year: end.getUTCFullYear(), month: end.getUTCMonth() + 1, day: end.getUTCDate() };
}

const JURISDICTION: Record<string, string> = {
  england: "England",
  wales: "Wales",
  scotland: "Scotland",
  "northern-ireland": "Northern Ireland",
};

/** "the law of England" reads as "England" here; the caller adds the surrounding words. */
export function jurisdictionName(word: string): string {
  return JURISDICTION[word] ?? readable(word);
}

const PARTY_ROLE: Record<string, string> = {
  commissioner: "commissioner",
  provider: "provider",
  "lived-experience": "member with lived experience",
  independent: "independent member",
  funder: "funder",
  advocate: "advocate",
  lead: "lead provider",
};

export function partyRoleName(word: string): string {
  return PARTY_ROLE[word] ?? readable(word);
}

const ROLE_KIND: Record<string, string> = {
  frontline: "frontline role",
  "project-manager": "project manager",
  steward: "system steward",
  chair: "chair",
  officer: "officer",
};

export function roleKindName(word: string): string {
  return ROLE_KIND[word] ?? readable(word);
}

const METHOD: Record<string, string> = {
  unanimity: "unanimously",
  consensus: "by consensus",
  majority: "by majority vote",
  vote: "by vote",
  "weighted-vote": "by weighted vote",
  "casting-vote": "by vote, the chair having a casting vote",
};

/** How a body decides, as an adverb: "unanimously", "by consensus". */
export function decisionMethod(word: string): string {
  return METHOD[word] ?? `by ${readable(word)}`;
}

const CADENCE: Record<string, string> = {
  daily: "every day",
  weekly: "every week",
  fortnightly: "every two weeks",
  monthly: "every month",
  bimonthly: "every two months",
  quarterly: "every three months",
  annually: "every year",
  yearly: "every year",
};

export function cadence(c: Cadence): string {
  if (c.word) return CADENCE[c.word] ?? readable(c.word);
  return c.every ? `every ${formatDuration(c.every)}` : "regularly";
}

const FUNCTION: Record<string, string> = {
  "allocate-resources": "allocating resources",
  "oversee-delivery": "overseeing delivery",
  "maintain-culture": "keeping the alliance's culture",
  "capture-information": "gathering information and learning",
  "test-purpose": "testing the work against the shared purpose",
};

export function bodyFunction(word: string): string {
  return FUNCTION[word] ?? readable(word);
}

const OPEN_TO: Record<string, string> = {
  "frontline-staff": "frontline staff",
  "people-using-services": "people who use services",
  "all-staff": "all staff",
};

export function openTo(word: string): string {
  return OPEN_TO[word] ?? readable(word);
}

const ROUTE: Record<string, string> = {
  "direct-award": "a direct award, without a competition",
  "light-touch": "the Light Touch Regime for health and social care services",
  "innovation-partnership": "an innovation partnership",
  "reserved-contract": "a contract reserved for eligible organisations",
  "framework-call-off": "a call-off from a framework",
  "dps-call-off": "a call-off from a dynamic purchasing system",
  grant: "a grant",
  "public-social-partnership": "a public social partnership",
  "open-procedure": "the open procedure",
  other: "another route",
  "direct-award-a": "direct award process A of the Provider Selection Regime",
  "direct-award-b": "direct award process B of the Provider Selection Regime",
  "direct-award-c": "direct award process C of the Provider Selection Regime",
  "most-suitable-provider": "the most suitable provider process of the Provider Selection Regime",
  competitive: "the competitive process of the Provider Selection Regime",
};

export function routeName(word: string): string {
  return ROUTE[word] ?? readable(word);
}

const NOTICE: Record<string, string> = {
  "contract-notice": "a contract notice",
  "prior-information-notice": "a prior information notice",
  "award-notice": "an award notice",
  "tender-notice": "a tender notice",
  "transparency-notice": "a transparency notice",
  "contract-award-notice": "a contract award notice",
  "contract-details-notice": "a contract details notice",
};

const SERVICE: Record<string, string> = { "health-care": "health care", "social-care": "social care", "other-light-touch": "other light-touch services" };

export function serviceName(word: string): string {
  return SERVICE[word] ?? readable(word);
}

export function noticeName(word: string): string {
  return NOTICE[word] ?? readable(word);
}

const INSTRUMENT: Record<string, string> = { grant: "a grant agreement", contract: "a contract" };

export function instrumentName(word: string): string {
  return INSTRUMENT[word] ?? readable(word);
}

const ENABLING: Record<string, string> = { legal: "legal", finance: "finance", procurement: "procurement", audit: "audit" };

export function enablingFunction(word: string): string {
  return ENABLING[word] ?? readable(word);
}

const EXCEPTION: Record<string, string> = {
  "wilful-default": "wilful default",
  "willful-default": "wilful default",
  fraud: "fraud",
  breach: "breach of this agreement",
  negligence: "negligence",
  performance: "poor performance",
};

/** A ground for a claim or an exception to no fault, no blame. */
export function claimGround(word: string): string {
  return EXCEPTION[word] ?? readable(word);
}

const MEASURE_USE: Record<string, string> = {
  learning: "learning",
  "statutory-return": "statutory returns",
  safety: "keeping people safe",
  payment: "payment",
  sanction: "sanctions",
  ranking: "ranking",
  target: "a target",
};

export function measureUse(word: string): string {
  return MEASURE_USE[word] ?? readable(word);
}

const MEASURE_KIND: Record<string, string> = {
  "person-defined": "defined by each person",
  narrative: "stories",
  count: "a count",
  cost: "cost",
  "cost-saving": "cost saving",
  hours: "hours",
  "hourly-rate": "hourly rate",
  contacts: "contacts",
  "time-and-task": "time and task",
};

export function measureKind(word: string): string {
  return MEASURE_KIND[word] ?? readable(word);
}

const DEFINED_BY: Record<string, string> = { people: "the people it is about", commissioner: "the commissioner", providers: "the providers", alliance: "the alliance" };

export function definedBy(word: string): string {
  return DEFINED_BY[word] ?? readable(word);
}

const REQUIREMENT_LEVEL: Record<string, string> = {
  mandatory: "Mandatory",
  desirable: "Desirable",
  "pass-fail": "Pass or fail",
  "contract-condition": "Condition of contract",
};

export function requirementLevel(word: string): string {
  return REQUIREMENT_LEVEL[word] ?? readable(word);
}

const DOCUMENT_KIND: Record<DocumentKind, string> = {
  agreement: "Alliance agreement",
  specification: "Specification",
  tender: "Invitation to tender",
  evaluation: "Evaluation criteria",
};

export function documentKindName(kind: DocumentKind | null): string {
  return kind ? DOCUMENT_KIND[kind] : "Document";
}

/** Any other hyphenated word as words: `complex-cases` is "complex cases". */
export function readable(word: string): string {
  return word.replace(/-/g, " ");
}

/** Sentence case for a phrase that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function list(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
