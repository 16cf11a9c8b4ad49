// Generates large, realistic alliance agreements for the benchmarks: many parties with full party
// blocks, many bodies, principles, values, definitions, key issues, a spend ladder, measures with their
// details, involvement, risk shares across every party, and the procurement clauses. The output is
// deterministic (seeded), valid in the language (no syntax problems) and close to the requested number
// of lines. The shape follows samples/plymouth/agreement.alliance; every name and figure is invented.
// Beside the text it returns the same agreement as plain data (`AgreementData`), which bench/yaml.ts
// writes out as YAML for the comparison with a YAML language server.

/** The sizes the benchmarks measure, in lines. */
export const SIZES = [2_000, 10_000, 50_000] as const;

export interface GenerateOptions {
  /** Seed for the pseudo-random choices; the same seed and size always give the same text. */
  seed?: number;
  /** The agreement's name; by default `GeneratedAlliance` and the size. */
  name?: string;
}

/** A party's details, as written in its block. */
export interface PartyData {
  kinds: string[];
  title: string;
  representative: string;
  authority: string;
  contributes: string;
  contact: string;
  time: string;
}

export interface BodyData {
  title: string;
  members: string[];
  chair: string;
  decides: { subject: string; by: "unanimity" | "consensus" };
  "if-not-unanimous": "falls" | { "refer-to": string };
  "reports-to"?: string;
  meets: string;
  quorum: number | "all";
  functions: string[];
  "open-to": string;
  "responds-within-days": number;
}

export interface MeasureData {
  title: string;
  "used-for": "learning";
  source: string;
  "linked-to": string;
  perspective: string;
  "defined-by": string;
  kind: string;
  "sense-maker": string;
  owner: string;
  "shared-by": string[];
}

/** The whole agreement as plain data, key for key what the text says; see bench/yaml.ts. */
export interface AgreementData {
  name: string;
  title: string;
  purpose: { text: string; people: string; place: string; scope: string };
  jurisdiction: string;
  term: { years: number; from: string };
  value: { amount: string; "pooled-by": string[] };
  parties: Record<string, PartyData>;
  roles: Record<string, { kind: string; title: string; "reports-to": string }>;
  principles: { "co-produced-with": string[]; items: Record<string, string> };
  values: Record<string, string>;
  definitions: Record<string, string>;
  "key-issues": string[];
  bodies: Record<string, BodyData>;
  steward: string;
  risk: {
    responsibility: string;
    "pain-share": Record<string, string>;
    "gain-share": Record<string, string>;
    "budget-share": Record<string, string>;
    cap: { amount: string; per: string };
    "no-fault-no-blame-except": string[];
    "claims-for": string[];
    accounting: string;
  };
  spend: { over?: string; "up-to"?: string; "approved-by": string }[];
  learning: {
    measures: Record<string, MeasureData>;
    reviews: { cadence: string; by: string; against: string }[];
    "data-sharing": string;
  };
  involvement: { stages: Record<string, string[]>; feedback: string; stories: string; "safe-sharing": string };
  route: { kind: string; because: string };
  notices: string[];
  instrument: { kind: string; because: string };
  process: { step: string; weeks: number }[];
  "market-engagement": string;
  "input-sharing": string;
  "involved-early": string[];
  "review-point": { "after-months": number };
  "exit-plan": string;
  "staff-changes": string;
  "union-engagement": string;
}

