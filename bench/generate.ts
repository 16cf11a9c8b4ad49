// Generates large, realistic alliance agreements for the benchmarks: many parties with full party
// blocks, many bodies, principles, values, definitions, key issues, a spend ladder, measures with their
// details, involvement, risk shares across every party, and the procurement clauses. The output is
// deterministic (seeded), valid in the language (no syntax problems) and close to the requested number
// of lines. The shape follows samples/plymouth/agreement.alliance; every name and figure is invented.

/** The sizes the benchmarks measure, in lines. */
export const SIZES = [1_000, 5_000, 20_000] as const;

export interface GenerateOptions {
  /** Seed for the pseudo-random choices; the same seed and size always give the same text. */
  seed?: number;
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
  const chairs: string[] = [];
  const addRole = (base: string, kind: string, title: string, reportsTo: string): string => {
    const name = uniqueName(base);
    roles.push(name);
    roleLines.push(`    ${name} ${kind} "${title}" reports to ${reportsTo}`);
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

  // --- header and purpose ------------------------------------------------------------------------
  line(`// A generated alliance agreement of about ${grouped(targetLines)} lines, for benchmarks only.`);
  line("// Its shape follows samples/plymouth/agreement.alliance; every name, share and figure is invented.");
  line();
  line(`agreement GeneratedAlliance${targetLines} "Generated Complex Needs Alliance (${grouped(targetLines)} lines)" {`);
  line();
  line("  // The purpose is a change for people, not a list of services.");
  line(`  purpose "Adults in Plymouth with multiple and complex needs live the lives they choose, safely and well" {`);
  line(`    people "Adults aged 18 and over whose needs cross mental health, substance use, homelessness and offending"`);
  line(`    place "The City of Plymouth"`);
  line(`    scope "Support, housing-related support, treatment and health care, wherever people first ask for help"`);
  line("  }");
  line();
  line("  jurisdiction england");
  line("  term 10 years from 2019-04-01");
  line(`  value £80,000,000 pooled by ${commissioners.join(", ")}`);
  line();

  line("  parties {");
  parties.forEach((p, i) => {
    if (i % 10 === 0) line(`    // Parties ${i + 1} to ${Math.min(i + 10, parties.length)}.`);
    line(`    ${p.name} ${p.kind} "${p.title}" {`);
    line(`      representative "${pick(JOB_TITLES)}, ${p.title}"`);
    line(`      authority "Delegated by the ${pick(GOVERNORS)} to commit ${p.name} to alliance decisions within the pooled budget"`);
    const service = pick(SERVICES);
    line(`      contributes "${service[0].toUpperCase()}${service.slice(1)}; staff time for the alliance's working groups"`);
    line(`      contact "alliance@${p.name.toLowerCase()}.example"`);
    line(`      time "${pick(TIMES)}"`);
    line("    }");
  });
  line("  }");
  line();

  line("  // Key roles are filled on a best-person basis, so no role is held by a named party.");
  line("  roles {");
  out.push(...roleLines);
  line("  }");
  line();

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
    line(`    ${name} "${text}"`);
  }
  line("  }");
  line();

  line("  values {");
  for (let i = 0; i < valueCount; i++) {
    const word = VALUE_WORDS[i % VALUE_WORDS.length];
    line(`    ${uniqueName(word)} "We show ${word} to one another and to ${pick(PEOPLE)}"`);
  }
  line("  }");
  line();

  line("  definitions {");
  line(`    ${uniqueName("wilful-default")} "A deliberate act or omission by a party, done knowing it breaches this agreement; an honest mistake is not wilful default"`);
  for (let i = 1; i < definitionCount; i++) {
    line(`    ${uniqueName(`term-${i}`)} "What this agreement means by ${pick(SERVICES)}, for ${pick(PEOPLE)}"`);
  }
  line("  }");
  line();

  line("  key-issues {");
  const issues = [
    "Changes to the shared purpose or to the Alliance Principles",
    "How the pooled budget is allocated between parties each year",
    "Admitting a new party to the alliance, or a party leaving it",
    "Changes to the spend ladder or to the risk shares",
  ];
  for (let i = 0; i < keyIssueCount; i++) {
    line(`    "${i < issues.length ? issues[i] : `Changes to ${pick(SERVICES)} for ${pick(PEOPLE)} (issue ${i + 1})`}"`);
  }
  line("  }");
  line();

  // --- bodies ------------------------------------------------------------------------------------
  bodyNames.forEach((body, i) => {
    const board = i === 0;
    line(board ? "  // The Board decides key issues unanimously; a proposal not agreed by every member falls." : `  // Working body ${i + 1}.`);
    const title = ["Alliance Leadership Board", "Creative Solutions Forum", "System Optimisation Group"][i] ?? `${body.replace(/\d+$/, "")} working group ${i + 1}`;
    line(`  body ${body} "${title}" {`);
    const members = board ? names : sample(names, 4 + Math.floor(random() * 6));
    if (!board && i % 4 === 1) members.push(keyworker);
    line(`    members ${wrapped(members, 10, "      ")}`);
    line(`    chair ${i === 2 ? manager : chairs[i]}`);
    line(`    decides ${board ? "key-issues by unanimity" : `${pick(SUBJECTS)} by consensus`}`);
    line(`    if not unanimous: ${board ? "falls" : "refer to Board"}`);
    if (!board) line("    reports to Board");
    line(`    meets ${pick(CADENCES)}`);
    line(`    quorum ${board ? "all" : Math.max(2, members.length - 2)}`);
    // The System Optimisation Group holds the learning reviews and never allocates money.
    const functions = board ? "allocate-resources, oversee-delivery, maintain-culture" : i === 2 ? "capture-information, test-purpose" : sample(FUNCTIONS, 2).join(", ");
    line(`    functions ${functions}`);
    line(`    open to ${pick(["frontline-staff", "people-using-services", "all-staff"])}`);
    line(`    responds within ${5 + Math.floor(random() * 10)} days`);
    line("  }");
    line();
  });

