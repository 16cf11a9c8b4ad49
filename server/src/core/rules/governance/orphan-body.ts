import type { Rule } from "../rule";
import { FIVE_FUNCTIONS } from "./cites";
import { BOARD, body, governanceExample } from "./example";
import { hasClause, principalBody } from "./structure";

const PANEL = ["members PCC, Shekinah", "chair Chair", "meets monthly", "functions allocate-resources"];

export const orphanBody: Rule = {
  code: "ALY709",
  name: "governance-orphan-body",
  title: "A body neither reports to nor advises another body",
  severity: "error",
  topic: "Governance bodies and roles",
  basis: "inferred",
  rationale:
    "Every body other than the alliance board should sit somewhere in the structure: it reports to a body, or advises one. A group that answers to nobody can drift from the alliance's purpose, and the board cannot see what it does (Exploring the New World, Examples and Tools, Example 1, Governance and learning). The board is the body that decides key issues, or else the first body.",
  guidance: [{ id: "R7.8", cite: FIVE_FUNCTIONS }],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ bodies: [body("Board", BOARD), body("Panel", PANEL)] }),
    right: governanceExample({ bodies: [body("Board", BOARD), body("Panel", [...PANEL, "reports to Board"])] }),
  },
  check(context) {
    const board = principalBody(context.model);
    if (!board) return;
    for (const node of context.model.bodies()) {
      if (node === board || hasClause(node, "ReportsTo") || hasClause(node, "Advises")) continue;
      context.report({
        span: node.name.span,
        message: `body \`${node.name.name}\` neither reports to nor advises another body, so it sits outside the alliance's reporting lines. Add \`reports to ${board.name.name}\` or \`advises ${board.name.name}\``,
        related: [{ span: board.name.span, message: `\`${board.name.name}\` is the alliance's principal body` }],
        data: { body: node.name.name, suggestion: board.name.name },
      });
    }
  },
};
