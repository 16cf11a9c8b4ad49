import { hasClause, joinOr } from "../governance/structure";
import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_FUND } from "./cites";
import { bodyApprovers } from "./approver-body";
import { ladderExample } from "./example";
import { ladderOf, spendText } from "./ladder";

export const panelDefined: Rule = {
  code: "ALY610",
  name: "spend-panel-undefined",
  title: "A body that approves spend does not say who sits on it, its quorum, or how often it meets or how fast it answers",
  severity: "warning",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  rationale:
    "A panel that approves spend, like the Future Pathways panel that considers requests above £1000 (Coping with Complexity, ch. 6, Future Pathways), only works if people know who sits on it, how many must take part for a decision to count, and when a request will be dealt with; otherwise spend waits on a body that cannot act. Digest rule R6.8.",
  guidance: [{ id: "R6.8", cite: FUTURE_PATHWAYS_FUND }],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"], { panel: ["members SG, Penumbra", "decides spend by consensus"] }),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder) return;
    for (const { body, band } of bodyApprovers(context, ladder)) {
      const missing: { key: string; words: string }[] = [];
      if (!hasClause(body, "Members")) missing.push({ key: "members", words: "who sits on it (`members`)" });
      if (!hasClause(body, "Quorum")) missing.push({ key: "quorum", words: "how many members must take part (`quorum`)" });
      if (!hasClause(body, "Meets") && !hasClause(body, "RespondsWithin")) {
        missing.push({ key: "cadence", words: "how often it meets or how quickly it answers (`meets monthly` or `responds within 5 days`)" });
      }
      if (missing.length === 0) continue;
      context.report({
        span: band.approver.span,
        message: `\`${body.name.name}\` approves ${spendText(band)} but does not say ${joinOr(missing.map((m) => m.words))}. Add ${missing.length === 1 ? "this" : "these"} to body \`${body.name.name}\`, so that requests are not held up`,
        related: [{ span: body.name.span, message: `body \`${body.name.name}\` is declared here` }],
        data: { body: body.name.name, missing: missing.map((m) => m.key) },
      });
    }
  },
};
