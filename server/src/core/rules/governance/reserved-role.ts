import type { Rule } from "../rule";
import { BEST_PERSON } from "./cites";
import { governanceExample } from "./example";

export const reservedRole: Rule = {
  code: "ALY707",
  name: "governance-role-reserved-to-party",
  title: "A key role is reserved to a named party",
  severity: "warning",
  topic: "Governance bodies and roles",
  basis: "direct",
  rationale:
    "Plymouth's alliance principles commit the partners to appoint and select key roles on a best person basis (Exploring the New World, Systems, Plymouth's principles, principle (f)). A role written as `held by` a party goes to that organisation by right, whoever is best suited. Frontline roles are left out: they are jobs that partners' staff do, not key roles of the alliance. Digest rule R7.7.",
  guidance: [{ id: "R7.7", cite: BEST_PERSON }],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ roles: ['PM project-manager "Alliance project manager" reports to Board held by PCC'] }),
    right: governanceExample({ roles: ['PM project-manager "Alliance project manager" reports to Board'] }),
  },
  check(context) {
    for (const role of context.model.roles()) {
      if (!role.heldBy || role.roleKind.word === "frontline") continue;
      context.report({
        span: role.heldBy.span,
        message: `the role \`${role.name.name}\` is reserved to \`${role.heldBy.name}\`. Key roles go to whoever is best suited, not to an organisation by right: remove \`held by ${role.heldBy.name}\` and appoint on a best-person basis`,
        data: { role: role.name.name, party: role.heldBy.name },
      });
    }
  },
};
