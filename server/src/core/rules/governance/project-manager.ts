import type { Rule } from "../rule";
import { PROJECT_MANAGER } from "./cites";
import { governanceExample } from "./example";
import { lookup, principalBody } from "./structure";

export const projectManager: Rule = {
  code: "ALY702",
  name: "governance-project-manager-reporting",
  title: "The project manager does not report to an alliance body",
  severity: "warning",
  topic: "Governance bodies and roles",
  basis: "direct",
  rationale:
    "Future Pathways' key learning is that the alliance needs a project manager who is aligned with it and reports to it; reporting to the commissioner alone did not work (Coping with Complexity, ch. 6, Key Learning). A project manager who answers to one party, or to one person, works for that party rather than for the alliance. Digest rule R7.2.",
  guidance: [{ id: "R7.2", cite: PROJECT_MANAGER }],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ roles: ['PM project-manager "Alliance project manager" reports to PCC'] }),
    right: governanceExample({ roles: ['PM project-manager "Alliance project manager" reports to Board'] }),
  },
  check(context) {
    const board = principalBody(context.model)?.name.name ?? "Board";
    for (const role of context.model.roles()) {
      if (role.roleKind.word !== "project-manager") continue;
      if (!role.reportsTo) {
        context.report({
          span: role.name.span,
          message: `the project manager \`${role.name.name}\` does not say whom they report to. Add \`reports to ${board}\`, so that they answer to the alliance rather than to one party`,
          data: { role: role.name.name, suggestion: board },
        });
        continue;
      }
      const target = lookup(context, role.reportsTo);
      if (!target || target.kind === "body") continue;
      const what =
        target.kind === "party"
          ? target.node.roles.some((r) => r.word === "commissioner")
            ? "the commissioner alone, which was found not to work"
            : "a single party"
          : "a single role rather than an alliance body";
      context.report({
        span: role.reportsTo.span,
        message: `the project manager \`${role.name.name}\` reports to \`${role.reportsTo.name}\`, ${what}. Make them report to an alliance body, for example \`reports to ${board}\``,
        data: { role: role.name.name, suggestion: board },
      });
    }
  },
};
