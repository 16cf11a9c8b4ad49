import { lookup, partyBehind, principalBody } from "../governance/structure";
import type { Rule } from "../rule";
import { capital } from "../readacross/shared";
import { CONSENSUS, FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { ladderOf, spendText } from "./ladder";

export const singleParty: Rule = {
  code: "ALY609",
  name: "spend-single-party-approver",
  title: "Spend above the first band is approved by one party acting alone",
  severity: "info",
  grounds: "suggestion",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  why: "Above the frontline limit, spend is usually decided together. When one organisation, or an officer it appoints, signs off the larger amounts alone, the old purchaser-and-provider power comes back.",
  rationale:
    "Above the co-ordinators' limit, Future Pathways sends spend to a panel rather than to any one organisation (Coping with Complexity, ch. 6, Future Pathways), and an alliance decides by consensus, each member with the same authority (ch. 6, Learning from experience). " +
    "A band above the first that one party approves alone, or that a role held by one party approves, keeps the larger decisions with that party. There can be good reasons, so this is a suggestion to consider a panel or the alliance board.",
  guidance: [
    { id: "R6.7", ...FUTURE_PATHWAYS_FUND },
    { id: "G4.1", ...CONSENSUS },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by SG"]),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder || !ladder.sound) return;
    const collective = principalBody(context.model);
    for (const band of ladder.sorted.slice(1)) {
      const named = lookup(context, band.approver);
      const party = partyBehind(named);
      if (!named || !party) continue;
      const who =
        named.kind === "party" ? `\`${party.name.name}\` alone` : `\`${named.node.name.name}\`, a role held by \`${party.name.name}\`, alone`;
      const instead = collective ? `, such as \`approved by ${collective.name.name}\`` : "";
      context.report({
        span: band.approver.span,
        message: `${capital(spendText(band))} is approved by ${who}. Consider sending it to a panel or the alliance board, so that it is decided together${instead}.`,
        data: { party: party.name.name },
      });
    }
  },
};
