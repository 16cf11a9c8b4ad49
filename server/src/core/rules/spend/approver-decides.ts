import { hasClause } from "../governance/structure";
import type { Rule } from "../rule";
import { CONSENSUS } from "./cites";
import { bodyApprovers } from "./approver-body";
import { ladderExample } from "./example";
import { ladderOf, spendText } from "./ladder";

export const approverDecides: Rule = {
  code: "ALY611",
  name: "spend-approver-no-decision-rule",
  title: "A body that approves spend has no decision rule",
  severity: "error",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  rationale:
    "When a body approves spend, the agreement must say how it reaches a decision, or nobody can tell whether a request was approved. Alliances decide by consensus, each member with the same authority, and a proposal not passed by everyone falls (Coping with Complexity, ch. 6, Learning from experience); the body's `decides` clause is where that is written down.",
  guidance: [{ id: "G4.1", cite: CONSENSUS }],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"], {
      panel: ["members SG, Penumbra", "quorum 2", "responds within 5 days"],
    }),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder) return;
    for (const { body, band } of bodyApprovers(context, ladder)) {
      if (hasClause(body, "Decides")) continue;
      context.report({
        span: band.approver.span,
        message: `\`${body.name.name}\` approves ${spendText(band)} but does not say how it decides. Add a decision rule to body \`${body.name.name}\`, for example \`decides spend by consensus\``,
        related: [{ span: body.name.span, message: `body \`${body.name.name}\` is declared here` }],
        data: { body: body.name.name },
      });
    }
  },
};
