// Small documents for the spend rules' examples: a ladder with the parties, role and panel it names.

/** An agreement with two parties, a `Coordinator` frontline role, a complete `Panel`, and the given bands. */
export function ladderExample(bands: string[], options: { roles?: string[]; panel?: string[]; after?: string } = {}): string {
  const roles = ['Coordinator frontline "Support co-ordinator"', ...(options.roles ?? [])];
  const panel = options.panel ?? ["members SG, Penumbra", "decides spend by consensus", "quorum 2", "responds within 5 days"];
  return `agreement Example {
  parties {
    SG commissioner "Scottish Government"
    Penumbra provider "Penumbra"
  }
  roles {
${roles.map((r) => `    ${r}\n`).join("")}  }
  body Panel {
${panel.map((p) => `    ${p}\n`).join("")}  }
  spend {
${bands.map((b) => `    ${b}\n`).join("")}  }
${options.after ?? ""}}
`;
}
