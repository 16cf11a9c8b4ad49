import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { principalBody } from "../governance/structure";
import { isCommissioning, seatedParties } from "./helpers";

export const noCommissioner: Rule = {
  code: "ALY102",
  name: "commissioner-not-a-member",
  title: "No party is the commissioner, or the commissioner sits on none of the alliance's bodies",
  severity: "warning",
  grounds: "departure",
  topic: "Parties and membership",
  basis: "direct",
  why: "In an alliance the commissioner is a member alongside the providers, equally responsible for delivery, not a buyer standing outside it. In Plymouth the Council signed the alliance once the tender was over.",
  rationale:
    "Coping with Complexity describes an alliance as the commissioning authority and a group of providers working together, equally responsible for delivery (ch. 6). In the Plymouth case study the Council became a signatory to the alliance after the tender, and in the first worked model of Exploring the New World the commissioners join the alliance once tendering is complete (Examples and Tools, Example 1). A party with the role `commissioner` (or `funder`, for grant funding) should therefore be among the parties, and where the agreement seats parties on its bodies, a commissioner should sit on at least one of them. A grant funder is not asked to sit on them: the reports speak of commissioners joining the alliance.",
  guidance: [
    { id: "R1.3", ...source("CwC", "ch. 6, Contracting for culture change: alliancing and alliance contracting", "providers are equally responsible for the delivery of the alliance") },
    { id: "R1.3", ...source("ENW", "Plymouth case study", "Following the tender process the Council became a signatory to the Alliance") },
    { id: "R1.3", ...source("ET", "Example 1, Governance and learning", "Once the tendering process is complete, the commissioners join the alliance") },
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
          'No party is the commissioner. Add the commissioner to the list of parties, with the role `commissioner` (or `funder` for a grant), so that it shares the alliance\'s risks and decisions.',
      });
      return;
    }
    // Only when the agreement seats parties on its bodies can it leave the commissioner out of them.
    const seated = seatedParties(model, true);
    if (seated.size === 0) return;
    for (const party of commissioners) {
      // A grant funder may stand outside the partners' bodies; the guidance is about commissioners joining.
      if (seated.has(party.name.name) || !party.roles.some((r) => r.word === "commissioner")) continue;
      const role = "commissioner";
      const body = principalBody(model);
      context.report({
        span: party.name.span,
        message: `The ${role} \`${party.name.name}\` sits on none of the alliance's bodies, so it stands outside the alliance's decisions. Add it to the members of the body that leads the alliance${body ? `, such as \`${body.name.name}\`` : ""}.`,
        data: { party: party.name.name },
      });
    }
  },
};