export interface GeneratedAgreement {
  /** The agreement in the Alliance language. */
  text: string;
  /** The same agreement as data. */
  data: AgreementData;
  /** How many lines of the text are padding comments (the YAML writer pads to the same length). */
  paddingLines: number;
}

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  "Tamar", "Harbour", "Drake", "Plym", "Sound", "Dart", "Moor", "Tor", "Quay", "Ridge", "Hoe", "Barbican",
  "Stonehouse", "Devonport", "Mutley", "Efford", "Estover", "Keyham", "Stoke", "Peverell", "Lipson", "Mannamead",
  "Compton", "Crownhill", "Whitleigh", "Honicknowle", "Plympton", "Plymstock", "Saltash", "Torpoint", "Ivybridge",
];
const ORG_KINDS: [short: string, full: string][] = [
  ["Housing", "Housing Support"], ["Recovery", "Recovery Trust"], ["Health", "Community Health CIC"],
  ["Minds", "Minds Charity"], ["Advocacy", "Advocacy Service"], ["Outreach", "Outreach Project"],
  ["Care", "Care Partnership"], ["Futures", "Futures Foundation"], ["Pathways", "Pathways Network"],
  ["Homes", "Homes Association"], ["Peer", "Peer Support Network"], ["Wellbeing", "Wellbeing Collective"],
];
const JOB_TITLES = [
  "Chief Executive", "Director of Operations", "Clinical Director", "Head of Services", "Deputy Director",
  "Service Manager", "Director of Partnerships", "Operations Lead", "Head of Commissioning", "Chair of Trustees",
];
const GOVERNORS = ["board of trustees", "board of directors", "management committee", "members' meeting", "governing body"];
const SERVICES = [
  "supported housing and tenancy sustainment", "recovery and substance-use support", "community mental health outreach",
  "advocacy and peer mentoring", "day services and drop-in support", "primary care outreach for people sleeping rough",
  "employment and training support", "crisis and out-of-hours support", "family and carer support",
  "debt and welfare rights advice", "harm reduction and needle exchange", "hospital discharge support",
];
const TIMES = [
  "One day a week across Board, Forum and learning sessions", "Half a day a week for Board and learning sessions",
  "Two half days a month for the Board and its working groups", "One day a fortnight for Forum and learning sessions",
];
const PEOPLE = [
  "adults with multiple and complex needs", "people sleeping rough", "people leaving prison", "young people leaving care",
  "people in recovery", "carers", "people using mental health services", "families under pressure",
];
const ACTIONS = [
  "We share", "We decide", "We learn", "We listen", "We keep", "We carry", "We build", "We review", "We open",
  "We support", "We agree", "We explain",
];
const OBJECTS = [
  "every risk of the services together", "on the basis of what is best for people using services",
  "from what goes wrong as well as what goes right", "to people before we decide anything about them",
  "our books open to one another", "the consequences of our decisions together", "trust between frontline staff",
  "our decisions with the people they affect", "our data with every other party", "one another's staff as colleagues",
  "how the pooled budget is spent each year", "our reasons in plain language",
];
const VALUE_WORDS = [
  "generosity", "respect", "compassion", "commitment", "honesty", "curiosity", "humility", "courage", "patience",
  "openness", "kindness", "fairness",
];
const FUNCTIONS = ["allocate-resources", "oversee-delivery", "maintain-culture", "capture-information", "test-purpose"];
const SUBJECTS = ["complex-cases", "learning-priorities", "spend", "workforce", "housing-allocations", "referrals", "service-design"];
const CADENCES = ["monthly", "fortnightly", "quarterly", "bimonthly", "every 6 weeks"];
const PERSPECTIVES = ["effective", "efficient", "sustainable"];
const MEASURE_KINDS = ["person-defined", "narrative", "count", "cost", "hours", "contacts"];
const DEFINED_BY = ["people", "alliance", "providers", "commissioner"];
const MEASURE_TOPICS = [
  "People reaching the goals they set for themselves", "Stories of change from people and staff",
  "Handoffs between organisations for one person", "Cost history and trajectory of support",
  "Nights spent without a safe place to sleep", "Time from first contact to a first conversation",
  "People who say they were listened to", "Tenancies kept for a year or more", "Contacts with crisis services",
  "Staff who say they can act for the person", "People back in touch after leaving support",
];
const STAGES = ["need", "design", "outcomes", "review"];

/** Writes a whole number with commas between groups of three digits. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A percentage held in thousandths, written as the language reads it: 100 -> "0.1%", 12500 -> "12.5%". */
function percent(thousandths: number): string {
  const whole = Math.floor(thousandths / 1000);
  const fraction = String(thousandths % 1000).padStart(3, "0").replace(/0+$/, "");
  return `${whole}${fraction ? `.${fraction}` : ""}%`;
}

/** Splits 100% into `n` shares that add up to exactly 100%. */
function shares(n: number): string[] {
  const base = Math.floor(100_000 / n);
  const extra = 100_000 - base * n;
  return Array.from({ length: n }, (_, i) => percent(base + (i < extra ? 1 : 0)));
}

