import { source } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";

/** Party roles that commission or fund, and so must be reachable. */
const COMMISSIONING_ROLES = ["commissioner", "funder"];

export const commissionerContact: Rule = {
  code: "ALY091",
  name: "commissioner-contact",
  title: "A commissioner or funder has no named contact",
  severity: "info",
  grounds: "absence",
  topic: "Common failure modes",
  basis: "direct",
  why: "Voluntary organisations told IVAR that commissioners could feel hidden away, hard to reach and hard to meet. A named contact keeps the two-way conversation going that trust and fairer decisions depend on.",
  rationale:
    "Some participants in IVAR's study felt that commissioners were 'hidden away', and found it hard to reach the right person or to arrange a meeting; IVAR suggests a more accessible process, such as named contact details, to keep dialogue going and make decisions fairer and more open (Trust, Power and Collaboration, Part One, Process). Every party whose role is `commissioner` or `funder` is asked for a `contact`. Reported once per agreement, listing every commissioner or funder without one.",
  guidance: [{ id: "R12.1", ...source("TPC", "Part One, Process", "found it difficult to contact the right person or to organise meetings") }],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n  }\n}\n',
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council" {\n      contact "Commissioning lead for complex needs, commissioning@plymouth.example"\n    }\n  }\n}\n',
  },
  check(context) {
    const silent = context.model.parties().filter((party) => party.roles.some((r) => COMMISSIONING_ROLES.includes(r.word)) && !itemsOf(party.items).some((d) => d.key === "contact"));
    if (silent.length === 0) return;
    const names = silent.map((p) => `\`${p.name.name}\``);
    const list = names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
    context.report({
      span: silent[0].name.span,
      message: `No named contact is given for ${list}, so providers and the people they support may not know whom to reach. Add \`contact\` with a named person or team and how to reach them.`,
      related: silent.slice(1).map((p) => ({ span: p.name.span, message: `\`${p.name.name}\` has no named contact` })),
      data: { parties: silent.map((p) => p.name.name) },
    });
  },
};
