// The language's fixed words: which clauses each block holds, which clauses each kind of document
// holds, and the choices allowed where a clause takes one word. Parse messages, the checks,
// completion and the docs all read these tables.

import type { DocItemKind, DocumentKind, SymbolKind } from "./tree";

export const DOCUMENT_KINDS: readonly DocumentKind[] = ["agreement", "specification", "tender", "evaluation"];

/** The keyword that starts each document-level clause, as a person types it. */
export const CLAUSE_KEYWORD: Record<DocItemKind, string> = {
  Purpose: "purpose",
  Jurisdiction: "jurisdiction",
  Term: "term",
  Value: "value",
  Parties: "parties",
  Roles: "roles",
  Principles: "principles",
  PrincipleRefs: "principles",
  Values: "values",
  Definitions: "definitions",
  KeyIssues: "key-issues",
  Body: "body",
  Risk: "risk",
  Spend: "spend",
  Learning: "learning",
  Involvement: "involvement",
  Steward: "steward",
  Route: "route",
  Notices: "notices",
  Stages: "stages",
  Requirements: "requirements",
  Targets: "targets",
  Questions: "questions",
  Criterion: "criterion",
  Deadline: "deadline",
  ReservedFor: "reserved for",
  Instrument: "instrument",
  InvolvedEarly: "involved early",
  ExitPlan: "exit-plan",
  ReviewPoint: "review-point",
  MarketEngagement: "market-engagement",
  InputSharing: "input-sharing",
  Process: "process",
  MinimumTurnover: "minimum-turnover",
  StaffChanges: "staff-changes",
  UnionEngagement: "union-engagement",
  Services: "services",
  ProcurementStart: "procurement starts",
};

const COMMON: DocItemKind[] = ["Value", "Term", "Route", "Notices", "ReservedFor", "Instrument", "Stages", "Services", "ProcurementStart"];

/** The clauses of a document that open a block of their own: a line starting with one inside another block means that block was left open. */
export const SECTION_KINDS: readonly DocItemKind[] = [
  "Parties", "Roles", "Principles", "Values", "Definitions", "KeyIssues", "Body", "Risk", "Spend", "Learning",
  "Involvement", "Stages", "Requirements", "Targets", "Questions", "Process",
];

/** Which clauses each kind of document may hold. */
export const CLAUSES_BY_DOCUMENT: Record<DocumentKind, readonly DocItemKind[]> = {
  agreement: [
    "Purpose", "Jurisdiction", "Parties", "Roles", "Principles", "Values", "Definitions", "KeyIssues", "Body", "Risk",
    "Spend", "Learning", "Involvement", "Steward", "InvolvedEarly", "ExitPlan", "ReviewPoint", "StaffChanges",
    "UnionEngagement", "MarketEngagement", "InputSharing", "Process", ...COMMON,
  ],
  specification: [
    "Purpose", "Jurisdiction", "PrincipleRefs", "Requirements", "Targets", "MarketEngagement", "InputSharing", "Process",
    "MinimumTurnover", "InvolvedEarly", ...COMMON,
  ],
  tender: ["Purpose", "Jurisdiction", "PrincipleRefs", "Questions", "Targets", "Deadline", "Process", "MinimumTurnover", ...COMMON],
  evaluation: ["Criterion", "PrincipleRefs"],
};

/** The keywords each block may hold, for messages about a line a block does not recognise and for completion. */
export const BLOCK_KEYWORDS: Record<string, readonly string[]> = {
  Purpose: ["people", "place", "scope"],
  Parties: [],
  Party: ["representative", "authority", "contributes", "contact", "time", "framework"],
  Roles: [],
  Principles: [],
  Values: [],
  Definitions: [],
  KeyIssues: [],
  Body: ["members", "chair", "decides", "if not unanimous", "casting vote", "meets", "functions", "reports to", "advises", "until", "quorum", "open to", "responds within"],
  Risk: ["responsibility", "pain share", "gain share", "budget share", "cap", "no-fault-no-blame", "accounting", "claims for", "assign"],
  Spend: ["up to", "over", "eligibility"],
  Learning: ["measure", "review", "data-sharing"],
  Measure: ["source", "target", "linked-to", "perspective", "defined-by", "kind", "sense-maker", "owner", "shared-by"],
  Involvement: ["feedback", "stories", "safe-sharing"],
  Stages: ["year", "years"],
  Requirements: [],
  Targets: [],
  Questions: [],
  Process: ["step"],
};

