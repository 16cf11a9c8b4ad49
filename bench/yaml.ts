// The same agreement written as YAML, and a JSON Schema that constrains it as tightly as the language
// constrains the text: every key the agreement needs is required, no unknown key is allowed, choice words
// are enums, money, percentages, dates, contacts and names have patterns, and references are names. This
// is the reference a YAML language server checks in the benchmark, so its validation does work comparable
// to ours (ours does more: cross-references, totals and the guidance's rules).

import type { AgreementData, GeneratedAgreement } from "./generate";

/** The schema's file name, as the YAML language server and ajv are given it. */
export const SCHEMA_FILE = "alliance-agreement.schema.json";

// --- writing YAML ---------------------------------------------------------------------------------

type Value = string | number | Value[] | { [key: string]: Value | undefined };

/** A double-quoted YAML scalar (every generated text is plain ASCII apart from £, which YAML allows). */
function quoted(text: string): string {
  return JSON.stringify(text);
}

/** A key as YAML reads it: names and kebab-case words stand plain, anything else is quoted. */
function key(name: string): string {
  return /^[A-Za-z][A-Za-z0-9-]*$/.test(name) ? name : quoted(name);
}

/** Scalars: numbers and names plain, other text quoted (so that keystrokes land inside quotes). */
function scalar(value: string | number): string {
  if (typeof value === "number") return String(value);
  return /^[A-Za-z][A-Za-z0-9-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value) ? value : quoted(value);
}

/**
 * A flow collection of short items, `perLine` to a line, carried on to lines indented under the key, as
 * the agreement wraps its lists: [a, b, c,\n    d, e].
 */
function flow(items: string[], open: string, close: string, perLine: number, indent: string): string {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(items.slice(i, i + perLine).join(", "));
  return `${open}${lines.join(`,\n${indent}`)}${close}`;
}

function isScalarList(value: Value[]): value is (string | number)[] {
  return value.every((v) => typeof v === "string" || typeof v === "number");
}

/** Block YAML for a mapping: nested mappings indented, lists of scalars as wrapped flow sequences. */
function writeMapping(value: { [key: string]: Value | undefined }, indent: string, out: string[]): void {
  for (const [name, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const head = `${indent}${key(name)}:`;
    if (typeof item === "string" || typeof item === "number") out.push(`${head} ${scalar(item)}`);
    else if (Array.isArray(item)) {
      if (isScalarList(item)) out.push(`${head} ${flow(item.map(scalar), "[", "]", 10, `${indent}  `)}`);
      else {
        out.push(head);
        for (const element of item) {
          const lines: string[] = [];
          writeMapping(element as { [key: string]: Value }, `${indent}    `, lines);
          out.push(`${indent}  - ${lines[0].trimStart()}`, ...lines.slice(1));
        }
      }
    } else if (Object.values(item).every((v) => typeof v === "string" && /%$/.test(v))) {
      // Share lists read as the agreement writes them: eight "party share" pairs to a line.
      out.push(`${head} ${flow(Object.entries(item).map(([n, v]) => `${key(n)}: ${quoted(v as string)}`), "{", "}", 8, `${indent}  `)}`);
    } else {
      out.push(head);
      writeMapping(item, `${indent}  `, out);
    }
  }
}

/**
 * The agreement as YAML, padded with the same number of note comments as the text, so that the two
 * documents have about the same number of lines.
 */
export function toYaml(generated: GeneratedAgreement): string {
  const out = [
    "# A generated alliance agreement, for benchmarks only, written as YAML.",
    "# Every name, share and figure is invented.",
    "",
  ];
  writeMapping({ agreement: generated.data as unknown as Value }, "", out);
  const target = generated.text.split("\n").length - 1;
  for (let i = 1; out.length < target; i++) out.push(`# Notes for the review after 18 months: item ${i}.`);
  return out.join("\n") + "\n";
}

// --- the schema -----------------------------------------------------------------------------------

const NAME = "^[A-Za-z][A-Za-z0-9-]*$";
const MONEY = "^£[1-9][0-9]{0,2}(,[0-9]{3})*$";
const PERCENT = "^(100|[1-9]?[0-9])(\\.[0-9]{1,3})?%$";
const DATE = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
const EMAIL = "^[a-z0-9.+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+$";

type Schema = Record<string, unknown>;

const text = (description: string, minLength = 3): Schema => ({ type: "string", minLength, description });
const name = (description: string): Schema => ({ type: "string", pattern: NAME, description });
const names = (description: string, minItems = 1): Schema => ({ type: "array", items: { type: "string", pattern: NAME }, minItems, uniqueItems: true, description });
const choice = (description: string, words: readonly string[]): Schema => ({ type: "string", enum: [...words], description });
const object = (description: string, properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: "object",
  description,
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  additionalProperties: false,
});
/** A mapping from names to one kind of thing. */
const named = (description: string, each: Schema, minProperties = 1): Schema => ({
  type: "object",
  description,
  propertyNames: { pattern: NAME },
  additionalProperties: each,
  minProperties,
});
const shares = (description: string): Schema => named(description, { type: "string", pattern: PERCENT, description: "A share, as a percentage" });

