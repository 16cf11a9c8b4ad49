import { lookup, partyBehind, principalBody } from "../governance/structure";
import type { Rule } from "../rule";
import { CONSENSUS, FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { ladderOf, spendText } from "./ladder";

export const singleParty: Rule = {
  code: "ALY609",
  name: "spend-single-party-approver",
  title: "Spend above the first band is approved by one party acting alone",
  severity: "info",
  topic: "Spend thresholds and delegated authority",
  basis: "direct",
  rationale:
    "Above the frontline limit, Future Pathways sends spend to a panel rather than to any one organisation (Coping with Complexity, ch. 6, Future Pathways), and an alliance decides collectively, each member with the same authority (ch. 6, Learning from experience). When one party, or an officer it appoints, signs off the larger amounts alone, the old purchaser-and-provider power returns. Digest rule R6.7.",
  guidance: [
    { id: "R6.7", cite: FUTURE_PATHWAYS_FUND },
    { id: "G4.1", cite: CONSENSUS },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by SG"]),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder || ladder.outOfOrder.length > 0) return;
    const collective = principalBody(context.model);
    for (const band of ladder.bands.slice(1)) {
      const named = lookup(context, band.approver);
      const party = partyBehind(named);
      if (!named || !party) continue;
      const who =
        named.kind === "party" ? `\`${party.name.name}\` alone` : `\`${named.node.name.name}\`, a role held by \`${party.name.name}\`, alone`;
      const instead = collective ? `, for example \`approved by ${collective.name.name}\`` : "";
      context.report({
        span: band.approver.span,
        message: `${spendText(band)} is approved by ${who}. Consider sending spend above the first band to a panel or the alliance board, so that it is decided together${instead}`,
        data: { party: party.name.name },
      });
    }
  },
};
