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
  topic: "Spend thresholds and delegated authority",
  basis: "direct",
  rationale:
    "Future Pathways' fund has no eligibility thresholds: anyone can have a conversation about what they need (Coping with Complexity, ch. 6, Future Pathways). Exploring the New World (What does this way of working achieve? Cost savings) counts eligibility and assessment gates as a cost, and turning people away as waste. A condition may still be needed; this note asks that it be a deliberate choice. Digest rule R6.10.",
  guidance: [
    { id: "R6.10", cite: FUTURE_PATHWAYS_ELIGIBILITY },
    { id: "R6.10", cite: GATES_COST },
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
        message: "this sets a condition on who can be helped. Every eligibility gate costs money and turns some people away; Future Pathways' fund has none. Keep it only if it is truly needed",
      });
    }
  },
};
