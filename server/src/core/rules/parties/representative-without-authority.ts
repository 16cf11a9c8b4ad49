import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { detail, nameList, seatedParties } from "./helpers";

export const representativeAuthority: Rule = {
  code: "ALY103",
  name: "representative-without-authority",
  title: "A party names its representative but not where that person's authority to commit it comes from",
  severity: "info",
  grounds: "absence",
  topic: "Parties and membership",
  basis: "inferred",
  why: "Whoever sits at the table for a partner must be able to commit it. Partnerships weaken when partners send people without the power to decide. Saying where the representative's authority comes from settles this before the first meeting.",
  rationale:
    "Coping with Complexity records from Future Pathways that the people in the room need the authority to make decisions, as Penumbra's director had been given by his own board (ch. 6, Future Pathways). IVAR heard of partnerships that achieved little because the staff who attended could not take the decisions needed (Trust, Power and Collaboration, Appendix One), and Collaborative Providers notes that public partners do not always send the same people, or people with the power to decide (Part 2, the Index: Places). Where the agreement names the person who represents a party on the alliance's bodies, it should also say where that person's authority to commit the party comes from (a board delegation, a scheme of delegation), so that this is settled before the first meeting. A party that names no representative is not asked: who attends may be settled in another document. Reported once per agreement, listing every party concerned.",
  guidance: [
    { id: "R1.4", ...source("CwC", "ch. 6, Future Pathways, Learning from experience", "The people in the room have to have authority to make decisions") },
    { id: "R1.4", ...source("TPC", "Appendix One", "did not have the authority or power to take the necessary decisions") },
    { id: "R1.4", ...source("CP", "Part 2, the Collaborative Providers Index: Places", "not always the same people attending meetings") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council" {\n      representative "Strategic Commissioning Manager"\n    }\n    Shekinah provider "Shekinah" {\n      representative "Chief Executive"\n      authority "Delegated by the Shekinah board"\n    }\n  }\n  body Board "Alliance Leadership Board" {\n    members PCC, Shekinah\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council" {\n      representative "Strategic Commissioning Manager"\n      authority "Scheme of delegation, Cabinet decision 2019"\n    }\n    Shekinah provider "Shekinah" {\n      representative "Chief Executive"\n      authority "Delegated by the Shekinah board"\n    }\n  }\n  body Board "Alliance Leadership Board" {\n    members PCC, Shekinah\n  }\n}\n',
  },
  check(context) {
    const seated = seatedParties(context.model, false);
    const gaps = context.model.parties().filter((p) => seated.has(p.name.name) && detail(p, "representative") && !detail(p, "authority"));
    if (gaps.length === 0) return;
    const names = gaps.map((p) => p.name.name);
    const seat = seated.get(names[0])!;
    context.report({
      span: gaps[0].name.span,
      message: `${gaps.length === 1 ? "One party names its representative" : `${gaps.length} parties name their representatives`} but not where ${gaps.length === 1 ? "that person's" : "their"} authority to commit ${gaps.length === 1 ? "it" : "them"} comes from: ${nameList(names)}. Add \`authority\`, such as a board delegation.`,
      related: [
        { span: seat.members, message: `\`${names[0]}\` is a member of \`${seat.body}\` here` },
        ...gaps.slice(1).map((p) => ({ span: p.name.span, message: `\`${p.name.name}\` does not say where its representative's authority comes from` })),
      ],
      data: { parties: names, missing: "authority" },
    });
  },
};