/** A list of names, `perLine` to a line, carried on to the next line after a comma. */
function wrapped(items: string[], perLine: number, indent: string): string {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(items.slice(i, i + perLine).join(", "));
  return lines.join(`,\n${indent}`);
}

interface Party {
  name: string;
  kind: string;
  title: string;
}


/**
 * An agreement of about `targetLines` lines. Parties, bodies and measures grow with the size (so does
 * everything that lists them, such as the risk shares), as they would in a very large alliance.
 */
export function generateAgreement(targetLines: number, options: GenerateOptions = {}): string {
  return generate(targetLines, options).text;
}

/** The agreement's text and the same agreement as data, drawn from the same random choices. */
export function generate(targetLines: number, options: GenerateOptions = {}): GeneratedAgreement {
  const random = seededRandom(options.seed ?? 20_190_401 + targetLines);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const sample = <T>(list: readonly T[], count: number): T[] => {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
    return out;
  };

  // Share of the lines each part takes, from the Plymouth sample's proportions, scaled up.
  const budget = Math.max(200, targetLines) - 90;
  const partyCount = Math.max(6, Math.round((budget * 0.385) / 8.1));
  const bodyCount = Math.max(3, Math.round((budget * 0.26) / 12.3));
  const measureCount = Math.max(3, Math.round((budget * 0.19) / 11.2));
  const principleCount = Math.max(7, Math.round(budget * 0.04));
  const valueCount = Math.max(4, Math.round(budget * 0.02));
  const definitionCount = Math.max(1, Math.round(budget * 0.015));
  const keyIssueCount = Math.max(4, Math.round(budget * 0.015));
  const bandCount = Math.max(3, Math.round(budget * 0.01));
  const roleCount = Math.max(4, Math.round(budget * 0.03));

  // --- parties -----------------------------------------------------------------------------------
  const parties: Party[] = [];
  const usedNames = new Set<string>();
  const uniqueName = (base: string): string => {
    let name = base;
    for (let n = 2; usedNames.has(name); n++) name = `${base}${n}`;
    usedNames.add(name);
    return name;
  };
  parties.push({ name: uniqueName("PCC"), kind: "commissioner", title: "Plymouth City Council" });
  parties.push({ name: uniqueName("CCG"), kind: "commissioner", title: "Clinical Commissioning Group for Plymouth" });
  for (let i = parties.length; i < partyCount; i++) {
    const place = pick(PLACES);
    const [short, full] = pick(ORG_KINDS);
    const livedExperience = i % 11 === 5;
    const name = uniqueName(livedExperience ? `${place}Voices` : `${place}${short}`);
    const kind = livedExperience ? "lived-experience" : i % 17 === 9 ? "independent, advocate" : "provider";
    const title = livedExperience ? `${place} Lived Experience Voices` : `${place} ${full}${name.match(/\d+$/) ? ` ${name.match(/\d+$/)![0]}` : ""}`;
    parties.push({ name, kind, title });
  }
  const commissioners = parties.filter((p) => p.kind === "commissioner").map((p) => p.name);
  const livedExperience = parties.filter((p) => p.kind === "lived-experience").map((p) => p.name);
  const names = parties.map((p) => p.name);

  // --- roles -------------------------------------------------------------------------------------
  const bodyNames = ["Board", "Forum", "SystemGroup"];
  for (let i = bodyNames.length; i < bodyCount; i++) bodyNames.push(uniqueName(`${pick(PLACES)}${pick(["Group", "Panel", "Circle", "Network"])}`));
  const roles: string[] = [];
  const roleLines: string[] = [];
  const roleData: AgreementData["roles"] = {};
  const chairs: string[] = [];
  const addRole = (base: string, kind: string, title: string, reportsTo: string): string => {
    const name = uniqueName(base);
    roles.push(name);
    roleLines.push(`    ${name} ${kind} "${title}" reports to ${reportsTo}`);
    roleData[name] = { kind, title, "reports-to": reportsTo };
    return name;
  };
  chairs.push(addRole("Chair", "chair", "Independent chair of the Alliance Leadership Board", "Board"));
  const manager = addRole("Manager", "project-manager", "Alliance manager", "Board");
  const keyworker = addRole("Keyworker", "frontline", "Keyworker in any member organisation", "Forum");
  // Every working body has a convener of its own, so that no one holds too many key roles.
  for (let i = 1; i < bodyNames.length; i++) {
    if (i !== 2) chairs[i] = addRole("Convener", "chair", `Convener of ${bodyNames[i]}`, "Board");
  }
  for (let i = 0; roles.length < roleCount; i++) {
    if (i % 2 === 0) addRole("Coordinator", "frontline", `Support co-ordinator for ${pick(PEOPLE)}`, pick(bodyNames.slice(0, 3)));
    else addRole("Officer", "officer", `Alliance officer for ${pick(SERVICES)}`, "Board");
  }

  const principleNames: string[] = [];
  const out: string[] = [];
  const line = (s = "") => out.push(s);
  const agreementName = options.name ?? `GeneratedAlliance${targetLines}`;
  const agreementTitle = `Generated Complex Needs Alliance (${grouped(targetLines)} lines)`;
  const purpose = {
    text: "Adults in Plymouth with multiple and complex needs live the lives they choose, safely and well",
    people: "Adults aged 18 and over whose needs cross mental health, substance use, homelessness and offending",
    place: "The City of Plymouth",
    scope: "Support, housing-related support, treatment and health care, wherever people first ask for help",
  };

  // --- header and purpose ------------------------------------------------------------------------
  line(`// A generated alliance agreement of about ${grouped(targetLines)} lines, for benchmarks only.`);
  line("// Its shape follows samples/plymouth/agreement.alliance; every name, share and figure is invented.");
  line();
  line(`agreement ${agreementName} "${agreementTitle}" {`);
  line();
  line("  // The purpose is a change for people, not a list of services.");
  line(`  purpose "${purpose.text}" {`);
  line(`    people "${purpose.people}"`);
  line(`    place "${purpose.place}"`);
  line(`    scope "${purpose.scope}"`);
  line("  }");
  line();
  line("  jurisdiction england");
  line("  term 10 years from 2019-04-01");
  line(`  value £80,000,000 pooled by ${commissioners.join(", ")}`);
  line();

  const partyData: AgreementData["parties"] = {};
  line("  parties {");
  parties.forEach((p, i) => {
    if (i % 10 === 0) line(`    // Parties ${i + 1} to ${Math.min(i + 10, parties.length)}.`);
    const service = (s: string) => `${s[0].toUpperCase()}${s.slice(1)}; staff time for the alliance's working groups`;
    const details: PartyData = {
      kinds: p.kind.split(", "),
      title: p.title,
      representative: `${pick(JOB_TITLES)}, ${p.title}`,
      authority: `Delegated by the ${pick(GOVERNORS)} to commit ${p.name} to alliance decisions within the pooled budget`,
      contributes: service(pick(SERVICES)),
      contact: `alliance@${p.name.toLowerCase()}.example`,
      time: pick(TIMES),
    };
    partyData[p.name] = details;
    line(`    ${p.name} ${p.kind} "${p.title}" {`);
    line(`      representative "${details.representative}"`);
    line(`      authority "${details.authority}"`);
    line(`      contributes "${details.contributes}"`);
    line(`      contact "${details.contact}"`);
    line(`      time "${details.time}"`);
    line("    }");
  });
  line("  }");
  line();

  line("  // Key roles are filled on a best-person basis, so no role is held by a named party.");
  line("  roles {");
  out.push(...roleLines);
  line("  }");
  line();

  const principleData: Record<string, string> = {};
  line("  // The principles, co-produced with every party that signs.");
  line(`  principles co-produced with ${wrapped(names, 10, "    ")} {`);
  const reference = ["collective-risk", "best-for-people", "unanimity", "no-fault-no-blame", "open-book", "best-person", "values-and-behaviours"];
  const referenceText = [
    "Together we carry every risk of providing the services under this agreement",
    "We decide on a Best for People using Services basis",
    "We take every key issue unanimously, on the basis of these principles and our values",
    "We keep a no fault, no blame culture and avoid disputes, except in narrow cases of wilful default",
    "We keep open books and are transparent with one another in all matters",
    "We appoint and select key roles on a best person basis",
    "We act at all times in line with the Alliance Values and Behaviours",
  ];
  for (let i = 0; i < principleCount; i++) {
    const name = i < reference.length ? uniqueName(reference[i]) : uniqueName(`principle-${i + 1}`);
    principleNames.push(name);
    const text = i < reference.length ? referenceText[i] : `${pick(ACTIONS)} ${pick(OBJECTS)}, for ${pick(PEOPLE)}`;
    principleData[name] = text;
    line(`    ${name} "${text}"`);
  }
  line("  }");
  line();

  const valueData: Record<string, string> = {};
  line("  values {");
  for (let i = 0; i < valueCount; i++) {
    const word = VALUE_WORDS[i % VALUE_WORDS.length];
    const name = uniqueName(word);
    valueData[name] = `We show ${word} to one another and to ${pick(PEOPLE)}`;
    line(`    ${name} "${valueData[name]}"`);
  }
  line("  }");
  line();

  const definitionData: Record<string, string> = {};
  const define = (name: string, text: string) => {
    definitionData[name] = text;
    line(`    ${name} "${text}"`);
  };
  line("  definitions {");
  define(uniqueName("wilful-default"), "A deliberate act or omission by a party, done knowing it breaches this agreement; an honest mistake is not wilful default");
  for (let i = 1; i < definitionCount; i++) {
    define(uniqueName(`term-${i}`), `What this agreement means by ${pick(SERVICES)}, for ${pick(PEOPLE)}`);
  }
  line("  }");
  line();

  const keyIssues: string[] = [];
  line("  key-issues {");
  const issues = [
    "Changes to the shared purpose or to the Alliance Principles",
    "How the pooled budget is allocated between parties each year",
    "Admitting a new party to the alliance, or a party leaving it",
    "Changes to the spend ladder or to the risk shares",
  ];
  for (let i = 0; i < keyIssueCount; i++) {
    keyIssues.push(i < issues.length ? issues[i] : `Changes to ${pick(SERVICES)} for ${pick(PEOPLE)} (issue ${i + 1})`);
    line(`    "${keyIssues[i]}"`);
  }
  line("  }");
  line();

  // --- bodies ------------------------------------------------------------------------------------
  const bodyData: AgreementData["bodies"] = {};
  bodyNames.forEach((body, i) => {
    const board = i === 0;
    line(board ? "  // The Board decides key issues unanimously; a proposal not agreed by every member falls." : `  // Working body ${i + 1}.`);
    const title = ["Alliance Leadership Board", "Creative Solutions Forum", "System Optimisation Group"][i] ?? `${body.replace(/\d+$/, "")} working group ${i + 1}`;
    line(`  body ${body} "${title}" {`);
    const members = board ? names : sample(names, 4 + Math.floor(random() * 6));
    if (!board && i % 4 === 1) members.push(keyworker);
    const decides = board ? { subject: "key-issues", by: "unanimity" as const } : { subject: pick(SUBJECTS), by: "consensus" as const };
    const meets = pick(CADENCES);
    const quorum = board ? ("all" as const) : Math.max(2, members.length - 2);
    // The System Optimisation Group holds the learning reviews and never allocates money.
    const functions = board ? ["allocate-resources", "oversee-delivery", "maintain-culture"] : i === 2 ? ["capture-information", "test-purpose"] : sample(FUNCTIONS, 2);
    const openTo = pick(["frontline-staff", "people-using-services", "all-staff"]);
    const respondsWithin = 5 + Math.floor(random() * 10);
    const chair = i === 2 ? manager : chairs[i];
    bodyData[body] = {
      title, members: [...members], chair, decides, "if-not-unanimous": board ? "falls" : { "refer-to": "Board" },
      ...(board ? {} : { "reports-to": "Board" }),
      meets, quorum, functions, "open-to": openTo, "responds-within-days": respondsWithin,
    };
    line(`    members ${wrapped(members, 10, "      ")}`);
    line(`    chair ${chair}`);
    line(`    decides ${decides.subject} by ${decides.by}`);
    line(`    if not unanimous: ${board ? "falls" : "refer to Board"}`);
    if (!board) line("    reports to Board");
    line(`    meets ${meets}`);
    line(`    quorum ${quorum}`);
    line(`    functions ${functions.join(", ")}`);
    line(`    open to ${openTo}`);
    line(`    responds within ${respondsWithin} days`);
    line("  }");
    line();
  });

  line(`  steward ${commissioners[0]}`);
  line();

  // --- risk --------------------------------------------------------------------------------------
  const everyShare = shares(names.length);
  const shareList = names.map((n, i) => `${n} ${everyShare[i]}`);
  const budgetShares = shares(commissioners.length);
  line("  risk {");
  line("    responsibility collective");
  line("    // Every party carries an equal part of the losses and the savings; each list adds to exactly 100%.");
  line(`    pain share ${wrapped(shareList, 8, "      ")}`);
  line(`    gain share ${wrapped(shareList, 8, "      ")}`);
  line(`    budget share ${commissioners.map((c, i) => `${c} ${budgetShares[i]}`).join(", ")}`);
  line("    cap £1,500,000 per year");
  line("    no-fault-no-blame except wilful-default");
  line("    claims for wilful-default");
  line("    accounting open-book");
  line("  }");
  line();
  const everyPartyShare = Object.fromEntries(names.map((n, i) => [n, everyShare[i]]));

  // --- spend ladder: each band starts just above the last one's top -------------------------------
  const spend: AgreementData["spend"] = [];
  line("  // Each band starts just above the last one's top, so a boundary amount belongs to exactly one band.");
  line("  spend {");
  let top = 1_000;
  spend.push({ "up-to": `£${grouped(top)}`, "approved-by": keyworker });
  line(`    up to £${grouped(top)} approved by ${keyworker}`);
  for (let i = 1; i < bandCount - 1; i++) {
    const next = top + 1_000 * (1 + Math.floor(random() * 20));
    spend.push({ over: `£${grouped(top)}`, "up-to": `£${grouped(next)}`, "approved-by": "Forum" });
    line(`    over £${grouped(top)} up to £${grouped(next)} approved by Forum`);
    top = next;
  }
  spend.push({ over: `£${grouped(top)}`, "approved-by": "Board" });
  line(`    over £${grouped(top)} approved by Board`);
  line("  }");
  line();

  // --- learning ----------------------------------------------------------------------------------
  const measures: Record<string, MeasureData> = {};
  line("  // Measures are for learning, not targets.");
  line("  learning {");
  for (let i = 0; i < measureCount; i++) {
    const topic = MEASURE_TOPICS[i % MEASURE_TOPICS.length];
    const personal = i % MEASURE_TOPICS.length === 0;
    const name = uniqueName(`Measure${i + 1}`);
    const measure: MeasureData = {
      title: topic,
      "used-for": "learning",
      source: `Records held by each provider and gathered by ${pick(bodyNames)}, with consent`,
      "linked-to": "The shared purpose",
      perspective: PERSPECTIVES[i % PERSPECTIVES.length],
      "defined-by": personal ? "people" : pick(DEFINED_BY),
      kind: personal ? "person-defined" : pick(MEASURE_KINDS),
      "sense-maker": bodyNames[2 % bodyNames.length],
      owner: pick(names),
      "shared-by": sample(names, 3 + Math.floor(random() * 8)),
    };
    measures[name] = measure;
    line(`    measure ${name} "${topic}" used for learning {`);
    line(`      source "${measure.source}"`);
    line(`      linked-to "${measure["linked-to"]}"`);
    line(`      perspective ${measure.perspective}`);
    line(`      defined-by ${measure["defined-by"]}`);
    line(`      kind ${measure.kind}`);
    line(`      sense-maker ${measure["sense-maker"]}`);
    line(`      owner ${measure.owner}`);
    line(`      shared-by ${wrapped(measure["shared-by"], 10, "        ")}`);
    line("    }");
  }
  const dataSharing = "Information sharing agreement between every party, signed before the term starts and reviewed each year";
  line("    review quarterly by SystemGroup against purpose");
  line("    review annually by Board against purpose");
  line(`    data-sharing "${dataSharing}"`);
  line("  }");
  line();

  // --- involvement -------------------------------------------------------------------------------
  const stages: Record<string, string[]> = {};
  const involvement = {
    feedback: "After every Board meeting members report back to their groups, and the Board publishes what it changed as a result",
    stories: "Keyworkers and lived-experience members gather stories of change every quarter",
    "safe-sharing": "People choose whether and how their story is used, can withdraw it at any time, and are offered support from a peer",
  };
  line("  // People who use services are involved at every stage.");
  line("  involvement {");
  for (const who of livedExperience) {
    stages[who] = [...STAGES];
    line(`    ${who} in ${STAGES.join(", ")}`);
  }
  for (const body of bodyNames.slice(1)) {
    stages[body] = sample(STAGES, 2);
    line(`    ${body} in ${stages[body].join(", ")}`);
  }
  line(`    feedback "${involvement.feedback}"`);
  line(`    stories "${involvement.stories}"`);
  line(`    safe-sharing "${involvement["safe-sharing"]}"`);
  line("  }");
  line();

  // --- procurement and the rest --------------------------------------------------------------------
  const rest = {
    route: { kind: "light-touch", because: "Health and social care services above the light-touch threshold, run as a process of design conversations" },
    notices: ["contract-notice", "award-notice"],
    instrument: { kind: "contract", because: "A ten-year pooled budget with shared risk needs a binding alliance contract rather than grants" },
    process: [
      { step: "Market engagement on what the system should do and how to buy it", weeks: 12 },
      { step: "Design conversations between commissioners and bidders", weeks: 16 },
      { step: "Final proposals and evaluation", weeks: 6 },
      { step: "Award and standstill", weeks: 2 },
    ],
    "market-engagement": "Open events with providers, people using services and carers",
    "input-sharing": "Notes of every design conversation were published to every bidder within five working days",
    "involved-early": ["legal", "finance", "procurement", "audit"],
    "review-point": { "after-months": 18 },
    "exit-plan": "If the alliance ends, the Board agrees a transfer plan in the last year so that no one loses their support or their home",
    "staff-changes": "Keyworkers in every provider work to one shared way of working; no one's employer changes",
    "union-engagement": "Recognised unions in each provider are briefed before any change to roles",
  };
  line(`  route ${rest.route.kind} because "${rest.route.because}"`);
  line(`  notices ${rest.notices.join(", ")}`);
  line(`  instrument ${rest.instrument.kind} because "${rest.instrument.because}"`);
  line("  process {");
  for (const step of rest.process) line(`    step "${step.step}" ${step.weeks} weeks`);
  line("  }");
  line(`  market-engagement "${rest["market-engagement"]}"`);
  line(`  input-sharing "${rest["input-sharing"]}"`);
  line(`  involved early ${rest["involved-early"].join(", ")}`);
  line(`  review-point after ${rest["review-point"]["after-months"]} months`);
  line(`  exit-plan "${rest["exit-plan"]}"`);
  line(`  staff-changes "${rest["staff-changes"]}"`);
  line(`  union-engagement "${rest["union-engagement"]}"`);

  // Pad with short comments to land close to the requested size (the parts above are estimates).
  const written = out.join("\n").split("\n").length;
  for (let i = written; i < targetLines - 1; i++) line(`  // Notes for the review after 18 months: item ${i - written + 1}.`);
  line("}");

  const data: AgreementData = {
    name: agreementName,
    title: agreementTitle,
    purpose,
    jurisdiction: "england",
    term: { years: 10, from: "2019-04-01" },
    value: { amount: "£80,000,000", "pooled-by": commissioners },
    parties: partyData,
    roles: roleData,
    principles: { "co-produced-with": names, items: principleData },
    values: valueData,
    definitions: definitionData,
    "key-issues": keyIssues,
    bodies: bodyData,
    steward: commissioners[0],
    risk: {
      responsibility: "collective",
      "pain-share": everyPartyShare,
      "gain-share": everyPartyShare,
      "budget-share": Object.fromEntries(commissioners.map((c, i) => [c, budgetShares[i]])),
      cap: { amount: "£1,500,000", per: "year" },
      "no-fault-no-blame-except": ["wilful-default"],
      "claims-for": ["wilful-default"],
      accounting: "open-book",
    },
    spend,
    learning: {
      measures,
      reviews: [{ cadence: "quarterly", by: "SystemGroup", against: "purpose" }, { cadence: "annually", by: "Board", against: "purpose" }],
      "data-sharing": dataSharing,
    },
    involvement: { stages, ...involvement },
    ...rest,
  };
  return { text: out.join("\n") + "\n", data, paddingLines: Math.max(0, targetLines - 1 - written) };
}

/** The number of lines in a text (a final line break does not start another line). */
export function countLines(text: string): number {
  const breaks = text.match(/\r\n|\r|\n|\u2028|\u2029/g)?.length ?? 0;
  return text.endsWith("\n") ? breaks : breaks + 1;
}
