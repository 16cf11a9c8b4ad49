import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { STEWARD } from "./cites";
import { governanceExample } from "./example";

export const steward: Rule = {
  code: "ALY705",
  name: "governance-no-steward",
  title: "The agreement does not name a system steward",
  severity: "info",
  grounds: "absence",
  topic: "Governance bodies and roles",
  basis: "direct",
  why: "Someone, a person or a group, needs to look after the health of the whole system and make it possible for the others to work well; in Plymouth the City Council took this on. Naming the steward says who does it.",
  rationale:
    "Exploring the New World describes system stewards: people or organisations that take responsibility for the health of the whole system and create the conditions for others to work well. In Plymouth the City Council is the steward: it maps the system, builds trust through regular facilitated sessions and shares out money through the alliance contract (Exploring the New World, Systems, System Stewards, and the Plymouth case study). The steward need not be the commissioner or a funder. A role of kind `steward`, a role whose title says steward, or a party whose contribution is written as stewardship counts as naming one.",
  guidance: [{ id: "R7.5", ...STEWARD }],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ steward: null }),
    right: governanceExample(),
  },
  check(context) {
    if (context.model.has("Steward")) return;
    if (context.model.roles().some((r) => r.roleKind.word === "steward" || /\bsteward/i.test(r.title?.value ?? ""))) return;
    // A party whose contribution is the stewardship of the system has already been named for it.
    if (context.model.parties().some((p) => itemsOf(p.items).some((d) => d.key === "contributes" && /\bsteward/i.test(d.value.value)))) return;
    const candidate = context.model.partiesWithRole("commissioner")[0] ?? context.model.parties()[0];
    const example = candidate ? `\`steward ${candidate.name.name}\`` : "`steward` and the party, body or role";
    context.report({
      span: context.document.name?.span ?? context.document.keyword ?? { start: 0, end: 0 },
      message: `The agreement does not say who looks after the health of the whole system as its steward. Name the party, body or role that does, for example ${example}.`,
      data: { suggestion: candidate?.name.name ?? null },
    });
  },
};
