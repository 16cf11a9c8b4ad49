// A first agreement, and the tender documents written for it, from the few facts a commissioner knows on
// day one: the alliance's name, its nation and its parties. The New Agreement Pack command and the starter
// offered in an empty file both write these, and a test holds them to checking with no warning or error.

import type { Jurisdiction } from "../thresholds";

export type StarterRole = "commissioner" | "provider" | "lived-experience" | "independent";

export interface StarterParty {
  /** The name the documents use for the party: one word, such as `Council`. */
  name: string;
  role: StarterRole;
  /** The party's full name. */
  title: string;
}

export interface StarterOptions {
  /** The alliance's full name, such as "Riverside Wellbeing Alliance". */
  title: string;
  jurisdiction: Jurisdiction;
  parties: StarterParty[];
  /** The date the agreement starts, year-month-day. */
  start: string;
}

export type StarterDocument = "agreement" | "specification" | "tender" | "evaluation";

export interface StarterFile {
  kind: StarterDocument;
  /** A file name for the document, such as `riverside-agreement.alliance`. */
  fileName: string;
  text: string;
}

/** `Riverside Wellbeing Alliance` → `RiversideWellbeing`: a name the documents can use. */
export function nameFor(title: string): string {
  const words = title.replace(/\balliance\b/gi, " ").match(/[\p{L}\p{N}]+/gu) ?? [];
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return /^\p{L}/u.test(name) ? name : `Alliance${name}`;
}

/** A one-word name for a party from its full name: `Riverside City Council` → `RiversideCityCouncil`. */
export function partyNameFor(title: string, taken: ReadonlySet<string>): string {
  const base = nameFor(title) || "Party";
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  return name;
}

/** The parties as written, with an independent chair added when there is none: the guidance prefers one. */
export function withChair(parties: readonly StarterParty[]): StarterParty[] {
  if (parties.some((p) => p.role === "independent")) return [...parties];
  return [...parties, { name: partyNameFor("Chair", new Set(parties.map((p) => p.name))), role: "independent", title: "Independent chair (to be appointed)" }];
}

/** Equal whole-number shares that add up to 100, the first parties taking the remainder. */
/** The parties with a lived-experience party added when there is none: people who use services belong at the table. */
export function withVoices(parties: readonly StarterParty[]): StarterParty[] {
  if (parties.some((p) => p.role === "lived-experience")) return [...parties];
  return [...parties, { name: partyNameFor("Voices", new Set(parties.map((p) => p.name))), role: "lived-experience", title: "People who use the services (group to be named)" }];
}

export function equalShares(names: readonly string[]): string {
  const each = Math.floor(100 / names.length);
  const extra = 100 - each * names.length;
  return names.map((n, i) => `${n} ${each + (i < extra ? 1 : 0)}%`).join(", ");
}

const PRINCIPLES: [string, string][] = [
  ["collective-risk", "We take collective responsibility for every risk in providing the services."],
  ["best-for-people", "Each decision is taken on a 'Best for People using Services' basis."],
  ["unanimous", "Key decisions are unanimous and rest on our principles and values."],
  ["no-fault-no-blame", "No fault and no blame between participants; no disputes save wilful default."],
  ["open-book", "Open book accounting and transparency in all matters."],
];

export function agreementText(options: StarterOptions): string {
  const parties = withChair(withVoices(options.parties));
  const width = Math.max(...parties.map((p) => p.name.length));
  const roleWidth = Math.max(...parties.map((p) => p.role.length));
  const chair = parties.find((p) => p.role === "independent")!;
  const voices = parties.filter((p) => p.role === "lived-experience").map((p) => p.name);
  const sharing = parties.filter((p) => p.role === "commissioner" || p.role === "provider").map((p) => p.name);
  const commissioners = parties.filter((p) => p.role === "commissioner").map((p) => p.name);
  const writers = parties.filter((p) => p.role !== "independent").map((p) => p.name);
  const partyLine = (p: StarterParty) => {
    const head = `    ${p.name.padEnd(width)} ${p.role.padEnd(roleWidth)} ${quote(p.title)}`;
    return p.role === "commissioner" ? [`${head} {`, `      contact "Say whom providers and people using services should contact"`, `    }`] : [head];
  };
  const lines = [
    `agreement ${nameFor(options.title)} ${quote(options.title)} {`,
    `  purpose "The people this alliance serves live well, on their own terms" {`,
    `    people "Say who the alliance is for"`,
    `    place "Say where"`,
    `  }`,
    `  jurisdiction ${options.jurisdiction}`,
    `  services social-care`,
    `  term 5 years from ${options.start}`,
    `  value £1,000,000${commissioners.length > 0 ? ` pooled by ${commissioners.join(", ")}` : ""}`,
    ``,
    `  parties {`,
    ...parties.flatMap(partyLine),
    `  }`,
    ``,
    `  principles co-produced with ${writers.join(", ")} {`,
    ...PRINCIPLES.map(([name, text]) => `    ${name} ${quote(text)}`),
    `  }`,
    ``,
    `  definitions {`,
    `    wilful-default "A deliberate breach of this agreement, made knowing it is a breach; an honest mistake is not wilful default"`,
    `  }`,
    ``,
    `  key-issues {`,
    `    "How the pooled budget is allocated each year"`,
    `    "Admitting a new party, or a party leaving"`,
    `    "Changes to who may approve how much spend"`,
    `  }`,
    ``,
    `  body Board "Alliance Leadership Board" {`,
    `    members all`,
    `    chair ${chair.name}`,
    `    decides key-issues by unanimity`,
    `    if not unanimous: falls`,
    `    meets monthly`,
    `    functions allocate-resources, oversee-delivery, maintain-culture, capture-information, test-purpose`,
    `    open to frontline-staff, people-using-services`,
    `  }`,
  ];
  if (commissioners.length > 0) lines.push(``, `  steward ${commissioners[0]}`);
  if (sharing.length > 0) {
    lines.push(
      ``,
      `  risk {`,
      `    responsibility collective`,
      `    pain share ${equalShares(sharing)}`,
      `    gain share ${equalShares(sharing)}`,
      `    no-fault-no-blame except wilful-default`,
      `    accounting open-book`,
      `  }`,
    );
  }
  lines.push(
    ``,
    `  learning {`,
    `    review quarterly by Board against purpose`,
    `  }`,
    ``,
    `  involvement {`,
    ...voices.map((v) => `    ${v} in need, design, outcomes, review`),
    `    feedback "After each Board meeting the alliance tells the people who took part what changed because of what they said"`,
    `  }`,
    ``,
    `  review-point after 18 months`,
  );
  lines.push(`}`, ``);
  return lines.join("\n");
}

