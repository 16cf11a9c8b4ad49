import type { Rule } from "../rule";
import { STEWARD } from "./cites";
import { governanceExample } from "./example";

export const steward: Rule = {
  code: "ALY705",
  name: "governance-no-steward",
  title: "The agreement does not name a system steward",
  severity: "info",
  topic: "Governance bodies and roles",
  basis: "direct",
  rationale:
    "Someone, a person or a group, needs to take responsibility for the health of the whole system and create the conditions for others to work well. In Plymouth the City Council plays this part: it maps the system, builds trust through regular facilitated sessions and allocates money through the alliance contract (Exploring the New World, Systems, System Stewards, and the Plymouth case study). The steward need not be the commissioner. Digest rule R7.5.",
  guidance: [{ id: "R7.5", cite: STEWARD }],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ steward: null }),
    right: governanceExample(),
  },
  check(context) {
    if (context.model.has("Steward")) return;
    if (context.model.roles().some((r) => r.roleKind.word === "steward")) return;
    const candidate = context.model.partiesWithRole("commissioner")[0] ?? context.model.parties()[0];
    const example = candidate ? `\`steward ${candidate.name.name}\`` : "`steward` and the party, body or role";
    context.report({
      span: context.document.name?.span ?? context.document.keyword ?? { start: 0, end: 0 },
      message: `the agreement does not say who acts as system steward, looking after the health of the whole system. Add ${example}, or a role of kind \`steward\``,
      data: { suggestion: candidate?.name.name ?? null },
    });
  },
};
