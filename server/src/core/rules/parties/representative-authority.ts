import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { detail, seatedParties, whereDetailGoes } from "./helpers";

export const representativeAuthority: Rule = {
  code: "ALY103",
  name: "representative-without-authority",
  title: "A party that sits on a body does not name its representative and where their authority comes from",
  severity: "warning",
  topic: "Parties and membership",
  basis: "direct",
  rationale:
    "Whoever sits at the table for a party must be able to commit it. Future Pathways worked because Penumbra's director had authority from his own board; partnerships weaken when a statutory partner sends someone without the power to decide, or sends different people each time. Naming the representative and the source of their authority (a board delegation, a scheme of delegation) makes this visible before the first meeting. (CCPS, Coping with Complexity, ch. 6, Future Pathways; IVAR, Trust, Power and Collaboration, Appendix One; Collaborative Providers, Index: Places.)",
  guidance: [
    { id: "R1.4", cite: cite("CwC", "ch. 6, Future Pathways and Learning from experience") },
    { id: "R1.4", cite: cite("TPC", "Appendix One") },
    { id: "R1.4", cite: cite("CP", "Part 2, the Collaborative Providers Index: Places") },
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
    for (const party of context.model.parties()) {
      const seat = seated.get(party.name.name);
      if (!seat) continue;
      const missing = (["representative", "authority"] as const).filter((key) => !detail(party, key));
      if (missing.length === 0) continue;
      const who = party.name.name;
      const what =
        missing.length === 2
          ? "does not name who represents it or where that person's authority to commit it comes from"
          : missing[0] === "representative"
            ? "does not name who represents it"
            : "does not say where its representative's authority to commit it comes from";
      const clauses = missing.map((key) => (key === "representative" ? '`representative "…"` (the post that attends)' : '`authority "…"` (for example the board delegation that lets them commit the organisation)')).join(" and ");
      context.report({
        span: party.name.span,
        message: `\`${who}\` sits on \`${seat.body}\` but ${what}: ${whereDetailGoes(party, clauses)}`,
        related: [{ span: seat.members, message: `\`${who}\` is a member of \`${seat.body}\` here` }],
        data: { party: who, missing },
      });
    }
  },
};