/** What a line in a declaration block looks like, for messages about a line it does not recognise. */
export const BLOCK_LINE_SHAPE: Record<string, string> = {
  Parties: 'one party on each line: a short name, its role and its full name, for example `PCC commissioner "Plymouth City Council"`',
  Roles: 'one role on each line: a short name, its kind and its title, for example `Coordinator frontline "Support co-ordinator"`',
  Principles: 'one principle on each line: a short name and its wording, for example `open-book "Open book accounting in all matters"`',
  Values: 'one value on each line: a short name and its wording, for example `respect "We treat each other with respect"`',
  Definitions: 'one term on each line: the term and its meaning, for example `wilful-default "A deliberate breach…"`',
  KeyIssues: 'one key issue in quotes on each line, for example `"Changes to the alliance budget"`',
  Requirements: 'one requirement on each line: a short name, its wording and `mandatory`, `desirable`, `pass-fail` or `contract-condition`',
  Targets: 'one target on each line: a short name and its wording',
  Questions: 'one question on each line: a short name and its wording, for example `Q1 "How will you share risk?" about R1`',
  Involvement: 'who is involved and at which stages, for example `Voices in need, design, outcomes, review`, or `feedback`, `stories` or `safe-sharing` with a description',
};

/**
 * The small words inside clauses that join their parts or stand for another way of writing them: `pooled by`,
 * `per year`, `review monthly by Board against purpose`, `if not agreed`, `over` or `above`.
 */
export const CONNECTOR_WORDS: readonly string[] = [
  "a", "about", "above", "after", "against", "agreed", "all", "and", "annum", "approved", "as", "assesses", "because",
  "by", "co-produced", "every", "except", "falls", "for", "from", "held", "in", "justification", "none", "or", "per", "pooled", "refer",
  "social-value", "stage", "starting", "the", "to", "until", "used", "weight", "with", "written",
];

/** The units of a length of time, and the suffix for billions in an amount (`£1.2bn`). */
export const UNIT_WORDS: readonly string[] = ["day", "days", "week", "weeks", "month", "months", "year", "years", "bn"];

/** Readable names of blocks, for messages. */
export const BLOCK_LABEL: Record<string, string> = {
  Document: "a document",
  Purpose: "a `purpose` block",
  Parties: "the `parties` block",
  Party: "a party's block",
  Roles: "the `roles` block",
  Principles: "the `principles` block",
  Values: "the `values` block",
  Definitions: "the `definitions` block",
  KeyIssues: "the `key-issues` block",
  Body: "a body",
  Risk: "the `risk` block",
  Spend: "the `spend` block",
  Learning: "the `learning` block",
  Measure: "a measure's block",
  Involvement: "the `involvement` block",
  Stages: "the `stages` block",
  Requirements: "the `requirements` block",
  Targets: "the `targets` block",
  Questions: "the `questions` block",
  Process: "the `process` block",
};

/** Choices for clauses that take one word from a fixed set. */
export const CHOICES = {
  jurisdiction: ["england", "wales", "scotland", "northern-ireland"],
  partyRole: ["commissioner", "provider", "lived-experience", "independent", "funder", "advocate", "lead"],
  roleKind: ["frontline", "project-manager", "steward", "chair", "officer"],
  decisionMethod: ["unanimity", "consensus", "majority", "vote", "weighted-vote", "casting-vote"],
  cadence: ["daily", "weekly", "fortnightly", "monthly", "bimonthly", "quarterly", "annually", "yearly"],
  bodyFunction: ["allocate-resources", "oversee-delivery", "maintain-culture", "capture-information", "test-purpose"],
  responsibility: ["collective", "separate"],
  accounting: ["open-book", "closed-book"],
  claimGround: ["wilful-default", "willful-default", "breach", "negligence", "performance", "fraud"],
  noFaultException: ["wilful-default", "willful-default", "fraud"],
  measureUse: ["learning", "statutory-return", "safety", "payment", "sanction", "ranking", "target"],
  measurePerspective: ["effective", "efficient", "sustainable"],
  measureKind: ["person-defined", "narrative", "count", "cost", "cost-saving", "hours", "hourly-rate", "contacts", "time-and-task"],
  definedBy: ["people", "commissioner", "providers", "alliance"],
  involvementStage: ["need", "design", "outcomes", "review"],
  route: [
    "direct-award", "light-touch", "innovation-partnership", "reserved-contract", "framework-call-off", "dps-call-off",
    "grant", "public-social-partnership", "open-procedure", "other",
    // The five processes of the Provider Selection Regime (England, health care services, from 2024-01-01).
    "direct-award-a", "direct-award-b", "direct-award-c", "most-suitable-provider", "competitive",
  ],
  notice: [
    "contract-notice", "prior-information-notice", "award-notice",
    // The Procurement Act 2023's notices.
    "tender-notice", "transparency-notice", "contract-award-notice", "contract-details-notice",
  ],
  serviceKind: ["health-care", "social-care", "other-light-touch"],
  requirementLevel: ["mandatory", "desirable", "pass-fail", "contract-condition"],
  criterionStage: ["selection", "award"],
  instrument: ["grant", "contract"],
  enablingFunction: ["legal", "finance", "procurement", "audit"],
  openTo: ["frontline-staff", "people-using-services", "all-staff"],
} as const;