function quote(text: string): string {
  return `"${text.replace(/["\r\n]/g, " ").trim()}"`;
}

/** File names for a pack: `riverside-agreement.alliance` and so on. */
export function fileNameFor(title: string, kind: StarterDocument): string {
  const stem = nameFor(title).replace(/(?<=\p{Ll})(?=\p{Lu})/gu, "-").toLowerCase();
  return `${stem}-${kind}.alliance`;
}

/** The facts the tender documents repeat from the agreement, so that they read across. */
function sharedFacts(options: StarterOptions): string[] {
  return [
    `  purpose "The people this alliance serves live well, on their own terms"`,
    `  jurisdiction ${options.jurisdiction}`,
    `  value £1,000,000`,
    `  term 5 years from ${options.start}`,
    `  route light-touch because "Health and social care services, bought through a process designed with providers and people who use services"`,
    `  notices contract-notice, award-notice`,
    `  process {`,
    `    step "Market engagement with providers and people who use services" 8 weeks`,
    `    step "Design conversations with bidders" 12 weeks`,
    `    step "Final proposals and evaluation" 6 weeks`,
    `    step "Award and standstill" 2 weeks`,
    `  }`,
  ];
}

const OPERATIVE = "collective-risk, best-for-people, unanimous, no-fault-no-blame, open-book";

export function specificationText(options: StarterOptions): string {
  const name = nameFor(options.title);
  return [
    `specification ${name}Spec ${quote(`Specification: ${options.title}`)} for ${name} {`,
    ...sharedFacts(options),
    `  principles ${OPERATIVE}`,
    ``,
    `  requirements {`,
    `    Risk "Describe how your organisation will carry its part of every risk of the alliance, with the other parties" mandatory about collective-risk`,
    `    Decisions "Describe how your representative will take key decisions unanimously with the other parties, putting people who use services first" mandatory about unanimous, best-for-people`,
    `    Books "Confirm that you will keep open books with every other party for the whole term" pass-fail about open-book`,
    `    Learning "Describe how your organisation will learn with the other parties from what people tell you and from data" mandatory`,
    `  }`,
    ``,
    `  targets none`,
    `}`,
    ``,
  ].join("\n");
}

export function tenderText(options: StarterOptions): string {
  const name = nameFor(options.title);
  return [
    `tender ${name}Tender ${quote(`Invitation to tender: ${options.title}`)} for ${name}Spec {`,
    ...sharedFacts(options),
    `  principles ${OPERATIVE}`,
    ``,
    `  questions {`,
    `    QRisk "Tell us about a time your organisation shared a loss or a saving with another organisation" about Risk`,
    `    QDecisions "How will your representative reach decisions that every party can agree to?" about Decisions`,
    `    QBooks "Will you open your books to every other party for the whole term?" about Books`,
    `    QLearning "How will your staff learn from people's stories and from data with other organisations?" about Learning`,
    `  }`,
    `}`,
    ``,
  ].join("\n");
}

export function evaluationText(options: StarterOptions): string {
  const name = nameFor(options.title);
  return [
    `evaluation ${name}Evaluation ${quote(`Award criteria: ${options.title}`)} for ${name}Spec {`,
    `  criterion SharedRisk "Carrying risk together" weight 30% stage award assesses Risk`,
    `  criterion SharedDecisions "Deciding together, people first" weight 30% stage award assesses Decisions`,
    `  criterion OpenBooks "Open books" weight 10% stage award assesses Books`,
    `  criterion Learning "Learning together" weight 30% stage award assesses Learning`,
    `}`,
    ``,
  ].join("\n");
}

const WRITERS: Record<StarterDocument, (options: StarterOptions) => string> = {
  agreement: agreementText,
  specification: specificationText,
  tender: tenderText,
  evaluation: evaluationText,
};

/** The agreement and whichever tender documents are asked for, each written for the one before it. */
export function newPack(options: StarterOptions, kinds: readonly StarterDocument[] = ["agreement"]): StarterFile[] {
  const order: StarterDocument[] = ["agreement", "specification", "tender", "evaluation"];
  const wanted = new Set<StarterDocument>(["agreement", ...kinds]);
  // A tender or evaluation is written for a specification, so asking for one brings the specification.
  if (wanted.has("tender") || wanted.has("evaluation")) wanted.add("specification");
  return order.filter((k) => wanted.has(k)).map((kind) => ({ kind, fileName: fileNameFor(options.title, kind), text: WRITERS[kind](options) }));
}
