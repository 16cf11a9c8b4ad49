import type { Rule } from "../rule";
import { BEST_PERSON } from "./cites";
import { governanceExample } from "./example";

export const reservedRole: Rule = {
  code: "ALY707",
  name: "governance-role-reserved-to-party",
  title: "A key role is reserved to a named party",
  severity: "info",
  grounds: "suggestion",
  topic: "Governance bodies and roles",
  basis: "direct",
  why: "Plymouth's partners agreed to fill key roles with the best person for the job. A key role written as held by one organisation's staff may go to that organisation whoever would do it best.",
  rationale:
    "One of Plymouth's alliance principles is \"to appoint and select key roles on a best person basis\" (Exploring the New World, Systems, Plymouth's principles, principle (f)). A key role written as `held by` a party is filled from that party's staff, which may be right but should be a choice made on merit rather than a seat by right. Frontline roles are left out: they are jobs that partners' staff do, not key roles of the alliance. A role held by an independent party is left out too, since an independent holder is what the guidance recommends for a chair.",
  guidance: [{ id: "R7.7", ...BEST_PERSON }],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ roles: ['PM project-manager "Alliance project manager" reports to Board held by PCC'] }),
    right: governanceExample({ roles: ['PM project-manager "Alliance project manager" reports to Board'] }),
  },
  check(context) {
    for (const role of context.model.roles()) {
      if (!role.heldBy || role.roleKind.word === "frontline") continue;
      const holder = context.model.party(role.heldBy.name);
      if (holder?.roles.some((r) => r.word === "independent")) continue;
      context.report({
        span: role.heldBy.span,
        message: `The role \`${role.name.name}\` is given to \`${role.heldBy.name}\`'s staff. Consider filling it with the best person for the job, whichever partner they come from, and removing \`held by ${role.heldBy.name}\`.`,
        data: { role: role.name.name, party: role.heldBy.name },
      });
    }
  },
};
