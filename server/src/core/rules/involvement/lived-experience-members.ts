import { cite } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { LIVED_EXPERIENCE, bodyHasLivedExperience } from "./helpers";

export const livedExperienceMembers: Rule = {
  code: "ALY081",
  name: "lived-experience-members",
  title: "People with lived experience are parties and sit on a body that decides",
  severity: "warning",
  topic: "Involving people who use services",
  basis: "direct",
  rationale:
    "People with lived experience can be full members of an alliance: Future Pathways counts three survivors among its members alongside the Scottish Government, the health and social care partnership and the providers " +
    "(CCPS, Coping with Complexity programme notes, ch. 6, Future Pathways). Inverclyde's steering group is made up of people with disabilities, and user-led organisations can take part in strategic planning " +
    "(Collaborate CIC and CCPS, Collaborative Providers, Part 1 and Future priorities, ONE). Seating them where decisions are made is what turns involvement into shared power.",
  guidance: [
    { id: "R11.1", cite: cite("CwC", "ch. 6, Future Pathways: three survivors among the alliance's members") },
    { id: "R11.1", cite: cite("CP", "Part 1, Inverclyde Connections; Future priorities, ONE: user-led organisations and people with disabilities in governance") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Pathways "Survivor support alliance" {\n  parties {\n    SG commissioner "Scottish Government"\n    Penumbra provider "Penumbra"\n  }\n' +
      '  body Board {\n    members all\n    decides key-issues by unanimity\n  }\n}\n',
    right:
      'agreement Pathways "Survivor support alliance" {\n  parties {\n    SG commissioner "Scottish Government"\n    Penumbra provider "Penumbra"\n    Survivors lived-experience "Three survivors"\n  }\n' +
      '  body Board {\n    members all\n    decides key-issues by unanimity\n  }\n}\n',
  },
  check(context) {
    const model = context.model;
    const blocks = model.clauses("Parties");
    if (blocks.length === 0 || model.parties().length === 0) return;
    const lived = model.partiesWithRole(LIVED_EXPERIENCE);
    if (lived.length === 0) {
      context.report({
        span: blocks[0].keyword,
        message:
          "None of the parties has lived experience of the services. Add the people who use them as a party with the role `lived-experience`, " +
          "for example `Survivors lived-experience \"Three survivors of in-care abuse\"`, and seat them on the body that decides",
      });
      return;
    }
    const bodies = model.bodies();
    if (bodies.length === 0) return;
    const deciding = bodies.filter((b) => itemsOf(b.items).some((i) => i.kind === "Decides"));
    const decisionBodies = deciding.length > 0 ? deciding : bodies;
    if (decisionBodies.some((b) => bodyHasLivedExperience(model, b))) return;
    const first = lived[0];
    const names = decisionBodies.slice(0, 3).map((b) => `\`${b.name.name}\``);
    context.report({
      span: first.name.span,
      message:
        `\`${first.name.name}\` has lived experience but sits on ${deciding.length > 0 ? "no body that decides" : "none of the alliance's bodies"}. ` +
        `Add \`${first.name.name}\` to the \`members\` of ${names.length === 1 ? names[0] : `a body such as ${names[0]}`}, so that people who use services share in its decisions`,
      related: decisionBodies.slice(0, 3).map((b) => ({ span: b.name.span, message: `\`${b.name.name}\` has no member with lived experience` })),
      data: { party: first.name.name, bodies: decisionBodies.map((b) => b.name.name) },
    });
  },
};