export type ChoiceSet = keyof typeof CHOICES;

/** What each kind of name is called in a message: `a defined term`, `another party`. */
export const SYMBOL_KIND_WORDS: Record<SymbolKind, string> = {
  document: "document",
  party: "party",
  role: "role",
  body: "body",
  principle: "principle",
  value: "value",
  term: "defined term",
  measure: "measure",
  requirement: "requirement",
  target: "target",
  question: "question",
  criterion: "criterion",
};

/**
 * Where a clause takes a word from a fixed set: `Node.field`, the field of the node the grammar builds
 * that holds the word (or words). A measure's details share one node kind, so their sites name the detail
 * too: `MeasureDetail[kind].word`. Completion offers these choices there; a test parses each choice at its
 * site to check that the grammar puts it there.
 */
export const CHOICE_SITES: Record<string, ChoiceSet> = {
  "Jurisdiction.value": "jurisdiction",
  "Party.roles": "partyRole",
  "RoleDecl.roleKind": "roleKind",
  "Decides.method": "decisionMethod",
  "Meets.cadence": "cadence",
  "Review.cadence": "cadence",
  "Functions.names": "bodyFunction",
  "OpenTo.who": "openTo",
  "Responsibility.value": "responsibility",
  "Accounting.value": "accounting",
  "Claims.grounds": "claimGround",
  "NoFaultNoBlame.exceptions": "noFaultException",
  "Measure.uses": "measureUse",
  "MeasureDetail[perspective].word": "measurePerspective",
  "MeasureDetail[kind].word": "measureKind",
  "MeasureDetail[defined-by].word": "definedBy",
  "Involve.stages": "involvementStage",
  "Route.value": "route",
  "Notices.names": "notice",
  "Services.names": "serviceKind",
  "Requirement.level": "requirementLevel",
  "Criterion.stage": "criterionStage",
  "Instrument.value": "instrument",
  "InvolvedEarly.names": "enablingFunction",
};

/** Sites whose choices are only the usual ones: the drafter may write their own words there, so others are not reported. */
export const OPEN_CHOICE_SITES: readonly string[] = ["NoFaultNoBlame.exceptions"];

/**
 * Fixed words the grammar takes where it otherwise takes a name or a word of the drafter's own, offered
 * first in completion: `members all`, `meets every 6 weeks`, `casting vote chair`, `if not unanimous: falls`.
 * A list takes them only as its first word. `Decides.subject` is open, so these are the usual subjects.
 */
export const SITE_WORDS: Record<string, readonly string[]> = {
  "Members.names": ["all"],
  "Meets.cadence": ["every"],
  "Review.cadence": ["every"],
  "CastingVote.holder": ["chair"],
  "IfNotUnanimous[decides].target": ["falls", "refer to"],
  "Decides.subject": ["key-issues", "spend", "operations", "membership", "learning"],
};

/** Nodes of one kind that stand for several clauses, and the field that says which. */
const SITE_QUALIFIER: Record<string, string> = { MeasureDetail: "key", IfNotUnanimous: "outcome" };

/** The site of a field of a node, as CHOICE_SITES and SITE_WORDS name it: `Meets.cadence`, `MeasureDetail[kind].word`. */
export function siteOf(node: { kind: string }, field: string): string {
  const qualifier = SITE_QUALIFIER[node.kind];
  const which = qualifier ? `[${String((node as unknown as Record<string, unknown>)[qualifier])}]` : "";
  return `${node.kind}${which}.${field}`;
}

/** The jurisdictions a document or the settings may name. */
export const JURISDICTION_WORDS: readonly string[] = CHOICES.jurisdiction;

/** What a rule may be set to in the settings; `information` and `info` are the same level. */
export const RULE_LEVEL_WORDS = ["default", "off", "info", "information", "warning", "error"] as const;

/** The levels the Settings UI offers for each rule (one word for each level). */
export const RULE_LEVEL_CHOICES: readonly string[] = ["default", "off", "information", "warning", "error"];
