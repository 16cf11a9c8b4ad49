import type { Rule } from "../rule";
import { CAN_TIERS, FIVE_FUNCTIONS } from "./cites";
import { BOARD, body, governanceExample } from "./example";
import { hasClause, joinOr } from "./structure";

export const bodyComplete: Rule = {
  code: "ALY703",
  name: "governance-body-incomplete",
  title: "A body does not say who sits on it, who chairs it, how often it meets, or what it is for",
  severity: "error",
  topic: "Governance bodies and roles",
  basis: "inferred",
  rationale:
    "A body can only do its job if the agreement says who sits on it, who chairs it, how often it meets and what it is there to do. The Example 1 governing infrastructure is defined by its jobs (Exploring the New World, Examples and Tools, Example 1), and the City Ambition Network's three groups each have a set rhythm of meetings, monthly or every two weeks (Collaborative Providers, Part 1, CAN profile). A body that works to a turnaround time (`responds within`) instead of set meetings has a rhythm too. Digest rule R7.3.",
  guidance: [
    { id: "R7.3", cite: FIVE_FUNCTIONS },
    { id: "R7.3", cite: CAN_TIERS },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ bodies: [body("Board", BOARD.filter((c) => !c.startsWith("chair") && !c.startsWith("meets")))] }),
    right: governanceExample(),
  },
  check(context) {
    for (const node of context.model.bodies()) {
      const missing: { key: string; words: string }[] = [];
      if (!hasClause(node, "Members")) missing.push({ key: "members", words: "who sits on it (`members`)" });
      if (!hasClause(node, "Chair")) missing.push({ key: "chair", words: "who chairs it (`chair`)" });
      if (!hasClause(node, "Meets") && !hasClause(node, "RespondsWithin")) missing.push({ key: "meets", words: "how often it meets (`meets monthly`)" });
      if (!hasClause(node, "Functions")) missing.push({ key: "functions", words: "what it is for (`functions`, such as `functions oversee-delivery`)" });
      if (missing.length === 0) continue;
      context.report({
        span: node.name.span,
        message: `body \`${node.name.name}\` does not say ${joinOr(missing.map((m) => m.words))}. Add ${missing.length === 1 ? "this clause" : "these clauses"} to its block`,
        data: { body: node.name.name, missing: missing.map((m) => m.key) },
      });
    }
  },
};
