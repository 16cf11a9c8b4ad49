import { cite } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";

/** Party roles that commission or fund, and so must be reachable. */
const COMMISSIONING_ROLES = ["commissioner", "funder"];

export const commissionerContact: Rule = {
  code: "ALY091",
  name: "commissioner-contact",
  title: "A commissioner or funder has no named contact",
  severity: "warning",
  topic: "Common failure modes",
  basis: "direct",
  rationale:
    "Voluntary organisations told IVAR that commissioners could feel hidden away: hard to reach, and hard to arrange a meeting with. Named contact details make the commissioner accessible and keep the two-way conversation going that trust and fairer decisions depend on (IVAR, Trust, Power and Collaboration, Part One, 'Process'). Every party whose role is `commissioner` or `funder` should declare a `contact`.",
  guidance: [{ id: "R12.1", cite: cite("TPC", "Part One, Process (commissioners 'hidden away'; named contact details)") }],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n  }\n}\n',
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council" {\n      contact "Commissioning lead for complex needs, commissioning@plymouth.example"\n    }\n  }\n}\n',
  },
  check(context) {
    for (const party of context.model.parties()) {
      const role = party.roles.find((r) => COMMISSIONING_ROLES.includes(r.word));
      if (!role) continue;
      if (itemsOf(party.items).some((d) => d.key === "contact")) continue;
      const name = party.name.name;
      const fix = party.open
        ? `Add \`contact "…"\` to its block, with a named person or team and how to reach them`
        : `Give it a block with a named person or team: end its line with \`{\`, add \`contact "…"\` on the next line, then close the block with \`}\``;
      context.report({
        span: party.name.span,
        message: `The ${role.word} \`${name}\` has no named contact, so providers and the people they support may not know whom to reach. ${fix}`,
        data: { party: name, role: role.word },
      });
    }
  },
};
