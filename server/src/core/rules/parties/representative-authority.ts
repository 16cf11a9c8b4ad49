import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { detail, nameList, seatedParties } from "./helpers";

export const representativeAuthority: Rule = {
  code: "ALY103",
  name: "representative-without-authority",
  title: "A party that sits on a body does not name its representative and where their authority comes from",
  severity: "info",
  grounds: "absence",
  topic: "Parties and membership",
  basis: "direct",
  why: "Whoever sits at the table for a partner must be able to commit it. Partnerships weaken when partners send people without the power to decide, or different people each time.",
  rationale:
    "Coping with Complexity records from Future Pathways that the people in the room need the authority to make decisions, as Penumbra's director had been given by his own board (ch. 6, Future Pathways). IVAR heard of partnerships that achieved little because the staff who attended could not take the decisions needed (Trust, Power and Collaboration, Appendix One), and Collaborative Providers notes that public partners do not always send the same people, or people with the power to decide (Part 2, the Index: Places). Naming each seated party's representative, and where their authority comes from (a board delegation, a scheme of delegation), makes this visible before the first meeting. Reported once per agreement, listing every party concerned.",
  guidance: [
    { id: "R1.4", ...source("CwC", "ch. 6, Future Pathways, Learning from experience", "The people in the room have to have authority to make decisions") },
    { id: "R1.4", ...source("TPC", "Appendix One", "did not have the authority or power to take the necessary decisions") },
    { id: "R1.4", ...source("CP", "Part 2, the Collaborative Providers Index: Places", "not always the same people attending meetings") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah" {\n      representative "Chief Executive"\n      authority "Delegated by the Shekinah board"\n    }\n  }\n  body Board "Alliance Leadership Board" {\n    members PCC, Shekinah\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council" {\n      representative "Strategic Commissioning Manager"\n      authority "Scheme of delegation, Cabinet decision 2019"\n    }\n    Shekinah provider "Shekinah" {\n      representative "Chief Executive"\n      authority "Delegated by the Shekinah board"\n    }\n  }\n  body Board "Alliance Leadership Board" {\n    members PCC, Shekinah\n  }\n}\n',
  },
  check(context) {
    const seated = seatedParties(context.model, false);
    const gaps = context.model
      .parties()
      .filter((p) => seated.has(p.name.name))
      .map((party) => ({ party, missing: (["representative", "authority"] as const).filter((key) => !detail(party, key)) }))
      .filter((g) => g.missing.length > 0);
    if (gaps.length === 0) return;
    const names = gaps.map((g) => g.party.name.name);
    const first = gaps[0];
    const seat = seated.get(first.party.name.name)!;
    const only = gaps.every((g) => g.missing.length === 1 && g.missing[0] === gaps[0].missing[0]) ? gaps[0].missing[0] : null;
    const them = gaps.length === 1 ? "it" : "them";
    const what =
      only === "representative"
        ? `who represents ${them}`
        : only === "authority"
          ? `where ${gaps.length === 1 ? "its" : "their"} representative's authority to commit ${them} comes from`
          : `who represents ${them}, or with what authority`;
    context.report({
      span: first.party.name.span,
      message: `${gaps.length === 1 ? "One party on the alliance's bodies does" : `${gaps.length} parties on the alliance's bodies do`} not say ${what}: ${nameList(names)}. Add \`representative\` and \`authority\` to each, such as a board delegation.`,
      related: [
        { span: seat.members, message: `\`${first.party.name.name}\` is a member of \`${seat.body}\` here` },
        ...gaps.slice(1).map((g) => ({ span: g.party.name.span, message: `\`${g.party.name.name}\` does not name its ${g.missing.join(" or ")}` })),
      ],
      data: { parties: gaps.map((g) => ({ party: g.party.name.name, missing: g.missing })) },
    });
  },
};
