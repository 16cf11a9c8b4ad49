import type { Rule } from "../rule";
import { PROJECT_MANAGER } from "./cites";
import { governanceExample } from "./example";
import { lookup, principalBody } from "./structure";

export const projectManager: Rule = {
  code: "ALY702",
  name: "governance-project-manager-reporting",
  title: "The project manager reports to one party or one person rather than to an alliance body",
  severity: "warning",
  grounds: "departure",
  topic: "Governance bodies and roles",
  basis: "direct",
  why: "A project manager who answers to one partner, and the commissioner above all, works for that partner rather than for the alliance; Future Pathways found that reporting to the commissioner alone did not work.",
  rationale:
    "Among the key learning from Future Pathways is that the alliance needs a project manager who is aligned with it and reports to it, and that reporting only to the commissioner does not work (Coping with Complexity, ch. 6, Key Learning). A project manager whose line runs to a single party, or to a single person's role, is looked at here; one who reports to a body of the alliance is not. A project manager whose reporting line is not written at all is left alone: the agreement may settle it elsewhere, such as in the role's job description.",
  guidance: [{ id: "R7.2", ...PROJECT_MANAGER }],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ roles: ['PM project-manager "Alliance project manager" reports to PCC'] }),
    right: governanceExample({ roles: ['PM project-manager "Alliance project manager" reports to Board'] }),
  },
  check(context) {
    const board = principalBody(context.model)?.name.name;
    for (const role of context.model.roles()) {
      if (role.roleKind.word !== "project-manager" || !role.reportsTo) continue;
      const target = lookup(context, role.reportsTo);
      if (!target || target.kind === "body") continue;
      const what =
        target.kind === "party"
          ? target.node.roles.some((r) => r.word === "commissioner")
            ? "the commissioner alone"
            : "a single party"
          : "a single person's role";
      context.report({
        span: role.reportsTo.span,
        message: `The project manager \`${role.name.name}\` reports to \`${role.reportsTo.name}\`, ${what}. Make the project manager answer to an alliance body${board ? `, such as \`${board}\`` : ""}.`,
        data: { role: role.name.name, suggestion: board ?? null },
      });
    }
  },
};
