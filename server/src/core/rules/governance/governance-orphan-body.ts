import type { Rule } from "../rule";
import { FIVE_FUNCTIONS } from "./cites";
import { BOARD, body, governanceExample } from "./example";
import { clausesOf, hasClause, joinAnd, principalBody } from "./structure";

const PANEL = ["members PCC, Shekinah", "chair Chair", "meets monthly", "functions allocate-resources"];

export const orphanBody: Rule = {
  code: "ALY709",
  name: "governance-orphan-body",
  title: "A body is not linked to the rest of the alliance's governance",
  severity: "info",
  grounds: "absence",
  topic: "Governance bodies and roles",
  basis: "inferred",
  why: "A group that answers to no other body can drift from the alliance's purpose, and the board cannot see what it does. Saying which body it reports to or advises places it in the alliance's governance.",
  rationale:
    "The reports do not set out reporting lines between bodies; this rule follows from the agreement's own structure. In Example 1 the partners together create one governing infrastructure (Exploring the New World, Examples and Tools, Example 1, Governance and learning), and a body that answers to none of the others sits outside it. A body is linked when it reports to or advises another, or refers what it cannot agree to another (`if not unanimous: refer to`). The principal body, the one that decides key issues or else the first body, answers to the partners themselves. Reported once per agreement, naming every body left unlinked.",
  guidance: [{ id: "R7.8", ...FIVE_FUNCTIONS }],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ bodies: [body("Board", BOARD), body("Panel", PANEL)] }),
    right: governanceExample({ bodies: [body("Board", BOARD), body("Panel", [...PANEL, "reports to Board"])] }),
  },
  check(context) {
    const board = principalBody(context.model);
    if (!board) return;
    const unlinked = context.model.bodies().filter(
      (node) =>
        node !== board &&
        !hasClause(node, "ReportsTo") &&
        !hasClause(node, "Advises") &&
        !clausesOf(node, "IfNotUnanimous").some((i) => i.outcome === "refer" && i.target),
    );
    if (unlinked.length === 0) return;
    const names = unlinked.map((n) => `\`${n.name.name}\``);
    const shown = names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : joinAnd(names);
    context.report({
      span: unlinked[0].name.span,
      message:
        unlinked.length === 1
          ? `The body ${shown} neither reports to nor advises another body. Say which body it answers to, for example \`reports to ${board.name.name}\`.`
          : `The bodies ${shown} neither report to nor advise another body. Say which body each answers to, for example \`reports to ${board.name.name}\`.`,
      related: [
        ...unlinked.slice(1).map((n) => ({ span: n.name.span, message: `\`${n.name.name}\` answers to no other body` })),
        { span: board.name.span, message: `\`${board.name.name}\` is the alliance's principal body` },
      ],
      data: { bodies: unlinked.map((n) => n.name.name), suggestion: board.name.name },
    });
  },
};
