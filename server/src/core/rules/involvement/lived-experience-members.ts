import { source } from "../../guidance/sources";
import type { BodyNode } from "../../tree";
import type { Rule } from "../rule";
import { hasClause, principalBody, takesDecisions } from "../governance/structure";
import { LIVED_EXPERIENCE, bodyHasLivedExperience } from "./helpers";

export const livedExperienceMembers: Rule = {
  code: "ALY081",
  name: "lived-experience-members",
  title: "No party has lived experience, or one that does sits on none of the bodies where decisions are made or shaped",
  severity: "warning",
  grounds: "departure",
  topic: "Involving people who use services",
  basis: "inferred",
  why: "People with lived experience can be full members of an alliance: three survivors are members of Future Pathways. Leaving them out of the parties, or off every body that decides or advises, leaves them outside its decisions.",
  rationale:
    "Future Pathways counts three survivors among the members of the full alliance, alongside the Scottish Government, the health and social care partnership and the providers (Coping with Complexity, ch. 6, Future Pathways), and Inverclyde's steering group is made up of people with disabilities (Collaborative Providers, Part 1, Inverclyde Connections). When an agreement names people with lived experience as a party, they should sit on a body that takes decisions, or on one that advises or reports to such a body, as Future Pathways' survivor panel did during set-up. An agreement none of whose parties has the role `lived-experience` is reported too: an advocate, such as Healthwatch, speaks for people but is not them.",
  guidance: [
    { id: "R11.1", ...source("CwC", "ch. 6, Future Pathways", "Health Foundation and three survivors") },
    { id: "R11.1", ...source("CP", "Part 1, Inverclyde Connections", "The group is made up of people with disabilities") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Pathways "Survivor support alliance" {\n  parties {\n    SG commissioner "Scottish Government"\n    Penumbra provider "Penumbra"\n    Survivors lived-experience "Three survivors"\n  }\n' +
      '  body Board {\n    members SG, Penumbra\n    decides key-issues by unanimity\n  }\n}\n',
    right:
      'agreement Pathways "Survivor support alliance" {\n  parties {\n    SG commissioner "Scottish Government"\n    Penumbra provider "Penumbra"\n    Survivors lived-experience "Three survivors"\n  }\n' +
      '  body Board {\n    members SG, Penumbra, Survivors\n    decides key-issues by unanimity\n  }\n}\n',
  },
  check(context) {
    const model = context.model;
    const lived = model.partiesWithRole(LIVED_EXPERIENCE);
    const bodies = model.bodies();
    const blocks = model.clauses("Parties");
    if (blocks.length === 0 || model.parties().length === 0) return;
    if (lived.length === 0) {
      context.report({
        span: blocks[0].keyword,
        message: "None of the parties has lived experience of the services. Add the people who use them as a party with the role `lived-experience`, and seat them where decisions are made.",
      });
      return;
    }
    if (bodies.length === 0) return;
    /** A body where decisions are made, or one whose views go to another body. */
    const shapesDecisions = (b: BodyNode) => takesDecisions(model, b) || hasClause(b, "Advises") || hasClause(b, "ReportsTo");
    if (bodies.some((b) => shapesDecisions(b) && bodyHasLivedExperience(model, b))) return;
    const first = lived[0];
    const board = principalBody(model)!;
    context.report({
      span: first.name.span,
      message: `The party \`${first.name.name}\`, people with lived experience, sits on no body that decides or advises. Add \`${first.name.name}\` to the members of a body such as \`${board.name.name}\`, so that they share in its decisions.`,
      related: [{ span: board.name.span, message: `\`${board.name.name}\` has no member with lived experience` }],
      data: { party: first.name.name, body: board.name.name },
    });
  },
};