export const PARTY_KINDS = ["commissioner", "provider", "lived-experience", "independent", "advocate", "funder"] as const;
export const ROLE_KINDS = ["chair", "project-manager", "frontline", "officer"] as const;
export const CADENCES = ["monthly", "fortnightly", "quarterly", "bimonthly", "every 6 weeks", "annually"] as const;
export const FUNCTIONS = ["allocate-resources", "oversee-delivery", "maintain-culture", "capture-information", "test-purpose"] as const;

/** A JSON Schema (draft-07) for the agreement as bench/yaml.ts writes it. */
export function agreementSchema(): Schema {
  const party = object("A party to the agreement", {
    kinds: { type: "array", items: choice("What kind of party this is", PARTY_KINDS), minItems: 1, uniqueItems: true, description: "What kinds of party this is" },
    title: text("The party's full name"),
    representative: text("Who represents the party, and in what role"),
    authority: text("What the representative may commit the party to"),
    contributes: text("What the party brings to the alliance"),
    contact: { type: "string", pattern: EMAIL, description: "Where to reach the party" },
    time: text("How much time the party gives the alliance"),
  });
  const body = object("A body of the alliance", {
    title: text("The body's full name"),
    members: names("Who sits on the body", 2),
    chair: name("Who chairs the body"),
    decides: object("What the body decides, and how", { subject: name("What the body decides"), by: choice("How it decides", ["unanimity", "consensus", "majority"]) }),
    "if-not-unanimous": {
      description: "What happens when the body cannot agree",
      oneOf: [choice("The proposal falls", ["falls"]), object("The question goes to another body", { "refer-to": name("The body that decides instead") })],
    },
    "reports-to": name("The body this one reports to"),
    meets: choice("How often the body meets", CADENCES),
    quorum: { description: "How many members must be present", oneOf: [{ type: "integer", minimum: 1 }, { type: "string", enum: ["all"] }] },
    functions: { type: "array", items: choice("A function of the body", FUNCTIONS), minItems: 1, uniqueItems: true, description: "What the body is for" },
    "open-to": choice("Who may attend", ["frontline-staff", "people-using-services", "all-staff"]),
    "responds-within-days": { type: "integer", minimum: 1, maximum: 90, description: "How soon the body answers, in days" },
  }, ["reports-to"]);
  const measure = object("A measure used for learning", {
    title: text("What the measure shows"),
    "used-for": choice("What the measure is used for", ["learning"]),
    source: text("Where its data comes from"),
    "linked-to": text("What it is linked to"),
    perspective: choice("Its perspective", ["effective", "efficient", "sustainable"]),
    "defined-by": choice("Who defines it", ["people", "alliance", "providers", "commissioner"]),
    kind: choice("What kind of measure it is", ["person-defined", "narrative", "count", "cost", "hours", "contacts"]),
    "sense-maker": name("The body that makes sense of it"),
    owner: name("The party that owns it"),
    "shared-by": names("The parties that share it"),
  });
  const band = object("A band of the spend ladder", {
    over: { type: "string", pattern: MONEY, description: "The amount the band starts above" },
    "up-to": { type: "string", pattern: MONEY, description: "The highest amount in the band" },
    "approved-by": name("Who approves spending in the band"),
  }, ["over", "up-to"]);
  const because = (description: string, words: string[]) => object(description, { kind: choice(description, words), because: text("Why") });
  const agreement = object("An alliance agreement", {
    name: name("The agreement's name"),
    title: text("The agreement's title"),
    purpose: object("The shared purpose", { text: text("The purpose"), people: text("Who it is for"), place: text("Where"), scope: text("What it covers") }),
    jurisdiction: choice("The nation whose law applies", ["england", "wales", "scotland", "northern-ireland"]),
    term: object("How long the agreement runs", { years: { type: "integer", minimum: 1, maximum: 25 }, from: { type: "string", pattern: DATE, description: "The start date" } }),
    value: object("The agreement's value", { amount: { type: "string", pattern: MONEY, description: "The value" }, "pooled-by": names("Who pools the budget") }),
    parties: named("The parties", party, 2),
    roles: named("The key roles", object("A key role", { kind: choice("What kind of role", ROLE_KINDS), title: text("The role"), "reports-to": name("Who the role reports to") })),
    principles: object("The alliance principles", { "co-produced-with": names("Who the principles were written with"), items: named("The principles", text("A principle", 10)) }),
    values: named("The alliance values", text("A value", 10)),
    definitions: named("Definitions", text("A definition", 10)),
    "key-issues": { type: "array", items: text("A key issue", 10), minItems: 1, description: "The key issues" },
    bodies: named("The bodies of the alliance", body),
    steward: name("The party that holds the money"),
    risk: object("How risk is shared", {
      responsibility: choice("Who carries responsibility", ["collective", "individual"]),
      "pain-share": shares("Who carries the losses"),
      "gain-share": shares("Who shares the savings"),
      "budget-share": shares("Who pays into the budget"),
      cap: object("The cap on losses", { amount: { type: "string", pattern: MONEY }, per: choice("Per", ["year", "term"]) }),
      "no-fault-no-blame-except": names("The exceptions to no fault, no blame"),
      "claims-for": names("What claims may be made for"),
      accounting: choice("How the books are kept", ["open-book", "closed-book"]),
    }),
    spend: { type: "array", items: band, minItems: 1, description: "The spend ladder" },
    learning: object("How the alliance learns", {
      measures: named("The measures", measure),
      reviews: { type: "array", items: object("A review", { cadence: choice("How often", CADENCES), by: name("Who reviews"), against: choice("Against what", ["purpose", "principles"]) }) },
      "data-sharing": text("How data is shared"),
    }),
    involvement: object("How people who use services are involved", {
      stages: named("Who is involved at which stages", { type: "array", items: choice("A stage", ["need", "design", "outcomes", "review"]), minItems: 1, uniqueItems: true }),
      feedback: text("How people hear back"),
      stories: text("How stories are gathered"),
      "safe-sharing": text("How stories are shared safely"),
    }),
    route: because("The procurement route", ["light-touch", "open", "restricted", "direct-award", "competitive-flexible"]),
    notices: { type: "array", items: choice("A notice", ["contract-notice", "award-notice", "intention-notice"]), uniqueItems: true },
    instrument: because("The legal instrument", ["contract", "grant", "memorandum"]),
    process: { type: "array", items: object("A step", { step: text("What happens"), weeks: { type: "integer", minimum: 1, maximum: 104 } }), minItems: 1 },
    "market-engagement": text("How the market was engaged"),
    "input-sharing": text("How input was shared with bidders"),
    "involved-early": { type: "array", items: choice("A profession", ["legal", "finance", "procurement", "audit", "clinical"]), uniqueItems: true },
    "review-point": object("When to stop and review", { "after-months": { type: "integer", minimum: 1 } }),
    "exit-plan": text("What happens if the alliance ends"),
    "staff-changes": text("How staff are affected"),
    "union-engagement": text("How unions are involved"),
  });
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Alliance agreement",
    type: "object",
    properties: { agreement },
    required: ["agreement"],
    additionalProperties: false,
  };
}

/**
 * A copy of the YAML with three mistakes a schema must catch: a party kind that is not a choice word,
 * a value that is not money, and a party without its required contact.
 */
export function brokenYaml(yaml: string): string {
  const broken = yaml
    .replace("kinds: [provider]", "kinds: [supplier]")
    .replace('amount: "£80,000,000"', 'amount: "80 million"')
    .replace(/\n {6}contact: "[^"]*"/, "");
  if (broken === yaml) throw new Error("nothing to break in this YAML");
  return broken;
}
