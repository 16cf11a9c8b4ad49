// A small agreement for the governance rules' examples, put together from the parts each example changes.

export interface GovernanceParts {
  parties?: string[];
  roles?: string[];
  bodies?: string[];
  /** Who stewards the system; null for no `steward` clause. */
  steward?: string | null;
  after?: string;
}

const PARTIES = ['PCC commissioner "Plymouth City Council"', 'Shekinah provider "Shekinah"', 'Chair independent "Independent chair"'];

/** A body block: `body Name {` with its clauses. */
export function body(name: string, clauses: string[]): string {
  return `  body ${name} {\n${clauses.map((c) => `    ${c}\n`).join("")}  }\n`;
}

/** The principal body of the examples, complete: members, chair, decision rule, cadence, the five functions, open to frontline staff. */
export const BOARD = [
  "members PCC, Shekinah, Chair",
  "chair Chair",
  "decides key-issues by unanimity",
  "meets monthly",
  "functions allocate-resources, oversee-delivery, maintain-culture, capture-information, test-purpose",
  "open to frontline-staff",
];

export function governanceExample(parts: GovernanceParts = {}): string {
  const parties = parts.parties ?? PARTIES;
  const roles = parts.roles ?? [];
  const bodies = parts.bodies ?? [body("Board", BOARD)];
  const steward = parts.steward === undefined ? "PCC" : parts.steward;
  return `agreement Example {
  parties {
${parties.map((p) => `    ${p}\n`).join("")}  }
${roles.length > 0 ? `  roles {\n${roles.map((r) => `    ${r}\n`).join("")}  }\n` : ""}${bodies.join("")}${steward ? `  steward ${steward}\n` : ""}${parts.after ?? ""}}
`;
}
