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
  grounds: "absence",
  topic: "Governance bodies and roles",
  basis: "direct",
  why: "At Future Pathways frontline staff can go to the alliance board for advice and to share ideas, and say it gives them more freedom in their work. Writing down which body they can go to makes that route real.",
  rationale:
    "Coping with Complexity reports that frontline staff at Future Pathways are close to the alliance and can go to its board for advice and to share ideas, and that staff say this gives them more freedom in their work (ch. 6, Positives about Alliances). An agreement shows the same route when a body is `open to frontline-staff` or `open to all-staff`, or when a frontline role sits on a body or reports to one; any of these is enough.",
  guidance: [{ id: "R7.6", ...FRONTLINE_ACCESS }],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ bodies: [body("Board", BOARD.filter((c) => !c.startsWith("open to")))] }),
    right: governanceExample(),
  },
  check(context) {
    const board = principalBody(context.model);
    if (!board) return;
    const model = context.model;
    const open = model.bodies().some((b) => clausesOf(b, "OpenTo").some((o) => o.who.some((w) => STAFF.includes(w.word))));
    if (open) return;
    // A frontline role that sits on a body, or reports to one, already gives staff a way in.
    const frontline = model.roles().filter((r) => r.roleKind.word === "frontline");
    const seated = model.bodies().some((b) => model.membersOf(b).some((m) => frontline.some((r) => r.name.name === m)));
    const reports = frontline.some((r) => r.reportsTo && model.body(r.reportsTo.name));
    if (seated || reports) return;
    context.report({
      span: board.name.span,
      message: `No body says that frontline staff may bring issues or ideas to it. Add \`open to frontline-staff\` to \`${board.name.name}\`, so that staff close to the work can reach the board.`,
      data: { body: board.name.name },
    });
  },
};
