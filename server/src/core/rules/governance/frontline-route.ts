import type { Rule } from "../rule";
import { FRONTLINE_ACCESS } from "./cites";
import { BOARD, body, governanceExample } from "./example";
import { clausesOf, principalBody } from "./structure";

const STAFF = ["frontline-staff", "all-staff"];

export const frontlineRoute: Rule = {
  code: "ALY706",
  name: "governance-no-frontline-route",
  title: "No body is open to frontline staff",
  severity: "info",
  topic: "Governance bodies and roles",
  basis: "direct",
  rationale:
    "In Future Pathways frontline staff can go to the alliance board for advice and to share ideas, and they say it gives them more freedom in their work (Coping with Complexity, ch. 6, Positives about Alliances). Writing down which body is open to them makes that route real. `open to all-staff` counts too. Digest rule R7.6.",
  guidance: [{ id: "R7.6", cite: FRONTLINE_ACCESS }],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ bodies: [body("Board", BOARD.filter((c) => !c.startsWith("open to")))] }),
    right: governanceExample(),
  },
  check(context) {
    const board = principalBody(context.model);
    if (!board) return;
    const open = context.model.bodies().some((b) => clausesOf(b, "OpenTo").some((o) => o.groups.some((g) => STAFF.includes(g.word))));
    if (open) return;
    context.report({
      span: board.name.span,
      message: `no body says frontline staff may bring issues or ideas to it. Add \`open to frontline-staff\` to \`${board.name.name}\`, so that staff close to the work can reach the alliance board`,
      data: { body: board.name.name },
    });
  },
};
