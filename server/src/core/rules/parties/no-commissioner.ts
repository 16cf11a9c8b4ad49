import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { isCommissioning, seatedParties } from "./helpers";

export const noCommissioner: Rule = {
  code: "ALY102",
  name: "commissioner-not-a-member",
  title: "No party is the commissioner, or the commissioner sits on none of the alliance's bodies",
  severity: "warning",
  topic: "Parties and membership",
  basis: "direct",
  rationale:
    "In an alliance the commissioner is a member alongside the providers, carrying the same responsibility, not a buyer standing outside it: Plymouth City Council signed its alliance once the tender was over, and in the first model in Exploring the New World the commissioners join the alliance after tendering. A party with the role `commissioner` (or `funder`, for grant funding) should be declared and should sit on at least one of the alliance's bodies. (CCPS, Coping with Complexity, ch. 6; Exploring the New World, Plymouth case study; Examples and Tools, Example 1.)",
  guidance: [
    { id: "R1.3", cite: cite("CwC", "ch. 6, Contracting for culture change: alliancing and alliance contracting") },
    { id: "R1.3", cite: cite("ENW", "case study: Plymouth City Council") },
    { id: "R1.3", cite: cite("ET", "Example 1, Governance and learning") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example "Example alliance" {\n  parties {\n    Shekinah provider "Shekinah"\n    Livewell provider "Livewell Southwest"\n  }\n}\n',
    right: 'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n    Livewell provider "Livewell Southwest"\n  }\n}\n',
  },
  check(context) {
    const model = context.model;
    const parties = model.parties();
    // With no parties at all, ALY101 already reports the missing membership.
    if (parties.length === 0) return;
    const commissioners = parties.filter(isCommissioning);
    if (commissioners.length === 0) {
      context.report({
        span: model.clauses("Parties")[0].keyword,
        message:
          'No party is the commissioner. The commissioner is a member of the alliance, sharing its risks and decisions, not only the buyer: declare it here with the role `commissioner` (or `funder` for a grant), for example `PCC commissioner "Plymouth City Council"`',
      });
      return;
    }
    // Only when the agreement seats parties on its bodies can it leave the commissioner out of them.
    const seated = seatedParties(model, true);
    if (seated.size === 0) return;
    for (const party of commissioners) {
      if (seated.has(party.name.name)) continue;
      const role = party.roles.find((r) => r.word === "commissioner" || r.word === "funder")!.word;
      const body = model.bodies().find((b) => b.items.some((i) => i.kind === "Members"));
      context.report({
        span: party.name.span,
        message: `\`${party.name.name}\` is the ${role} but sits on none of the alliance's bodies, so it stands outside the alliance rather than sharing its decisions. Add \`${party.name.name}\` to the \`members\` of the body that leads the alliance${body ? `, such as \`${body.name.name}\`` : ""}`,
        data: { party: party.name.name },
      });
    }
  },
};