  line(`  steward ${commissioners[0]}`);
  line();

  // --- risk --------------------------------------------------------------------------------------
  const everyShare = shares(names.length);
  const shareList = names.map((n, i) => `${n} ${everyShare[i]}`);
  line("  risk {");
  line("    responsibility collective");
  line("    // Every party carries an equal part of the losses and the savings; each list adds to exactly 100%.");
  line(`    pain share ${wrapped(shareList, 8, "      ")}`);
  line(`    gain share ${wrapped(shareList, 8, "      ")}`);
  line(`    budget share ${commissioners.map((c, i) => `${c} ${shares(commissioners.length)[i]}`).join(", ")}`);
  line("    cap £1,500,000 per year");
  line("    no-fault-no-blame except wilful-default");
  line("    claims for wilful-default");
  line("    accounting open-book");
  line("  }");
  line();

  // --- spend ladder: each band starts just above the last one's top -------------------------------
  line("  // Each band starts just above the last one's top, so a boundary amount belongs to exactly one band.");
  line("  spend {");
  let top = 1_000;
  line(`    up to £${grouped(top)} approved by ${keyworker}`);
  for (let i = 1; i < bandCount - 1; i++) {
    const next = top + 1_000 * (1 + Math.floor(random() * 20));
    line(`    over £${grouped(top)} up to £${grouped(next)} approved by Forum`);
    top = next;
  }
  line(`    over £${grouped(top)} approved by Board`);
  line("  }");
  line();

  // --- learning ----------------------------------------------------------------------------------
  line("  // Measures are for learning, not targets.");
  line("  learning {");
  for (let i = 0; i < measureCount; i++) {
    const topic = MEASURE_TOPICS[i % MEASURE_TOPICS.length];
    const personal = i % MEASURE_TOPICS.length === 0;
    line(`    measure ${uniqueName(`Measure${i + 1}`)} "${topic}" used for learning {`);
    line(`      source "Records held by each provider and gathered by ${pick(bodyNames)}, with consent"`);
    line(`      linked-to "The shared purpose"`);
    line(`      perspective ${PERSPECTIVES[i % PERSPECTIVES.length]}`);
    line(`      defined-by ${personal ? "people" : pick(DEFINED_BY)}`);
    line(`      kind ${personal ? "person-defined" : pick(MEASURE_KINDS)}`);
    line(`      sense-maker ${bodyNames[2 % bodyNames.length]}`);
    line(`      owner ${pick(names)}`);
    line(`      shared-by ${wrapped(sample(names, 3 + Math.floor(random() * 8)), 10, "        ")}`);
    line("    }");
  }
  line("    review quarterly by SystemGroup against purpose");
  line("    review annually by Board against purpose");
  line(`    data-sharing "Information sharing agreement between every party, signed before the term starts and reviewed each year"`);
  line("  }");
  line();

  // --- involvement -------------------------------------------------------------------------------
  line("  // People who use services are involved at every stage.");
  line("  involvement {");
  for (const who of livedExperience) line(`    ${who} in ${STAGES.join(", ")}`);
  for (const body of bodyNames.slice(1)) line(`    ${body} in ${sample(STAGES, 2).join(", ")}`);
  line(`    feedback "After every Board meeting members report back to their groups, and the Board publishes what it changed as a result"`);
  line(`    stories "Keyworkers and lived-experience members gather stories of change every quarter"`);
  line(`    safe-sharing "People choose whether and how their story is used, can withdraw it at any time, and are offered support from a peer"`);
  line("  }");
  line();

  // --- procurement and the rest --------------------------------------------------------------------
  line(`  route light-touch because "Health and social care services above the light-touch threshold, run as a process of design conversations"`);
  line("  notices contract-notice, award-notice");
  line(`  instrument contract because "A ten-year pooled budget with shared risk needs a binding alliance contract rather than grants"`);
  line("  process {");
  line(`    step "Market engagement on what the system should do and how to buy it" 12 weeks`);
  line(`    step "Design conversations between commissioners and bidders" 16 weeks`);
  line(`    step "Final proposals and evaluation" 6 weeks`);
  line(`    step "Award and standstill" 2 weeks`);
  line("  }");
  line(`  market-engagement "Open events with providers, people using services and carers"`);
  line(`  input-sharing "Notes of every design conversation were published to every bidder within five working days"`);
  line("  involved early legal, finance, procurement, audit");
  line("  review-point after 18 months");
  line(`  exit-plan "If the alliance ends, the Board agrees a transfer plan in the last year so that no one loses their support or their home"`);
  line(`  staff-changes "Keyworkers in every provider work to one shared way of working; no one's employer changes"`);
  line(`  union-engagement "Recognised unions in each provider are briefed before any change to roles"`);

  // Pad with short comments to land close to the requested size (the parts above are estimates).
  const written = out.join("\n").split("\n").length;
  for (let i = written; i < targetLines - 1; i++) line(`  // Notes for the review after 18 months: item ${i - written + 1}.`);
  line("}");
  return out.join("\n") + "\n";
}

/** The number of lines in a text (a final line break does not start another line). */
export function countLines(text: string): number {
  const breaks = text.match(/\r\n|\r|\n|\u2028|\u2029/g)?.length ?? 0;
  return text.endsWith("\n") ? breaks : breaks + 1;
}
