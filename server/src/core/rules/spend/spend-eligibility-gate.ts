import type { EligibilityNode } from "../../tree";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_ELIGIBILITY, GATES_COST } from "./cites";
import { ladderExample } from "./example";

export const eligibility: Rule = {
  code: "ALY612",
  name: "spend-eligibility-gate",
  title: "The spend ladder sets eligibility conditions on who can be helped",
  severity: "info",
  grounds: "suggestion",
  topic: "Spend thresholds and delegated authority",
  basis: "direct",
  why: "Every condition on who can be helped costs money to apply and turns some people away. A condition may still be needed; it is worth making it a deliberate choice.",
  rationale:
    "Future Pathways' fund has no eligibility thresholds: anyone can have a conversation about what they need (Coping with Complexity, ch. 6, Future Pathways). Exploring the New World (What does this way of working achieve? Cost savings) counts turning people away, and the assessments that decide who is serious enough to help, among the costs of the old way of working. A condition may still be needed; this note asks that it be a deliberate choice.",
  guidance: [
    { id: "R6.10", ...FUTURE_PATHWAYS_ELIGIBILITY },
    { id: "R6.10", ...GATES_COST },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel", 'eligibility "Only people assessed as having critical needs"']),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const spend = context.model.first("Spend");
    if (!spend) return;
    for (const item of itemsOf(spend.items)) {
      if (item.kind !== "Eligibility") continue;
      const clause = item as EligibilityNode;
      context.report({
        span: clause.keyword,
        message: "This sets a condition on who can be helped. Keep it only if it is truly needed: every such condition costs money to apply and turns some people away.",
      });
    }
  },
};
